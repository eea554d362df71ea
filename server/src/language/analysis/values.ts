/**
 * Reading values the way keepalived's read_int / read_unsigned / read_double do
 * (lib/parser.c): whole-word numbers only, with the same notion of "invalid" and "negative".
 */

export type NumberRead =
  { readonly ok: true; readonly value: number } | { readonly ok: false; readonly reason: 'invalid' | 'negative' | 'range'; readonly value?: number };

const INT = /^[ \t]*[+-]?\d+$/;
const DEC = /^[ \t]*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** Only the digits 0-9, at least one. */
function isDigits(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** An integer word (strtol / strtoul, base 10). `unsigned` rejects a leading minus as keepalived does. */
export function readInteger(s: string, min?: number, max?: number, unsigned = min !== undefined && min >= 0): NumberRead {
  if (isDigits(s)) {
    // the common case (what INT accepts, without a sign or blanks): no regex, no trimmed copies
    const value = Number(s);
    return (min !== undefined && value < min) || (max !== undefined && value > max) ? { ok: false, reason: 'range', value } : { ok: true, value };
  }
  if (!INT.test(s)) return { ok: false, reason: 'invalid' };
  const value = Number(s.trim());
  if (unsigned && s.trim().startsWith('-')) return { ok: false, reason: 'negative', value };
  if ((min !== undefined && value < min) || (max !== undefined && value > max)) return { ok: false, reason: 'range', value };
  return { ok: true, value };
}

/** A decimal word (strtod), e.g. a timer in seconds. */
export function readDecimal(s: string, min?: number, max?: number): NumberRead {
  if (!DEC.test(s)) return { ok: false, reason: 'invalid' };
  const value = Number(s.trim());
  if (!Number.isFinite(value)) return { ok: false, reason: 'invalid' };
  if ((min !== undefined && value < min) || (max !== undefined && value > max)) return { ok: false, reason: 'range', value };
  return { ok: true, value };
}

export interface MicrosRead {
  /** The value in µs keepalived goes on with, or undefined when it rejects the word. */
  readonly value: number | undefined;
  /** What keepalived reports about the word, if anything. */
  readonly problem?: 'negative' | 'range' | 'invalid' | 'decimals';
}

/**
 * A number of seconds read into µs as read_decimal_unsigned_long_func (lib/parser.c, 6 decimals,
 * ignore_error set) reads it: negative or outside `minUs`..`maxUs` is rejected; more than 6 decimals is
 * rounded; a word that is not a number is reported but its leading digits are still used.
 */
export function readMicros(text: string, maxUs: number, minUs = 0): MicrosRead {
  if (text.startsWith('-')) return { value: undefined, problem: 'negative' };
  const dot = text.indexOf('.');
  let frac = dot >= 0 ? text.slice(dot + 1) : '';
  let roundUp = false;
  const decimals = frac.length > 6;
  if (decimals) {
    roundUp = (frac[6] ?? '0') >= '5';
    frac = frac.slice(0, 6);
  }
  const digits = (dot >= 0 ? text.slice(0, dot) : text) + frac + '0'.repeat(6 - frac.length);
  const lead = /^\s*\+?(\d*)/.exec(digits)!;
  const valid = lead[1] !== '' && lead[0].length === digits.length;
  const value = Number(lead[1] || '0') + (roundUp ? 1 : 0);
  const inRange = value <= maxUs && value >= minUs;
  if (!valid) return { value: inRange ? value : undefined, problem: 'invalid' };
  if (!inRange) return { value: undefined, problem: 'range' };
  return { value, problem: decimals ? 'decimals' : undefined };
}

/** keepalived's check_true_false(): lowercase on/off, true/false, yes/no. */
export function readBool(s: string): boolean | undefined {
  if (s === 'on' || s === 'true' || s === 'yes') return true;
  if (s === 'off' || s === 'false' || s === 'no') return false;
  return undefined;
}

/** A number parsed leniently for models (undefined when keepalived would not accept it). */
export function intOrUndefined(s: string | undefined, min?: number, max?: number): number | undefined {
  if (s === undefined) return undefined;
  const r = readInteger(s, min, max);
  return r.ok ? r.value : undefined;
}

export function decimalOrUndefined(s: string | undefined, min?: number, max?: number): number | undefined {
  if (s === undefined) return undefined;
  const r = readDecimal(s, min, max);
  return r.ok ? r.value : undefined;
}

/** C's isspace() in the "C" locale. */
const isCSpace = (c: string) => c === ' ' || (c >= '\t' && c <= '\r');
const DIGITS = '0123456789abcdefghijklmnopqrstuvwxyz';
const ULONG_MAX = (1n << 64n) - 1n;

/**
 * C's strtoul() on a 64-bit system: leading blanks, a sign (a minus negates modulo 2^64), `0x` in
 * base 16, then digits; base 0 chooses 16 after `0x`, 8 after a leading `0`, else 10. `end` is
 * where reading stopped (0 when no digit was read); an overflow gives ULONG_MAX.
 */
export function strtoul(s: string, base: 0 | 10 | 16): { readonly value: bigint; readonly end: number } {
  let i = 0;
  while (i < s.length && isCSpace(s[i]!)) i++;
  let negative = false;
  if (s[i] === '+' || s[i] === '-') negative = s[i++] === '-';
  const digit = (c: string | undefined) => (c === undefined ? -1 : DIGITS.indexOf(c.toLowerCase()));
  const hexPrefix = s[i] === '0' && (s[i + 1] === 'x' || s[i + 1] === 'X') && digit(s[i + 2]) >= 0 && digit(s[i + 2]) < 16;
  const b = base !== 0 ? base : hexPrefix ? 16 : s[i] === '0' ? 8 : 10;
  const ok = (c: string | undefined) => digit(c) >= 0 && digit(c) < b;
  if (b === 16 && hexPrefix) i += 2;
  if (!ok(s[i])) return { value: 0n, end: 0 };
  let value = 0n;
  let overflow = false;
  for (; ok(s[i]); i++) {
    value = value * BigInt(b) + BigInt(digit(s[i]));
    if (value > ULONG_MAX) overflow = true;
  }
  if (overflow) return { value: ULONG_MAX, end: i };
  return { value: negative ? BigInt.asUintN(64, -value) : value, end: i };
}

/** A whole word read by strtoul (nothing left over), or undefined. */
export function wholeStrtoul(s: string, base: 0 | 10 | 16): bigint | undefined {
  const r = strtoul(s, base);
  return r.end > 0 && r.end === s.length ? r.value : undefined;
}

/**
 * Why keepalived 2.2.7 refuses an HTTP_GET `status_code` item (check_http.c status_code_handler:
 * a code, or `from-to`, each read with strtoul into an unsigned and within 100..599, from <= to),
 * or undefined when it takes it.
 */
export function statusCodeProblem(item: string): string | undefined {
  const a = strtoul(item, 10);
  const min = Number(BigInt.asUintN(32, a.value));
  let max = min;
  let end = a.end;
  if (item[end] === '-') {
    const b = strtoul(item.slice(end + 1), 10);
    max = Number(BigInt.asUintN(32, b.value));
    end = b.end === 0 ? end + 1 : end + 1 + b.end;
    if (b.end === 0) max = 0;
  }
  if (end < item.length) return `'${item}' is not a status code (100..599) or a range of them (like 200-299)`;
  if (min < 100 || min > 599 || max < 100 || max > 599) return `'${item}' is outside the HTTP status codes 100..599`;
  if (min > max) return `the range '${item}' is reversed`;
  return undefined;
}

/** The bytes of `s` in UTF-8 (what C's strlen counts). */
const utf8 = (s: string) => new TextEncoder().encode(s);

/**
 * Why keepalived 2.2.7 refuses an HTTP_GET / SSL_GET `digest` (check_http.c digest_handler: 32
 * characters, read back to front two at a time with strtoul base 16, each pair read whole), or
 * undefined when it takes it.
 */
export function digestProblem(digest: string): string | undefined {
  const bytes = utf8(digest);
  if (bytes.length !== 32)
    return `'${digest}' has ${bytes.length} character${bytes.length === 1 ? '' : 's'}; an MD5 digest is written as 32 hexadecimal digits`;
  for (let i = 15; i >= 0; i--) {
    const pair = String.fromCharCode(bytes[2 * i]!, bytes[2 * i + 1]!);
    if (strtoul(pair, 16).end !== 2) return `'${digest}' has a character that is not a hexadecimal digit at offset ${2 * i}/${2 * i + 1}`;
  }
  return undefined;
}

/** The nine permission bits keepalived's umask_handler knows (global_parser.c), five letters each. */
export const UMASK_BITS: readonly string[] = ['IRUSR', 'IWUSR', 'IXUSR', 'IRGRP', 'IWGRP', 'IXGRP', 'IROTH', 'IWOTH', 'IXOTH'];

/** What is wrong with a umask's words, as umask_handler reads them: the word at fault and why. */
export interface UmaskProblem {
  readonly index: number;
  readonly reason: 'extra' | 'number' | 'bit' | 'syntax' | 'missing-bit';
  /** For 'bit': the rest of the word from the unknown name on (what keepalived prints). */
  readonly rest?: string;
}

/**
 * umask as keepalived 2.2.7 reads it: a number (strtol base 0, at most 0777) alone on the line, or
 * bit names joined by '|' (with or without blanks around it); undefined when it is accepted.
 */
export function umaskProblem(words: readonly string[]): UmaskProblem | undefined {
  const first = words[0];
  if (first === undefined) return undefined;
  if (/^[0-9]/.test(first)) {
    if (words.length !== 1) return { index: 1, reason: 'extra' };
    const value = /^0[xX][0-9a-fA-F]+$/.test(first)
      ? parseInt(first.slice(2), 16)
      : /^0[0-7]*$/.test(first)
        ? parseInt(first, 8)
        : /^[1-9][0-9]*$/.test(first)
          ? Number(first)
          : NaN;
    return Number.isNaN(value) || value > 0o777 ? { index: 0, reason: 'number' } : undefined;
  }
  let needOr = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    for (let p = 0; p < w.length;) {
      if (needOr) {
        if (w[p] !== '|') return { index: i, reason: 'syntax' };
        needOr = false;
        p++;
        continue;
      }
      if (!UMASK_BITS.includes(w.slice(p, p + 5))) return { index: i, reason: 'bit', rest: w.slice(p) };
      p += 5;
      needOr = true;
    }
  }
  return needOr ? undefined : { index: words.length - 1, reason: 'missing-bit' };
}

