/**
 * Virtual servers as keepalived's checker loads them (check_parser.c, check_data.c): what kind
 * of service each one is, the scheduler, forwarding method and protocol that take effect, and
 * its real and sorry servers with the method each one ends up with.
 */
import { lookup } from '../catalogue/index';
import { children, childrenOf, type Statement, type Word } from '../syntax/ast';
import { inetAton, parseSockaddr, type ParsedAddress } from './addresses';
import { inViewOf, wholeOf, type ConfigModel } from './model';
import { references } from './resolve';
import { intOrUndefined, readInteger } from './values';
import { mixesFamilies, readVsgEntry, sockaddr, type VsgEntryRead } from './vsgEntry';
import { readVsLine, type VsLineProblem } from './vsLine';

export type ForwardingMethod = 'NAT' | 'DR' | 'TUN';

export interface MethodLine {
  readonly stmt: Statement;
  /** The method word, when keepalived accepts it (case-sensitive NAT / DR / TUN). */
  readonly method: ForwardingMethod | undefined;
}

export interface RealServer {
  readonly stmt: Statement;
  readonly addressWord: Word | undefined;
  readonly address: ParsedAddress | undefined;
  /** The written port word (absent: the virtual server port applies). */
  readonly portWord: Word | undefined;
  readonly port: number;
  /** Its own `lvs_method` lines. */
  readonly methodLines: MethodLine[];
  /** The method set on the real server itself (the last valid line), if any. */
  readonly ownMethod: ForwardingMethod | undefined;
  /** The virtual server's method when keepalived read the real_server line (a new real server starts with it). */
  readonly inheritedMethod: ForwardingMethod | undefined;
}

export interface SorryServer {
  readonly stmt: Statement;
  readonly address: ParsedAddress | undefined;
  readonly portWord: Word | undefined;
  readonly port: number;
  /** Method in effect: its own sorry_server_lvs_method, else the virtual server's method when the line was read. */
  readonly method: ForwardingMethod | undefined;
}

export interface VirtualServer {
  readonly stmt: Statement;
  readonly kind: 'address' | 'fwmark' | 'group';
  /** The address, fwmark number or group name word. */
  readonly target: Word | undefined;
  readonly address: ParsedAddress | undefined;
  readonly portWord: Word | undefined;
  readonly port: number;
  /** keepalived skips the block (an address, port or fwmark it cannot read: `problem`), or never opens it. */
  readonly invalid: boolean;
  /** Why keepalived does not set the service up, from its line (analysis/vsLine.ts). */
  readonly problem: VsLineProblem | undefined;
  readonly schedulerLines: Statement[];
  /** The scheduler in effect (the last valid line). */
  readonly scheduler: string | undefined;
  readonly methodLines: MethodLine[];
  /** The virtual-server-level method in effect (the last valid line). */
  readonly method: ForwardingMethod | undefined;
  readonly protocolLines: Statement[];
  /** TCP / UDP / SCTP in effect (case-insensitive), if any. */
  readonly protocol: string | undefined;
  readonly realServers: RealServer[];
  readonly sorryServer: SorryServer | undefined;
  readonly persistent: boolean;
}

export interface VsgEntry {
  readonly stmt: Statement;
  readonly fwmark: boolean;
  readonly port: number;
  readonly valid: boolean;
  /** How keepalived reads it (analysis/vsgEntry.ts). */
  readonly read: VsgEntryRead;
}

export interface VirtualServerGroup {
  readonly stmt: Statement;
  readonly name: string;
  readonly entries: VsgEntry[];
  /** IPv4 and IPv6 entries with a fwmark without family: keepalived removes the group. */
  readonly mixed: boolean;
}

export const METHODS: readonly ForwardingMethod[] = ['NAT', 'DR', 'TUN'];

export function readMethod(word: Word | undefined): ForwardingMethod | undefined {
  const v = word?.value;
  return v === 'NAT' || v === 'DR' || v === 'TUN' ? v : undefined;
}

/** Scheduler names keepalived accepts (from the catalogue's lvs_sched entry). */
export function schedulers(): readonly string[] {
  const t = lookup('virtual_server', 'lvs_sched')?.args?.[0]?.type;
  return t && t.kind === 'enum' ? t.values : [];
}

