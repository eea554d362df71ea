/**
 * Jinja2's built-in filters that nunjucks also has but computes as JavaScript does, here as jinja2
 * 3.1 (under Ansible) computes them: numbers (float, round, abs) and sequences (list, join, unique,
 * dictsort, groupby — the last two give tuples, as Python does).
 */
import { pyKey, pyKeys } from '../ansible/pyKeys';
import { isKwargs, text } from './jinjaUnknown';
import { isFloat, isPlainObject, numberOf, pyCompare, pyEq, pyFloat, PyFloat, pyTypeName, tuple } from './pyTypes';
import { pyRepr } from './pyValue';

/** A filter's argument, by keyword or at its position (nunjucks passes keywords as a last object). */
function argument(args: readonly unknown[], index: number, name: string): unknown {
  const last = args[args.length - 1];
  if (isKwargs(last) && name in last) return last[name];
  return index < args.length - (isKwargs(last) ? 1 : 0) ? args[index] : undefined;
}

/** What Python iterates over: a string's characters, a list's items, a dict's keys. */
function iterate(v: unknown): unknown[] {
  if (typeof v === 'string') return [...v];
  if (Array.isArray(v)) return v;
  if (typeof v === 'object' && v !== null && isPlainObject(v)) return pyKeys(v);
  throw new TypeError(`'${pyTypeName(v)}' object is not iterable`);
}

/** Python's float() of a string: blanks around, underscores between digits, inf and nan; undefined where Python fails. */
function parseFloatText(s: string): number | undefined {
  const t = s.trim();
  if (/^[-+]?(?:\d(?:_?\d)*(?:\.(?:\d(?:_?\d)*)?)?|\.\d(?:_?\d)*)(?:[eE][-+]?\d(?:_?\d)*)?$/.test(t)) return Number(t.replace(/_/g, ''));
  const m = /^([-+]?)(inf|infinity|nan)$/i.exec(t);
  if (!m) return undefined;
  return m[2]!.toLowerCase() === 'nan' ? Number.NaN : m[1] === '-' ? -Infinity : Infinity;
}

/** Python's round(x, digits) of a float: to the nearest, an exact tie to the even neighbour. */
function roundHalfEven(x: number, digits: number): number {
  if (!Number.isFinite(x) || digits > 100) return x;
  if (digits < 0) return roundHalfEven(x / 10 ** -digits, 0) * 10 ** -digits;
  const nearest = Number(Math.abs(x).toFixed(digits));
  // an exact tie shows as a 5 and only zeros after the kept digits (toFixed rounds it up)
  const exact = Math.abs(x).toFixed(Math.min(100, digits + 25));
  const rest = exact.slice(exact.indexOf('.') + 1 + digits);
  let r = nearest;
  if (/^50*$/.test(rest)) {
    const down = Number(exact.slice(0, exact.indexOf('.') + 1 + digits));
    const lastDigit = Math.round(down * 10 ** digits) % 2;
    if (lastDigit === 0) r = down;
  }
  return x < 0 || Object.is(x, -0) ? -r : r;
}

/** An item's attribute as Jinja's make_attrgetter looks it up (`a.b`, `0` for an index). */
function lookup(item: unknown, attribute: unknown, def: unknown): { value: unknown; missing?: string } {
  const parts =
    typeof attribute === 'number'
      ? [attribute]
      : text(attribute)
          .split('.')
          .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
  let v: unknown = item;
  for (const part of parts) {
    const found =
      (Array.isArray(v) || typeof v === 'string') && typeof part === 'number'
        ? (v as ArrayLike<unknown>)[part]
        : typeof v === 'object' && v !== null && isPlainObject(v) && Object.prototype.hasOwnProperty.call(v, part)
          ? (v as Record<string, unknown>)[part]
          : undefined;
    if (found === undefined && (def === undefined || def === null))
      return { value: undefined, missing: `'${pyTypeName(v)} object' has no attribute ${pyRepr(part)}` };
    v = found ?? def;
  }
  return { value: v };
}

/** Jinja's ignore_case: strings compared lowercased. */
const ignoreCase = (v: unknown): unknown => (typeof v === 'string' ? v.toLowerCase() : v);

