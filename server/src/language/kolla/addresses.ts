/**
 * IP address helpers: strict parsing as keepalived (inet_pton) and Kolla (ansible.utils.ipaddr)
 * read addresses, subnet membership, and the address kolla_address() would pick from an
 * interface's addresses.
 */
import * as ipaddr from 'ipaddr.js';

export type Family = 'ipv4' | 'ipv6';

export interface ParsedIp {
  readonly family: Family;
  readonly addr: ipaddr.IPv4 | ipaddr.IPv6;
  /** Canonical text (RFC 5952 for IPv6) for comparisons. */
  readonly canonical: string;
}

/** A bare address as inet_pton accepts it: dotted quad, or IPv6 without a zone. */
export function parseIp(s: string): ParsedIp | undefined {
  const t = s.trim();
  if (t === '' || t !== s) return undefined;
  if (ipaddr.IPv4.isValidFourPartDecimal(t)) {
    const addr = ipaddr.IPv4.parse(t);
    return { family: 'ipv4', addr, canonical: addr.toString() };
  }
  if (!t.includes('%') && t.includes(':') && ipaddr.IPv6.isValid(t)) {
    const addr = ipaddr.IPv6.parse(t);
    return { family: 'ipv6', addr, canonical: addr.toRFC5952String() };
  }
  return undefined;
}

export interface ParsedCidr extends ParsedIp {
  readonly prefix: number;
}

/** `10.0.0.11/24` or `10.0.0.0/24`; a bare address counts as a host route (/32, /128). */
export function parseCidr(s: string): ParsedCidr | undefined {
  const slash = s.indexOf('/');
  const ip = parseIp(slash < 0 ? s : s.slice(0, slash));
  if (!ip) return undefined;
  const max = ip.family === 'ipv4' ? 32 : 128;
  if (slash < 0) return { ...ip, prefix: max };
  const p = s.slice(slash + 1);
  if (!/^\d{1,3}$/.test(p) || Number(p) > max) return undefined;
  return { ...ip, prefix: Number(p) };
}

export function inSubnet(ip: ParsedIp, net: ParsedCidr): boolean {
  if (ip.family !== net.family) return false;
  return ip.family === 'ipv4' ? (ip.addr as ipaddr.IPv4).match(net.addr, net.prefix) : (ip.addr as ipaddr.IPv6).match(net.addr, net.prefix);
}

/** The network part of a CIDR, printed (`10.0.0.0/24`). */
export function networkText(net: ParsedCidr): string {
  const text = `${net.addr.toString()}/${net.prefix}`;
  const base = net.family === 'ipv4' ? ipaddr.IPv4.networkAddressFromCIDR(text) : ipaddr.IPv6.networkAddressFromCIDR(text);
  return `${net.family === 'ipv6' ? (base as ipaddr.IPv6).toRFC5952String() : base.toString()}/${net.prefix}`;
}

/** ansible.utils.ipaddr('address'): the address of an address or CIDR, or false. */
export function ipaddrAddress(s: string): string | false {
  const c = parseCidr(s);
  return c ? c.canonical : false;
}

function isLinkLocal6(ip: ParsedIp): boolean {
  return ip.family === 'ipv6' && ip.addr.range() === 'linkLocal';
}

/**
 * What kolla_address() reads from facts for an interface: IPv4 — the primary (first) address;
 * IPv6 — the first global address that is not a VIP.
 */
export function addressFromInterface(cidrs: readonly string[], family: Family, vips: readonly string[]): string | undefined {
  const excluded = new Set(vips.map((v) => parseIp(v)?.canonical).filter((v): v is string => v !== undefined));
  for (const c of cidrs) {
    const p = parseCidr(c);
    if (!p || p.family !== family) continue;
    if (family === 'ipv6' && (isLinkLocal6(p) || excluded.has(p.canonical))) continue;
    return p.canonical;
  }
  return undefined;
}