export function readProtocol(word: Word | undefined): string | undefined {
  const v = word?.value.toUpperCase();
  return v === 'TCP' || v === 'UDP' || v === 'SCTP' ? v : undefined;
}

function portOf(w: Word | undefined): number {
  return intOrUndefined(w?.value, 0, 65535) ?? 0;
}

const METHOD_KEYWORDS = new Set(['lb_kind', 'lvs_method']);
const SCHEDULER_KEYWORDS = new Set(['lb_algo', 'lvs_sched']);

function readVirtualServer(s: Statement): VirtualServer {
  const a0 = s.args[0];
  const kind = a0?.value === 'fwmark' ? 'fwmark' : a0?.value === 'group' ? 'group' : 'address';
  const target = kind === 'address' ? a0 : s.args[1];
  const portWord = kind === 'address' ? s.args[1] : undefined;
  const address = kind === 'address' && a0 ? sockaddr(a0.value) : undefined;
  const problem = readVsLine(s.args.map((w) => w.value));
  // Without its '{' keepalived never opens the block (missing-open-brace); an unreadable address, port or mark skips it.
  const invalid = !s.body?.open || problem !== undefined;

  const schedulerLines: Statement[] = [];
  const methodLines: MethodLine[] = [];
  const protocolLines: Statement[] = [];
  const realServers: RealServer[] = [];
  let scheduler: string | undefined;
  let method: ForwardingMethod | undefined;
  let protocol: string | undefined;
  let sorry: { stmt: Statement; address: ParsedAddress | undefined; portWord: Word | undefined; method: ForwardingMethod | undefined } | undefined;
  let persistent = false;
  const names = schedulers();

  for (const c of childrenOf(s)) {
    if (c.isValue || !c.def) continue;
    const kw = c.keyword.value;
    if (SCHEDULER_KEYWORDS.has(kw)) {
      schedulerLines.push(c);
      const v = c.args[0]?.value;
      if (v !== undefined && names.includes(v)) scheduler = v;
    } else if (METHOD_KEYWORDS.has(kw)) {
      const m = readMethod(c.args[0]);
      methodLines.push({ stmt: c, method: m });
      if (m) method = m;
    } else if (kw === 'protocol') {
      protocolLines.push(c);
      protocol = readProtocol(c.args[0]) ?? protocol;
    } else if (kw === 'persistence_timeout' || kw === 'persistence_granularity') {
      persistent = persistent || c.args.length === 0 || (intOrUndefined(c.args[0]?.value, 1, 2678400) ?? 0) > 0 || kw === 'persistence_granularity';
    } else if (kw === 'sorry_server') {
      sorry = { stmt: c, address: c.args[0] ? parseSockaddr(c.args[0].value).addr : undefined, portWord: c.args[1], method };
    } else if (kw === 'sorry_server_lvs_method' && sorry) {
      const m = readMethod(c.args[0]);
      if (m) sorry.method = m;
    } else if (kw === 'real_server') {
      const lines = children(c, 'lvs_method').map((m) => ({ stmt: m, method: readMethod(m.args[0]) }));
      const own = [...lines].reverse().find((l) => l.method)?.method;
      realServers.push({
        stmt: c,
        addressWord: c.args[0],
        address: c.args[0] ? parseSockaddr(c.args[0].value).addr : undefined,
        portWord: c.args[1],
        port: portOf(c.args[1]),
        methodLines: lines,
        ownMethod: own,
        inheritedMethod: method,
      });
    }
  }
  return {
    stmt: s,
    kind,
    target,
    address,
    portWord,
    port: portOf(portWord),
    invalid,
    problem,
    schedulerLines,
    scheduler,
    methodLines,
    method,
    protocolLines,
    protocol,
    realServers,
    sorryServer: sorry ? { ...sorry, port: portOf(sorry.portWord) } : undefined,
    persistent,
  };
}

/** The method a real server runs with: its own, else the virtual server's, else NAT. */
export function effectiveMethod(vs: VirtualServer, rs: RealServer): ForwardingMethod {
  return rs.ownMethod ?? vs.method ?? 'NAT';
}

