/**
 * The filters of Ansible's Jinja2 that keepalived templates use, as Ansible (ansible-core 2.14 and
 * ansible.utils) computes them, on our values: an unknown value passes through every filter but the
 * ones that test for it.
 */
import { keyOf, pyKey, pyKeys } from '../ansible/pyKeys';
import { IP_FILTERS } from './ipFilters';
import { isKwargs, isUnknown, text } from './jinjaUnknown';
import { pyOp } from './jinjaOps';
import { PY_FILTERS } from './pyFilters';
import { isNumber, isPlainObject, numberOf, pyTruth } from './pyTypes';
import { pyJson } from './pyValue';

/** Ansible's `bool`: None and booleans as they are; 'yes', 'on', '1', 'true' (any case) and 1 (or 1.0) are true. */
function bool(v: unknown): boolean | null {
  if (v === null || typeof v === 'boolean') return v;
  if (isNumber(v)) return numberOf(v) === 1;
  return typeof v === 'string' && ['yes', 'on', '1', 'true'].includes(v.toLowerCase());
}

/** Python's int(s, base) of a string (undefined where Python raises ValueError). */
function pyIntOf(s: string, base: number): number | undefined {
  const t = s.trim().toLowerCase();
  const m = /^([-+]?)(0[xob])?([0-9a-z]+(?:_[0-9a-z]+)*)$/.exec(t);
  if (!m) return undefined;
  const prefixBase = m[2] ? { '0x': 16, '0o': 8, '0b': 2 }[m[2]]! : undefined;
  const b = base === 0 ? (prefixBase ?? 10) : base;
  if (prefixBase !== undefined && prefixBase !== b) return undefined;
  if (base === 0 && !m[2] && /^0+[1-9]/.test(m[3]!)) return undefined;
  const digits = m[3]!.replace(/_/g, '');
  if (![...digits].every((c) => parseInt(c, 36) < b)) return undefined;
  return (m[1] === '-' ? -1 : 1) * parseInt(digits, b);
}

/** Jinja2's `int`: int(value, base) for a string, else int(value), else int(float(value)), else the default. */
function int(v: unknown, def: unknown = 0, base: unknown = 10): unknown {
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (isNumber(v)) return Number.isFinite(v.valueOf()) ? Math.trunc(v.valueOf()) : def;
  if (typeof v !== 'string') return def;
  const n = pyIntOf(v, typeof base === 'number' ? base : 10);
  if (n !== undefined) return n;
  const f = /^\s*[-+]?(?:\d+(?:_\d+)*\.?\d*(?:_\d+)*|\.\d+)(?:e[-+]?\d+)?\s*$/i.test(v) ? Number(v.replace(/_/g, '')) : NaN;
  return Number.isFinite(f) ? Math.trunc(f) : def;
}

function attr(o: unknown, path: string): unknown {
  let cur: unknown = o;
  for (const p of path.split('.')) cur = typeof cur === 'object' && cur !== null ? (cur as Record<string, unknown>)[p] : undefined;
  return cur;
}

