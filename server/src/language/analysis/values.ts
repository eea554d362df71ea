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
