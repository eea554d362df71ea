/**
 * Values as Ansible's Jinja2 prints them: Python's str() — `True`/`False`, `None`, a list as
 * `['a', 'b']`, a dict as `{'k': 1}` — where JavaScript would print `true`, nothing, `a,b` or
 * `[object Object]`. What a host gets, and what our findings quote, is then what Ansible writes.
 */

const isPlainObject = (v: object): boolean => {
  const proto: unknown = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
};

/** Does Python print this value differently from JavaScript? (lists, dicts, booleans, None) */
export function printsAsPython(v: unknown): boolean {
  return typeof v === 'boolean' || v === null || Array.isArray(v) || (typeof v === 'object' && isPlainObject(v));
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

/** A number, or an object that prints itself (an unknown value's marker, nunjucks' SafeString). */
function printed(v: unknown): string {
  if (typeof v === 'number' || typeof v === 'bigint') return String(v);
  return typeof v === 'object' && v !== null ? (v as { toString(): string }).toString() : '';
}

/** Python's repr(v): strings quoted as Python quotes them, containers element by element. */
export function pyRepr(v: unknown): string {
  if (typeof v === 'string') return quote(v);
  if (Array.isArray(v)) return `[${v.map(pyRepr).join(', ')}]`;
  if (typeof v === 'object' && v !== null && isPlainObject(v)) {
    return `{${Object.entries(v as Record<string, unknown>)
      .map(([k, x]) => `${quote(k)}: ${pyRepr(x)}`)
      .join(', ')}}`;
  }
  if (v === null || v === undefined || typeof v === 'boolean' || typeof v === 'number') return pyStr(v ?? null);
  // a value that prints itself (an unknown value's marker): a string in the list
  return quote(printed(v));
}

/** 'it' or "it's", with Python's escapes for backslashes and control characters. */
function quote(s: string): string {
  const q = s.includes("'") && !s.includes('"') ? '"' : "'";
  const body = s.replace(/[\\\n\r\t]/g, (c) => ({ '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t' })[c]!);
  return q + (q === "'" ? body.replace(/'/g, "\\'") : body) + q;
}
