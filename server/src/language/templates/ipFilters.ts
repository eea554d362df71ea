/**
 * ansible.utils' address filters (ipaddr, ipv4, ipv6, ipwrap, nthhost, ipmath) as ansible.utils
 * 2.10 computes them on netaddr: a value is an address or a network (`addr/prefix`, a netmask or a
 * hostmask, or an integer), printed as netaddr prints it; a list keeps the elements whose answer is
 * true. What netaddr reads leniently is read so here too: `10.1` is 10.1.0.0, ` 192.0.2.01` is
 * 192.0.2.1, `167772161/8` is 10.0.0.1/8.
 */
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

/** The 8 16-bit words of an IPv6 address. */
const wordsOf = (v: bigint): number[] => [...Array(8).keys()].map((i) => Number((v >> BigInt(16 * (7 - i))) & 0xffffn));

const ipv4Text = (v: bigint): string => [24n, 16n, 8n, 0n].map((s) => Number((v >> s) & 0xffn)).join('.');

/**
 * An address as netaddr prints it (inet_ntop): IPv6 with its longest run of zero words (two or
 * more, the first of equals) as `::`, an IPv4-mapped or IPv4-compatible address with its last 32
 * bits dotted.
 */
function str(version: 4 | 6, v: bigint): string {
  if (version === 4) return ipv4Text(v);
  const w = wordsOf(v);
  let [best, bestLen] = [-1, 0];
  for (let i = 0; i < 8;) {
    let j = i;
    while (j < 8 && w[j] === 0) j++;
    if (j - i > bestLen) [best, bestLen] = [i, j - i];
    i = Math.max(j, i + 1);
  }
  if (bestLen < 2) best = -1;
  if (best === 0 && (bestLen === 6 || (bestLen === 5 && w[5] === 0xffff))) return `::${bestLen === 5 ? 'ffff:' : ''}${ipv4Text(v & 0xffffffffn)}`;
  const head = best < 0 ? w : w.slice(0, best);
  const tail = best < 0 ? [] : w.slice(best + bestLen);
  const hex = (ws: number[]): string => ws.map((x) => x.toString(16)).join(':');
  return best < 0 ? hex(head) : `${hex(head)}::${hex(tail)}`;
}

const cidr = (n: Net): string => `${str(n.version, n.ip)}/${n.prefix}`;

/** Python's int() of a decimal string (blanks around, a sign, underscores between digits). */
function pyInt(s: string): bigint | undefined {
  const m = /^\s*([-+]?)(\d+(?:_\d+)*)\s*$/.exec(s);
  return m ? (m[1] === '-' ? -1n : 1n) * BigInt(m[2]!.replace(/_/g, '')) : undefined;
}

const MAX = { 4: (1n << 32n) - 1n, 6: (1n << 128n) - 1n } as const;

const STRICT_V4 = /^(?:0|[1-9]\d{0,2})(?:\.(?:0|[1-9]\d{0,2})){3}$/;

/** A dotted quad as inet_pton reads it (no leading zeros, no blanks). */
function strictIPv4(s: string): bigint | undefined {
  if (!STRICT_V4.test(s)) return undefined;
  const parts = s.split('.').map(Number);
  return parts.every((p) => p <= 255) ? parts.reduce((acc, p) => (acc << 8n) | BigInt(p), 0n) : undefined;
}

/** An IPv6 address as inet_pton reads it: hex words, one `::`, a dotted quad as the last 32 bits (no zone, no blanks). */
function strictIPv6(s: string): bigint | undefined {
  const halves = s.split('::');
  if (halves.length > 2) return undefined;
  const groups = halves.map((h) => (h === '' ? [] : h.split(':')));
  const last = groups[groups.length - 1]!;
  if (last.length > 0 && last[last.length - 1]!.includes('.')) {
    const quad = strictIPv4(last.pop()!);
    if (quad === undefined) return undefined;
    last.push((quad >> 16n).toString(16), (quad & 0xffffn).toString(16));
  }
  const all = groups.flat();
  if (!all.every((g) => /^[0-9a-fA-F]{1,4}$/.test(g))) return undefined;
  if (halves.length === 2 ? all.length > 7 : all.length !== 8) return undefined;
  const [head, tail] = [groups[0]!, groups[1] ?? []];
  const words = [...head, ...Array<string>(8 - head.length - tail.length).fill('0'), ...tail];
  return words.reduce((acc, g) => (acc << 16n) | BigInt(parseInt(g, 16)), 0n);
}

/** An address as inet_pton reads it. */
const strictAddress = (version: 4 | 6, s: string): bigint | undefined => (version === 4 ? strictIPv4(s) : strictIPv6(s));

