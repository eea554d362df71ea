/**
 * ansible.utils' address filters (ipaddr, ipv4, ipv6, ipwrap, nthhost, ipmath) as ansible.utils
 * 2.10 computes them on netaddr: a value is an address or a network (`addr/prefix`, a netmask for
 * IPv4, or an integer), printed as netaddr prints it; a list keeps the elements whose answer is
 * true. Forms netaddr alone reads (`10.1` as 10.1.0.0) are not addresses here.
 */
import * as ipaddr from 'ipaddr.js';
import { isKwargs, text } from './jinjaUnknown';

/** An IPNetwork: an address (as a number) and a prefix length. */
interface Net {
  readonly version: 4 | 6;
  readonly ip: bigint;
  readonly prefix: number;
}

const bitsOf = (n: Net): number => (n.version === 4 ? 32 : 128);
const hostmask = (n: Net): bigint => (1n << BigInt(bitsOf(n) - n.prefix)) - 1n;
const netmask = (n: Net): bigint => ((1n << BigInt(bitsOf(n))) - 1n) ^ hostmask(n);
const size = (n: Net): bigint => 1n << BigInt(bitsOf(n) - n.prefix);
const network = (n: Net): bigint => n.ip & netmask(n);
const broadcast = (n: Net): bigint | undefined => (n.version === 4 && bitsOf(n) - n.prefix <= 1 ? undefined : n.ip | hostmask(n));

function bytesOf(v: bigint, count: number): number[] {
  const out: number[] = [];
  for (let i = count - 1; i >= 0; i--) out.push(Number((v >> BigInt(8 * i)) & 0xffn));
  return out;
}

/** An address as netaddr prints it. */
function str(version: 4 | 6, v: bigint): string {
  if (version === 4) return bytesOf(v, 4).join('.');
  const addr = ipaddr.fromByteArray(bytesOf(v, 16)) as ipaddr.IPv6;
  if (addr.isIPv4MappedAddress()) return `::ffff:${addr.toIPv4Address().toString()}`;
  return addr.toRFC5952String();
}

const cidr = (n: Net): string => `${str(n.version, n.ip)}/${n.prefix}`;

function toBig(addr: ipaddr.IPv4 | ipaddr.IPv6): bigint {
  return addr.toByteArray().reduce((acc, b) => (acc << 8n) | BigInt(b), 0n);
}

/** netaddr.IPNetwork(value), with how the value was written (an address or a network); undefined when it is none. */
function parse(value: unknown): { net: Net; vtype: 'address' | 'network'; value: string } | undefined {
  const s = typeof value === 'number' ? String(value) : typeof value === 'string' ? value : undefined;
  if (s === undefined) return undefined;
  if (/^\d+$/.test(s)) {
    const n = BigInt(s);
    const net: Net = n < 1n << 32n ? { version: 4, ip: n, prefix: 32 } : { version: 6, ip: n, prefix: 128 };
    if (n >= 1n << 128n) return undefined;
    return { net, vtype: 'address', value: cidr(net) };
  }
  const [addrText, prefixText, extra] = s.split('/');
  if (extra !== undefined || addrText === undefined) return undefined;
  let addr: ipaddr.IPv4 | ipaddr.IPv6;
  if (ipaddr.IPv4.isValidFourPartDecimal(addrText)) addr = ipaddr.IPv4.parse(addrText);
  else if (addrText.includes(':') && ipaddr.IPv6.isValid(addrText)) addr = ipaddr.IPv6.parse(addrText);
  else return undefined;
  const version = addr.kind() === 'ipv4' ? 4 : 6;
  const bits = version === 4 ? 32 : 128;
  let prefix = bits;
  if (prefixText !== undefined) {
    if (/^\d+$/.test(prefixText)) prefix = Number(prefixText);
    else if (version === 4 && ipaddr.IPv4.isValidFourPartDecimal(prefixText)) {
      const p = ipaddr.IPv4.parse(prefixText).prefixLengthFromSubnetMask();
      if (p === null) return undefined;
      prefix = p;
    } else return undefined;
    if (prefix > bits) return undefined;
  }
  return { net: { version, ip: toBig(addr), prefix }, vtype: prefixText === undefined ? 'address' : 'network', value: s };
}

