/**
 * Python's subscripts that nunjucks does not read: slices (`password[:8]`, `name[1:-1]`) are
 * rewritten inside the template's tags to `[__slice(start, stop, step)]`, which the runtime hook
 * resolves as Python does (pySlice); negative indexes (`inventory_hostname[-1]`) need no rewrite,
 * only the hook. Line breaks are kept, so line numbers stay the template's.
 */

/** A slice as a subscript: `seq[start:stop:step]`, each part null when left out. */
export class Slice {
  constructor(
    readonly start: unknown,
    readonly stop: unknown,
    readonly step: unknown,
  ) {}
}

const int = (v: unknown): number | undefined => (typeof v === 'number' && Number.isInteger(v) ? v : undefined);

/** Python's `seq[start:stop:step]` of a string or a list (undefined for anything else). */
export function pySlice(seq: unknown, s: Slice): unknown {
  if (typeof seq !== 'string' && !Array.isArray(seq)) return undefined;
  const n = seq.length;
  const step = int(s.step) ?? 1;
  if (step === 0) return undefined;
  const clamp = (v: unknown, def: number): number => {
    const i = int(v);
    if (i === undefined) return def;
    if (i < 0) return Math.max(i + n, step < 0 ? -1 : 0);
    return Math.min(i, step < 0 ? n - 1 : n);
  };
  const from = clamp(s.start, step > 0 ? 0 : n - 1);
  const to = clamp(s.stop, step > 0 ? n : -1);
  const out: unknown[] = [];
  for (let i = from; step > 0 ? i < to : i > to; i += step) out.push(seq[i]);
  return typeof seq === 'string' ? out.join('') : out;
}

/** Python's `seq[i]` for a negative `i` (undefined when out of range or not a sequence). */
export function pyIndex(seq: unknown, i: number): unknown {
  return (typeof seq === 'string' || Array.isArray(seq)) && i < 0 ? seq[seq.length + i] : undefined;
}

/** The template with every slice subscript inside `{{ }}` / `{% %}` rewritten (comments and raw blocks untouched). */
export function rewriteSlices(text: string): string {
  if (!text.includes(':')) return text;
  let out = '';
  let i = 0;
  for (;;) {
    const open = text.slice(i).search(/\{[{%#]/);
    if (open < 0) return out + text.slice(i);
    const at = i + open;
    out += text.slice(i, at);
    const kind = text[at + 1]!;
    if (kind === '#') {
      const end = text.indexOf('#}', at + 2);
      const stop = end < 0 ? text.length : end + 2;
      out += text.slice(at, stop);
      i = stop;
      continue;
    }
    const close = kind === '{' ? '}}' : '%}';
    const end = codeEnd(text, at + 2, close);
    const code = text.slice(at + 2, end);
    if (kind === '%' && /^[-+]?\s*raw\s*[-+]?$/.test(code.trim())) {
      const raw = /\{%[-+]?\s*endraw\s*[-+]?%\}/.exec(text.slice(end));
      const stop = raw ? end + raw.index + raw[0].length : text.length;
      out += text.slice(at, stop);
      i = stop;
      continue;
    }
    out += text.slice(at, at + 2) + rewriteCode(code);
    i = end;
  }
}

/** Where a tag's code ends: its closer outside string literals (or the end of the text). */
function codeEnd(text: string, from: number, close: string): number {
  let quote = '';
  for (let j = from; j < text.length; j++) {
    const c = text[j]!;
    if (quote) {
      if (c === '\\') j++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (text.startsWith(close, j)) return j;
  }
  return text.length;
}

/** One tag's code with its slices rewritten, innermost first. */
function rewriteCode(code: string): string {
  for (;;) {
    const s = innermostSlice(code);
    if (!s) return code;
    const parts = s.colons.reduce<string[]>((acc, c, k) => [...acc, code.slice(k === 0 ? s.open + 1 : s.colons[k - 1]! + 1, c)], []);
    parts.push(code.slice(s.colons[s.colons.length - 1]! + 1, s.close));
    const args = parts.map((p) => (p.trim() === '' ? 'none' : p));
    code = `${code.slice(0, s.open)}[__slice(${args.join(',')})]${code.slice(s.close + 1)}`;
  }
}

/** The first subscript with a top-level `:` that holds no other such subscript. */
function innermostSlice(code: string): { open: number; close: number; colons: number[] } | undefined {
  const stack: { open: number; subscript: boolean; colons: number[] }[] = [];
  let quote = '';
  for (let j = 0; j < code.length; j++) {
    const c = code[j]!;
    if (quote) {
      if (c === '\\') j++;
      else if (c === quote) quote = '';
      continue;
    }
    if (c === '"' || c === "'") quote = c;
    else if (c === '[' || c === '(' || c === '{') {
      const before = code.slice(0, j).trimEnd();
      stack.push({ open: j, subscript: c === '[' && /[\w\])'"]$/.test(before) && !/\b(in|not|and|or|is|if|else)$/.test(before), colons: [] });
    } else if (c === ']' || c === ')' || c === '}') {
      const top = stack.pop();
      if (top?.subscript && c === ']' && top.colons.length > 0 && top.colons.length <= 2) return { open: top.open, close: j, colons: top.colons };
    } else if (c === ':') stack[stack.length - 1]?.colons.push(j);
  }
  return undefined;
}
