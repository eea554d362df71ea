/**
 * The one address module (on ipaddr.js) for the whole core: IP addresses as keepalived reads them
 * (inet_pton: dotted-quad IPv4 without leading zeros, standard IPv6 text without a zone), with an
 * optional /prefix; subnet arithmetic; canonical text for comparisons (RFC 5952 for IPv6); the
 * numeric order VRRP's tie-break uses. The family is 4 or 6 everywhere.
 */
import * as ipaddr from 'ipaddr.js';

export type Family = 4 | 6;

export interface ParsedAddress {
  readonly family: Family;
  /** Canonical address text (RFC 5952 for IPv6): equal addresses have equal text. */
  readonly address: string;
  /** The prefix length, when written. */
  readonly prefix: number | undefined;
  readonly addr: ipaddr.IPv4 | ipaddr.IPv6;
}

const V4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;

/** Parse `addr` or `addr/prefix`; undefined when keepalived would reject it. */
export function parseAddress(text: string, allowPrefix = true): ParsedAddress | undefined {
  const slash = text.indexOf('/');
  const host = slash >= 0 ? text.slice(0, slash) : text;
  if (slash >= 0 && !allowPrefix) return undefined;
  let family: Family;
  let addr: ipaddr.IPv4 | ipaddr.IPv6;
  let address: string;
  if (V4.test(host)) {
    family = 4;
    // Already a checked dotted quad: build it directly (IPv4.parse would try every notation again).
    const o = host.split('.');
    addr = new ipaddr.IPv4([Number(o[0]), Number(o[1]), Number(o[2]), Number(o[3])]);
    // without leading zeros (V4), the text is already canonical: what addr.toString() gives
    address = host;
  } else if (host.includes(':') && ipaddr.IPv6.isValid(host) && !host.includes('%')) {
    family = 6;
    addr = ipaddr.IPv6.parse(host);
    address = addr.toString();
  } else {
    return undefined;
  }
  let prefix: number | undefined;
  if (slash >= 0) {
    const p = text.slice(slash + 1);
    if (!/^\d+$/.test(p)) return undefined;
    prefix = Number(p);
    if (prefix > (family === 4 ? 32 : 128)) return undefined;
  }
  return { family, address, prefix, addr };
}

/**
 * An address as keepalived's inet_stosockaddr reads it (unicast peers and source addresses,
 * multicast groups, virtual and real servers, virtual_server_group entries, checker and BFD
 * addresses): the family from a ':' anywhere in the word; the address ends at the first '-', else at
 * the first '/', and what follows is cut off unread (a range or mask it has no use for).
 */
export function parseSockaddr(text: string): { readonly addr: ParsedAddress | undefined; readonly ignored?: string } {
  const family = text.includes(':') ? 6 : 4;
  const dash = text.indexOf('-');
  const cut = dash >= 0 ? dash : text.indexOf('/');
  const a = parseAddress(cut >= 0 ? text.slice(0, cut) : text, false);
  const addr = a?.family === family ? a : undefined;
  return cut < 0 ? { addr } : { addr, ignored: text.slice(cut) };
}

/** Is `a` inside `net/prefix`? */
export function inSubnet(a: ParsedAddress, net: ParsedAddress): boolean {
  if (a.family !== net.family || net.prefix === undefined) return false;
  return (a.addr as ipaddr.IPv4).match(net.addr, net.prefix);
}

/** The network address of `a` with prefix `prefix` (e.g. 192.0.2.0/24). */
export function networkOf(a: ParsedAddress, prefix: number): string {
  const cidr = ipaddr.parseCIDR(`${a.address}/${prefix}`);
  const net = a.family === 4 ? ipaddr.IPv4.networkAddressFromCIDR(cidr.toString()) : networkV6(a, prefix);
  return `${net.toString()}/${prefix}`;
}

function networkV6(a: ParsedAddress, prefix: number): ipaddr.IPv6 {
  const bytes = a.addr.toByteArray().map((byte, i) => {
    const bits = Math.max(0, Math.min(8, prefix - i * 8));
    return byte & (0xff << (8 - bits)) & 0xff;
  });
  return ipaddr.fromByteArray(bytes) as ipaddr.IPv6;
}

export function sameAddress(a: ParsedAddress, b: ParsedAddress): boolean {
  return a.family === b.family && a.address === b.address;
}

export function isMulticast(a: ParsedAddress): boolean {
  return a.addr.range() === 'multicast';
}

/** The prefix length of a host route in the family (32 or 128). */
export function hostPrefix(family: Family): number {
  return family === 4 ? 32 : 128;
}

/** An address or CIDR whose bare form counts as a host route (`10.0.0.11` → /32). */
export function parseCidr(text: string): (ParsedAddress & { readonly prefix: number }) | undefined {
  const a = parseAddress(text, true);
  return a ? { ...a, prefix: a.prefix ?? hostPrefix(a.family) } : undefined;
}

/** The canonical address of the first word of an entry ("192.0.2.1/24 dev eth0" → "192.0.2.1"); the lower-cased word when it is no address. */
export function addressOfEntry(text: string): string {
  const first = text.trim().split(/\s+/)[0] ?? '';
  const host = first.split('/')[0]!;
  return parseAddress(host, false)?.address ?? host.toLowerCase();
}

/** > 0 when a is the higher address, < 0 lower, 0 when equal, of different families or not addresses (VRRP compares primary addresses numerically). */
export function compareAddresses(a: string | undefined, b: string | undefined): number {
  const pa = a === undefined ? undefined : parseAddress(addressOfEntry(a), false);
  const pb = b === undefined ? undefined : parseAddress(addressOfEntry(b), false);
  if (!pa || !pb || pa.family !== pb.family) return 0;
  const x = pa.addr.toByteArray();
  const y = pb.addr.toByteArray();
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i]! < y[i]! ? -1 : 1;
  return 0;
}

const ATON_PART = /^(?:0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*)$/;

/**
 * glibc's inet_aton, as getaddrinfo reads an IPv4 numeric host (keepalived's IPv4
 * persistence_granularity): one to four parts, each decimal, octal (leading 0) or hexadecimal
 * (0x); each part before the last is one byte and the last fills the remaining bytes, so `24`
 * (0.0.0.24) and `255.255.0xff00` are addresses too.
 */
export function inetAton(text: string): boolean {
  const parts = text.split('.');
  if (parts.length > 4) return false;
  const last = [0xffffffffn, 0xffffffn, 0xffffn, 0xffn][parts.length - 1]!;
  return parts.every((p, i) => ATON_PART.test(p) && aton(p) <= (i === parts.length - 1 ? last : 0xffn));
}

/** The address inet_aton reads (as a 32-bit number), or undefined when it reads none. */
export function inetAtonValue(text: string): number | undefined {
  if (!inetAton(text)) return undefined;
  const parts = text.split('.').map(aton);
  let v = 0n;
  parts.forEach((p, i) => (v = i === parts.length - 1 ? (v << BigInt(8 * (4 - i))) | p : (v << 8n) | p));
  return Number(v);
}

/** One inet_aton part (strtoul with base 0): 0x... hexadecimal, 0... octal, else decimal. */
function aton(part: string): bigint {
  if (/^0[xX]/.test(part)) return BigInt(part);
  return part.length > 1 && part.startsWith('0') ? BigInt(`0o${part.slice(1)}`) : BigInt(part);
}
