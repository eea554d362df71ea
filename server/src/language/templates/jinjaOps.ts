/**
 * Python's operators and methods where nunjucks compiles JavaScript's: `'%s-%d' % (a, b)` and
 * `'{}/{}'.format(a, b)` format as Python does (JavaScript's `%` gave NaN), `~` joins Python's
 * str() of each side (`'x' ~ None` is `xNone`), `+` joins lists, `*` repeats strings and lists,
 * `%` of numbers takes the divisor's sign; and Python's methods on strings, lists and dicts
 * (`groups['lb'].index(...)`, `name.split('.')`, `d.get(k)`). A value we cannot know stays unknown
 * through all of them (its marker is printed where a text needs it).
 */
import { findKey, pyKey, pyKeys } from '../ansible/pyKeys';
import { pyFloatRepr } from '../ansible/pyValues';
import { isUnknown, text } from './jinjaUnknown';
import { isFloat, isNumber, numberOf, pyEq, pyFloat, PyTuple, tuple } from './pyTypes';
import { pyRepr } from './pyValue';

// ---- formatting: % and str.format --------------------------------------------------------------

interface Spec {
  fill?: string;
  align?: string;
  sign?: string;
  alt?: boolean;
  zero?: boolean;
  width?: number;
  precision?: number;
  type?: string;
}

const num = (v: unknown): number => numberOf(v) ?? Number.NaN;

/** One value formatted by a spec (the types of % and of format(): s r d i f F e E g G x X o b c %). */
function formatOne(v: unknown, s: Spec, percentStyle: boolean): string {
  if (isUnknown(v)) return v.toString();
  // format() without a type: an int as 'd', a float as str() prints it (or as 'g' with a precision)
  const type = s.type ?? (isNumber(v) && !percentStyle ? (!isFloat(v) ? 'd' : s.precision === undefined ? 'str' : 'float') : 's');
  let body: string;
  let numeric = true;
  const n = num(v);
  switch (type) {
    case 'str':
      body = pyFloatRepr(Math.abs(n));
      break;
    case 's':
      body = text(v);
      if (s.precision !== undefined) body = body.slice(0, s.precision);
      numeric = false;
      break;
    case 'r':
    case 'a':
      body = pyRepr(v);
      numeric = false;
      break;
    case 'c':
      body = typeof v === 'number' ? String.fromCodePoint(v) : text(v);
      numeric = false;
      break;
    case 'd':
    case 'i':
    case 'u':
      body = String(Math.trunc(Math.abs(n)));
      break;
    case 'x':
    case 'X':
    case 'o':
    case 'b': {
      const base = { x: 16, X: 16, o: 8, b: 2 }[type];
      body = Math.trunc(Math.abs(n)).toString(base);
      if (type === 'X') body = body.toUpperCase();
      if (s.alt) body = `0${type}${body}`;
      break;
    }
    case 'f':
    case 'F':
      body = Math.abs(n).toFixed(s.precision ?? 6);
      break;
    case 'e':
    case 'E':
      body = Math.abs(n)
        .toExponential(s.precision ?? 6)
        .replace(/e([+-])(\d)$/, 'e$10$2');
      if (type === 'E') body = body.toUpperCase();
      break;
    case '%':
      body = `${(Math.abs(n) * 100).toFixed(s.precision ?? 6)}%`;
      break;
    default: {
      // g: the shorter of fixed and exponent notation, without trailing zeros
      const p = s.precision === 0 ? 1 : (s.precision ?? 6);
      const x = Math.abs(n);
      const exp = x === 0 ? 0 : Math.floor(Math.log10(x));
      body = exp < -4 || exp >= p ? x.toExponential(p - 1).replace(/e([+-])(\d)$/, 'e$10$2') : x.toFixed(Math.max(0, p - 1 - exp));
      if (!s.alt) body = body.replace(/\.?0+(?=e|$)/, '');
      if (type === 'G') body = body.toUpperCase();
      // a float without a type keeps a digit after the point
      if (type === 'float' && /^\d+$/.test(body)) body += '.0';
    }
  }
  if (numeric && Number.isNaN(n)) throw new Error(`%${type} format: a number is required, not ${typeof v}`);
  const sign = numeric ? (n < 0 || Object.is(n, -0) ? '-' : s.sign === '+' ? '+' : s.sign === ' ' ? ' ' : '') : '';
  const width = s.width ?? 0;
  const pad = Math.max(0, width - sign.length - body.length);
  if (numeric && s.zero && (s.align === undefined || s.align === '=')) return sign + '0'.repeat(pad) + body;
  const fill = s.fill ?? ' ';
  const align = s.align ?? (numeric ? '>' : '<');
  const full = sign + body;
  if (align === '<') return full + fill.repeat(pad);
  if (align === '^') return fill.repeat(Math.floor(pad / 2)) + full + fill.repeat(Math.ceil(pad / 2));
  if (align === '=') return sign + fill.repeat(pad) + body;
  return fill.repeat(pad) + full;
}

