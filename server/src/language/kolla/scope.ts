/**
 * Variable resolution with Ansible's precedence, for the deployment as a whole or for one host:
 *
 *   role defaults  <  inventory [group:vars]  <  playbook group_vars/all  <  inventory host vars
 *   <  host_vars/<host>.yml beside the inventory  <  globals.yml  <  passwords.yml
 *   (the last two are extra vars: -e @file)
 *
 * Jinja strings are evaluated with jinja.ts (simple references, depth-limited, cycle-safe);
 * Kolla's three computed defaults (VIP sameness, external VIP switch, kolla_address) are emulated.
 */
import { parseAddress, parseCidr, type Family } from '../analysis/addresses';
import { COMPUTED, defaultDef, definedInGroupVarsAll } from './defaults';
import { hostGroupVars } from '../ansible/groups';
import { evalTemplate, hasJinja, splitTemplate, type Lookup } from './jinja';
import { ansibleBool, printPython } from '../ansible/pyValues';
import type { HostAddress, Inventory, KollaOptions, Resolved, VarDef, VarsFile } from './types';

export interface ResolverInput {
  readonly globals: VarsFile;
  readonly passwords?: VarsFile;
  readonly inventory?: Inventory;
  /** host_vars/<host>.yml beside the inventory, by host. */
  readonly hostVars?: ReadonlyMap<string, VarsFile>;
  readonly options?: KollaOptions;
}

const DEFAULT_MAX_DEPTH = 20;

export class VariableResolver {
  private readonly memo = new Map<string, Resolved>();
  private readonly groupVarsMemo = new Map<string, Map<string, VarDef>>();
  private readonly active = new Set<string>();
  private readonly maxDepth: number;

  constructor(private readonly input: ResolverInput) {
    this.maxDepth = input.options?.maxDepth ?? DEFAULT_MAX_DEPTH;
  }

  /** Every definition of `name` that applies (to `host`, or deployment-wide), lowest precedence first. */
  definitions(name: string, host?: string): VarDef[] {
    const out: VarDef[] = [];
    const d = defaultDef(name);
    const playbookAll = definedInGroupVarsAll(name);
    if (d && !playbookAll) out.push(d);
    if (host !== undefined && this.input.inventory) {
      const g = this.groupVars(host).get(name);
      if (g) out.push(g);
    }
    if (d && playbookAll) out.push(d);
    if (host !== undefined) {
      const h = this.input.inventory?.hosts.get(host)?.vars.get(name);
      if (h) out.push(h);
      const f = this.input.hostVars?.get(host)?.vars.get(name);
      if (f) out.push(f);
    }
    const g = this.input.globals.vars.get(name);
    if (g) out.push(g);
    const p = this.input.passwords?.vars.get(name);
    if (p) out.push(p);
    return out;
  }

  definition(name: string, host?: string): VarDef | undefined {
    const all = this.definitions(name, host);
    return all[all.length - 1];
  }

  resolve(name: string, host?: string, depth = 0): Resolved {
    if (host === undefined && name === 'inventory_hostname') return unknown(name, 'undefined', 'undefined');
    if (host !== undefined && name === 'inventory_hostname') {
      return { name, known: true, value: host, text: host, source: 'computed', refs: [] };
    }
    const key = `${host ?? ''}\u0000${name}`;
    const cached = this.memo.get(key);
    if (cached) return cached;
    if (this.active.has(key)) return unknown(name, 'cycle');
    if (depth > this.maxDepth) return unknown(name, 'depth');
    this.active.add(key);
    try {
      const r = this.compute(name, host, depth);
      this.memo.set(key, r);
      return r;
    } finally {
      this.active.delete(key);
    }
  }

  private compute(name: string, host: string | undefined, depth: number): Resolved {
    const def = this.definition(name, host);
    if (!def) return unknown(name, 'undefined', 'undefined');
    if (def.source === 'kolla-default' && COMPUTED.has(name)) return this.computed(name, def, host, depth);
    if (def.vault) return { ...unknown(name, 'vault', def.source), def };
    if (def.complex) return { ...unknown(name, 'complex', def.source), def };
    const value = def.value ?? null;
    if (typeof value !== 'string' || def.unsafe || !hasJinja(value)) {
      return { name, known: true, value, text: def.printed, source: def.source, def, refs: [], origin: def.span };
    }
    const refs: string[] = [];
    let single: Resolved | undefined;
    const lookup = (n: string): Lookup => {
      const r = this.resolve(n, host, depth + 1);
      refs.push(n, ...r.refs.filter((x) => !refs.includes(x)));
      single = r;
      return { defined: r.source !== 'undefined', known: r.known, value: r.value, reason: r.reason };
    };
    const res = evalTemplate(value, lookup);
    const pieces = splitTemplate(value);
    const only = pieces?.length === 1 ? pieces[0] : undefined;
    const wholeRef = only?.kind === 'expr' && only.expr.filters.length === 0 && only.expr.primary.kind === 'var';
    const base = { name, source: def.source, def, raw: value, refs: [...new Set(refs)] };
    if (!res.known) return { ...base, known: false, text: '', reason: res.reason };
    const v = res.value ?? null;
    const text = wholeRef && single?.known ? single.text : printPython(v);
    return { ...base, known: true, value: v, text, origin: wholeRef ? single?.origin : def.span };
  }

