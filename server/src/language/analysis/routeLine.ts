/**
 * One route line (`static_routes`, `virtual_routes`) read the way keepalived's alloc_route()
 * (vrrp_iproute.c) reads it: word by word, each option by its own reader below, stopping at the
 * first error, which drops the whole line. Values that depend on the host (routing table,
 * protocol, scope and realm names) are accepted as they are.
 */
import type { Statement, Word } from '../syntax/ast';
import { wordsOf } from '../syntax/ast';
import type { Family } from './addresses';
import { isU32, LineReader, readRouteAddress, routeType, type LineProblem } from './lineReader';
import { readEncap } from './routeEncap';
import { routeValueNote, routeValueProblem } from './rtValues';

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
}

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

class RouteReader extends LineReader {
  readonly deprecated: Deprecated[] = [];
  dest: Word | undefined;
  hasOif = false;
  noTrack = false;
  protocolWord: Word | undefined;
  /** Reading stopped without an error (the nexthops that end the line). */
  done = false;
  trackGroup: Word | undefined;
  /** An `or` gateway was read. */
  orSeen = false;

  constructor(
    w: readonly Word[],
    readonly trackGroups: ReadonlySet<string>,
  ) {
    super(w);
  }

  /** The words agree on one family; false (and the line dropped) when they do not. */
  setFamily(f: Family | undefined, word: Word): boolean {
    if (f === undefined) return true;
    if (this.family === undefined) this.family = f;
    else if (this.family !== f) {
      this.fail('family', word, `'${word.value}' is IPv${f} but the route is IPv${this.family}`);
      return false;
    }
    return true;
  }

  /** An address option's value; false (and the line dropped) when it is missing or wrong. */
  address(word: Word | undefined, what: string, allowPrefix: boolean): boolean {
    if (!word) {
      this.missing(this.w[this.w.length - 1], `${what} needs an address after it`);
      return false;
    }
    // via, src and nexthops are read by parse_ipaddress: an address, never default/any/all
    const a = !allowPrefix && /^(default6?|any|all)$/.test(word.value) ? { ok: false } : readRouteAddress(word.value, allowPrefix);
    if (!a.ok) {
      this.fail('address', word, `'${word.value}' is not a valid ${what}`);
      return false;
    }
    this.longPrefix(word, a);
    return this.setFamily(a.family, word);
  }
}

/** Reads the option `cur` (the word at `r.i`) and its values, leaving `r.i` on the last one. */
type RouteOption = (r: RouteReader, cur: Word) => void;

const inetFamily: RouteOption = (r, cur) => {
  if (r.setFamily(cur.value === 'inet' ? 4 : 6, cur)) r.skipAfterFamily(cur.value, 'to');
};

/** `as [to] ADDRESS` (an MPLS option): keepalived reports it and skips it. */
const nat: RouteOption = (r, cur) => {
  if (!r.w[r.i + 1]) return r.missing(cur, "'as' needs 'to' or an address after it");
  if (r.w[r.i + 1]?.value === 'to') r.i++;
  r.i++;
  r.corrected(cur, "'as [to]' (rewriting an MPLS destination) is not supported on routes: keepalived ignores it and the address after it");
};

const gateway: RouteOption = (r, cur) => {
  if (cur.value === 'gw') r.deprecated.push({ word: cur, replacement: 'via' });
  let next = r.next();
  if (next && (next.value === 'inet' || next.value === 'inet6')) {
    if (!r.setFamily(next.value === 'inet' ? 4 : 6, next)) return;
    next = r.next();
  }
  r.address(next, 'gateway address', false);
};

const sourcePrefix: RouteOption = (r) => {
  const word = r.next();
  // parse_route: default/any/all have no family, so only an IPv6 prefix (or default6) passes
  if (r.address(word, 'route source prefix', true) && readRouteAddress(word!.value).family !== 6)
    r.fail('invalid', word, `'from' is only supported for IPv6 routes`);
};

const device: RouteOption = (r, cur) => {
  if (!r.next()) return r.missing(cur, `'${cur.value}' needs an interface name`);
  r.hasOif = true;
};

/** An option only IPv6 routes take: the route becomes IPv6. */
function onlyIPv6(r: RouteReader, option: string): void {
  if (r.family === 4) return r.fail('invalid', r.last, `'${option}' is only valid for IPv6 routes`);
  r.family = 6;
}

