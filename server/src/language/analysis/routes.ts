/**
 * Route and rule lines (`static_routes`, `virtual_routes`, `static_rules`, `virtual_rules`) read
 * the way keepalived's alloc_route() / alloc_rule() read them (vrrp_iproute.c, vrrp_iprule.c):
 * word by word, stopping at the first error, which drops the whole line. Values that depend on
 * the host (routing table, protocol, scope and realm names) are accepted as they are.
 */
import type { Statement, Word } from '../syntax/ast';
import { walk, wordsOf } from '../syntax/ast';
import { parseAddress, type Family, type ParsedAddress } from './addresses';
import { inViewOf, type ConfigModel } from './model';

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
  | 'corrected';

export interface LineProblem {
  readonly kind: LineProblemKind;
  /** The word at fault (undefined: the line as a whole). */
  readonly word: Word | undefined;
  readonly message: string;
}

export interface Deprecated {
  readonly word: Word;
  readonly replacement: string;
}

export interface RouteLine {
  readonly stmt: Statement;
  readonly problems: LineProblem[];
  /** `gw` / `or` seen before any error. */
  readonly deprecated: Deprecated[];
  /** keepalived drops the line (a problem of kind address, family or invalid). */
  readonly dropped: boolean;
  readonly dest: Word | undefined;
  readonly hasOif: boolean;
  readonly noTrack: boolean;
  /** Something we do not model (encap): no further conclusions. */
  readonly opaque: boolean;
}

export interface RuleLine {
  readonly stmt: Statement;
  readonly problems: LineProblem[];
  readonly dropped: boolean;
  readonly family: Family;
  readonly hasPreference: boolean;
}

/** Route types keepalived's find_rttables_rtntype knows. */
const ROUTE_TYPES = new Set(['unicast', 'local', 'broadcast', 'anycast', 'multicast', 'blackhole', 'unreachable', 'prohibit', 'throw', 'nat', 'xresolve']);

/** Options that take one value, with an optional `lock` before it. */
const LOCKABLE = new Set(['mtu', 'advmss', 'rtt', 'rttvar', 'reordering', 'cwnd', 'ssthresh', 'rto_min', 'congctl']);
/** Options whose single value must be an unsigned 32-bit number. */
const U32_OPTIONS = new Set(['metric', 'priority', 'preference', 'mtu', 'advmss', 'reordering', 'window', 'cwnd', 'ssthresh', 'initcwnd', 'initrwnd']);
/** Options with one value we do not check (names from the host's iproute2 tables, times...). */
const ONE_VALUE = new Set([
  'tos',
  'dsfield',
  'table',
  'protocol',
  'scope',
  'rtt',
  'rttvar',
  'rto_min',
  'realms',
  'features',
  'congctl',
  'pref',
  'ttl-propagate',
]);

const U32_MAX = 4294967295;

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

function isU32(s: string | undefined): boolean {
  return s !== undefined && /^\d+$/.test(s) && Number(s) <= U32_MAX;
}