/** What set a service's family, in the order keepalived reads the block. */
export interface FamilySource {
  readonly kind: 'address' | 'ip_family' | 'persistence_granularity' | 'real_server';
  readonly stmt: Statement;
}

/** An `ip_family` line keepalived refuses: the service already has the other family. */
export interface RefusedFamily {
  readonly stmt: Statement;
  readonly family: 4 | 6;
  readonly current: 4 | 6;
  readonly source: FamilySource;
}

export interface ServiceFamily {
  /** The virtual server's family: its address's, else (fwmark, group) the first ip_family, persistence_granularity or non-tunnelled real server that sets it. */
  readonly family: 4 | 6 | undefined;
  /** What set it. */
  readonly source: FamilySource | undefined;
  /** The real servers keepalived skips at their closing brace for being of the other family. */
  readonly dropped: ReadonlySet<RealServer>;
  /** ip_family lines contradicting the family already set. */
  readonly refused: readonly RefusedFamily[];
  /** The family each persistence_granularity line is read in (IPv6: a prefix length, IPv4: a netmask); `guessed`: from the value, no family being set yet. */
  readonly granularity: ReadonlyMap<Statement, { readonly family: 4 | 6; readonly guessed: boolean }>;
}

/**
 * The family keepalived gives a virtual server and the real servers it skips for it, reading the
 * block in order (check_parser.c): the address sets it; otherwise an `ip_family` line, a valid
 * `persistence_granularity` (a value with a dot is an IPv4 netmask, without one an IPv6 prefix
 * length, pgr_handler) or the first real server that is not tunnelled when its block ends (its own
 * lvs_method, else the virtual server's as it stood when the real_server line was read:
 * rs_end_handler) does. A later ip_family of the other family is refused, a later real server of
 * the other family skipped.
 */
export function serviceFamily(vs: VirtualServer): ServiceFamily {
  let known = families.get(vs);
  if (!known) families.set(vs, (known = readServiceFamily(vs)));
  return known;
}

/** Read once per virtual server (several rules ask; an analysis never changes). */
const families = new WeakMap<VirtualServer, ServiceFamily>();

/** Is `value` a persistence_granularity keepalived takes in `family` (pgr_handler)? */
export function granularityValid(value: string, family: 4 | 6): boolean {
  return family === 6 ? readInteger(value, 1, 128).ok : inetAton(value);
}

function readServiceFamily(vs: VirtualServer): ServiceFamily {
  let family = vs.address?.family;
  let source: FamilySource | undefined = family ? { kind: 'address', stmt: vs.stmt } : undefined;
  const dropped = new Set<RealServer>();
  const refused: RefusedFamily[] = [];
  const granularity = new Map<Statement, { family: 4 | 6; guessed: boolean }>();
  const realServer = new Map(vs.realServers.map((r) => [r.stmt, r]));
  const set = (f: 4 | 6, kind: FamilySource['kind'], stmt: Statement) => {
    family = f;
    source = { kind, stmt };
  };
  for (const c of childrenOf(vs.stmt)) {
    if (c.isValue || !c.def) continue;
    const kw = c.keyword.value;
    const w = c.args[0]?.value;
    if (kw === 'ip_family') {
      const f = w === 'inet' ? 4 : w === 'inet6' ? 6 : undefined;
      if (f && family === undefined) set(f, kw, c);
      else if (f && f !== family) refused.push({ stmt: c, family: f, current: family!, source: source! });
    } else if (kw === 'persistence_granularity' && w !== undefined) {
      const f = family ?? (w.includes('.') ? 4 : 6);
      granularity.set(c, { family: f, guessed: family === undefined });
      if (family === undefined && granularityValid(w, f)) set(f, kw, c);
    } else if (kw === 'real_server') {
      const rs = realServer.get(c);
      if (!rs?.address || (rs.ownMethod ?? rs.inheritedMethod) === 'TUN') continue;
      if (family === undefined) set(rs.address.family, kw, c);
      else if (rs.address.family !== family) dropped.add(rs);
    }
  }
  return { family, source, dropped, refused, granularity };
}