const expires: RouteOption = (r, cur) => {
  const v = r.next();
  onlyIPv6(r, cur.value);
  if (!r.failed && !v) return r.missing(cur, `'${cur.value}' needs a time`);
  if (!r.failed && !isU32(v?.value)) r.fail('invalid', v ?? r.last, `'${v?.value ?? ''}' is not a valid expiry time`);
};

const hoplimit: RouteOption = (r, cur) => {
  const v = r.next();
  if (!v) return r.missing(cur, `'${cur.value}' needs a value`);
  if (!/^\d+$/.test(v.value) || Number(v.value) > 255) r.fail('invalid', v ?? r.last, `'${v?.value ?? ''}' is not a hop limit (0..255)`);
};

const zeroOrOne: RouteOption = (r, cur) => {
  const v = r.next();
  if (!v) return r.missing(cur, `'${cur.value}' needs a value`);
  if (v.value !== '0' && v.value !== '1') r.fail('invalid', v ?? r.last, `'${cur.value}' takes 0 or 1`);
};

/** An option of one value (`lock` first for some); a few say something of the route. */
const oneValue: RouteOption = (r, cur) => {
  const str = cur.value;
  if (LOCKABLE.has(str) && r.w[r.i + 1]?.value === 'lock') r.i++;
  const v = r.next();
  // keepalived checks the family of pref before it reads the value
  if (str === 'pref') onlyIPv6(r, str);
  if (r.failed) return;
  if (!v) return r.missing(r.last, `'${str}' needs a value`);
  if (U32_OPTIONS.has(str) && !isU32(v.value)) return r.fail('invalid', v, `'${v.value}' is not a valid ${str} (a whole number)`);
  const problem = routeValueProblem(str, v.value);
  if (problem) return r.fail('invalid', v, problem);
  const note = routeValueNote(str, v.value);
  if (note) r.corrected(v, note);
  if (str === 'protocol') r.protocolWord = v;
  if (str === 'realms') {
    if (r.family === 6) return r.fail('family', r.last, `'realms' is only valid for IPv4 routes`);
    r.family = 4;
  }
};

const orGateway: RouteOption = (r, cur) => {
  r.deprecated.push({ word: cur, replacement: 'nexthop' });
  if (r.orSeen) {
    r.i++;
    return r.corrected(cur, "a route takes one 'or': keepalived ignores this one and the address after it (write the gateways as nexthops)");
  }
  r.orSeen = true;
  r.address(r.next(), "'or' gateway address", false);
};

/** `nexthop ...` groups end the line: whatever follows them is an error. */
const nexthops: RouteOption = (r, cur) => {
  if (r.orSeen) return r.fail('invalid', cur, "'nexthop' cannot follow 'or' on one route (write every gateway as a nexthop)");
  const before = r.problems.length;
  readNexthops(r);
  // a nexthop keepalived cannot read is dropped with the ones after it; the route is kept
  if (r.failed && !r.fatal) {
    r.failed = false;
    for (let k = before; k < r.problems.length; k++)
      if (r.problems[k]!.kind !== 'prefix') r.problems[k] = { ...r.problems[k]!, ignored: r.problems[k]!.ignored ?? 'this nexthop and any after it' };
  }
  r.done = true;
};

function readNexthops(r: RouteReader): void {
  const w = r.w;
  while (w[r.i]?.value === 'nexthop') {
    r.i++;
    for (let cur = w[r.i]; cur !== undefined; cur = r.next()) {
      const str = cur.value;
      if (str === 'via') {
        let next = r.next();
        if (next && (next.value === 'inet' || next.value === 'inet6')) next = r.next();
        if (!r.address(next, 'nexthop address', false)) return;
      } else if (str === 'dev') {
        if (!r.next()) return r.missing(cur, "'dev' needs an interface name");
      } else if (str === 'realms') {
        const v = r.next();
        if (!v) return r.missing(cur, "'realms' needs a value");
        const problem = v && routeValueProblem(str, v.value);
        if (problem) return r.fail('invalid', v, problem);
        if (r.family === 6) return r.fail('family', cur, "'realms' is only valid for IPv4 routes");
        r.family = 4;
      } else if (str === 'weight') {
        const v = r.next();
        if (!v) return r.missing(cur, "'weight' needs a value");
        if (!/^\d+$/.test(v.value) || Number(v.value) < 1 || Number(v.value) > 256)
          return r.fail('invalid', v ?? r.last, `'${v?.value ?? ''}' is not a nexthop weight (1..256)`);
      } else if (str === 'onlink') {
        // flag
      } else if (str === 'encap') {
        readEncap(r);
      } else if (str === 'as') {
        if (!r.w[r.i + 1]) return r.missing(cur, "'as' needs 'to' or an address after it");
        return r.fail('invalid', cur, "'as [to]' (NAT) is not supported for nexthops");
      } else break;
    }
  }
  const after = w[r.i];
  if (after)
    r.problems.push({
      kind: 'invalid',
      word: after,
      message: `'${after.value}' after the nexthops makes no sense to keepalived`,
      ignored: 'the words after the nexthops',
    });
}