/** Read one route line (a value line of a `routes` block). */
export function readRoute(stmt: Statement, allowTrackGroup: boolean, trackGroups: ReadonlySet<string> = new Set()): RouteLine {
  const w = wordsOf(stmt);
  const problems: LineProblem[] = [];
  const deprecated: Deprecated[] = [];
  let family: Family | undefined;
  let dest: Word | undefined;
  let hasOif = false;
  let noTrack = false;
  let protocolWord: Word | undefined;
  let opaque = false;
  let failed = false;
  let trackGroup: Word | undefined;

  const fail = (kind: LineProblemKind, word: Word | undefined, message: string): void => {
    problems.push({ kind, word, message });
    failed = true;
  };
  const setFamily = (f: Family | undefined, word: Word): boolean => {
    if (f === undefined) return true;
    if (family === undefined) family = f;
    else if (family !== f) {
      fail('family', word, `'${word.value}' is IPv${f} but the route is IPv${family}`);
      return false;
    }
    return true;
  };
  const address = (word: Word | undefined, what: string, allowPrefix: boolean): boolean => {
    if (!word) {
      fail('invalid', w[w.length - 1], `${what} needs an address after it`);
      return false;
    }
    const a = readRouteAddress(word.value, allowPrefix);
    if (!a.ok) {
      fail('address', word, `'${word.value}' is not a valid ${what}`);
      return false;
    }
    if (a.longPrefix !== undefined)
      problems.push({
        kind: 'prefix',
        word,
        message: `prefix /${a.longPrefix} is longer than the address allows: keepalived uses /${a.family === 6 ? 128 : 32}`,
      });
    return setFamily(a.family, word);
  };

  let i = 0;
  while (!failed) {
    const cur = w[i];
    if (!cur) break;
    const str = cur.value;
    if (str === 'inet' || str === 'inet6') {
      if (!setFamily(str === 'inet' ? 4 : 6, cur)) break;
      // keepalived steps over the word after inet/inet6 as well (a quirk of its loop).
      const skipped = w[++i];
      if (skipped && skipped.value !== 'to')
        problems.push({
          kind: 'corrected',
          word: skipped,
          message: `'${skipped.value}' is never read: keepalived skips the word after '${str}'. Drop '${str}' (the addresses give the family)`,
        });
    } else if (str === 'src') {
      if (!address(w[++i], 'route source address', false)) break;
    } else if (str === 'as') {
      if (w[i + 1]?.value === 'to') i++;
      i++;
    } else if (str === 'via' || str === 'gw') {
      if (str === 'gw') deprecated.push({ word: cur, replacement: 'via' });
      let next = w[++i];
      if (next && (next.value === 'inet' || next.value === 'inet6')) {
        if (!setFamily(next.value === 'inet' ? 4 : 6, next)) break;
        next = w[++i];
      }
      if (!address(next, 'gateway address', false)) break;
    } else if (str === 'from') {
      const word = w[++i];
      if (!address(word, 'route source prefix', true)) break;
      if (readRouteAddress(word!.value).family === 4) {
        fail('invalid', word, `'from' is only supported for IPv6 routes`);
        break;
      }
    } else if (str === 'dev' || str === 'oif') {
      if (!w[++i]) {
        fail('invalid', w[i - 1], `'${str}' needs an interface name`);
        break;
      }
      hasOif = true;
    } else if (str === 'onlink') {
      // flag
    } else if (str === 'encap') {
      opaque = true;
      break;
    } else if (str === 'expires') {
      const v = w[++i];
      if (family === 4) {
        fail('invalid', w[i - 1], `'expires' is only valid for IPv6 routes`);
        break;
      }
      family = 6;
      if (!isU32(v?.value)) {
        fail('invalid', v ?? w[i - 1], `'${v?.value ?? ''}' is not a valid expiry time`);
        break;
      }
    } else if (str === 'hoplimit') {
      const v = w[++i];
      if (!v || !/^\d+$/.test(v.value) || Number(v.value) > 255) {
        fail('invalid', v ?? w[i - 1], `'${v?.value ?? ''}' is not a hop limit (0..255)`);
        break;
      }
    } else if (str === 'quickack' || str === 'fastopen_no_cookie') {
      const v = w[++i];
      if (!v || (v.value !== '0' && v.value !== '1')) {
        fail('invalid', v ?? w[i - 1], `'${str}' takes 0 or 1`);
        break;
      }
    } else if (U32_OPTIONS.has(str) || ONE_VALUE.has(str) || LOCKABLE.has(str)) {
      if (LOCKABLE.has(str) && w[i + 1]?.value === 'lock') i++;
      const v = w[++i];
      if (!v) {
        fail('invalid', w[i - 1], `'${str}' needs a value`);
        break;
      }
      if (U32_OPTIONS.has(str) && !isU32(v.value)) {
        fail('invalid', v, `'${v.value}' is not a valid ${str} (a whole number)`);
        break;
      }
      if (str === 'protocol') protocolWord = v;
      if (str === 'realms') {
        if (family === 6) {
          fail('family', w[i - 1], `'realms' is only valid for IPv4 routes`);
          break;
        }
        family = 4;
      }
      if (str === 'pref') {
        if (family === 4) {
          fail('invalid', w[i - 1], `'pref' is only valid for IPv6 routes`);
          break;
        }
        family = 6;
      }
    } else if (str === 'or') {
      deprecated.push({ word: cur, replacement: 'nexthop' });
      if (!address(w[++i], "'or' gateway address", false)) break;
    } else if (str === 'nexthop') {
      readNexthops(w, i, fail, address, () => {
        opaque = true;
      });
      break;
    } else if (str === 'no_track') {
      noTrack = true;
    } else if (allowTrackGroup && str === 'track_group') {
      trackGroup = w[++i];
      if (trackGroup && !trackGroups.has(trackGroup.value))
        problems.push({
          kind: 'corrected',
          word: trackGroup,
          message: `no track_group '${trackGroup.value}' is defined before this line: keepalived ignores it`,
        });
    } else {
      let j = i;
      if (str === 'to') j++;
      else if (ROUTE_TYPES.has(str)) j++;
      const d = w[j];
      if (!d) {
        fail('invalid', w[i], `'${str}' needs a destination after it`);
        break;
      }
      const a = readRouteAddress(d.value, true);
      if (!a.ok) {
        fail(
          j === i ? 'invalid' : 'address',
          d,
          j === i ? `'${d.value}' is neither a route option nor a destination address` : `'${d.value}' is not a valid destination`,
        );
        break;
      }
      if (a.longPrefix !== undefined)
        problems.push({
          kind: 'prefix',
          word: d,
          message: `prefix /${a.longPrefix} is longer than the address allows: keepalived uses /${a.family === 6 ? 128 : 32}`,
        });
      if (d.value === 'default6') deprecated.push({ word: d, replacement: 'inet6 default' });
      if (!setFamily(a.family, d)) break;
      dest = d;
      i = j;
    }
    i++;
  }

  if (!failed && !opaque && !dest) fail('invalid', undefined, 'the route has no destination');
  if (!failed && trackGroup && trackGroups.has(trackGroup.value) && !hasOif)
    problems.push({
      kind: 'corrected',
      word: trackGroup,
      message: "a static route can only have a track_group when it has 'dev': keepalived ignores the track_group",
    });
  if (!failed && !opaque && !noTrack && protocolWord && protocolWord.value !== 'keepalived' && protocolWord.value !== '18') {
    problems.push({
      kind: 'corrected',
      word: protocolWord,
      message: `a tracked route must use protocol keepalived: keepalived replaces '${protocolWord.value}'`,
    });
  }
  return { stmt, problems, deprecated, dropped: failed, dest, hasOif, noTrack, opaque };
}

