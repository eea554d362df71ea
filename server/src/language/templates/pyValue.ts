/**
 * Values as Ansible's Jinja2 prints them: Python's str() — `True`/`False`, `None`, a list as
 * `['a', 'b']`, a dict as `{'k': 1}` — where JavaScript would print `true`, nothing, `a,b` or
 * `[object Object]`. What a host gets, and what our findings quote, is then what Ansible writes.
 */

import { isPyKey, pyKey } from '../ansible/pyKeys';
import { pyFloatRepr } from '../ansible/pyValues';
import { isPlainObject, PyFloat, PyTuple } from './pyTypes';

/** Does Python print this value differently from JavaScript? (lists, dicts, booleans, None, floats) */
export function printsAsPython(v: unknown): boolean {
  if (typeof v === 'number') return !Number.isInteger(v);
  return typeof v === 'boolean' || v === null || Array.isArray(v) || (typeof v === 'object' && (isPlainObject(v) || v instanceof PyFloat));
}

/** Python's str(v); undefined (nothing) prints as nothing. */
export function pyStr(v: unknown): string {
  if (typeof v === 'string') return v;
  if (v === undefined) return '';
  if (v === null) return 'None';
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  if (Array.isArray(v) || (typeof v === 'object' && isPlainObject(v))) return pyRepr(v);
  return printed(v);
}

/** A number (a float as Python prints it), or an object that prints itself (an unknown value's marker, nunjucks' SafeString, a PyFloat). */
function printed(v: unknown): string {
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : pyFloatRepr(v);
  if (typeof v === 'bigint') return String(v);
  return typeof v === 'object' && v !== null ? (v as { toString(): string }).toString() : '';
}

/** Python's repr(v): strings quoted as Python quotes them, containers element by element. */
export function pyRepr(v: unknown): string {
  if (typeof v === 'string') return quote(v);
  if (v instanceof PyTuple) return v.length === 1 ? `(${pyRepr(v[0])},)` : `(${v.map(pyRepr).join(', ')})`;
  if (Array.isArray(v)) return `[${v.map(pyRepr).join(', ')}]`;
  if (typeof v === 'object' && v !== null && isPlainObject(v)) {
    return `{${Object.entries(v as Record<string, unknown>)
      .map(([k, x]) => `${isPyKey(k) ? pyRepr(pyKey(k)) : quote(k)}: ${pyRepr(x)}`)
      .join(', ')}}`;
  }
  if (v === null || v === undefined || typeof v === 'boolean' || typeof v === 'number' || v instanceof PyFloat) return pyStr(v ?? null);
  // a value that prints itself (an unknown value's marker): a string in the list
  return quote(printed(v));
}

/** 'it' or "it's", with Python's escapes for backslashes and control characters. */
function quote(s: string): string {
  const q = s.includes("'") && !s.includes('"') ? '"' : "'";
  const body = s.replace(/[\\\n\r\t]/g, (c) => ({ '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t' })[c]!);
  return q + (q === "'" ? body.replace(/'/g, "\\'") : body) + q;
}

/** Python's json.dumps (ensure_ascii; `indent` as Python's, keys sorted when asked): Ansible's to_json / to_nice_json. */
export function pyJson(v: unknown, indent: number | undefined, sortKeys: boolean, depth = 0): string {
  const nl = indent === undefined ? '' : `\n${' '.repeat(indent * (depth + 1))}`;
  const end = indent === undefined ? '' : `\n${' '.repeat(indent * depth)}`;
  const sep = indent === undefined ? ', ' : ',';
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (typeof v === 'number' || v instanceof PyFloat) {
    const n = v.valueOf();
    if (!Number.isFinite(n)) return Number.isNaN(n) ? 'NaN' : n > 0 ? 'Infinity' : '-Infinity';
    return typeof v === 'number' ? printed(v) : pyFloatRepr(n);
  }
  if (Array.isArray(v)) return v.length === 0 ? '[]' : `[${nl}${v.map((x) => pyJson(x, indent, sortKeys, depth + 1)).join(sep + nl)}${end}]`;
  if (typeof v === 'object' && isPlainObject(v)) {
    const entries = Object.entries(v as Record<string, unknown>);
    if (sortKeys) entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    if (entries.length === 0) return '{}';
    return `{${nl}${entries.map(([k, x]) => `${jsonString(jsonKey(k))}: ${pyJson(x, indent, sortKeys, depth + 1)}`).join(sep + nl)}${end}}`;
  }
  return jsonString(typeof v === 'string' ? v : printed(v));
}

/** json.dumps of a dict key: a string as it is, True/False/None as true/false/null, a number as Python prints it. */
function jsonKey(k: string): string {
  if (!isPyKey(k)) return k;
  const v = pyKey(k);
  return v === null ? 'null' : typeof v === 'boolean' ? String(v) : pyStr(v);
}

function jsonString(s: string): string {
  const esc: Record<string, string> = { '"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f' };
  let out = '';
  for (const c of s) {
    const code = c.charCodeAt(0);
    if (esc[c] !== undefined) out += esc[c];
    else if (code < 0x20 || code > 0x7f) out += jsonUnits(c);
    else out += c;
  }
  return `"${out}"`;
}

/** \uXXXX for each UTF-16 unit (Python's ensure_ascii writes astral characters as surrogate pairs). */
const jsonUnits = (c: string): string => [...Array(c.length).keys()].map((i) => `\\u${c.charCodeAt(i).toString(16).padStart(4, '0')}`).join('');
