/**
 * The values of route and rule options as keepalived 2.2.7 reads them: the names and numbers of
 * iproute2's tables (lib/rttables.c find_entry), realms, rtt times
 * (vrrp_ip_rule_route_parser.c get_time_rtt) and lib/parser.c's read_unsigned / read_unsigned64.
 * A name that is not built into keepalived is looked up in the host's /etc/iproute2 files, which
 * a configuration does not show: such names are accepted here.
 */
import { strtoul, wholeStrtoul } from './values';

/**
 * find_entry(): a whole number (strtoul base 0, cut to 32 bits) must be at most `max`; any other
 * word is a name, one keepalived has built in or one of the host's file. False only when
 * keepalived certainly refuses the value (a number too big, or an empty name, which no file holds).
 */
export function rtEntryAccepted(text: string, max: number): boolean {
  const n = wholeStrtoul(text, 0);
  if (n !== undefined) return BigInt.asUintN(32, n) <= BigInt(max);
  return text !== '';
}

/** get_realms(): `REALM` or `FROM/TO`, each a realm number (0..255) or a name of the host's rt_realms. */
export function realmsAccepted(text: string): boolean {
  const slash = text.indexOf('/');
  if (slash < 0) return rtEntryAccepted(text, 255);
  return rtEntryAccepted(text.slice(0, slash), 255) && rtEntryAccepted(text.slice(slash + 1), 255);
}

/** What read_unsigned / read_unsigned64 (base 10) say of a word: undefined when it is taken. */
export type UnsignedProblem = 'negative' | 'invalid' | 'range';

export function unsignedProblem(text: string, max: bigint): UnsignedProblem | undefined {
  const start = text.length - text.trimStart().length;
  if (text[start] === '-') return 'negative';
  const r = strtoul(text, 10);
  if (r.end !== text.length) return 'invalid';
  // strtoul stops at ULONG_MAX (ERANGE): compare the digits themselves
  return BigInt(text.replace(/^\s*\+?/, '')) > max ? 'range' : undefined;
}

/** The message of an UnsignedProblem, about `text`. */
export function unsignedProblemText(p: UnsignedProblem, text: string, max: bigint): string {
  return p === 'negative' ? `'${text}' is negative` : p === 'invalid' ? `'${text}' is not a whole number` : `'${text}' is over ${max}`;
}

/** rtt times are kept between 0.2 and 120 seconds (the kernel's TCP_RTO_MIN and TCP_RTO_MAX). */
const RTT_MIN_MS = 200;
const RTT_MAX_MS = 120000;

export type RttRead =
  { readonly ok: false; readonly why: string } | { readonly ok: true; readonly reset?: 'max' | 'min'; readonly rounded?: boolean; readonly raw: boolean };

/**
 * get_time_rtt(): a number followed by `s`/`sec`/`secs` (seconds) or `ms...` (milliseconds), or a
 * bare number in the option's own unit (1/`unitMult` ms); at most three decimals of seconds, no
 * exponent. A value outside 0.2..120 s is replaced by the nearest bound (at start-up, in the log).
 */
export function readRtt(text: string, unitMult: number): RttRead {
  const str = text.trimStart();
  const sAt = str.search(/[sS]/);
  let num = str;
  let shift = 0;
  const raw = sAt < 0;
  if (!raw) {
    if (!/^s(ec(s)?)?$/i.test(str.slice(sAt))) return { ok: false, why: `'${text}' has a unit keepalived does not know (write s or ms)` };
    let p = sAt;
    if (p > 0 && str[p - 1]!.toLowerCase() === 'm') p--;
    else shift = 3;
    if (p === 0) return { ok: false, why: `'${text}' has no number before its unit` };
    num = str.slice(0, p);
  }
  if (/[eE]/.test(num)) return { ok: false, why: `'${text}' is written with an exponent, which keepalived no longer reads` };
  const d = decimalUnsigned(num, shift);
  if (!d.ok || d.value > BigInt(RTT_MAX_MS * unitMult)) return { ok: false, why: `'${text}' is not a time keepalived reads (at most 120 s)` };
  const value = raw ? d.value : d.value * BigInt(unitMult);
  const reset = value > BigInt(RTT_MAX_MS * unitMult) ? 'max' : value < BigInt(RTT_MIN_MS * unitMult) ? 'min' : undefined;
  return { ok: true, reset, rounded: d.rounded, raw };
}