function readNexthops(
  w: readonly Word[],
  start: number,
  fail: (kind: LineProblemKind, word: Word | undefined, message: string) => void,
  address: (word: Word | undefined, what: string, allowPrefix: boolean) => boolean,
  giveUp: () => void,
): number {
  let i = start;
  while (w[i]?.value === 'nexthop') {
    i++;
    for (let cur = w[i]; cur !== undefined; cur = w[++i]) {
      const str = cur.value;
      if (str === 'via') {
        let next = w[++i];
        if (next && (next.value === 'inet' || next.value === 'inet6')) next = w[++i];
        if (!address(next, 'nexthop address', false)) return w.length;
      } else if (str === 'dev' || str === 'realms') {
        i++;
      } else if (str === 'weight') {
        const v = w[++i];
        if (!v || !/^\d+$/.test(v.value) || Number(v.value) < 1 || Number(v.value) > 256) {
          fail('invalid', v ?? w[i - 1], `'${v?.value ?? ''}' is not a nexthop weight (1..256)`);
          return w.length;
        }
      } else if (str === 'onlink') {
        // flag
      } else if (str === 'encap') {
        giveUp();
        return w.length;
      } else if (str === 'as') {
        fail('invalid', cur, "'as [to]' (NAT) is not supported for nexthops");
        return w.length;
      } else break;
    }
  }
  const after = w[i];
  if (after) fail('invalid', after, `'${after.value}' after the nexthops makes no sense to keepalived`);
  return i;
}

