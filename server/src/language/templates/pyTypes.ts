/**
 * Python's values where JavaScript's cannot tell them apart, for the Jinja emulation: a float whose
 * value is whole (`2.0`, `4 / 2`: JavaScript's 2), a tuple (a list in JavaScript), and Python's
 * truth, equality and order of values (`[]` is false, `[1] == [1]`, `1 < 'a'` fails).
 */
import { findKey } from '../ansible/pyKeys';
import { PyFloat } from '../ansible/pyValues';

export { PyFloat, pyFloat } from '../ansible/pyValues';

/** Is `v` a Python float? */
export const isFloat = (v: unknown): boolean => v instanceof PyFloat || (typeof v === 'number' && !Number.isInteger(v));

/** Is `v` a Python int or float (not a bool)? */
export const isNumber = (v: unknown): v is number | PyFloat => typeof v === 'number' || v instanceof PyFloat;

/** The number Python computes with (a bool is 0 or 1); undefined for anything else. */
export function numberOf(v: unknown): number | undefined {
  if (typeof v === 'number') return v;
  if (v instanceof PyFloat) return v.valueOf();
  return typeof v === 'boolean' ? Number(v) : undefined;
}

/** A Python tuple: a list that prints as `(a, b)`; what is derived from it (map, slice) is a list. */
export class PyTuple extends Array<unknown> {
  static override get [Symbol.species](): ArrayConstructor {
    return Array;
  }
}

export const tuple = (items: Iterable<unknown>): PyTuple => PyTuple.from(items);

export const isPlainObject = (v: object): boolean => {
  const proto: unknown = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
};

/** Python's bool(v): empty strings, lists and dicts, zero and None are false (a value we cannot know is true). */
export function pyTruth(v: unknown): boolean {
  if (typeof v !== 'object' || v === null) return !!v;
  if (Array.isArray(v)) return v.length > 0;
  if (v instanceof Number) return v.valueOf() !== 0;
  // nunjucks' SafeString (a macro's output) is a String object
  if (v instanceof String) return v.length > 0;
  return isPlainObject(v) ? Object.keys(v).length > 0 : true;
}

/** Python's type name of a value, for messages. */
export function pyTypeName(v: unknown): string {
  if (v === null) return 'NoneType';
  if (v === undefined) return 'Undefined';
  if (typeof v === 'boolean') return 'bool';
  if (isNumber(v)) return isFloat(v) ? 'float' : 'int';
  if (typeof v === 'string' || v instanceof String) return 'str';
  if (v instanceof PyTuple) return 'tuple';
  if (Array.isArray(v)) return 'list';
  return typeof v === 'object' && isPlainObject(v) ? 'dict' : 'object';
}

/** Python's `a == b`: numbers by value (True == 1 == 1.0), lists and dicts element by element, a list never equals a tuple. */
export function pyEq(a: unknown, b: unknown, depth = 0): boolean {
  if (a === b) return typeof a !== 'number' || !Number.isNaN(a);
  const [x, y] = [numberOf(a), numberOf(b)];
  if (x !== undefined || y !== undefined) return x === y;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || depth > 100) return false;
  if (a instanceof String || b instanceof String) return a instanceof String && b instanceof String && a.valueOf() === b.valueOf();
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a instanceof PyTuple !== b instanceof PyTuple || a.length !== b.length) return false;
    return a.every((v, i) => pyEq(v, b[i], depth + 1));
  }
  if (!isPlainObject(a) || !isPlainObject(b)) return false;
  const [ka, kb] = [Object.keys(a), Object.keys(b)];
  const bo = b as Record<string, unknown>;
  return ka.length === kb.length && ka.every((k) => Object.prototype.hasOwnProperty.call(bo, k) && pyEq((a as Record<string, unknown>)[k], bo[k], depth + 1));
}

/**
 * Python's order of `a` and `b` (negative, zero, positive; NaN for a NaN): numbers, strings, lists
 * (or tuples) element by element; other pairs fail as Python's TypeError for operator `op`.
 */
export function pyOrder(a: unknown, b: unknown, op = '<'): number {
  const [x, y] = [numberOf(a), numberOf(b)];
  if (x !== undefined && y !== undefined) return x < y ? -1 : x > y ? 1 : x === y ? 0 : Number.NaN;
  if ((typeof a === 'string' || a instanceof String) && (typeof b === 'string' || b instanceof String)) {
    const [s, t] = [String(a), String(b)];
    return s < t ? -1 : s > t ? 1 : 0;
  }
  if (Array.isArray(a) && Array.isArray(b) && a instanceof PyTuple === b instanceof PyTuple) {
    for (let i = 0; i < Math.min(a.length, b.length); i++) if (!pyEq(a[i], b[i])) return pyOrder(a[i], b[i], op);
    return a.length - b.length;
  }
  throw new TypeError(`'${op}' not supported between instances of '${pyTypeName(a)}' and '${pyTypeName(b)}'`);
}

/** A sort comparator with Python's order (sorted(): stable; fails on values Python cannot order). */
export const pyCompare = (a: unknown, b: unknown): number => pyOrder(a, b) || 0;

/** Python's `x in seq`: a substring, an element (by ==), a key of a dict. */
export function pyIn(x: unknown, seq: unknown): boolean {
  if (typeof seq === 'string' || seq instanceof String) {
    if (typeof x !== 'string' && !(x instanceof String)) throw new TypeError(`'in <string>' requires string as left operand, not ${pyTypeName(x)}`);
    return String(seq).includes(String(x));
  }
  if (Array.isArray(seq)) return seq.some((y) => pyEq(x, y));
  if (typeof seq === 'object' && seq !== null && isPlainObject(seq)) return findKey(seq, x) !== undefined;
  throw new TypeError(`argument of type '${pyTypeName(seq)}' is not iterable`);
}
