/**
 * What route lines and rule lines share as keepalived reads them word by word (alloc_route(),
 * alloc_rule()): the problems found, the first error that drops the line, the address family the
 * words agree on, and the reading of an address with a prefix that may be too long.
 */
import type { Word } from '../syntax/ast';
import { parseAddress, type Family, type ParsedAddress } from './addresses';
import { wholeStrtoul } from './values';

export type LineProblemKind =
  /** An address that does not parse (the line is dropped). */
  | 'address'
  /** IPv4 and IPv6 mixed on one line (the line is dropped). */
  | 'family'
  /** A prefix length too long: keepalived uses the full length instead (the line is kept). */
  | 'prefix'
  /** An unknown word, a missing destination or action, a bad number... (the line is dropped). */
  | 'invalid'
  /** A value keepalived replaces (the line is kept). */
  | 'corrected'
  /** The line ends where an option needs a value: keepalived stops reading the configuration ("missing a parameter") and exits. */
  | 'missing';

export interface LineProblem {
  readonly kind: LineProblemKind;
  /** The word at fault (undefined: the line as a whole). */
  readonly word: Word | undefined;
  readonly message: string;
  /** The line is kept: keepalived ignores only this part of it (e.g. `this nexthop and any after it`). */
  readonly ignored?: string;
}

/** Route types keepalived's find_rttables_rtntype knows by name (rttables.c), with their numbers. */
const ROUTE_TYPE_NUMBERS: ReadonlyMap<string, number> = new Map([
  ['unicast', 1],
  ['local', 2],
  ['broadcast', 3],
  ['brd', 3],
  ['anycast', 4],
  ['multicast', 5],
  ['blackhole', 6],
  ['unreachable', 7],
  ['prohibit', 8],
  ['throw', 9],
  ['nat', 10],
  ['xresolve', 11],
]);

/** find_rttables_rtntype(): a route type's name, or a number 0..255 (strtoul base 0); undefined for any other word. */
export function routeType(word: string): number | undefined {
  const named = ROUTE_TYPE_NUMBERS.get(word);
  if (named !== undefined) return named;
  const n = word.startsWith('-') ? undefined : wholeStrtoul(word, 0);
  return n !== undefined && n <= 255n ? Number(n) : undefined;
}

const U32_MAX = 4294967295;

/** A whole number keepalived's read_unsigned reads in `base` (0: `0x` hex, leading-0 octal; blanks and `+` allowed, no `-`), up to 2^32 - 1. */
export function readU32(s: string, base: 0 | 10): number | undefined {
  const t = s.replace(/^[ \t\n\r\f\v]+/, '');
  const v = t.startsWith('-') ? undefined : wholeStrtoul(t, base);
  return v !== undefined && v <= BigInt(U32_MAX) ? Number(v) : undefined;
}

/** A whole number read_unsigned (base 10, as get_u32 and the goto target use it) takes. */
export function isU32(s: string | undefined): boolean {
  return s !== undefined && readU32(s, 10) !== undefined;
}

/** An address as keepalived's parse_route/parse_ipaddress accept it; `default`/`all` mean any. */
export interface RouteAddress {
  readonly ok: boolean;
  readonly addr?: ParsedAddress;
  readonly family?: Family;
  /** The written prefix when it was too long (keepalived uses the full length). */
  readonly longPrefix?: string;
}

export function readRouteAddress(text: string, allowPrefix = true): RouteAddress {
  if (text === 'default' || text === 'all' || text === 'any') return { ok: true };
  // kept for configurations of 2.0.7 and earlier: an IPv6 default route, with a deprecation message
  if (text === 'default6') return { ok: true, family: 6 };
  const exact = parseAddress(text, allowPrefix);
  if (exact) return { ok: true, addr: exact, family: exact.family };
  const slash = text.indexOf('/');
  if (!allowPrefix || slash < 0) return { ok: false };
  const host = parseAddress(text.slice(0, slash), false);
  const p = text.slice(slash + 1);
  if (!host || !/^\d+$/.test(p)) return { ok: false };
  return { ok: true, addr: host, family: host.family, longPrefix: p };
}

/**
 * One line being read: the words, the index of the word read last, the problems so far and the
 * family. An option reader moves `i` to the last word it consumes; the loop steps past it.
 */
export class LineReader {
  readonly problems: LineProblem[] = [];
  /** An error was found: keepalived drops the line and reads no further. */
  failed = false;
  /** keepalived stops reading the whole configuration at this line. */
  fatal = false;
  family: Family | undefined;
  i = 0;

  constructor(readonly w: readonly Word[]) {}

  /** The word after the one read last, which becomes the one read last. */
  next(): Word | undefined {
    return this.w[++this.i];
  }

  /** The word read last (the option name, when its value is missing). */
  get last(): Word | undefined {
    return this.w[this.i - 1];
  }

  /** Record an error that drops the line: reading stops. */
  fail(kind: LineProblemKind, word: Word | undefined, message: string): void {
    this.problems.push({ kind, word, message });
    this.failed = true;
  }

  /** The line ends before the value of `option`: keepalived exits ("missing a parameter"). */
  missing(option: Word | undefined, message: string): void {
    this.problems.push({ kind: 'missing', word: option, message });
    this.failed = true;
    this.fatal = true;
  }

  /** Record a problem keepalived corrects (the line is kept). */
  corrected(word: Word, message: string): void {
    this.problems.push({ kind: 'corrected', word, message });
  }

  /** Note a prefix longer than the address allows (keepalived uses the full length). */
  longPrefix(word: Word, a: RouteAddress): void {
    if (a.longPrefix !== undefined)
      this.problems.push({
        kind: 'prefix',
        word,
        message: `prefix /${a.longPrefix} is longer than the address allows: keepalived uses /${a.family === 6 ? 128 : 32}`,
      });
  }

  /** keepalived steps over the word after inet/inet6 as well (a quirk of its loop). */
  skipAfterFamily(familyWord: string, unless?: string): void {
    const skipped = this.next();
    if (skipped && skipped.value !== unless)
      this.corrected(
        skipped,
        `'${skipped.value}' is never read: keepalived skips the word after '${familyWord}'. Drop '${familyWord}' (the addresses give the family)`,
      );
  }

  /** A `track_group` name that no earlier block defines: keepalived ignores it. */
  unknownTrackGroup(group: Word | undefined, defined: ReadonlySet<string>): void {
    if (group && !defined.has(group.value)) this.corrected(group, `no track_group '${group.value}' is defined before this line: keepalived ignores it`);
  }
}