/** A Python regular expression as JavaScript reads it: named groups, and leading inline flags. */
function pyRegExp(pattern: unknown, flags: string): RegExp {
  let p = text(pattern)
    .replace(/\(\?P</g, '(?<')
    .replace(/\(\?P=(\w+)\)/g, '\\k<$1>');
  const inline = /^\(\?([aiLmsux]+)\)/.exec(p);
  if (inline) {
    p = p.slice(inline[0].length);
    for (const f of inline[1]!) if ('ims'.includes(f) && !flags.includes(f)) flags += f;
  }
  return new RegExp(p, flags);
}

/** Python's re.sub replacement template for one match: `\\1`, `\\g<1>`, `\\g<name>`, `\\n`, `\\\\`. */
function expand(template: string, m: RegExpExecArray | string[], groups: Record<string, string | undefined> | undefined): string {
  const escapes: Record<string, string> = { n: '\n', t: '\t', r: '\r', '\\': '\\', a: '\x07', f: '\f', v: '\v' };
  return template.replace(/\\(?:g<(\w+)>|(\d{1,2})|(.))/g, (all, g: string | undefined, d: string | undefined, c: string | undefined) => {
    if (g !== undefined) return (/^\d+$/.test(g) ? m[Number(g)] : groups?.[g]) ?? '';
    if (d !== undefined) return m[Number(d)] ?? '';
    return c !== undefined && c in escapes ? escapes[c]! : all;
  });
}

/** Ansible's regex_replace (re.sub): replacement groups as Python writes them, ignorecase, multiline. */
function regexReplace(v: unknown, pattern: unknown, replacement: unknown = '', ...rest: unknown[]): string {
  const kw = rest.find(isKwargs) ?? {};
  const [ignorecase, multiline] = [kw.ignorecase ?? rest[0], kw.multiline ?? rest[1]];
  const re = pyRegExp(pattern, `g${ignorecase === true ? 'i' : ''}${multiline === true ? 'm' : ''}`);
  const rep = text(replacement);
  return text(v).replace(re, (...args: unknown[]) => {
    const last = args[args.length - 1];
    const groups = typeof last === 'object' && last !== null ? (last as Record<string, string | undefined>) : undefined;
    const m = args.slice(0, groups ? -3 : -2) as string[];
    return expand(rep, m, groups);
  });
}

/** Ansible's regex_search: the match (or the groups asked for with '\\1', '\\g<name>'), None without one. */
function regexSearch(v: unknown, pattern: unknown, ...rest: unknown[]): unknown {
  const kw = rest.find(isKwargs) ?? {};
  const m = pyRegExp(pattern, `${kw.ignorecase === true ? 'i' : ''}${kw.multiline === true ? 'm' : ''}`).exec(text(v));
  if (!m) return null;
  const groups = rest.filter((a): a is string => typeof a === 'string');
  if (groups.length === 0) return m[0];
  return groups.map((g) => {
    const n = /^\\(\d+)$/.exec(g);
    const name = /^\\g<(\w+)>$/.exec(g);
    return n ? m[Number(n[1])] : name ? m.groups?.[name[1]!] : undefined;
  });
}

const items = (seq: unknown): unknown[] => (Array.isArray(seq) ? seq : typeof seq === 'object' && seq !== null && !isUnknown(seq) ? pyKeys(seq) : []);

const isDict = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && isPlainObject(v);

/** Ansible's merge_hash (combine): `b` over `a`, dicts merged key by key when recursive, lists by list_merge. */
function mergeHash(a: unknown, b: unknown, recursive: boolean, listMerge: unknown): Record<string, unknown> {
  const out: Record<string, unknown> = { ...(isDict(a) ? a : {}) };
  for (const [k, v] of Object.entries(isDict(b) ? b : {})) {
    const old = out[k];
    if (recursive && isDict(old) && isDict(v)) out[k] = mergeHash(old, v, true, listMerge);
    else if (Array.isArray(old) && Array.isArray(v) && listMerge !== undefined && listMerge !== 'replace') {
      const [o, n] = [old as unknown[], v as unknown[]];
      const merged: Record<string, unknown[]> = {
        keep: o,
        append: [...o, ...n],
        prepend: [...n, ...o],
        append_rp: [...o.filter((x) => !n.includes(x)), ...n],
        prepend_rp: [...n, ...o.filter((x) => !n.includes(x))],
      };
      out[k] = merged[text(listMerge)] ?? v;
    } else out[k] = v;
  }
  return out;
}

/** What nunjucks calls a filter with as `this`. */
interface FilterThis {
  readonly env: { readonly filters: Record<string, Filter | undefined>; getTest(name: string): ((v: unknown, ...args: unknown[]) => unknown) | undefined };
}
type Filter = (this: FilterThis | undefined, v: unknown, ...args: unknown[]) => unknown;

/** Comment styles of Ansible's `comment` filter. */
const COMMENT_STYLES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  plain: { decoration: '# ' },
  erlang: { decoration: '% ' },
  c: { decoration: '// ' },
  cblock: { beginning: '/*', decoration: ' * ', end: ' */' },
  xml: { beginning: '<!--', decoration: ' - ', end: '-->' },
};