/** netaddr's expand_partial_address, then inet_pton: 1 to 4 parts read by int(), the missing ones 0 (`10.1` is 10.1.0.0). */
function partialIPv4(s: string): bigint | undefined {
  const parts = s.includes(':') ? [] : s.split('.');
  if (parts.length < 1 || parts.length > 4) return undefined;
  let v = 0n;
  for (let i = 0; i < 4; i++) {
    const n = i < parts.length ? pyInt(parts[i]!) : 0n;
    if (n === undefined || n < 0n || n > 255n) return undefined;
    v = (v << 8n) | n;
  }
  return v;
}

/** The prefix length a netmask or a hostmask stands for. */
function maskPrefix(version: 4 | 6, mask: bigint): number | undefined {
  const bits = version === 4 ? 32 : 128;
  for (let p = 0; p <= bits; p++) {
    const host = (1n << BigInt(bits - p)) - 1n;
    if (mask === (MAX[version] ^ host)) return p;
  }
  for (let p = 0; p <= bits; p++) if (mask === (1n << BigInt(bits - p)) - 1n) return p;
  return undefined;
}

/** netaddr's parse_ip_network for one family: `addr[/prefix]`, the prefix an integer, a netmask or a hostmask. */
function parseNetwork(version: 4 | 6, s: string): Net | undefined {
  const slash = s.indexOf('/');
  const [addrText, prefixText] = slash < 0 ? [s, undefined] : [s.slice(0, slash), s.slice(slash + 1)];
  const ip = strictAddress(version, addrText) ?? (version === 4 ? partialIPv4(addrText) : undefined);
  if (ip === undefined) return undefined;
  const bits = version === 4 ? 32 : 128;
  let prefix = bits;
  if (prefixText !== undefined) {
    const n = pyInt(prefixText);
    const mask = n === undefined ? strictAddress(version, prefixText) : undefined;
    const p = n !== undefined ? Number(n) : mask !== undefined ? maskPrefix(version, mask) : undefined;
    if (p === undefined || p < 0 || p > bits) return undefined;
    prefix = p;
  }
  return { version, ip, prefix };
}

/** An integer as ipaddr makes it an address: IPv4 when it fits (and IPv4 is not excluded), else IPv6. */
function numberNet(n: bigint, prefix: number | undefined, version?: 4 | 6): Net | undefined {
  if (n < 0n) return undefined;
  if (version !== 6 && n <= MAX[4] && (prefix ?? 32) <= 32) return { version: 4, ip: n, prefix: prefix ?? 32 };
  if (n <= MAX[6] && (prefix ?? 128) <= 128) return { version: 6, ip: n, prefix: prefix ?? 128 };
  return undefined;
}

/**
 * ansible.utils' reading of a value (its ipaddr before the query): a whole number is an address
 * (IPv4 when it fits); a string is netaddr.IPNetwork(value) — IPv4 first, partial forms expanded,
 * blanks and leading zeros read as int() reads them — or else `number/prefix`. With how it was
 * written (an address or a network) and the value the queries return.
 */
function parse(value: unknown, version?: 4 | 6): { net: Net; vtype: 'address' | 'network'; value: string } | undefined {
  const digits = typeof value === 'number' ? Number.isInteger(value) && value >= 0 : typeof value === 'string' && /^\d+$/.test(value);
  if (digits) {
    const net = numberNet(BigInt(value as number | string), undefined, version);
    return net && { net, vtype: 'address', value: cidr(net) };
  }
  if (typeof value !== 'string') return undefined;
  const net = parseNetwork(4, value) ?? parseNetwork(6, value);
  if (net) return { net, vtype: value.split('/').length === 2 ? 'network' : 'address', value };
  const parts = value.split('/');
  const [a, p] = parts.length === 2 ? [pyInt(parts[0]!), pyInt(parts[1]!)] : [];
  const numeric = a !== undefined && p !== undefined && p >= 0n ? numberNet(a, Number(p)) : undefined;
  return numeric && { net: numeric, vtype: 'network', value: cidr(numeric) };
}

type Span = readonly [bigint, bigint];

/** A network's first and last address. */
const spanOf = (n: Net): Span => [network(n), network(n) + size(n) - 1n];

/** netaddr's tables (netaddr/ip/__init__.py): networks as spans, per family. */
function spans(version: 4 | 6, list: readonly string[]): Span[] {
  return list.map((t) => {
    const [a, b] = t.split('-');
    if (b !== undefined) return [strictAddress(version, a!)!, strictAddress(version, b)!];
    return spanOf(parseNetwork(version, t)!);
  });
}