/** A nibble of read_hex_str (lib/parser.c): 0-15, 'wild' for x/X where wildcards are allowed, undefined otherwise. */
function hexNibble(c: string, wildcard: boolean): number | 'wild' | undefined {
  if (/^[0-9a-fA-F]$/.test(c)) return parseInt(c, 16);
  return wildcard && (c === 'x' || c === 'X') ? 'wild' : undefined;
}

/**
 * Why keepalived 2.2.7's read_hex_str refuses a UDP_CHECK payload / require_reply (the words
 * joined by spaces): a character that is not a hex digit (nor x/X where `wildcard`), no byte at
 * all, or — a quirk of its end test — a last byte of ff. Digits pair into bytes; a single digit
 * before a space is a byte of its own.
 */
export function hexStringProblem(words: readonly string[], wildcard: boolean): { reason: 'char'; char: string } | { reason: 'empty' | 'last-ff' } | undefined {
  const text = words.join(' ');
  let last = -1;
  let i = 0;
  for (;;) {
    while (text[i] === ' ' || text[i] === '\t') i++;
    if (i >= text.length) break;
    const high = hexNibble(text[i]!, wildcard);
    if (high === undefined) return { reason: 'char', char: text[i]! };
    i++;
    let value = high === 'wild' ? 0 : high;
    if (i < text.length && text[i] !== ' ') {
      const low = hexNibble(text[i]!, wildcard);
      if (low === undefined) return { reason: 'char', char: text[i]! };
      i++;
      value = (value << 4) | (low === 'wild' ? 0 : low);
    }
    last = value;
  }
  if (last < 0) return { reason: 'empty' };
  return last === 0xff ? { reason: 'last-ff' } : undefined;
}

/**
 * Does keepalived 2.2.7's DNS_CHECK name handler see an empty label in `name`? It looks at the
 * character after the start and after each dot, so besides `a..b` and `.x` it refuses a name whose
 * first label is a single character (`a.example.com`).
 */
export function dnsNameEmptyLabel(name: string): boolean {
  if (name.startsWith('.') && name.length > 1) return true;
  for (let p = 0; p >= 0 && p < name.length; p = name.indexOf('.', p + 1)) if (name[p + 1] === '.') return true;
  return false;
}
