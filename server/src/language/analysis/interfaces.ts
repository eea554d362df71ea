/**
 * What a configuration says about network interfaces, combined with what we know of the target
 * host (`ValidationOptions.interfaces`: name → addresses with prefixes). Nothing here guesses:
 * without host facts every question answers "unknown".
 */
import { children, walk, type Statement, type Word } from '../syntax/ast';
import { inSubnet, networkOf, type Family, type ParsedAddress } from './addresses';
import { wholeOf, type ConfigModel, type VrrpInstance } from './model';

/** Host facts: interface name → its addresses (each with a prefix). */
export type InterfaceFacts = ReadonlyMap<string, readonly ParsedAddress[]>;

/** Interfaces every Linux host has. */
const ALWAYS_PRESENT = new Set(['lo']);

/** The last `global_defs` value of `kw` (first word), if any. */
export function globalValue(model: ConfigModel, kw: string): Word | undefined {
  let found: Word | undefined;
  for (const g of model.globals.globalDefs) for (const c of children(g, kw)) found = c.args[0] ?? found;
  return found;
}

export function hasGlobal(model: ConfigModel, kw: string): boolean {
  return model.globals.globalDefs.some((g) => children(g, kw).length > 0);
}

const MAC = /^[0-9a-f]{1,2}(:[0-9a-f]{1,2}){4,5}$/i;
const VMAC_WORDS = new Set(['netlink_notify_msg']);
const IPVLAN_MODES = new Set(['bridge', 'private', 'vepa']);

/** The interface name a `use_vmac` / `use_ipvlan` line creates (explicit name, or undefined for the default). */
function createdName(s: Statement): string | undefined {
  const a = s.args;
  for (let i = 0; i < a.length; i++) {
    const w = a[i]!.value;
    if (w === 'name') return a[i + 1]?.value;
    if (w === 'group') {
      i++;
      continue;
    }
    if (VMAC_WORDS.has(w) || IPVLAN_MODES.has(w) || MAC.test(w) || /^[0-9.:a-f]+(\/\d+)?$/i.test(w)) continue;
    return w;
  }
  return undefined;
}

/**
 * Interfaces the configuration itself creates (VMAC / ipvlan), and the prefix of generated
 * VMAC names, so that `dev vrrp.51` is not taken for a missing interface.
 */
export function createdInterfaces(view: ConfigModel): { readonly names: ReadonlySet<string>; readonly prefixes: readonly string[] } {
  const model = wholeOf(view);
  const names = new Set<string>();
  const prefixes: string[] = [];
  const vmacPrefix = globalValue(model, 'vmac_prefix')?.value ?? 'vrrp';
  const addrPrefix = globalValue(model, 'vmac_addr_prefix')?.value ?? vmacPrefix;
  let any = false;
  for (const inst of model.instances) {
    for (const kw of ['use_vmac', 'use_ipvlan']) {
      const s = inst.last(kw);
      if (!s) continue;
      any = true;
      const n = createdName(s);
      if (n) names.add(n);
      else if (inst.vrid !== undefined) names.add(`${vmacPrefix}.${inst.vrid}`);
    }
    if (inst.last('use_vmac_addr')) prefixes.push(`${addrPrefix}.`);
  }
  if (any) prefixes.push(`${vmacPrefix}.`);
  return { names, prefixes };
}

/** Is `name` an interface the host (per the facts) or the configuration provides? */
export function interfaceExists(name: string, facts: InterfaceFacts, created: ReturnType<typeof createdInterfaces>): boolean {
  if (facts.has(name) || ALWAYS_PRESENT.has(name) || created.names.has(name)) return true;
  return created.prefixes.some((p) => name.startsWith(p));
}

/** The interface a VIP / route line ends up on: its `dev`, else the instance's interface, else default_interface. */
export function lineInterface(model: ConfigModel, dev: Word | undefined, inst?: VrrpInstance): string | undefined {
  return dev?.value ?? inst?.interface?.value ?? model.globals.defaultInterface?.value;
}

/** Known subnets of `name` for one family (addresses with a prefix shorter than a host route). */
export function subnetsOf(facts: InterfaceFacts | undefined, name: string | undefined, family: Family): ParsedAddress[] {
  if (!facts || name === undefined) return [];
  const max = family === 4 ? 32 : 128;
  return (facts.get(name) ?? []).filter((a) => a.family === family && a.prefix !== undefined && a.prefix < max);
}

/** All addresses of `name` for one family (with or without prefix). */
export function addressesOf(facts: InterfaceFacts | undefined, name: string | undefined, family: Family): ParsedAddress[] {
  if (!facts || name === undefined) return [];
  return (facts.get(name) ?? []).filter((a) => a.family === family);
}

export function insideAny(a: ParsedAddress, nets: readonly ParsedAddress[]): boolean {
  return nets.some((n) => inSubnet(a, n));
}

/** `10.0.0.0/24` for each subnet, without repeats. */
export function describeSubnets(nets: readonly ParsedAddress[]): string[] {
  return [...new Set(nets.map((n) => networkOf(n, n.prefix!)))];
}

/** Two networks overlap when either contains the other's address. */
export function subnetsOverlap(a: readonly ParsedAddress[], b: readonly ParsedAddress[]): boolean {
  return a.some((x) => b.some((y) => x.family === y.family && (inSubnet(x, y) || inSubnet(y, x))));
}

export function isLinkLocal(a: ParsedAddress): boolean {
  return a.addr.range() === 'linkLocal';
}

/** Every statement of the model in file order (re-exported for rules that scan keywords). */
export function statements(model: ConfigModel): Generator<Statement> {
  return walk(model.parsed.statements);
}
