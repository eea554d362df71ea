/**
 * A summary of each vrrp_instance as keepalived would load it: the values that rules,
 * cluster checks and the election model need, with the words they came from.
 */
import { child, children, childrenOf, type Statement, type Word } from '../syntax/ast';
import { parseAddress, parseSockaddr, type Family, type ParsedAddress } from './addresses';
import type { NamedObject, Symbols } from './symbols';
import { decimalOrUndefined, intOrUndefined } from './values';

export interface AddressEntry {
  /** The value line (`192.0.2.10/24 dev eth0 ...`). */
  readonly stmt: Statement;
  readonly word: Word;
  readonly addr: ParsedAddress | undefined;
  /** `dev <if>` on the line. */
  readonly dev: Word | undefined;
  /** The prefix after '/' when keepalived rejects it and uses the full-length prefix instead (e.g. `/33`, `/abc`). */
  readonly badPrefix?: string;
}

export interface TrackEntry {
  readonly stmt: Statement;
  readonly name: string;
  readonly word: Word;
  readonly weight: number | undefined;
  readonly weightWord: Word | undefined;
  readonly reverse: boolean;
}

export interface VrrpInstance {
  readonly obj: NamedObject;
  readonly stmt: Statement;
  readonly name: string;
  /** A second instance of an already defined name: keepalived drops it. */
  readonly dropped: boolean;
  /** The last statement `kw` in the instance (keepalived: the last one wins). */
  last(kw: string): Statement | undefined;
  /** Every statement `kw` in the instance (not value lines), in order. */
  named(kw: string): readonly Statement[];
  readonly interface: Word | undefined;
  readonly vrid: number | undefined;
  /** The configured priority word's value, if it is a valid number (may be out of range). */
  readonly priorityValue: number | undefined;
  /** The priority keepalived runs with: an invalid one becomes 100; state MASTER without priority is 255. */
  readonly effectivePriority: number;
  readonly state: 'MASTER' | 'BACKUP' | undefined;
  readonly version: 2 | 3;
  readonly advertInt: number;
  readonly nopreempt: boolean;
  readonly preemptDelay: number | undefined;
  readonly downTimerAdverts: number;
  readonly unicastSrcIp: AddressEntry | undefined;
  readonly unicastPeers: AddressEntry[];
  readonly vips: AddressEntry[];
  readonly excludedVips: AddressEntry[];
  /** The instance's address family, decided by its first VIP (or unicast address). */
  readonly family: Family | undefined;
  readonly trackScripts: TrackEntry[];
  readonly trackFiles: TrackEntry[];
  readonly trackProcesses: TrackEntry[];
  readonly trackInterfaces: TrackEntry[];
  readonly trackBfds: TrackEntry[];
  readonly authType: Word | undefined;
  readonly authPass: Word | undefined;
  readonly dontTrackPrimary: boolean;
  readonly unicastFaultNoPeer: boolean;
  readonly mcastDstIp: Word | undefined;
  /** The state keepalived starts the instance in: `state` as keepalived reads it (an unknown word is BACKUP, BACKUP after MASTER is ignored), else MASTER for priority 255. */
  readonly wantState: 'MASTER' | 'BACKUP';
  /** The `nopreempt` line in effect (a later `preempt` cancels it). */
  readonly nopreemptStmt: Statement | undefined;
  /** Strict mode: the instance's `strict_mode` or else global `vrrp_strict`. */
  readonly strict: boolean;
  /** The address word that fixed the instance's family (the first VIP, unicast_src_ip, mcast_src_ip, mcast_dst_ip or unicast peer in file order, or a native_ipv6 before them). */
  readonly familyWord: Word | undefined;
  /** The vrrp_sync_group statement whose `group` lists this instance (the first one). */
  readonly syncGroup: Statement | undefined;
}