const addressOf = (n: Net): ipaddr.IPv4 | ipaddr.IPv6 => ipaddr.parse(str(n.version, n.ip));
const PRIVATE = new Set(['private', 'uniqueLocal', 'carrierGradeNat', 'linkLocal']);

/** The queries that need only the network (ansible.utils' query_func_map, the common ones). */
function query(n: Net, q: string, vtype: 'address' | 'network', value: string): unknown {
  const sz = size(n);
  const isNetAddr = n.ip === network(n);
  const range = addressOf(n).range();
  switch (q) {
    case '':
      return vtype === 'address' ? str(n.version, n.ip) : cidr(n);
    case 'address':
    case 'ip':
      if (sz === 1n) return str(n.version, n.ip);
      return !isNetAddr || broadcast(n) === undefined || n.version === 6 ? str(n.version, n.ip) : null;
    case 'host':
      if (sz === 1n) return cidr(n);
      return !isNetAddr || broadcast(n) === undefined ? cidr(n) : null;
    case 'address/prefix':
    case 'gateway':
    case 'gw':
    case 'host/prefix':
    case 'hostnet':
    case 'router':
      return sz > 2n && (n.ip === network(n) || n.ip === broadcast(n)) ? false : cidr(n);
    case 'ip/prefix':
      return sz === 2n || (sz > 1n && !isNetAddr) ? cidr(n) : null;
    case 'bool':
      return true;
    case 'broadcast':
      return sz > 2n ? str(n.version, broadcast(n)!) : null;
    case 'cidr':
      return cidr(n);
    case 'net':
      return sz > 1n && isNetAddr ? `${str(n.version, network(n))}/${n.prefix}` : null;
    case 'netmask':
      return str(n.version, netmask(n));
    case 'hostmask':
    case 'wildcard':
      return str(n.version, hostmask(n));
    case 'network':
    case 'network_id':
      return str(n.version, network(n));
    case 'network/prefix':
    case 'subnet':
      return `${str(n.version, network(n))}/${n.prefix}`;
    case 'prefix':
      return n.prefix;
    case 'size':
      return Number(sz);
    case 'size_usable':
      return Number(sz === 1n ? 0n : sz === 2n ? 2n : sz - 2n);
    case 'version':
      return n.version;
    case 'type':
      return sz === 1n || !isNetAddr ? 'address' : 'network';
    case 'int':
      return vtype === 'address' ? Number(n.ip) : `${n.ip}/${n.prefix}`;
    case 'private':
      return PRIVATE.has(range) ? value : null;
    case 'public':
      return ['unicast', 'reserved'].includes(range) && !PRIVATE.has(range) ? value : null;
    case 'unicast':
      return range !== 'multicast' ? value : null;
    case 'multicast':
      return range === 'multicast' ? value : null;
    case 'loopback':
    case 'lo':
      return range === 'loopback' ? value : null;
    case 'link-local':
      return range === 'linkLocal' ? value : null;
    case 'ipv4':
    case 'v4':
      return n.version === 4 ? value : false;
    case 'ipv6':
    case 'v6':
      return n.version === 6 ? value : `::ffff:${str(4, n.ip)}/${n.prefix + 96}`;
    case 'wrap':
      return n.version === 6 ? (vtype === 'address' ? `[${str(6, n.ip)}]` : `[${str(6, n.ip)}]/${n.prefix}`) : value;
    default:
      return usable(n, q, vtype);
  }
}

/** first_usable, last_usable, range_usable, next_usable, previous_usable (networks only). */
const USABLE = new Set(['first_usable', 'last_usable', 'range_usable', 'next_usable', 'previous_usable']);