export const PY_FILTERS: Record<string, (v: unknown, ...args: unknown[]) => unknown> = {
  float(v, ...args) {
    const n = typeof v === 'string' || v instanceof String ? parseFloatText(String(v)) : numberOf(v);
    if (n !== undefined) return pyFloat(n);
    const def = argument(args, 0, 'default');
    return def === undefined ? new PyFloat(0) : def;
  },
  // round(value, precision=0, method='common'): Python's round (an int stays an int), or ceil/floor to a float
  round(v, ...args) {
    const n = numberOf(v);
    if (n === undefined) throw new TypeError(`type ${pyTypeName(v)} doesn't define __round__ method`);
    const precision = numberOf(argument(args, 0, 'precision')) ?? 0;
    const method = argument(args, 1, 'method') ?? 'common';
    if (method === 'common') return isFloat(v) ? pyFloat(roundHalfEven(n, precision)) : precision >= 0 ? n : roundHalfEven(n, precision);
    if (method !== 'ceil' && method !== 'floor') throw new Error('method must be common, ceil or floor');
    const f = 10 ** precision;
    return pyFloat((method === 'ceil' ? Math.ceil : Math.floor)(n * f) / f);
  },
  abs(v) {
    const n = numberOf(v);
    if (n === undefined) throw new TypeError(`bad operand type for abs(): '${pyTypeName(v)}'`);
    return isFloat(v) ? pyFloat(Math.abs(n)) : Math.abs(n);
  },
  list: (v) => [...iterate(v)],
  // sort(reverse, case_sensitive, attribute): sorted() of what Python iterates (a dict's keys), in Python's order; stable both ways
  sort(v, ...args) {
    const sign = argument(args, 0, 'reverse') === true ? -1 : 1;
    const caseSensitive = argument(args, 1, 'case_sensitive') === true;
    const attribute = argument(args, 2, 'attribute');
    const attrs = attribute === undefined || attribute === null ? [] : typeof attribute === 'string' ? attribute.split(',') : [attribute];
    const keyOf = (x: unknown): unknown => {
      const parts = attrs.map((a) => {
        const r = lookup(x, a, undefined);
        if (r.missing !== undefined) throw new Error(r.missing);
        return r.value;
      });
      const keys = (attrs.length === 0 ? [x] : parts).map((k) => (caseSensitive ? k : ignoreCase(k)));
      return keys.length === 1 ? keys[0] : tuple(keys);
    };
    const rows = iterate(v).map((x) => ({ x, key: keyOf(x) }));
    return rows.sort((a, b) => sign * pyCompare(a.key, b.key)).map((r) => r.x);
  },
  join(v, ...args) {
    const attribute = argument(args, 1, 'attribute');
    const items = iterate(v).map((x) => (attribute === undefined || attribute === null ? x : lookup(x, attribute, undefined).value));
    return items.map(text).join(text(argument(args, 0, 'd') ?? ''));
  },
  // Ansible's unique: Jinja's, case-insensitive unless asked (Python's == between items: 1 and 1.0 are one)
  unique(v, ...args) {
    const caseSensitive = argument(args, 0, 'case_sensitive') === true;
    const attribute = argument(args, 1, 'attribute');
    const seen: unknown[] = [];
    return iterate(v).filter((x) => {
      const raw = attribute === undefined || attribute === null ? x : lookup(x, attribute, undefined).value;
      const key = caseSensitive ? raw : ignoreCase(raw);
      if (seen.some((s) => pyEq(s, key))) return false;
      seen.push(key);
      return true;
    });
  },
  // sorted(d.items()) by key or value, strings lowercased unless case_sensitive: (key, value) tuples
  dictsort(v, ...args) {
    if (typeof v !== 'object' || v === null || !isPlainObject(v)) throw new TypeError(`'${pyTypeName(v)}' object has no attribute 'items'`);
    const caseSensitive = argument(args, 0, 'case_sensitive') === true;
    const by = argument(args, 1, 'by') ?? 'key';
    if (by !== 'key' && by !== 'value') throw new Error('You can only sort by either "key" or "value"');
    const sign = argument(args, 2, 'reverse') === true ? -1 : 1;
    const pos = by === 'key' ? 0 : 1;
    const sortKey = (e: unknown[]): unknown => (caseSensitive ? e[pos] : ignoreCase(e[pos]));
    return Object.entries(v as Record<string, unknown>)
      .map(([k, x]): unknown[] => [pyKey(k), x])
      .sort((a, b) => sign * pyCompare(sortKey(a), sortKey(b)))
      .map((e) => tuple(e));
  },
  /**
   * groupby(attribute, default=None, case_sensitive=False): the items sorted by the attribute, one
   * (grouper, list) tuple per value, with `.grouper` and `.list`. An item without the attribute and
   * no default stops Ansible (its undefined is strict: sorting compares it, printing the grouper
   * fails; only a lone item whose grouper is never used would pass there).
   */
  groupby(v, ...args) {
    const attribute = argument(args, 0, 'attribute');
    const def = argument(args, 1, 'default');
    const caseSensitive = argument(args, 2, 'case_sensitive') === true;
    const rows = iterate(v).map((item) => {
      const r = lookup(item, attribute, def);
      if (r.missing !== undefined) throw new Error(r.missing);
      return { item, value: r.value, key: caseSensitive ? r.value : ignoreCase(r.value) };
    });
    rows.sort((a, b) => pyCompare(a.key, b.key));
    const groups: { key: unknown; grouper: unknown; list: unknown[] }[] = [];
    for (const r of rows) {
      const last = groups[groups.length - 1];
      if (last && pyEq(last.key, r.key)) last.list.push(r.item);
      else groups.push({ key: r.key, grouper: r.value, list: [r.item] });
    }
    return groups.map((g) => Object.defineProperties(tuple([g.grouper, g.list]), { grouper: { value: g.grouper }, list: { value: g.list } }));
  },
};