/** read_decimal_unsigned(): a number with at most `shift` decimals (more are rounded, with a message), times 10^shift. */
function decimalUnsigned(param: string, shift: number): { ok: false } | { ok: true; value: bigint; rounded: boolean } {
  if (param.startsWith('-')) return { ok: false };
  const dp = param.indexOf('.');
  let digits: string;
  let roundUp = false;
  let rounded = false;
  if (dp >= 0) {
    const decimals = param.slice(dp + 1);
    if (decimals.length > shift) {
      rounded = true;
      roundUp = (decimals[shift] ?? '0') >= '5';
    }
    digits = param.slice(0, dp) + decimals.slice(0, shift).padEnd(shift, '0');
  } else digits = param + '0'.repeat(shift);
  const r = strtoul(digits, 10);
  if (r.end !== digits.length || (digits.length > 0 && r.end === 0)) return { ok: false };
  return { ok: true, value: r.value + (roundUp ? 1n : 0n), rounded };
}

const RTT_UNITS: Readonly<Record<string, number>> = { rtt: 8, rttvar: 4, rto_min: 1 };
const fromFile = (file: string) => `or a name of the host's /etc/iproute2/${file}`;

/** Why keepalived refuses the value of a route option (and drops the route), or undefined. */
export function routeValueProblem(option: string, value: string): string | undefined {
  switch (option) {
    case 'tos':
    case 'dsfield':
      return rtEntryAccepted(value, 255) ? undefined : `'${value}' is not a TOS value (0..255, ${fromFile('rt_dsfield')})`;
    case 'protocol':
      return rtEntryAccepted(value, 255) ? undefined : `'${value}' is not a route protocol (0..255, a name such as static, ${fromFile('rt_protos')})`;
    case 'scope':
      return rtEntryAccepted(value, 255) ? undefined : `'${value}' is not a route scope (0..255, global, link, host, site, nowhere ${fromFile('rt_scopes')})`;
    case 'realms':
      return realmsAccepted(value) ? undefined : `'${value}' is not a realm (0..255 ${fromFile('rt_realms')}) nor FROM/TO realms`;
    case 'pref':
      return value === 'low' || value === 'medium' || value === 'high' || !unsignedProblem(value, 255n)
        ? undefined
        : `'${value}' is not a route preference (low, medium, high or 0..255)`;
    default: {
      const unit = RTT_UNITS[option];
      const t = unit === undefined ? undefined : readRtt(value, unit);
      return t && !t.ok ? `${t.why}; '${option}' takes a time such as 300ms or 1s` : undefined;
    }
  }
}

/** What keepalived changes in the value of a route option it keeps, or undefined. */
export function routeValueNote(option: string, value: string): string | undefined {
  if (option === 'features' && value !== 'ecn') return `keepalived knows only the route feature 'ecn': it ignores '${value}'`;
  if (option === 'ttl-propagate' && value !== 'enabled' && value !== 'disabled')
    return `'ttl-propagate' takes enabled or disabled: keepalived reads '${value}' as disabled`;
  const unit = RTT_UNITS[option];
  const t = unit === undefined ? undefined : readRtt(value, unit);
  if (t?.ok && t.rounded && !t.reset)
    return `'${option} ${value}' has more decimals than keepalived reads (${t.raw ? 'none in a bare number' : 'milliseconds at most'}): it reports the number and rounds it`;
  if (t?.ok && t.reset)
    return `'${option} ${value}' is ${t.reset === 'max' ? 'over 120 s' : 'under 0.2 s'}${t.raw ? ` (a bare number counts ${unit === 1 ? '' : `1/${unit} `}ms)` : ''}: when it starts, keepalived uses ${t.reset === 'max' ? '120 s' : '0.2 s'} instead`;
  return undefined;
}

const U32 = 4294967295n;
const INT32_MAX = 2147483647;

