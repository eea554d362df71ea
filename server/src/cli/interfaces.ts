/**
 * `--interface [NODE:]NAME=ADDRESS/PREFIX` (and the settings file's `interfaces`): the target
 * host's interfaces. Without NODE an entry holds for every node; with several nodes its address
 * is not any one node's, so only its subnet is used. `NODE:` (Linux interface names cannot
 * contain ':') gives one node's own interfaces and addresses.
 */
import { networkOf, parseAddress, type ParsedAddress } from '../language/analysis/addresses';
import { UsageError } from './args';

export type InterfaceMap = Map<string, ParsedAddress[]>;

export interface InterfaceSpecs {
  /** Entries without a node: the same on every node. */
  readonly common: InterfaceMap;
  /** `NODE:NAME=CIDR`: one node's interfaces. */
  readonly perNode: Map<string, InterfaceMap>;
}

function add(map: InterfaceMap, name: string, cidr: string): void {
  const a = parseAddress(cidr, true);
  if (!name || !a || a.prefix === undefined) throw new UsageError(`--interface expects NAME=ADDRESS/PREFIX, e.g. eth0=192.0.2.10/24 (got '${name}=${cidr}')`);
  map.set(name, [...(map.get(name) ?? []), a]);
}

function addSpec(out: InterfaceSpecs, key: string, cidr: string): void {
  const colon = key.indexOf(':');
  if (colon < 0) return add(out.common, key, cidr);
  const node = key.slice(0, colon);
  if (!node) throw new UsageError(`--interface expects NODE:NAME=ADDRESS/PREFIX with a node name (got '${key}=${cidr}')`);
  let m = out.perNode.get(node);
  if (!m) out.perNode.set(node, (m = new Map<string, ParsedAddress[]>()));
  add(m, key.slice(colon + 1), cidr);
}

export function parseInterfaceSpecs(specs: readonly string[], fromSettings: Record<string, string | string[]> = {}): InterfaceSpecs {
  const out: InterfaceSpecs = { common: new Map(), perNode: new Map() };
  for (const [name, v] of Object.entries(fromSettings)) for (const c of Array.isArray(v) ? v : [v]) addSpec(out, name, c);
  for (const s of specs) {
    const eq = s.indexOf('=');
    if (eq <= 0) throw new UsageError(`--interface expects NAME=ADDRESS/PREFIX (got '${s}')`);
    addSpec(out, s.slice(0, eq), s.slice(eq + 1));
  }
  return out;
}

/** The networks of a map: `10.0.0.11/24` → `10.0.0.0/24`; host routes are dropped. */
export function networksOnly(map: ReadonlyMap<string, readonly ParsedAddress[]>): InterfaceMap {
  const out: InterfaceMap = new Map();
  for (const [name, addrs] of map) {
    const nets = addrs.filter((a) => a.prefix! < (a.family === 4 ? 32 : 128)).map((a) => parseAddress(networkOf(a, a.prefix!), true)!);
    out.set(name, nets);
  }
  return out;
}

/**
 * The interfaces one node's rules see: the common entries (only their subnets when several nodes
 * are checked) plus the node's own entries, which replace common ones of the same name.
 */
export function interfacesFor(specs: InterfaceSpecs, node: string | undefined, severalNodes: boolean): InterfaceMap {
  const base = severalNodes ? networksOnly(specs.common) : new Map(specs.common);
  const own = node !== undefined ? specs.perNode.get(node) : undefined;
  if (own) for (const [name, addrs] of own) base.set(name, addrs);
  return base;
}

/** CIDR strings per interface, for the Kolla options. */
export function asCidrs(map: ReadonlyMap<string, readonly ParsedAddress[]>): Record<string, string[]> {
  return Object.fromEntries([...map].map(([name, addrs]) => [name, addrs.map((a) => `${a.address}/${a.prefix}`)]));
}
