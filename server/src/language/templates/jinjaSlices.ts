/**
 * Python's syntax inside tags that nunjucks reads otherwise: string literals' escapes (Python keeps
 * the backslash of an escape it does not know, so `'\.\d+'` is a regular expression, and reads
 * `\x41`, `\1` as characters; nunjucks drops the backslash), and subscripts: slices (`password[:8]`, `name[1:-1]`) are
 * rewritten inside the template's tags to `[__slice(start, stop, step)]`, which the runtime hook
 * resolves as Python does (pySlice); negative indexes (`inventory_hostname[-1]`) need no rewrite,
 * only the hook. Line breaks are kept, so line numbers stay the template's. jinjaSource.ts calls
 * it on each tag.
 */
import { PyTuple, tuple } from './pyTypes';

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
  return typeof seq === 'string' ? out.join('') : seq instanceof PyTuple ? tuple(out) : out;
}

/** Python's `seq[i]` for a negative `i` (undefined when out of range or not a sequence). */
export function pyIndex(seq: unknown, i: number): unknown {
  return (typeof seq === 'string' || Array.isArray(seq)) && i < 0 ? seq[seq.length + i] : undefined;
}

/** A tag's code (between `{{ }}` or `{% %}`, as `kind` says) with Python's syntax written so nunjucks reads it alike. */
export function rewriteTagCode(kind: '{' | '%', code: string): string {
  return closingBraces(rewriteCode(testArgs(pyEscapes(kind === '%' ? attributeSet(code) : code))));
}

/**
 * Two dict literals closed together (`{'a': {'b': 1}}`) with a blank between their braces, and after
 * the code's last brace: nunjucks' lexer takes any `}}` for the end of the tag, where Jinja's counts
 * the braces of the expression (the scanner already does, scan.ts).
 */
function closingBraces(code: string): string {
  if (!code.includes('}')) return code;
  let out = '';
  let quote = '';
  for (let j = 0; j < code.length; j++) {
    const c = code[j]!;
    out += c;
    if (quote) {
      if (c === '\\') out += code[++j] ?? '';
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '}' && (code[j + 1] === '}' || j === code.length - 1)) out += ' ';
  }
  return out;
}

const SIMPLE_ESCAPES: Readonly<Record<string, string>> = { a: '\x07', b: '\b', f: '\f', v: '\v' };

/** A character as nunjucks reads it inside a string literal quoted with `q`. */
const literal = (c: string, q: string): string => (c === '\\' || c === q ? `\\${c}` : c === '\n' ? '\\n' : c === '\r' ? '\\r' : c === '\t' ? '\\t' : c);

/** The string literals of a tag's code with Python's escapes written so nunjucks reads the same text. */
function pyEscapes(code: string): string {
  if (!code.includes('\\')) return code;
  let out = '';
  let quote = '';
  for (let j = 0; j < code.length; j++) {
    const c = code[j]!;
    if (!quote) {
      if (c === '"' || c === "'") quote = c;
      out += c;
      continue;
    }
    if (c === quote) quote = '';
    if (c !== '\\') {
      out += c;
      continue;
    }
    const e = code[j + 1] ?? '';
    const hex = { x: 2, u: 4, U: 8 }[e];
    const octal = /^[0-7]{1,3}/.exec(code.slice(j + 1))?.[0];
    if ('\\\'"ntr'.includes(e) && e !== '') {
      out += c + e;
      j++;
    } else if (e in SIMPLE_ESCAPES) {
      out += SIMPLE_ESCAPES[e];
      j++;
    } else if (octal) {
      out += literal(String.fromCodePoint(parseInt(octal, 8)), quote);
      j += octal.length;
    } else if (hex && /^[0-9a-fA-F]+$/.test(code.slice(j + 2, j + 2 + hex)) && code.length >= j + 2 + hex) {
      out += literal(String.fromCodePoint(parseInt(code.slice(j + 2, j + 2 + hex), 16)), quote);
      j += 1 + hex;
    } else out += '\\\\'; // Python keeps the backslash: nunjucks must read it escaped
  }
  return out;
}

/** `{% set ns.attr = value %}` (a namespace's attribute, which nunjucks cannot assign) → a call to the `__setattr` global. */
function attributeSet(code: string): string {
  const m = /^([-+]?\s*)set\s+([A-Za-z_]\w*)\.([A-Za-z_]\w*)\s*=(?!=)([\s\S]*?)(\s*[-+]?)$/.exec(code);
  return m ? `${m[1]}set __setattr_result = __setattr(${m[2]}, '${m[3]}', ${m[4]})${m[5]}` : code;
}

const WORD_OPERATORS = new Set(['and', 'or', 'not', 'in', 'is', 'if', 'else']);

/**
 * What Python reads in a tag's code and nunjucks does not, outside string literals: a test's one
 * argument written without parentheses (`x is sameas true`, `n is divisibleby 3`) → `x is
 * sameas(true)`; a number with an exponent (`1e3`, which nunjucks reads as `1` and a name) → its value.
 */
function testArgs(code: string): string {
  if (!/\bis\s/.test(code) && !/\d[eE]/.test(code)) return code;
  const strings: string[] = [];
  const masked = code.replace(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"/g, (m) => `\uE010${strings.push(m) - 1}\uE011`);
  const arg = /^(?:[A-Za-z_][\w.]*|-?\d+(?:\.\d+)?|\uE010\d+\uE011)$/;
  const out = masked
    .replace(
      /\bis(\s+not)?\s+([A-Za-z_][\w.]*)\s+([A-Za-z_][\w.]*|-?\d+(?:\.\d+)?|\uE010\d+\uE011)(?![\w(.[])/g,
      (all, not: string | undefined, test: string, a: string) =>
        WORD_OPERATORS.has(test) || WORD_OPERATORS.has(a) || !arg.test(a) ? all : `is${not ?? ''} ${test}(${a})`,
    )
    .replace(/(^|[^\w.\uE010])(\d+(?:\.\d*)?[eE][-+]?\d+)(?![\w.])/g, (all, before: string, n: string) => `${before}${floatLiteral(n) ?? all}`);
  return out.replace(/\uE010(\d+)\uE011/g, (_, i: string) => strings[Number(i)]!);
}

/** A float written with an exponent (`1e3`, always a float in Python) as a literal nunjucks reads as a float (`1000.0`). */
function floatLiteral(written: string): string | undefined {
  const n = Number(written);
  if (!Number.isFinite(n)) return undefined;
  if (Number.isInteger(n)) return `${BigInt(n)}.0`;
  return /e/.test(String(n)) ? n.toFixed(100).replace(/0+$/, '') : String(n);
}

/** One tag's code with its slices rewritten, innermost first. */
function rewriteCode(code: string): string {
  if (!code.includes(':')) return code;
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