let tables: Record<4 | 6, Record<'private' | 'linkLocal' | 'multicast' | 'loopback', Span[]>> | undefined;
const table = (n: Net) =>
  (tables ??= {
    4: {
      private: spans(4, ['10.0.0.0/8', '100.64.0.0/10', '172.16.0.0/12', '192.0.0.0/24', '192.168.0.0/16', '198.18.0.0/15', '239.0.0.0-239.255.255.255']),
      linkLocal: spans(4, ['169.254.0.0/16']),
      multicast: spans(4, ['224.0.0.0/4']),
      loopback: spans(4, ['127.0.0.0/8']),
    },
    6: {
      private: spans(6, ['fc00::/7', 'fec0::/10']),
      linkLocal: spans(6, ['fe80::/10']),
      multicast: spans(6, ['ff00::/8']),
      loopback: spans(6, ['::1/128']),
    },
  })[n.version];

/** The whole network lies in one of `list` (netaddr's `network in cidr`). */
const netIn = (n: Net, list: readonly Span[]): boolean => list.some(([a, b]) => network(n) >= a && network(n) + size(n) - 1n <= b);
/** The network's address lies in one of `list`. */
const ipIn = (n: Net, list: readonly Span[]): boolean => list.some(([a, b]) => n.ip >= a && n.ip <= b);
const isPowerOfTwo = (x: bigint): boolean => (x & (x - 1n)) === 0n;

/** ansible.utils' public: the address is unicast, not private nor link-local nor loopback, and no netmask or hostmask. */
function isPublic(n: Net): boolean {
  const t = table(n);
  const max = (1n << BigInt(bitsOf(n))) - 1n;
  return (
    !ipIn(n, t.multicast) &&
    !ipIn(n, t.private) &&
    !ipIn(n, t.linkLocal) &&
    !ipIn(n, t.loopback) &&
    !isPowerOfTwo((n.ip ^ max) + 1n) &&
    !isPowerOfTwo(n.ip + 1n)
  );
}

/** The queries that need only the network (ansible.utils' query_func_map, the common ones). */
function query(n: Net, q: string, vtype: 'address' | 'network', value: string): unknown {
  const sz = size(n);
  const isNetAddr = n.ip === network(n);
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
      return netIn(n, table(n).private) || netIn(n, table(n).linkLocal) ? value : null;
    case 'public':
      return isPublic(n) ? value : null;
    case 'unicast':
      return !netIn(n, table(n).multicast) ? value : null;
    case 'multicast':
      return netIn(n, table(n).multicast) ? value : null;
    case 'loopback':
    case 'lo':
      return ipIn(n, table(n).loopback) ? value : null;
    case 'link-local':
      return ipIn(n, table(n).linkLocal) ? value : null;
    case 'ipv4':
      return n.version === 4 ? value : (ipv4Of(n) ?? false);
    case 'ipv6':
      return n.version === 6 ? value : `::ffff:${str(4, n.ip)}/${n.prefix + 96}`;
    case 'v4':
    case 'v6':
      // ansible.utils lists them without the argument their function needs: Ansible fails
      throw new Error(`_ipv${q[1]}_query() missing 1 required positional argument: 'value'`);
    case 'wrap':
      return n.version === 6 ? (vtype === 'address' ? `[${str(6, n.ip)}]` : `[${str(6, n.ip)}]/${n.prefix}`) : value;
    default:
      return usable(n, q, vtype);
  }
}

/** netaddr's IPNetwork.ipv4() of an IPv6 network: an IPv4-compatible or IPv4-mapped address as IPv4 (undefined for others). */
function ipv4Of(n: Net): string | undefined {
  const ip = n.ip <= MAX[4] ? n.ip : n.ip >= 0xffff00000000n && n.ip <= 0xffffffffffffn ? n.ip - 0xffff00000000n : undefined;
  return ip === undefined || n.prefix < 96 ? undefined : `${str(4, ip)}/${n.prefix - 96}`;
}

/** str(netaddr.IPAddress(x)) of an integer: IPv4 when it fits, whatever the network's family (as ansible.utils prints usable addresses). */
const byNumber = (x: bigint): string => str(x <= MAX[4] ? 4 : 6, x);

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
      return byNumber(first);
    case 'last_usable':
      return byNumber(last);
    case 'range_usable':
      return `${byNumber(first)}-${byNumber(last)}`;
    case 'next_usable':
      return n.ip + 1n >= first && n.ip + 1n <= last ? byNumber(n.ip + 1n) : null;
    case 'previous_usable':
      return n.ip - 1n >= first && n.ip - 1n <= last ? byNumber(n.ip - 1n) : null;
    default:
      return undefined;
  }
}

/** ansible.utils' ipaddr(value, query, version). */
function ipaddrOf(value: unknown, q: unknown = '', version?: 4 | 6): unknown {
  if (Array.isArray(value)) return (value as unknown[]).map((x) => ipaddrOf(x, q, version)).filter((x) => !!x);
  if (!value || value === true) return false;
  const p = parse(value, version);
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