/** The `fwmark MARK[/MASK]` of a rule (vrrp_iprule.c): two numbers (strtoul base 0) of 32 bits. */
function fwmarkAccepted(text: string): boolean {
  const s = text.trimStart();
  if (s.startsWith('-')) return false;
  const mark = strtoul(s, 0);
  if (mark.value > U32) return false;
  let end = mark.end;
  if (s[end] === '/') {
    const next = s[end + 1] ?? '';
    if (next === '-' || (next !== '' && next.trim() === '')) return false;
    const mask = strtoul(s.slice(end + 1), 0);
    if (mask.value > U32) return false;
    end += 1 + mask.end;
  }
  return end === s.length;
}

/** sscanf(text, "%u-%u") (or %hu): how many numbers it reads. */
function scanRange(text: string): number {
  return /^\s*[+-]?\d+-\s*[+-]?\d+/.test(text) ? 2 : /^\s*[+-]?\d+/.test(text) ? 1 : 0;
}

/** inet_proto_a2n(): a number up to 127 (keepalived 2.2.7 stops there), else a name of the host's /etc/protocols. */
function ipprotoAccepted(text: string): boolean {
  const s = text.trimStart();
  if (s === '' || s.startsWith('-')) return false;
  return strtoul(s, 10).value <= 127n;
}

/**
 * What keepalived does with the value of a rule option: `drop` (it reports it and drops the
 * rule), `ignore` (it reports it and reads the rule without the option; the text says so), or undefined.
 */
export function ruleValueProblem(option: string, value: string): { readonly drop?: string; readonly ignore?: string } | undefined {
  const drop = (ok: boolean, why: string) => (ok ? undefined : { drop: why });
  const ignore = (ok: boolean, why: string) => (ok ? undefined : { ignore: why });
  const unsigned = (max: bigint) => {
    const p = unsignedProblem(value, max);
    return p && unsignedProblemText(p, value, max);
  };
  switch (option) {
    case 'tos':
    case 'dsfield':
      return drop(rtEntryAccepted(value, 255), `'${value}' is not a TOS value (0..255, ${fromFile('rt_dsfield')})`);
    case 'fwmark':
      return drop(fwmarkAccepted(value), `'${value}' is not a firewall mark (a number, or MARK/MASK, of 32 bits)`);
    case 'realms':
      return drop(realmsAccepted(value), `'${value}' is not a realm (0..255 ${fromFile('rt_realms')}) nor FROM/TO realms`);
    case 'suppress_prefixlength':
    case 'sup_pl': {
      const why = unsigned(BigInt(INT32_MAX));
      return why ? { drop: `${why} ('${option}' takes a prefix length)` } : undefined;
    }
    case 'suppress_ifgroup':
    case 'sup_group':
      return drop(rtEntryAccepted(value, INT32_MAX), `'${value}' is not an interface group (0..${INT32_MAX}, ${fromFile('group')})`);
    case 'tunnel-id': {
      const why = unsigned(2n ** 64n - 1n);
      return why ? { drop: `${why} (a tunnel-id is a number of 64 bits)` } : undefined;
    }
    case 'uidrange':
      return drop(scanRange(value) === 2, `'${value}' is not a range of user ids (FIRST-LAST)`);
    case 'protocol': {
      const why = unsigned(255n);
      return why ? { ignore: `${why} (a rule protocol is 0..255): keepalived ignores it` } : undefined;
    }
    case 'ipproto':
      return ignore(
        ipprotoAccepted(value),
        `'${value}' is not an IP protocol keepalived takes (a number up to 127, or a name such as tcp): keepalived ignores it`,
      );
    case 'sport':
    case 'dport': {
      if (scanRange(value) === 2) return undefined;
      const port = /^\s*[+-]?(\d+)$/.exec(value)?.[1];
      return port !== undefined
        ? { ignore: `keepalived 2.2.7 reads only a range here and ignores the single port ${port}: write '${port}-${port}'` }
        : { ignore: `'${value}' is not a port range (FIRST-LAST): keepalived ignores it` };
    }
    default:
      return undefined;
  }
}