export interface GlobalSettings {
  readonly vrrpVersion: 2 | 3 | undefined;
  readonly vrrpStrict: boolean;
  readonly enableScriptSecurity: boolean;
  readonly scriptUser: Word | undefined;
  readonly defaultInterface: Word | undefined;
  readonly globalDefs: Statement[];
}

export function globalSettings(statements: readonly Statement[]): GlobalSettings {
  const globalDefs = statements.filter((s) => s.keyword.value === 'global_defs' && s.def);
  const lastOf = (kw: string): Statement | undefined => {
    let found: Statement | undefined;
    for (const g of globalDefs) for (const c of children(g, kw)) found = c;
    return found;
  };
  const v = intOrUndefined(lastOf('vrrp_version')?.args[0]?.value, 2, 3);
  return {
    vrrpVersion: v === 2 || v === 3 ? v : undefined,
    vrrpStrict: lastOf('vrrp_strict') !== undefined,
    enableScriptSecurity: lastOf('enable_script_security') !== undefined,
    scriptUser: lastOf('script_user')?.args[0],
    defaultInterface: lastOf('default_interface')?.args[0],
    globalDefs,
  };
}

export function addressLines(s: Statement | undefined, allowPrefix = true): AddressEntry[] {
  if (!s) return [];
  return childrenOf(s).map((line) => {
    const devIndex = line.args.findIndex((a) => a.value === 'dev');
    const dev = devIndex >= 0 ? line.args[devIndex + 1] : undefined;
    return { stmt: line, word: line.keyword, dev, ...readVipAddress(line.keyword.value, allowPrefix) };
  });
}

/** Unicast peer lines: the address is read by inet_stosockaddr (a /prefix or -range is cut off unread). */
export function peerLines(s: Statement | undefined): AddressEntry[] {
  if (!s) return [];
  return childrenOf(s).map((line) => ({ stmt: line, word: line.keyword, dev: undefined, addr: parseSockaddr(line.keyword.value).addr }));
}

/**
 * An address as keepalived's parse_ipaddress reads it: the host part must be valid, while a
 * bad prefix (`/33`, `/abc`) is reported and replaced by the full length, and an empty one is ignored.
 */
export function readVipAddress(text: string, allowPrefix = true): { addr: ParsedAddress | undefined; badPrefix?: string } {
  const strict = parseAddress(text, allowPrefix);
  if (strict || !allowPrefix) return { addr: strict };
  const slash = text.indexOf('/');
  if (slash < 0) return { addr: undefined };
  const host = parseAddress(text.slice(0, slash), false);
  if (!host) return { addr: undefined };
  const prefix = text.slice(slash + 1);
  return prefix === '' ? { addr: host } : { addr: host, badPrefix: prefix };
}

export function trackLines(statements: readonly Statement[]): TrackEntry[] {
  const out: TrackEntry[] = [];
  for (let i = 0; i < statements.length; i++) {
    const lines = childrenOf(statements[i]!);
    for (let j = 0; j < lines.length; j++) {
      const line = lines[j]!;
      const wi = line.args.findIndex((a) => a.value === 'weight');
      const weightWord = wi >= 0 ? line.args[wi + 1] : undefined;
      out.push({
        stmt: line,
        name: line.keyword.value,
        word: line.keyword,
        weight: intOrUndefined(weightWord?.value),
        weightWord,
        reverse: line.args.some((a) => a.value === 'reverse'),
      });
    }
  }
  return out;
}

/**
 * Instances made before, by definition object (language/incremental): an instance depends only on
 * its own block, the global vrrp_strict and vrrp_version, and the sync group listing it.
 */
export type InstanceCache = WeakMap<
  NamedObject,
  { readonly strict: boolean; readonly version: 2 | 3 | undefined; readonly syncGroup: Statement | undefined; readonly inst: VrrpInstance }
>;