/** The reading of a virtual_server block statement (the same object lvsModel gives). */
export function virtualServerOf(s: Statement): VirtualServer {
  let v = servers.get(s);
  if (!v) servers.set(s, (v = readVirtualServer(s)));
  return v;
}

/** Real servers keepalived keeps (a valid address, of the service's family unless tunnelled). */
export function liveRealServers(vs: VirtualServer): readonly RealServer[] {
  let live = liveOf.get(vs);
  if (!live) {
    const { dropped } = serviceFamily(vs);
    live = vs.realServers.filter((r) => r.address !== undefined && !dropped.has(r));
    liveOf.set(vs, live);
  }
  return live;
}

const liveOf = new WeakMap<VirtualServer, readonly RealServer[]>();

/**
 * The sorry server keepalived keeps: a valid address that is tunnelled or of the service's family
 * (check_parser.c vs_end_handler drops it otherwise, at the virtual server's closing brace).
 */
export function liveSorryServer(vs: VirtualServer): SorryServer | undefined {
  const sorry = vs.sorryServer;
  if (!sorry?.address) return undefined;
  const { family } = serviceFamily(vs);
  return sorry.method === 'TUN' || family === undefined || family === sorry.address.family ? sorry : undefined;
}

function readGroup(s: Statement): VirtualServerGroup {
  const entries = childrenOf(s)
    .filter((l) => l.isValue)
    .map((l): VsgEntry => {
      const read = readVsgEntry([l.keyword.value, ...l.args.map((w) => w.value)]);
      return { stmt: l, fwmark: read.fwmark, port: read.fwmark ? 0 : portOf(l.args[0]), valid: !read.problem, read };
    });
  return { stmt: s, name: s.args[0]?.value ?? '', entries, mixed: mixesFamilies(entries.map((e) => e.read)) };
}

export interface LvsModel {
  readonly virtualServers: VirtualServer[];
  readonly groups: VirtualServerGroup[];
  group(name: string): VirtualServerGroup | undefined;
}

const cache = new WeakMap<ConfigModel, LvsModel>();
/** A block statement never changes once parsed: its reading is kept (an edit re-reads only the blocks it touches). */
const servers = new WeakMap<Statement, VirtualServer>();
const serverGroups = new WeakMap<Statement, VirtualServerGroup>();

export function lvsModel(model: ConfigModel): LvsModel {
  let m = cache.get(model);
  if (m) return m;
  if (model.whole) {
    // a view: the whole configuration's servers and groups in its blocks, groups looked up in the whole
    const w = lvsModel(model.whole);
    m = { virtualServers: inViewOf(model, w.virtualServers, (v) => v.stmt), groups: inViewOf(model, w.groups, (g) => g.stmt), group: (name) => w.group(name) };
  } else {
    const virtualServers: VirtualServer[] = [];
    const groups: VirtualServerGroup[] = [];
    const refs = references(wholeOf(model));
    // virtual servers and their groups are top-level blocks
    for (const s of model.parsed.statements) {
      if (s.isValue || !s.def) continue;
      const kw = s.keyword.value;
      if (kw !== 'virtual_server' && kw !== 'virtual_server_group') continue;
      // A block the checker process never reads (swallowed by the brace-counted skip of another block).
      if (refs.hiddenBy(s, 'checker')) continue;
      if (kw === 'virtual_server') {
        virtualServers.push(virtualServerOf(s));
      } else {
        let g = serverGroups.get(s);
        if (!g) serverGroups.set(s, (g = readGroup(s)));
        groups.push(g);
      }
    }
    const byName = new Map<string, VirtualServerGroup>();
    for (const g of groups) if (!byName.has(g.name) && g.entries.some((e) => e.valid) && !g.mixed) byName.set(g.name, g);
    m = { virtualServers, groups, group: (name) => byName.get(name) };
  }
  cache.set(model, m);
  return m;
}

/** The first global_defs lvs_sync_daemon keepalived takes has an interface of at most 15 characters; a later one is ignored whole. */
export const syncDaemonTaken = (s: Statement): boolean => s.args[0] !== undefined && s.args[0].value.length < 16;