/** Ansible's `comment` filter: the text with a decoration on each line, between a prefix and a postfix line. */
function comment(v: unknown, style?: unknown, ...rest: unknown[]): string {
  const kw = rest.find(isKwargs) ?? (isKwargs(style) ? style : {});
  const styleParams = COMMENT_STYLES[typeof style === 'string' ? style : 'plain'] ?? COMMENT_STYLES.plain!;
  const prepostfix = typeof kw.decoration === 'string' ? kw.decoration : styleParams.decoration!;
  const p: Record<string, unknown> = {
    newline: '\n',
    beginning: '',
    prefix: prepostfix.trimEnd(),
    prefix_count: 1,
    decoration: '',
    postfix: prepostfix.trimEnd(),
    postfix_count: 1,
    end: '',
  };
  Object.assign(p, styleParams, Object.fromEntries(Object.entries(kw).filter(([k]) => k !== '__keywords')));
  const [nl, deco, prefix, postfix] = [text(p.newline), text(p.decoration), text(p.prefix), text(p.postfix)];
  const beginning = p.beginning ? `${text(p.beginning)}${nl}` : '';
  const pre = prefix ? (prefix !== nl ? `${prefix}${nl}` : nl).repeat(Number(p.prefix_count)) : '';
  const body = `${deco}${text(v).split(nl).join(`${nl}${deco}`)}`.split(`${deco}${nl}`).join(`${deco.trimEnd()}${nl}`);
  const post = ['', ...Array<string>(Number(p.postfix_count)).fill(postfix)].join(nl);
  return `${beginning}${pre}${body}${post}${p.end ? `${nl}${text(p.end)}` : ''}`;
}

/** An item's attribute for selectattr: a dict without it stops Ansible (its undefined is strict) unless the test is about definedness. */
function strictAttr(x: unknown, path: string, t: unknown): unknown {
  const v = attr(x, path);
  if (v === undefined && isDict(x) && t !== 'defined' && t !== 'undefined') throw new Error(`'dict object' has no attribute '${path}'`);
  return v;
}

/** select()'s test `t` (a test of the environment: Jinja's, nunjucks' and Ansible's) on `v`; no test: truth. */
function passes(self: FilterThis | undefined, v: unknown, t: unknown, args: unknown[]): boolean {
  if (t === undefined) return pyTruth(v) && !isUnknown(v);
  const f = self?.env.getTest(text(t));
  return f ? !!f(v, ...args) : !!v;
}

