/**
 * The filters of Ansible's Jinja2 that keepalived templates use, as Ansible (ansible-core 2.14 and
 * ansible.utils) computes them, on our values: an unknown value passes through every filter but the
 * ones that test for it.
 */
import { isKwargs, isUnknown, text } from './jinjaUnknown';

function bool(v: unknown): boolean {
  if (typeof v === 'boolean') return v;
  if (typeof v === 'number') return v === 1;
  return typeof v === 'string' && ['yes', 'on', '1', 'true', 'y', 't'].includes(v.trim().toLowerCase());
}

const IPV4 = /^(\d{1,3})(\.\d{1,3}){3}(\/\d{1,2})?$/;
const isIp = (s: string) => IPV4.test(s) || (s.includes(':') && /^[0-9a-fA-F:.]+(\/\d{1,3})?$/.test(s));

/** ansible.utils.ipaddr's common queries. */
function ipaddr(v: unknown, query?: unknown): unknown {
  if (typeof v !== 'string' || !isIp(v.trim())) return false;
  const s = v.trim();
  const [addr, prefix] = s.split('/') as [string, string | undefined];
  switch (query) {
    case undefined:
    case '':
      return s;
    case 'address':
      return addr;
    case 'prefix':
      return prefix !== undefined ? Number(prefix) : addr.includes(':') ? 128 : 32;
    case 'ipv4':
      return addr.includes(':') ? false : s;
    case 'ipv6':
      return addr.includes(':') ? s : false;
    default:
      return s;
  }
}

const ipwrap = (v: unknown): unknown => (typeof v === 'string' && v.includes(':') && isIp(v) && !v.startsWith('[') ? `[${v}]` : v);

function attr(o: unknown, path: string): unknown {
  let cur: unknown = o;
  for (const p of path.split('.')) cur = typeof cur === 'object' && cur !== null ? (cur as Record<string, unknown>)[p] : undefined;
  return cur;
}

function test(v: unknown, name: string | undefined, arg: unknown): boolean {
  switch (name) {
    case undefined:
      return !!v && !isUnknown(v);
    case 'defined':
      return v !== undefined && !isUnknown(v);
    case 'undefined':
      return v === undefined || isUnknown(v);
    case 'equalto':
    case '==':
    case 'eq':
      return v === arg;
    case 'ne':
    case '!=':
      return v !== arg;
    case 'in':
      return Array.isArray(arg) ? arg.includes(v) : typeof arg === 'string' && typeof v === 'string' && arg.includes(v);
    case 'match':
    case 'search':
      return typeof v === 'string' && new RegExp(String(arg)).test(v);
    case 'truthy':
      return !!v;
    case 'falsy':
      return !v;
    case 'string':
      return typeof v === 'string';
    case 'number':
      return typeof v === 'number';
    default:
      return !!v;
  }
}

const items = (seq: unknown): unknown[] => (Array.isArray(seq) ? seq : typeof seq === 'object' && seq !== null && !isUnknown(seq) ? Object.keys(seq) : []);

export const FILTERS: Record<string, (v: unknown, ...args: unknown[]) => unknown> = {
  // Jinja2's default: for an undefined value (None is a value), or any false one with `true`
  default: (v, def, boolean) => {
    if (isUnknown(v)) v.handled = true;
    return v === undefined || isUnknown(v) || (boolean === true && !v) ? (def ?? '') : v;
  },
  bool,
  int: (v, def) => {
    const n = parseInt(text(v), 10);
    return Number.isNaN(n) ? (typeof def === 'number' ? def : 0) : n;
  },
  float: (v) => parseFloat(text(v)) || 0,
  max: (v) => items(v).reduce<unknown>((m, x) => (m === undefined || (x as number) > (m as number) ? x : m), undefined),
  min: (v) => items(v).reduce<unknown>((m, x) => (m === undefined || (x as number) < (m as number) ? x : m), undefined),
  string: (v) => text(v),
  ipaddr,
  ipv4: (v) => ipaddr(v, 'ipv4'),
  ipv6: (v) => ipaddr(v, 'ipv6'),
  ipwrap,
  mandatory: (v) => v,
  ternary: (v, a, b) => (v ? a : b),
  unique: (v) => [...new Set(items(v))],
  flatten: (v) => items(v).flat(Infinity),
  difference: (v, o) => items(v).filter((x) => !items(o).includes(x)),
  union: (v, o) => [...new Set([...items(v), ...items(o)])],
  intersect: (v, o) => items(v).filter((x) => items(o).includes(x)),
  dict2items: (v) => Object.entries((v as Record<string, unknown>) ?? {}).map(([key, value]) => ({ key, value })),
  items2dict: (v) => Object.fromEntries(items(v).map((e) => [(e as { key: string }).key, (e as { value: unknown }).value])),
  combine: (v, ...others): unknown => Object.assign({}, v, ...others.filter((o) => !isKwargs(o))) as unknown,
  regex_replace: (v, pat, rep) => text(v).replace(new RegExp(text(pat), 'g'), text(rep ?? '').replace(/\\(\d)/g, '$$$1')),
  regex_search: (v, pat) => new RegExp(text(pat)).exec(text(v))?.[0] ?? null,
  to_json: (v) => JSON.stringify(v),
  to_nice_json: (v) => JSON.stringify(v, null, 4),
  quote: (v) => `'${text(v).replace(/'/g, "'\"'\"'")}'`,
  basename: (v) => text(v).replace(/.*\//, ''),
  dirname: (v) => text(v).replace(/\/[^/]*$/, ''),
  comment: (v) =>
    text(v)
      .split('\n')
      .map((l) => `# ${l}`)
      .join('\n'),
  map: (seq, ...args) => {
    const kw = args.find(isKwargs);
    if (kw && typeof kw.attribute === 'string') return items(seq).map((x) => attr(x, kw.attribute as string) ?? kw.default);
    const name = args[0];
    const f = typeof name === 'string' ? FILTERS[name] : undefined;
    return f ? items(seq).map((x) => f(x, ...args.slice(1))) : items(seq);
  },
  select: (seq, t, arg) => items(seq).filter((x) => test(x, t as string | undefined, arg)),
  reject: (seq, t, arg) => items(seq).filter((x) => !test(x, t as string | undefined, arg)),
  selectattr: (seq, a, t, arg) => items(seq).filter((x) => test(attr(x, text(a)), t as string | undefined, arg)),
  rejectattr: (seq, a, t, arg) => items(seq).filter((x) => !test(attr(x, text(a)), t as string | undefined, arg)),
};
FILTERS.d = FILTERS.default!;
for (const name of ['ipaddr', 'ipv4', 'ipv6', 'ipwrap']) {
  FILTERS[`ansible.utils.${name}`] = FILTERS[name]!;
  FILTERS[`ansible.netcommon.${name}`] = FILTERS[name]!;
}

/** An unknown value passes through every filter but the ones that test for it. */
export const KNOWS_UNKNOWN = new Set(['default', 'd', 'mandatory', 'select', 'reject', 'selectattr', 'rejectattr', 'map']);