export function vrrpInstances(symbols: Symbols, globals: GlobalSettings, cache?: InstanceCache): VrrpInstance[] {
  const syncGroups = new Map<string, Statement>();
  for (const r of symbols.references) {
    if (r.kind !== 'vrrp_instance') continue;
    const sg = r.stmt.parent?.parent;
    if (r.stmt.parent?.keyword.value === 'group' && sg?.keyword.value === 'vrrp_sync_group' && !syncGroups.has(r.name)) syncGroups.set(r.name, sg);
  }
  const out: VrrpInstance[] = [];
  for (const obj of symbols.definitions) {
    if (obj.kind !== 'vrrp_instance') continue;
    const syncGroup = syncGroups.get(obj.name);
    if (!cache) {
      out.push(instanceOf(obj, globals, syncGroup));
      continue;
    }
    const hit = cache.get(obj);
    if (hit && hit.strict === globals.vrrpStrict && hit.version === globals.vrrpVersion && hit.syncGroup === syncGroup) {
      out.push(hit.inst);
      continue;
    }
    const inst = instanceOf(obj, globals, syncGroup);
    cache.set(obj, { strict: globals.vrrpStrict, version: globals.vrrpVersion, syncGroup, inst });
    out.push(inst);
  }
  return out;
}

/** keepalived's reading of the `state` lines: unknown words mean BACKUP, BACKUP after MASTER is ignored. */
function stateOf(lines: readonly Statement[]): 'MASTER' | 'BACKUP' | undefined {
  let state: 'MASTER' | 'BACKUP' | undefined;
  for (let i = 0; i < lines.length; i++) {
    const w = lines[i]!.args[0]?.value;
    if (w === undefined) continue;
    if (w === 'MASTER') state = 'MASTER';
    else if (w !== 'BACKUP' || state !== 'MASTER') state = 'BACKUP';
  }
  return state;
}

/** The value of the last line of `lines` that keepalived accepts (invalid lines leave the previous value). */
function lastValid<T>(lines: readonly Statement[], read: (v: string | undefined) => T | undefined): T | undefined {
  let out: T | undefined;
  for (let i = 0; i < lines.length; i++) {
    const v = read(lines[i]!.args[0]?.value);
    if (v !== undefined) out = v;
  }
  return out;
}

/**
 * The first address word in file order that fixes the instance's family, or the `native_ipv6`
 * keyword when it comes first (vrrp_parser.c: it makes the instance IPv6 unless an IPv4 address did already).
 */
function familyWordOf(s: Statement): Word | undefined {
  const body = childrenOf(s);
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c.isValue) continue;
    const kw = c.keyword.value;
    if (kw === 'native_ipv6') {
      return c.keyword;
    } else if (kw === 'virtual_ipaddress' || kw === 'unicast_peer') {
      const first = childrenOf(c).find(
        (l) => l.isValue && (kw === 'virtual_ipaddress' ? readVipAddress(l.keyword.value).addr : parseSockaddr(l.keyword.value).addr),
      );
      if (first) return first.keyword;
    } else if ((kw === 'unicast_src_ip' || kw === 'mcast_src_ip' || kw === 'mcast_dst_ip') && c.args[0] && parseSockaddr(c.args[0].value).addr) {
      return c.args[0];
    }
  }
  return undefined;
}

const NO_STATEMENTS: readonly Statement[] = [];

