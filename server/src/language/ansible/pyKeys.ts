/**
 * Dict keys that are not strings. PyYAML reads `yes:`, `51:`, `2.5:` and `~:` as the keys True, 51,
 * 2.5 and None, and a template sees them so (`d[51]`, `k + 1` in `d.items()`, `{51: 'a'}` printed,
 * numeric order in dictsort); a JavaScript object has only string keys, and puts the ones that look
 * like integers first. Such a key is held as a string of its own: a private-use character, a type
 * letter and Python's repr of the key, which no YAML text or template writes; `pyKey` gives the
 * key back. Python finds a key by equality, so `d[1]` finds `True:` and `1.0:` too (`findKey`).
 */
import { pyFloatRepr, PyFloat } from './pyValues';

const MARK = '\uE020';

/** The JavaScript key of a Python dict key (a string is itself). */
export function keyOf(k: unknown): string {
  if (typeof k === 'string') return k;
  if (k === null || k === undefined) return `${MARK}n`;
  if (typeof k === 'boolean') return `${MARK}b${k ? 'True' : 'False'}`;
  if (k instanceof PyFloat) return `${MARK}f${pyFloatRepr(k.valueOf())}`;
  if (typeof k === 'number') return Number.isInteger(k) ? `${MARK}i${k}` : `${MARK}f${pyFloatRepr(k)}`;
  // eslint-disable-next-line @typescript-eslint/no-base-to-string -- another value (an unknown one's marker) is keyed by its text
  return String(k);
}

/** The Python key a JavaScript key holds. */
export function pyKey(k: string): unknown {
  if (k.charCodeAt(0) !== 0xe020) return k;
  const body = k.slice(2);
  switch (k[1]) {
    case 'n':
      return null;
    case 'b':
      return body === 'True';
    case 'i':
      return Number(body);
    case 'f': {
      const n = body === 'inf' ? Infinity : body === '-inf' ? -Infinity : Number(body);
      return Number.isInteger(n) ? new PyFloat(n) : n;
    }
    default:
      return k;
  }
}

/** The Python keys of a dict, in order. */
export const pyKeys = (d: object): unknown[] => Object.keys(d).map(pyKey);

/** Is this JavaScript key a Python key that is not a string? */
export const isPyKey = (k: string): boolean => k.charCodeAt(0) === 0xe020;

/** The JavaScript keys under which a dict may hold the Python key `k` (equal keys: True, 1 and 1.0). */
function candidates(k: unknown): string[] {
  const n = typeof k === 'boolean' ? Number(k) : k instanceof PyFloat ? k.valueOf() : k;
  if (typeof n !== 'number') return [keyOf(k)];
  const out = [keyOf(n), keyOf(new PyFloat(n))];
  if (n === 0 || n === 1) out.push(keyOf(n === 1));
  return out;
}

/** The JavaScript key under which `d` holds the Python key `k` (undefined: no such key). */
export function findKey(d: object, k: unknown): string | undefined {
  if (typeof k === 'string') return Object.prototype.hasOwnProperty.call(d, k) ? k : undefined;
  return candidates(k).find((c) => Object.prototype.hasOwnProperty.call(d, c));
}