/** Rule actions besides `table`/`lookup`. */
const RULE_TYPES = new Set(['blackhole', 'unreachable', 'prohibit']);
/** Rule options with one value we do not check. */
const RULE_ONE_VALUE = new Set([
  'tos',
  'dsfield',
  'fwmark',
  'realms',
  'suppress_prefixlength',
  'sup_pl',
  'suppress_ifgroup',
  'sup_group',
  'dev',
  'iif',
  'oif',
  'tunnel-id',
  'uidrange',
  'protocol',
  'ipproto',
  'sport',
  'dport',
]);

/** Read one rule line (a value line of a `rules` block). */
export function readRule(stmt: Statement, allowTrackGroup: boolean, trackGroups: ReadonlySet<string> = new Set()): RuleLine {
  const w = wordsOf(stmt);
  const problems: LineProblem[] = [];
  let family: Family | undefined;
  let action: string | undefined;
  let gotoTarget: number | undefined;
  let preference: number | undefined;
  let tableOption = false;
  let failed = false;
  const fail = (kind: LineProblemKind, word: Word | undefined, message: string): void => {
    problems.push({ kind, word, message });
    failed = true;
  };
  const setAction = (a: string, word: Word): boolean => {
    if (action !== undefined) {
      fail('invalid', word, `a rule takes only one action (table, goto, nop, blackhole, prohibit, unreachable); '${word.value}' comes after '${action}'`);
      return false;
    }
    action = a;
    return true;
  };

  for (let i = 0; !failed; i++) {
    const cur = w[i];
    if (!cur) break;
    const str = cur.value;
    if (str === 'inet' || str === 'inet6') {
      const f: Family = str === 'inet' ? 4 : 6;
      if (family !== undefined && family !== f) fail('family', w[i], `'${str}' contradicts the IPv${family} addresses of the rule`);
      family = f;
      // keepalived steps over the word after inet/inet6 as well (a quirk of its loop).
      const skipped = w[++i];
      if (skipped)
        problems.push({
          kind: 'corrected',
          word: skipped,
          message: `'${skipped.value}' is never read: keepalived skips the word after '${str}'. Drop '${str}' (the addresses give the family)`,
        });
    } else if (str === 'from' || str === 'to') {
      const word = w[++i];
      const a = word ? readRouteAddress(word.value, true) : { ok: false as const };
      if (!word || !a.ok) {
        fail('address', word ?? w[i - 1], `'${word?.value ?? ''}' is not a valid '${str}' address`);
        break;
      }
      if (a.longPrefix !== undefined)
        problems.push({
          kind: 'prefix',
          word,
          message: `prefix /${a.longPrefix} is longer than the address allows: keepalived uses /${a.family === 6 ? 128 : 32}`,
        });
      if (a.family !== undefined) {
        if (family !== undefined && family !== a.family) {
          fail('family', word, `'${word.value}' is IPv${a.family} but the rule is IPv${family}`);
          break;
        }
        family = a.family;
      }
    } else if (str === 'table' || str === 'lookup') {
      const v = w[++i];
      if (!v) {
        fail('invalid', w[i - 1], `'${str}' needs a table`);
        break;
      }
      if (/^\d+$/.test(v.value) && Number(v.value) === 0) {
        fail('invalid', v, 'table 0 is not a valid routing table');
        break;
      }
      if (!setAction('table', cur)) break;
    } else if (str === 'not') {
      // flag
    } else if (str === 'preference' || str === 'order' || str === 'priority') {
      const v = w[++i];
      if (!isU32(v?.value)) {
        fail('invalid', v ?? w[i - 1], `'${v?.value ?? ''}' is not a valid rule preference (0..4294967295)`);
        break;
      }
      preference = Number(v!.value);
    } else if (RULE_ONE_VALUE.has(str)) {
      if (!w[++i]) {
        fail('invalid', w[i - 1], `'${str}' needs a value`);
        break;
      }
      if (str === 'realms' || str.startsWith('sup')) tableOption = true;
    } else if (str === 'l3mdev') {
      if (!setAction('table', cur)) break;
    } else if (str === 'no_track') {
      // flag
    } else if (allowTrackGroup && str === 'track_group') {
      const g = w[++i];
      if (g && !trackGroups.has(g.value))
        problems.push({ kind: 'corrected', word: g, message: `no track_group '${g.value}' is defined before this line: keepalived ignores it` });
    } else {
      let word = cur;
      if (str === 'type') word = w[++i] ?? word;
      if (word.value === 'goto') {
        const v = w[++i];
        if (!isU32(v?.value)) {
          fail('invalid', v ?? word, `'${v?.value ?? ''}' is not a valid goto target`);
          break;
        }
        gotoTarget = Number(v!.value);
        if (!setAction('goto', word)) break;
      } else if (word.value === 'nop' || RULE_TYPES.has(word.value)) {
        if (!setAction(word.value, word)) break;
      } else if (ROUTE_TYPES.has(word.value)) {
        fail('invalid', word, `'${word.value}' is not a rule action (use table, goto, nop, blackhole, prohibit or unreachable)`);
      } else {
        fail('invalid', word, `'${word.value}' is not a rule option`);
      }
    }
  }

  if (!failed && action === 'goto') {
    if (preference === undefined) fail('invalid', undefined, `a goto rule needs a preference lower than its target ${gotoTarget}`);
    else if (gotoTarget !== undefined && preference >= gotoTarget)
      fail('invalid', undefined, `the preference ${preference} must be lower than the goto target ${gotoTarget}`);
  }
  if (!failed && action === undefined) fail('invalid', undefined, 'the rule has no action (table, goto, nop, blackhole, prohibit or unreachable)');
  if (!failed && action !== 'table' && tableOption) fail('invalid', undefined, 'realms and suppress_* only apply to a table rule');
  return { stmt, problems, dropped: failed, family: family ?? 4, hasPreference: preference !== undefined };
}