function instanceOf(obj: NamedObject, globals: GlobalSettings, syncGroup?: Statement): VrrpInstance {
  const s = obj.stmt;
  // the instance's statements by keyword, found once (the summary and the rules ask for ~30 keywords)
  const byKeyword = new Map<string, Statement[]>();
  const body = childrenOf(s);
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c.isValue) continue;
    const list = byKeyword.get(c.keyword.value);
    if (list) list.push(c);
    else byKeyword.set(c.keyword.value, [c]);
  }
  const all = (kw: string): readonly Statement[] => byKeyword.get(kw) ?? NO_STATEMENTS;
  const last = (kw: string): Statement | undefined => {
    const list = byKeyword.get(kw);
    return list ? list[list.length - 1] : undefined;
  };
  const has = (kw: string) => last(kw) !== undefined;
  const state = stateOf(all('state'));
  const priorityValue = intOrUndefined(last('priority')?.args[0]?.value);
  const validPriority = priorityValue !== undefined && priorityValue >= 1 && priorityValue <= 255;
  const effectivePriority = validPriority ? priorityValue : !has('priority') && state === 'MASTER' ? 255 : 100;
  const vips = all('virtual_ipaddress').flatMap((v) => addressLines(v));
  const excludedVips = all('virtual_ipaddress_excluded').flatMap((v) => addressLines(v));
  const unicastPeers = all('unicast_peer').flatMap((v) => peerLines(v));
  const srcWord = last('unicast_src_ip')?.args[0];
  const unicastSrcIp = srcWord ? { stmt: last('unicast_src_ip')!, word: srcWord, addr: parseSockaddr(srcWord.value).addr, dev: undefined } : undefined;
  const familyWord = familyWordOf(s);
  const family =
    familyWord?.value === 'native_ipv6' ? 6 : familyWord ? (readVipAddress(familyWord.value).addr ?? parseSockaddr(familyWord.value).addr)?.family : undefined;
  const versionLine = last('version');
  const versionValue = intOrUndefined(versionLine?.args[0]?.value, 2, 3);
  // keepalived ignores `version 2` once an IPv6 address has made the instance IPv6
  const v2AfterIpv6 =
    versionValue === 2 && family === 6 && familyWord!.span.file === versionLine!.span.file && familyWord!.span.start < versionLine!.span.start;
  const strictLine = last('strict_mode');
  const strictArg = strictLine?.args[0]?.value;
  const strict = strictLine
    ? strictArg === undefined || ['on', 'true', 'yes'].includes(strictArg) || (!['off', 'false', 'no'].includes(strictArg) && globals.vrrpStrict)
    : globals.vrrpStrict;
  // strict mode turns an IPv6 instance's version 2 into 3
  const version: 2 | 3 =
    versionValue === 2 && !v2AfterIpv6 && !(strict && family === 6) ? 2 : versionValue === 3 ? 3 : family === 6 ? 3 : (globals.vrrpVersion ?? 2);
  const advertInt = lastValid(all('advert_int'), (v) => decimalOrUndefined(v, 0.01, 255)) ?? 1;
  const auth = last('authentication');
  let nopreemptStmt: Statement | undefined;
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c.isValue) continue;
    if (c.keyword.value === 'nopreempt') nopreemptStmt = c;
    else if (c.keyword.value === 'preempt') nopreemptStmt = undefined;
  }

  return {
    obj,
    stmt: s,
    name: obj.name,
    dropped: obj.duplicateOf !== undefined,
    last,
    named: all,
    interface: last('interface')?.args[0],
    vrid: lastValid(all('virtual_router_id'), (v) => intOrUndefined(v, 1, 255)),
    priorityValue,
    effectivePriority,
    state,
    version,
    advertInt: version === 2 ? Math.max(1, Math.round(advertInt)) : advertInt,
    nopreempt: nopreemptStmt !== undefined,
    preemptDelay: decimalOrUndefined(last('preempt_delay')?.args[0]?.value, 0, 1000),
    downTimerAdverts: intOrUndefined(last('down_timer_adverts')?.args[0]?.value, 1, 100) ?? 3,
    unicastSrcIp,
    unicastPeers,
    vips,
    excludedVips,
    family,
    trackScripts: trackLines(all('track_script')),
    trackFiles: trackLines(all('track_file')),
    trackProcesses: trackLines(all('track_process')),
    trackInterfaces: trackLines(all('track_interface')),
    trackBfds: trackLines(all('track_bfd')),
    authType: auth ? child(auth, 'auth_type')?.args[0] : undefined,
    authPass: auth ? child(auth, 'auth_pass')?.args[0] : undefined,
    dontTrackPrimary: has('dont_track_primary'),
    unicastFaultNoPeer: has('unicast_fault_no_peer'),
    mcastDstIp: last('mcast_dst_ip')?.args[0],
    wantState: state ?? (effectivePriority === 255 ? 'MASTER' : 'BACKUP'),
    nopreemptStmt,
    strict,
    familyWord,
    syncGroup,
  };
}