export const FILTERS: Record<string, Filter> = {
  // Jinja2's default: for an undefined value (None is a value), or any false one with `true`
  default: (v, def, boolean) => (v === undefined || isUnknown(v) || (pyTruth(boolean) && !pyTruth(v)) ? (def ?? '') : v),
  bool,
  int,
  count: (v) => (typeof v === 'string' || Array.isArray(v) ? v.length : typeof v === 'object' && v !== null ? Object.keys(v).length : 0),
  max: (v) => items(v).reduce<unknown>((m, x) => (m === undefined || (x as number) > (m as number) ? x : m), undefined),
  min: (v) => items(v).reduce<unknown>((m, x) => (m === undefined || (x as number) < (m as number) ? x : m), undefined),
  string: (v) => text(v),
  ...PY_FILTERS,
  ...IP_FILTERS,
  mandatory: (v) => v,
  // Jinja2's sum (attribute=, start=) and truncate (leeway 5: a text at most 5 longer is kept whole)
  sum: (v, ...args) => {
    const kw = args.find(isKwargs) ?? {};
    const [attribute, start] = [kw.attribute ?? (isKwargs(args[0]) ? undefined : args[0]), kw.start ?? (isKwargs(args[1]) ? undefined : args[1])];
    return items(v).reduce<unknown>((acc, x) => pyOp('add', acc, attribute === undefined ? x : attr(x, text(attribute))), start ?? 0);
  },
  truncate: (v, length = 255, killwords = false, end = '...', leeway = 5) => {
    const s = text(v);
    const [n, e, l] = [Number(length), text(end), Number(leeway)];
    if (s.length <= n + l) return s;
    return killwords === true ? s.slice(0, n - e.length) + e : s.slice(0, n - e.length).replace(/ [^ ]*$/, '') + e;
  },
  ternary: (v, a, b, none) => (v === null && none !== undefined && none !== null ? none : pyTruth(v) ? a : b),
  flatten: (v) => items(v).flat(Infinity),
  difference: (v, o) => items(v).filter((x) => !items(o).includes(x)),
  union: (v, o) => [...new Set([...items(v), ...items(o)])],
  intersect: (v, o) => items(v).filter((x) => items(o).includes(x)),
  dict2items: (v) => Object.entries((v as Record<string, unknown>) ?? {}).map(([key, value]) => ({ key: pyKey(key), value })),
  items2dict: (v) => Object.fromEntries(items(v).map((e) => [keyOf((e as { key: unknown }).key), (e as { value: unknown }).value])),
  combine: (v, ...others): unknown => {
    const kw = others.find(isKwargs);
    const dicts = [v, ...others.filter((o) => !isKwargs(o))].flatMap((d): unknown[] => (Array.isArray(d) ? (d as unknown[]) : [d]));
    return dicts.reduce((acc, d) => mergeHash(acc, d, kw?.recursive === true, kw?.list_merge), {});
  },
  regex_replace: regexReplace,
  regex_search: regexSearch,
  to_json: (v) => pyJson(v, undefined, false),
  to_nice_json: (v, indent) => pyJson(v, typeof indent === 'number' ? indent : 4, true),
  quote: (v) => `'${text(v).replace(/'/g, "'\"'\"'")}'`,
  basename: (v) => text(v).replace(/.*\//, ''),
  dirname: (v) => text(v).replace(/\/[^/]*$/, ''),
  comment,
  // container[item] (then [key] for each of morekeys)
  extract: (item, container, morekeys) =>
    [item, ...(morekeys === undefined ? [] : Array.isArray(morekeys) ? (morekeys as unknown[]) : [morekeys])].reduce<unknown>(
      (c, k) => (isUnknown(c) ? c : typeof c === 'object' && c !== null ? (c as Record<string, unknown>)[text(k)] : undefined),
      container,
    ),
  map(seq, ...args) {
    const kw = args.find(isKwargs);
    if (kw && typeof kw.attribute === 'string') return items(seq).map((x) => attr(x, kw.attribute as string) ?? kw.default);
    const name = args[0];
    // any filter of the environment (nunjucks' own too), called as nunjucks calls it
    const f = typeof name === 'string' ? (this?.env.filters[name] ?? FILTERS[name]) : undefined;
    return f ? items(seq).map((x) => f.call(this, x, ...args.slice(1))) : items(seq);
  },
  select(seq, t, ...args) {
    return items(seq).filter((x) => passes(this, x, t, args));
  },
  reject(seq, t, ...args) {
    return items(seq).filter((x) => !passes(this, x, t, args));
  },
  selectattr(seq, a, t, ...args) {
    return items(seq).filter((x) => passes(this, strictAttr(x, text(a), t), t, args));
  },
  rejectattr(seq, a, t, ...args) {
    return items(seq).filter((x) => !passes(this, strictAttr(x, text(a), t), t, args));
  },
};
FILTERS.d = FILTERS.default!;
for (const name of Object.keys(IP_FILTERS)) {
  FILTERS[`ansible.utils.${name}`] = FILTERS[name]!;
  FILTERS[`ansible.netcommon.${name}`] = FILTERS[name]!;
}

/** An unknown value passes through every filter but the ones that test for it. */
export const KNOWS_UNKNOWN = new Set(['default', 'd', 'mandatory', 'select', 'reject', 'selectattr', 'rejectattr', 'map']);