/** Every route / rule line of the configuration, in reading order. */
export interface RouteModel {
  readonly routes: RouteLine[];
  readonly rules: RuleLine[];
}

const cache = new WeakMap<ConfigModel, RouteModel>();
/** The route and rule lines of a top-level block (a block never changes once parsed). */
const linesOf = new WeakMap<Statement, readonly Statement[]>();
const NO_LINES: readonly Statement[] = [];

function routeLinesOf(top: Statement): readonly Statement[] {
  let lines = linesOf.get(top);
  if (!lines) {
    const found: Statement[] = [];
    for (const s of walk([top])) if (s.isValue && (s.blockId === 'values:routes' || s.blockId === 'values:rules')) found.push(s);
    lines = found.length === 0 ? NO_LINES : found;
    linesOf.set(top, lines);
  }
  return lines;
}

export function routeModel(model: ConfigModel): RouteModel {
  let m = cache.get(model);
  if (m) return m;
  if (model.whole) {
    const w = routeModel(model.whole);
    m = { routes: inViewOf(model, w.routes, (r) => r.stmt), rules: inViewOf(model, w.rules, (r) => r.stmt) };
  } else {
    const routes: RouteLine[] = [];
    const rules: RuleLine[] = [];
    // track_group blocks are looked up while the route is read: only earlier ones count.
    const trackGroups = new Set<string>();
    for (const top of model.parsed.statements) {
      if (!top.isValue && top.keyword.value === 'track_group' && top.def && top.args[0]) trackGroups.add(top.args[0].value);
      for (const s of routeLinesOf(top)) {
        // track_group is only accepted in the static blocks.
        const isStatic = s.parent?.keyword.value.startsWith('static_') ?? false;
        if (s.blockId === 'values:routes') routes.push(readRoute(s, isStatic, trackGroups));
        else rules.push(readRule(s, isStatic, trackGroups));
      }
    }
    m = { routes, rules };
  }
  cache.set(model, m);
  return m;
}
