/**
 * `encap TYPE ...` of a route or of a nexthop, read the way keepalived 2.2.7's parse_encap()
 * (vrrp_iproute.c) reads it. keepalived reports a problem of the encapsulation as a configuration
 * error without dropping the route, and goes on reading the route from where the encapsulation
 * stopped: after an unknown type, one word further; after a bad `ip`/`ip6` option, from that
 * option's name, which it then reads as a route word (`dst`, `id`, `ttl`... are not route
 * options, so the route ends there as an unknown word).
 */
import type { Word } from '../syntax/ast';
import { parseAddress } from './addresses';
import type { LineReader } from './lineReader';
import { rtEntryAccepted, unsignedProblem, unsignedProblemText } from './rtValues';
import { strtoul } from './values';

const U8 = 255n;
const U16 = 65535n;
const U64 = 2n ** 64n - 1n;

/** parse_mpls_address(): one or two labels (20 bits each, strtoul base 0) joined by '/'. */
export function mplsAccepted(text: string): boolean {
  let s = text;
  for (let count = 0; count < 2; count++) {
    if (s.startsWith('-') || /^\s/.test(s)) return false;
    const r = strtoul(s, 0);
    if (r.end === 0 || r.value > 0xfffffn) return false;
    if (r.end === s.length) return true;
    if (s[r.end] !== '/') return false;
    s = s.slice(r.end + 1);
  }
  return false;
}

/** get_addr64(): an ILA locator, four groups of up to four hexadecimal digits joined by ':'. */
export function ilaLocatorAccepted(text: string): boolean {
  let s = text.trimStart();
  for (let i = 0; i < 4; i++) {
    if (!/^[0-9a-fA-F]/.test(s)) return false;
    const r = strtoul(s, 16);
    if (r.value > 0xffffn) return false;
    if (r.end === s.length) return i === 3;
    if (i === 3 || s[r.end] !== ':') return false;
    s = s.slice(r.end + 1);
  }
  return false;
}

/** Why an `ip`/`ip6` encap option's value is refused, or undefined. */
function ipOptionProblem(family: 4 | 6, name: string, value: string): string | undefined {
  const what = `encap ${family === 4 ? 'ip' : 'ip6'}`;
  const unsigned = (max: bigint, label: string) => {
    const p = unsignedProblem(value, max);
    return p && `${unsignedProblemText(p, value, max)} (${what} ${label} takes 0..${max})`;
  };
  switch (name) {
    case 'id':
      return unsigned(U64, 'id');
    case 'dst':
    case 'src': {
      const a = parseAddress(value, false);
      if (!a) return `'${value}' is not a valid ${what} ${name} address`;
      return a.family !== family ? `'${value}' is IPv${a.family}, but ${what} takes IPv${family} addresses` : undefined;
    }
    case 'ttl':
    case 'hoplimit':
      return unsigned(U8, name);
    case 'flags':
      return unsigned(U16, 'flags');
    default:
      // tos (ip) / tc (ip6): a DS field, a number or a name of the host's rt_dsfield
      return rtEntryAccepted(value, 255) ? undefined : `'${value}' is not a DS field (0..255, or a name of the host's /etc/iproute2/rt_dsfield)`;
  }
}

const IP_OPTIONS: Readonly<Record<4 | 6, ReadonlySet<string>>> = {
  4: new Set(['id', 'dst', 'src', 'tos', 'ttl', 'flags']),
  6: new Set(['id', 'dst', 'src', 'tc', 'hoplimit', 'flags']),
};

/** parse_encap_ip / parse_encap_ip6 from word `j`: where keepalived reads on. */
function readIp(r: LineReader, family: 4 | 6, typeWord: Word, j: number): number {
  const w = r.w;
  let hasDst = false;
  let hasId = false;
  for (; j + 1 < w.length; j += 2) {
    const name = w[j]!;
    const value = w[j + 1]!;
    if (!IP_OPTIONS[family].has(name.value)) break;
    const problem = ipOptionProblem(family, name.value, value.value);
    if (problem) {
      r.corrected(value, `${problem}. keepalived reports it and reads the rest of the route from '${name.value}'`);
      return j;
    }
    if (name.value === 'dst') hasDst = true;
    if (name.value === 'id') hasId = true;
  }
  if (!hasDst && !hasId) r.corrected(typeWord, `encap ${typeWord.value} needs 'dst ADDRESS' or 'id N' (keepalived reports it as a configuration error)`);
  return j;
}

/**
 * Reads `encap` at `r.i` (of a route or of a nexthop) and leaves `r.i` on the last word it
 * consumed, as keepalived does, so that the caller's loop steps to where keepalived reads on.
 */
export function readEncap(r: LineReader): void {
  const w = r.w;
  const encap = w[r.i]!;
  const t = r.i + 1;
  const type = w[t];
  if (!type) {
    r.corrected(encap, "'encap' needs a type (ip, ip6, mpls or ila)");
    r.i = w.length;
    return;
  }
  let next: number;
  if (type.value === 'ip' || type.value === 'ip6') next = readIp(r, type.value === 'ip' ? 4 : 6, type, t + 1);
  else if (type.value === 'mpls' || type.value === 'ila') {
    const value = w[t + 1];
    const mpls = type.value === 'mpls';
    if (!value)
      r.corrected(
        type,
        mpls ? 'encap mpls needs a label (or LABEL/LABEL)' : 'encap ila needs a locator (four groups of hexadecimal digits, like 2001:db8:0:1)',
      );
    else if (!(mpls ? mplsAccepted(value.value) : ilaLocatorAccepted(value.value)))
      r.corrected(
        value,
        mpls
          ? `'${value.value}' is not an MPLS label stack (one or two labels of 0..1048575 joined by '/'): keepalived reports it as a configuration error`
          : `'${value.value}' is not an ILA locator (four groups of up to four hexadecimal digits joined by ':'): keepalived reports it as a configuration error`,
      );
    next = value ? t + 2 : t + 1;
  } else {
    r.corrected(
      type,
      `'${type.value}' is not an encap type keepalived knows (ip, ip6, mpls or ila): it reports it${w[t + 1] ? ` and skips '${w[t + 1]!.value}'` : ''}`,
    );
    r.i = t + 1;
    return;
  }
  r.i = next - 1;
}