/** Why the instance has its family, for messages: its first address, or native_ipv6. */
export function familyOrigin(inst: VrrpInstance): { readonly note: string; readonly related: string } | undefined {
  const w = inst.familyWord;
  if (!w) return undefined;
  if (w.value === 'native_ipv6') return { note: 'native_ipv6 makes it IPv6', related: `native_ipv6 makes ${inst.name} IPv6` };
  return { note: `its first address is ${w.value}`, related: `this address makes ${inst.name} IPv${inst.family}` };
}

/** Kinds of tracked objects on `track_*` lines. */
export type TrackKind = 'script' | 'interface' | 'file' | 'process' | 'bfd';

/** The weight range keepalived 2.2.7 accepts on a `track_*` line; script and interface lines turn ±254 into ±253. */
export const TRACK_LINE_LIMIT: Record<TrackKind, number> = { script: 253, interface: 253, file: 254, process: 254, bfd: 253 };

const TRACKED_OBJECT = { script: 'vrrp_script', file: 'track_file', process: 'track_process', bfd: 'bfd_instance' } as const;

/** The weight of a tracked object itself (`weight` in its block), or its default when absent or rejected. */
export function objectWeight(kind: TrackKind, name: string, symbols: Symbols): number {
  if (kind === 'interface') return 0;
  const obj = symbols.lookup(TRACKED_OBJECT[kind], name);
  const line = obj ? children(obj.stmt, 'weight')[0] : undefined;
  const fallback = kind === 'file' ? 1 : 0;
  const v = intOrUndefined(line?.args[0]?.value);
  if (v === undefined) return fallback;
  // keepalived keeps an out-of-range vrrp_script weight (after reporting it) but ignores the others
  if (kind === 'script') return v;
  return Math.abs(v) <= (kind === 'bfd' ? 253 : 254) ? v : fallback;
}

/** The weight keepalived uses for one `track_*` line: the line's own weight when it accepts it, else the object's. */
export function effectiveTrackWeight(kind: TrackKind, t: TrackEntry, symbols: Symbols): number {
  if (t.weightWord) {
    const v = intOrUndefined(t.weightWord.value);
    const limit = TRACK_LINE_LIMIT[kind];
    if (v !== undefined && Math.abs(v) <= limit) return v;
    if (v !== undefined && Math.abs(v) === 254 && (kind === 'script' || kind === 'interface')) return Math.sign(v) * 253;
  }
  return objectWeight(kind, t.name, symbols);
}

/** Every `track_*` line of an instance with its kind. */
export function trackersOf(inst: VrrpInstance): { kind: TrackKind; entry: TrackEntry }[] {
  return [
    ...inst.trackScripts.map((entry) => ({ kind: 'script' as const, entry })),
    ...inst.trackInterfaces.map((entry) => ({ kind: 'interface' as const, entry })),
    ...inst.trackFiles.map((entry) => ({ kind: 'file' as const, entry })),
    ...inst.trackProcesses.map((entry) => ({ kind: 'process' as const, entry })),
    ...inst.trackBfds.map((entry) => ({ kind: 'bfd' as const, entry })),
  ];
}

/** Does this sync group keep its members' tracking weights (`sync_group_tracking_weight` or the old `global_tracking`)? */
export function keepsTrackingWeight(syncGroup: Statement): boolean {
  return child(syncGroup, 'sync_group_tracking_weight') !== undefined || child(syncGroup, 'global_tracking') !== undefined;
}