  private computed(name: string, def: VarDef, host: string | undefined, depth: number): Resolved {
    const base = { name, source: 'computed' as const, def, raw: String(def.value) };
    if (name === 'kolla_same_external_internal_vip') {
      const ext = this.resolve('kolla_external_vip_address', host, depth + 1);
      const int = this.resolve('kolla_internal_vip_address', host, depth + 1);
      const refs = ['kolla_external_vip_address', 'kolla_internal_vip_address'];
      if (!ext.known || !int.known) return { ...base, known: false, text: '', refs, reason: ext.reason ?? int.reason };
      const same = ipaddrAddress(ext.text) === ipaddrAddress(int.text);
      return { ...base, known: true, value: same, text: printPython(same), refs };
    }
    if (name === 'haproxy_enable_external_vip') {
      const same = this.resolve('kolla_same_external_internal_vip', host, depth + 1);
      const refs = ['kolla_same_external_internal_vip', ...same.refs];
      if (!same.known) return { ...base, known: false, text: '', refs, reason: same.reason };
      const v = ansibleBool(same.value ?? null) ? 'no' : 'yes';
      return { ...base, known: true, value: v, text: v, refs };
    }
    // api_interface_address = 'api' | kolla_address (facts of the current host)
    const refs = ['api_interface', 'api_address_family'];
    if (host === undefined) return { ...base, known: false, text: '', refs, reason: 'facts' };
    const a = this.kollaAddress(host, depth + 1);
    if (!a.address) return { ...base, known: false, text: '', refs, reason: 'facts' };
    return { ...base, known: true, value: a.address, text: a.address, refs, origin: a.span };
  }

  /** The VIP addresses kolla_address skips on IPv6 (only when haproxy is enabled). */
  private vipsFor(host: string, depth: number): string[] {
    const haproxy = this.resolve('enable_haproxy', host, depth + 1);
    if (!haproxy.known || !ansibleBool(haproxy.value ?? null)) return [];
    return ['kolla_internal_vip_address', 'kolla_external_vip_address']
      .map((n) => this.resolve(n, host, depth + 1))
      .filter((r) => r.known)
      .map((r) => r.text);
  }

  /**
   * kolla_address('api', host): the address on `api_interface` of the `api_address_family`.
   * Facts come from options.hostInterfaces; without them we assume ansible_host (or an inventory
   * name that is itself an address) is the api address, and say so in `source`.
   */
  kollaAddress(host: string, depth = 0): HostAddress {
    const iface = this.resolve('api_interface', host, depth + 1);
    const famR = this.resolve('api_address_family', host, depth + 1);
    const name = famR.known ? famR.text.toLowerCase() : 'ipv4';
    if (name !== 'ipv4' && name !== 'ipv6') return { source: 'unknown' };
    const family: Family = name === 'ipv4' ? 4 : 6;
    const facts = this.input.options?.hostInterfaces?.[host];
    if (facts) {
      const cidrs = iface.known ? facts[iface.text] : undefined;
      if (!cidrs) return { source: 'unknown' };
      const address = addressFromInterface(cidrs, family, family === 6 ? this.vipsFor(host, depth) : []);
      return address ? { address, source: 'interfaces' } : { source: 'unknown' };
    }
    const ah = this.resolve('ansible_host', host, depth + 1);
    const ip = ah.known ? parseAddress(ah.text, false) : undefined;
    if (ip && ip.family === family) return { address: ip.address, source: 'ansible_host', span: ah.def?.span };
    const byName = parseAddress(host, false);
    if (!ah.known && byName && byName.family === family) {
      return { address: byName.address, source: 'inventory-name', span: this.input.inventory?.hosts.get(host)?.span };
    }
    return { source: 'unknown' };
  }

  private groupVars(host: string): Map<string, VarDef> {
    let m = this.groupVarsMemo.get(host);
    if (!m) {
      m = this.input.inventory ? hostGroupVars(this.input.inventory, host) : new Map();
      this.groupVarsMemo.set(host, m);
    }
    return m;
  }
}

function unknown(name: string, reason: string, source: Resolved['source'] = 'computed'): Resolved {
  return { name, known: false, text: '', source, refs: [], reason };
}

/** `| bool` of a resolved value, or `fallback` when it is unknown. */
export function boolOf(r: Resolved, fallback: boolean): boolean {
  return r.known ? ansibleBool(r.value ?? null) : fallback;
}

/** ansible.utils.ipaddr('address'): the address of an address or CIDR, or false. */
export function ipaddrAddress(s: string): string | false {
  return parseCidr(s)?.address ?? false;
}

/**
 * What kolla_address() reads from facts for an interface: IPv4 — the primary (first) address;
 * IPv6 — the first global address that is not a VIP.
 */
export function addressFromInterface(cidrs: readonly string[], family: Family, vips: readonly string[]): string | undefined {
  const excluded = new Set(vips.map((v) => parseAddress(v, false)?.address).filter((v): v is string => v !== undefined));
  for (const c of cidrs) {
    const p = parseCidr(c);
    if (!p || p.family !== family) continue;
    if (family === 6 && (p.addr.range() === 'linkLocal' || excluded.has(p.address))) continue;
    return p.address;
  }
  return undefined;
}