/** Python's `fmt % args` (args a tuple, one value, or a dict for `%(name)s`). */
export function percentFormat(fmt: string, args: unknown): string {
  // a tuple holds the values; anything else (a list too) is one value
  const list: unknown[] = args instanceof PyTuple ? args : [args];
  let k = 0;
  const next = (): unknown => {
    if (k >= list.length) throw new Error('not enough arguments for format string');
    return list[k++];
  };
  return fmt.replace(
    /%(?:\((\w+)\))?([-+ #0]*)(\*|\d+)?(?:\.(\*|\d+))?([diouxXeEfFgGcrsa%])/g,
    (_, name: string | undefined, flags: string, w: string | undefined, p: string | undefined, type: string) => {
      if (type === '%') return '%';
      const width = w === '*' ? num(next()) : w === undefined ? undefined : Number(w);
      const precision = p === '*' ? num(next()) : p === undefined ? undefined : Number(p);
      const v = name !== undefined ? (args as Record<string, unknown>)[name] : next();
      const spec: Spec = {
        width,
        precision,
        type,
        alt: flags.includes('#'),
        zero: flags.includes('0') && !flags.includes('-'),
        sign: flags.includes('+') ? '+' : flags.includes(' ') ? ' ' : undefined,
      };
      if (flags.includes('-')) spec.align = '<';
      return formatOne(v, spec, true);
    },
  );
}

/** Python's `fmt.format(*args, **kwargs)`: `{}`, `{0}`, `{name}`, `{x.attr}`, `{x[0]}`, a format spec. */
export function strFormat(fmt: string, args: unknown[]): string {
  const last = args[args.length - 1];
  const kwargs = typeof last === 'object' && last !== null && (last as { __keywords?: unknown }).__keywords === true ? (last as Record<string, unknown>) : {};
  const positional = kwargs === last ? args.slice(0, -1) : args;
  let auto = 0;
  return fmt.replace(/\{\{|\}\}|\{([^{}!:]*)(?:![rsa])?(?::([^{}]*))?\}/g, (all, field: string | undefined, spec: string | undefined) => {
    if (all === '{{') return '{';
    if (all === '}}') return '}';
    const [head, ...path] = (field ?? '').split(/(?=[.[])/);
    let v: unknown = head === '' ? positional[auto++] : /^\d+$/.test(head!) ? positional[Number(head)] : kwargs[head!];
    for (const p of path) {
      const key = p.startsWith('.') ? p.slice(1) : p.slice(1, -1);
      v = typeof v === 'object' && v !== null ? (v as Record<string, unknown>)[/^\d+$/.test(key) && Array.isArray(v) ? Number(key) : key] : undefined;
    }
    const m = /^(?:(.)?([<>=^]))?([-+ ])?(#)?(0)?(\d+)?,?(?:\.(\d+))?([bcdeEfFgGnosxX%])?$/.exec(spec ?? '');
    if (!m) throw new Error(`Invalid format specifier '${spec}'`);
    return formatOne(
      v,
      {
        fill: m[1],
        align: m[2],
        sign: m[3],
        alt: !!m[4],
        zero: !!m[5],
        width: m[6] === undefined ? undefined : Number(m[6]),
        precision: m[7] === undefined ? undefined : Number(m[7]),
        type: m[8],
      },
      false,
    );
  });
}

// ---- operators ---------------------------------------------------------------------------------

/** Python's arithmetic on numbers (bools as 0 and 1): an int when both are ints, else a float; `/` always gives a float. */
function arith(op: string, a: number, b: number, float: boolean): unknown {
  if (b === 0 && (op === 'div' || op === 'floordiv' || op === 'mod')) throw new Error(`${float ? 'float ' : 'integer '}division or modulo by zero`);
  let r: number;
  switch (op) {
    case 'add':
      r = a + b;
      break;
    case 'sub':
      r = a - b;
      break;
    case 'mul':
      r = a * b;
      break;
    case 'div':
      return pyFloat(a / b);
    case 'floordiv':
      r = Math.floor(a / b);
      break;
    case 'mod':
      r = a - b * Math.floor(a / b);
      break;
    case 'pow':
      r = a ** b;
      float ||= b < 0;
      break;
    default:
      return undefined;
  }
  return float ? pyFloat(r) : r;
}

/** What JavaScript computes for the operators nunjucks compiled (values Python would refuse: kept as they were). */
function jsOp(op: string, a: unknown, b: unknown): unknown {
  const [x, y] = [a as number, b as number];
  const ops: Record<string, () => number> = {
    add: () => x + y,
    sub: () => x - y,
    mul: () => x * y,
    div: () => x / y,
    floordiv: () => Math.floor(x / y),
    mod: () => x % y,
    pow: () => x ** y,
  };
  return ops[op]?.();
}

/** Python's binary operators where JavaScript's differ (`op` as nunjucks names the node). */
export function pyOp(op: string, a: unknown, b: unknown): unknown {
  if (isUnknown(a)) return a;
  if (isUnknown(b) && op !== 'concat') return b;
  if (op === 'concat') return text(a) + text(b);
  if (op === 'mod' && typeof a === 'string') return percentFormat(a, b);
  if (op === 'add' && Array.isArray(a) && Array.isArray(b)) {
    const items: unknown[] = [...(a as unknown[]), ...(b as unknown[])];
    return a instanceof PyTuple && b instanceof PyTuple ? tuple(items) : items;
  }
  if (op === 'mul') {
    const [seq, n] = isNumber(a) ? [b, a] : [a, b];
    if (typeof n === 'number' && (typeof seq === 'string' || Array.isArray(seq))) {
      return typeof seq === 'string' ? seq.repeat(Math.max(0, n)) : Array.from({ length: Math.max(0, n) }, () => seq as unknown[]).flat();
    }
  }
  const [x, y] = [numberOf(a), numberOf(b)];
  return x !== undefined && y !== undefined ? arith(op, x, y, isFloat(a) || isFloat(b)) : jsOp(op, a, b);
}

/** Python's `-x` and `+x`: a float stays a float, a bool becomes an int. */
export function pyUnary(op: 'neg' | 'pos', a: unknown): unknown {
  if (isUnknown(a)) return a;
  const x = numberOf(a);
  if (x === undefined) return op === 'neg' ? -(a as number) : +(a as number);
  const r = op === 'neg' ? -x : x;
  return isFloat(a) ? pyFloat(r) : r;
}

// ---- Python's methods on strings, lists and dicts ----------------------------------------------

function splitMax(s: string, sep: string, max: number): string[] {
  const parts = s.split(sep);
  return max < 0 || parts.length <= max + 1 ? parts : [...parts.slice(0, max), parts.slice(max).join(sep)];
}

function trimChars(s: string, chars: string | undefined, start: boolean, end: boolean): string {
  const set = chars ?? ' \t\n\r\f\v';
  let a = 0;
  let b = s.length;
  while (start && a < b && set.includes(s[a]!)) a++;
  while (end && b > a && set.includes(s[b - 1]!)) b--;
  return s.slice(a, b);
}

const optText = (v: unknown): string | undefined => (v === undefined || v === null ? undefined : text(v));
type Method = (...a: unknown[]) => unknown;

function stringMethods(s: string): Record<string, Method> {
  return {
    startswith: (p) => (Array.isArray(p) ? p.some((x) => s.startsWith(text(x))) : s.startsWith(text(p))),
    endswith: (p) => (Array.isArray(p) ? p.some((x) => s.endsWith(text(x))) : s.endsWith(text(p))),
    split: (sep, max) =>
      sep === undefined || sep === null ? s.trim().split(/\s+/).filter(Boolean) : splitMax(s, text(sep), typeof max === 'number' ? max : -1),
    rsplit: (sep, max) => {
      if (typeof max !== 'number' || max < 0) return sep === undefined || sep === null ? s.trim().split(/\s+/).filter(Boolean) : s.split(text(sep));
      const parts = s.split(text(sep));
      return parts.length <= max + 1 ? parts : [parts.slice(0, parts.length - max).join(text(sep)), ...parts.slice(parts.length - max)];
    },
    splitlines: () => s.split(/\r\n|\n|\r/).filter((l, i, all) => i < all.length - 1 || l !== ''),
    strip: (c) => trimChars(s, optText(c), true, true),
    lstrip: (c) => trimChars(s, optText(c), true, false),
    rstrip: (c) => trimChars(s, optText(c), false, true),
    lower: () => s.toLowerCase(),
    upper: () => s.toUpperCase(),
    title: () => s.toLowerCase().replace(/(^|[^a-z])([a-z])/g, (_, p: string, c: string) => p + c.toUpperCase()),
    capitalize: () => s.charAt(0).toUpperCase() + s.slice(1).toLowerCase(),
    swapcase: () => [...s].map((c) => (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase())).join(''),
    replace: (a, b, count) => {
      const parts = s.split(text(a));
      const n = typeof count === 'number' && count >= 0 ? count : parts.length;
      return parts.slice(0, n + 1).join(text(b)) + (parts.length > n + 1 ? text(a) + parts.slice(n + 1).join(text(a)) : '');
    },
    format: (...args) => strFormat(s, args),
    join: (seq) => (Array.isArray(seq) ? seq.map(text).join(s) : text(seq).split('').join(s)),
    count: (x) => (text(x) === '' ? s.length + 1 : s.split(text(x)).length - 1),
    find: (x) => s.indexOf(text(x)),
    rfind: (x) => s.lastIndexOf(text(x)),
    index: (x) => {
      const i = s.indexOf(text(x));
      if (isUnknown(x)) return x;
      if (i < 0) throw new Error('substring not found');
      return i;
    },
    zfill: (w) => (/^[-+]/.test(s) ? s[0]! + s.slice(1).padStart(num(w) - 1, '0') : s.padStart(num(w), '0')),
    ljust: (w, f) => s.padEnd(num(w), optText(f) ?? ' '),
    rjust: (w, f) => s.padStart(num(w), optText(f) ?? ' '),
    center: (w, f) => formatOne(s, { width: num(w), align: '^', fill: optText(f) ?? ' ' }, false),
    partition: (sep) => {
      const i = s.indexOf(text(sep));
      return tuple(i < 0 ? [s, '', ''] : [s.slice(0, i), text(sep), s.slice(i + text(sep).length)]);
    },
    isdigit: () => /^\d+$/.test(s),
    isnumeric: () => /^\d+$/.test(s),
    isalpha: () => /^[A-Za-z]+$/.test(s),
    isalnum: () => /^[A-Za-z0-9]+$/.test(s),
    islower: () => /[a-z]/.test(s) && s === s.toLowerCase(),
    isupper: () => /[A-Z]/.test(s) && s === s.toUpperCase(),
    isspace: () => /^\s+$/.test(s),
  };
}

export function pyMethod(obj: unknown, name: string): Method | undefined {
  if (typeof obj === 'string') return stringMethods(obj)[name];
  if (Array.isArray(obj)) {
    const l = obj as unknown[];
    const m: Record<string, Method> = {
      index: (x) => {
        const i = l.findIndex((y) => pyEq(x, y));
        if (isUnknown(x)) return x;
        if (i < 0) throw new Error(`${text(x)} is not in list`);
        return i;
      },
      count: (x) => l.filter((y) => pyEq(x, y)).length,
    };
    return m[name];
  }
  if (typeof obj === 'object' && obj !== null && !isUnknown(obj) && !(name in obj)) {
    const d = obj as Record<string, unknown>;
    const m: Record<string, Method> = {
      items: () => Object.entries(d).map(([k, v]) => tuple([pyKey(k), v])),
      keys: () => pyKeys(d),
      values: () => Object.values(d),
      get: (k, def) => {
        const at = findKey(d, k);
        return at !== undefined ? d[at] : (def ?? null);
      },
    };
    return m[name];
  }
  return undefined;
}