const trackGroup: RouteOption = (r, cur) => {
  const group = r.next();
  if (!group) return r.missing(cur, "'track_group' needs a name");
  if (r.trackGroup && r.trackGroups.has(r.trackGroup.value))
    return r.fail('invalid', cur, 'a route takes one track_group (keepalived stops reading at this second one)');
  r.trackGroup = group;
  r.unknownTrackGroup(group, r.trackGroups);
};

/** Any other word: the destination, after an optional `to` or route type. */
const destination: RouteOption = (r, cur) => {
  const str = cur.value;
  const j = str === 'to' || routeType(str) !== undefined ? r.i + 1 : r.i;
  const d = r.w[j];
  if (!d) return r.missing(cur, `'${str}' needs a destination after it`);
  const a = readRouteAddress(d.value, true);
  if (!a.ok)
    return j === r.i
      ? r.fail('invalid', d, `'${d.value}' is neither a route option nor a destination address`)
      : r.fail('address', d, `'${d.value}' is not a valid destination`);
  r.longPrefix(d, a);
  if (d.value === 'default6') r.deprecated.push({ word: d, replacement: 'inet6 default' });
  if (!r.setFamily(a.family, d)) return;
  r.dest = d;
  r.i = j;
};

function table(entries: [string[], RouteOption][]): ReadonlyMap<string, RouteOption> {
  return new Map(entries.flatMap(([names, read]) => names.map((n) => [n, read] as const)));
}

/** The route options by name; a word not here is the destination. */
const ROUTE_OPTIONS = table([
  [['inet', 'inet6'], inetFamily],
  [['src'], (r) => void r.address(r.next(), 'route source address', false)],
  [['as'], nat],
  [['via', 'gw'], gateway],
  [['from'], sourcePrefix],
  [['dev', 'oif'], device],
  [['onlink'], () => {}],
  [['encap'], readEncap],
  [['expires'], expires],
  [['hoplimit'], hoplimit],
  [['quickack', 'fastopen_no_cookie'], zeroOrOne],
  [[...new Set([...U32_OPTIONS, ...ONE_VALUE, ...LOCKABLE])], oneValue],
  [['or'], orGateway],
  [['nexthop'], nexthops],
  [['no_track'], (r) => void (r.noTrack = true)],
]);

/** What keepalived corrects once the whole line is read. */
function finish(r: RouteReader): void {
  if (!r.failed && !r.dest) r.fail('invalid', undefined, 'the route has no destination');
  if (r.failed) return;
  if (r.trackGroup && r.trackGroups.has(r.trackGroup.value) && !r.hasOif)
    r.corrected(r.trackGroup, "a static route can only have a track_group when it has 'dev': keepalived ignores the track_group");
  const protocol = r.protocolWord;
  if (!r.noTrack && protocol && protocol.value !== 'keepalived' && protocol.value !== '18')
    r.corrected(protocol, `a tracked route must use protocol keepalived: keepalived replaces '${protocol.value}'`);
}

/** Read one route line (a value line of a `routes` block); `track_group` only where allowed. */
export function readRoute(stmt: Statement, allowTrackGroup: boolean, trackGroups: ReadonlySet<string> = new Set()): RouteLine {
  const r = new RouteReader(wordsOf(stmt), trackGroups);
  for (let cur = r.w[0]; cur && !r.failed && !r.done; cur = r.w[++r.i]) {
    const read = allowTrackGroup && cur.value === 'track_group' ? trackGroup : (ROUTE_OPTIONS.get(cur.value) ?? destination);
    read(r, cur);
  }
  finish(r);
  const { problems, deprecated, failed, dest, hasOif, noTrack } = r;
  return { stmt, problems, deprecated, dropped: failed, dest, hasOif, noTrack };
}