function usable(n: Net, q: string, vtype: 'address' | 'network'): unknown {
  if (!USABLE.has(q)) return undefined;
  if (vtype === 'address') throw new Error('ipaddr: not a network address');
  if (size(n) <= 1n) return null;
  const two = size(n) === 2n;
  const first = two ? network(n) : network(n) + 1n;
  const last = two ? network(n) + 1n : network(n) + size(n) - 2n;
  switch (q) {
    case 'first_usable':
      return str(n.version, first);
    case 'last_usable':
      return str(n.version, last);
    case 'range_usable':
      return `${str(n.version, first)}-${str(n.version, last)}`;
    case 'next_usable':
      return n.ip + 1n >= first && n.ip + 1n <= last ? str(n.version, n.ip + 1n) : null;
    case 'previous_usable':
      return n.ip - 1n >= first && n.ip - 1n <= last ? str(n.version, n.ip - 1n) : null;
    default:
      return undefined;
  }
}

/** ansible.utils' ipaddr(value, query, version). */
function ipaddrOf(value: unknown, q: unknown = '', version?: 4 | 6): unknown {
  if (Array.isArray(value)) return (value as unknown[]).map((x) => ipaddrOf(x, q, version)).filter((x) => !!x);
  if (!value || value === true) return false;
  const p = parse(value);
  if (!p) return false;
  if (version && p.net.version !== version) return false;
  const qs = q === undefined || q === null ? '' : text(q);
  const r = query(p.net, qs, p.vtype, p.value);
  if (r !== undefined) return r;
  // a network the value must lie in
  const within = qs.includes('.') || qs.includes(':') ? parse(qs) : undefined;
  if (within) {
    const w = within.net;
    if (w.version !== p.net.version) return null;
    const inside = network(p.net) >= network(w) && network(p.net) + size(p.net) <= network(w) + size(w);
    return inside ? p.value : null;
  }
  // the n-th address of a network
  if (/^-?\d+(\.\d*)?$/.test(qs)) {
    if (size(p.net) === 1n) return p.vtype === 'address' ? str(p.net.version, p.net.ip) : cidr(p.net);
    if (!/^-?\d+$/.test(qs)) return false;
    const i = BigInt(qs);
    const at = i < 0n ? network(p.net) + size(p.net) + i : network(p.net) + i;
    return at < network(p.net) || at >= network(p.net) + size(p.net) ? false : `${str(p.net.version, at)}/${p.net.prefix}`;
  }
  throw new Error(`ipaddr: unknown filter type: ${qs}`);
}

function ipwrap(value: unknown, q: unknown = ''): unknown {
  if (Array.isArray(value)) return (value as unknown[]).map((x) => (ipaddrOf(x, q) ? ipaddrOf(x, 'wrap') : x));
  const r = ipaddrOf(value, q);
  return r ? ipaddrOf(r, 'wrap') : value;
}

function nthhost(value: unknown, q: unknown): unknown {
  const p = parse(value);
  if (!p || q === undefined || q === '') return false;
  const nth = typeof q === 'number' ? q : Number(text(q));
  if (!Number.isInteger(nth)) return false;
  const i = BigInt(nth);
  const base = network(p.net);
  const at = i < 0n ? base + size(p.net) + i : base + i;
  return size(p.net) > i && at >= base ? str(p.net.version, at) : false;
}

function ipmath(value: unknown, amount: unknown): unknown {
  const p = parse(value);
  if (!p || p.vtype !== 'address' || typeof value !== 'string') throw new Error(`ipmath: not an IP address: ${text(value)}`);
  const n = p.net.ip + BigInt(Math.trunc(Number(amount)));
  if (n < 0n || n >= 1n << BigInt(bitsOf(p.net))) throw new Error('ipmath: the result is out of range');
  return str(p.net.version, n);
}

const arg = (a: unknown): unknown => (isKwargs(a) ? undefined : a);

export const IP_FILTERS: Record<string, (v: unknown, ...args: unknown[]) => unknown> = {
  ipaddr: (v, q) => ipaddrOf(v, arg(q)),
  ipv4: (v, q) => ipaddrOf(v, arg(q), 4),
  ipv6: (v, q) => ipaddrOf(v, arg(q), 6),
  ipwrap: (v, q) => ipwrap(v, arg(q)),
  nthhost,
  ipmath,
};
