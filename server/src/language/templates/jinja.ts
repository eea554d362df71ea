/**
 * Jinja2 as Ansible renders it, on nunjucks: trim_blocks on, lstrip_blocks off (a `#jinja2:`
 * header line may change them), the filters keepalived templates use (default/d, bool, int,
 * string, join, lower/upper, ipaddr/ipwrap and their ansible.utils forms, map, select/selectattr,
 * first, dict2items...), Python's methods on strings, lists and dicts (`groups['lb'].index(...)`),
 * and undefined variables recorded instead of printed as nothing. nunjucks was chosen over
 * @huggingface/jinja for its filters API (Ansible's filters are ours to add), its whitespace
 * options and its line/column errors.
 */
import nunjucks from 'nunjucks';
import { pyIndex, pySlice, rewriteSlices, Slice } from './jinjaSlices';
import { printsAsPython, pyStr } from './pyValue';

/** A value we cannot know (an undefined variable, a fact, a lookup): printed as a marker. */
export class Unknown {
  /** It stands for a variable nothing defines: Ansible fails on it unless `is defined` or `default` handles it. */
  undefinedVar = false;
  handled = false;
  constructor(
    readonly id: number,
    readonly name: string,
  ) {}
  toString(): string {
    return `${UNKNOWN_OPEN}${this.id}${UNKNOWN_CLOSE}`;
  }
}

export const UNKNOWN_OPEN = '\uE002';
export const UNKNOWN_CLOSE = '\uE003';

/** What one rendering learns while it runs (the runtime hooks are module-wide; renders are synchronous). */
export interface RenderState {
  /** Names a template reads that nothing defines. */
  readonly undefinedNames: Set<string>;
  readonly unknowns: Unknown[];
  /** Is `name` defined for this host? */
  readonly defined: (name: string) => boolean;
}

let state: RenderState | undefined;

export function unknown(name: string): Unknown {
  const u = new Unknown(state?.unknowns.length ?? 0, name);
  state?.unknowns.push(u);
  return u;
}

const isUnknown = (v: unknown): v is Unknown => v instanceof Unknown;

/** A value in a string context: Python's str() (an unknown value prints its marker). */
const text = (v: unknown): string => pyStr(v);
const isKwargs = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && (v as { __keywords?: unknown }).__keywords === true;

// ---- Python's methods on strings, lists and dicts ----------------------------------------------

function pyMethod(obj: unknown, name: string): ((...a: unknown[]) => unknown) | undefined {
  if (typeof obj === 'string') {
    const s = obj;
    const m: Record<string, (...a: unknown[]) => unknown> = {
      startswith: (p) => s.startsWith(text(p)),
      endswith: (p) => s.endsWith(text(p)),
      split: (sep, max) => (sep === undefined || sep === null ? s.trim().split(/\s+/) : splitMax(s, text(sep), typeof max === 'number' ? max : -1)),
      strip: (c) => (c === undefined ? s.trim() : trimChars(s, text(c))),
      lstrip: () => s.trimStart(),
      rstrip: () => s.trimEnd(),
      lower: () => s.toLowerCase(),
      upper: () => s.toUpperCase(),
      replace: (a, b) => s.split(text(a)).join(text(b)),
      format: (...args) => args.reduce<string>((acc, a) => acc.replace('{}', text(a)), s),
      isdigit: () => /^\d+$/.test(s),
    };
    return m[name];
  }
  if (Array.isArray(obj)) {
    const l = obj as unknown[];
    const m: Record<string, (...a: unknown[]) => unknown> = { index: (x) => l.indexOf(x), count: (x) => l.filter((y) => y === x).length };
    return m[name];
  }
  if (typeof obj === 'object' && obj !== null && !isUnknown(obj) && !(name in obj)) {
    const d = obj as Record<string, unknown>;
    const m: Record<string, (...a: unknown[]) => unknown> = {
      items: () => Object.entries(d),
      keys: () => Object.keys(d),
      values: () => Object.values(d),
      get: (k, def) => (text(k) in d ? d[text(k)] : def),
    };
    return m[name];
  }
  return undefined;
}

function splitMax(s: string, sep: string, max: number): string[] {
  const parts = s.split(sep);
  return max < 0 || parts.length <= max + 1 ? parts : [...parts.slice(0, max), parts.slice(max).join(sep)];
}

function trimChars(s: string, chars: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && chars.includes(s[a]!)) a++;
  while (b > a && chars.includes(s[b - 1]!)) b--;
  return s.slice(a, b);
}

// ---- runtime hooks: undefined names and Python methods -------------------------------------------

interface Runtime {
  memberLookup(obj: unknown, val: unknown): unknown;
  contextOrFrameLookup(context: unknown, frame: unknown, name: string): unknown;
  suppressValue(val: unknown, autoescape: boolean): unknown;
}
let hooked = false;

/** Variables Ansible sets for a play, a role or the template module (their values depend on the run). */
const ANSIBLE_MAGIC: ReadonlySet<string> = new Set([
  'omit',
  'play_hosts',
  'role_path',
  'role_name',
  'playbook_dir',
  'inventory_dir',
  'inventory_file',
  'template_host',
  'template_path',
  'template_fullpath',
  'template_destpath',
  'template_uid',
  'template_run_date',
]);

/** Python's spellings of the constants (Jinja2 knows both `true` and `True`). */
const PY_LITERALS: Readonly<Record<string, unknown>> = { True: true, False: false, None: null };

/** `x is defined`: false for a variable nothing defines, which the test then handles (no error in Ansible). */
function isDefined(v: unknown): boolean {
  if (!isUnknown(v)) return v !== undefined;
  if (!v.undefinedVar) return true;
  v.handled = true;
  return false;
}

/** Hook nunjucks' runtime once, when the first environment is made (the library loads on first use). */
function hookRuntime(): void {
  if (hooked) return;
  hooked = true;
  const runtime = (nunjucks as unknown as { runtime: Runtime }).runtime;
  const memberLookup = runtime.memberLookup.bind(runtime);
  const contextOrFrameLookup = runtime.contextOrFrameLookup.bind(runtime);
  const suppressValue = runtime.suppressValue.bind(runtime);
  // `{{ value }}` prints what Python prints: True, None, ['a', 'b']
  runtime.suppressValue = (val, autoescape) => suppressValue(printsAsPython(val) ? pyStr(val) : val, autoescape);
  runtime.memberLookup = (obj, val) => {
    if (isUnknown(obj)) return obj;
    if (val instanceof Slice) return pySlice(obj, val);
    if (typeof val === 'number' && val < 0) return pyIndex(obj, val);
    if (typeof val === 'string') {
      const py = pyMethod(obj, val);
      if (py && !(typeof obj === 'object' && obj !== null && val in obj)) return py;
    }
    return memberLookup(obj, val);
  };
  runtime.contextOrFrameLookup = (context, frame, name) => {
    const v = contextOrFrameLookup(context, frame, name);
    if (v !== undefined || !state) return v;
    if (name in PY_LITERALS) return PY_LITERALS[name];
    // Ansible's `vars`: the host's variables
    if (name === 'vars') return (context as { ctx?: unknown }).ctx;
    if (state.defined(name)) return v;
    // facts, lookups and the play's magic variables are unknown to a static reading; anything else is a variable nothing sets
    const u = unknown(name);
    u.undefinedVar = !/^ansible_(?!host$|port$|user$|connection$|python_interpreter$)/.test(name) && !ANSIBLE_MAGIC.has(name);
    return u;
  };
}

// ---- filters --------------------------------------------------------------------------------

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

const FILTERS: Record<string, (v: unknown, ...args: unknown[]) => unknown> = {
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
const KNOWS_UNKNOWN = new Set(['default', 'd', 'mandatory', 'select', 'reject', 'selectattr', 'rejectattr', 'map']);

export interface JinjaOptions {
  readonly trimBlocks: boolean;
  readonly lstripBlocks: boolean;
}

/** Ansible's defaults, changed by a first line `#jinja2: trim_blocks: False, lstrip_blocks: True`. */
export function jinjaOptions(text: string): JinjaOptions {
  const head = /^#jinja2:(.*)$/m.exec(text.split('\n', 1)[0] ?? '');
  const flag = (name: string, def: boolean) => {
    const m = new RegExp(`${name}\\s*:\\s*(\\w+)`, 'i').exec(head?.[1] ?? '');
    return m ? /^(true|yes|on|1)$/i.test(m[1]!) : def;
  };
  return { trimBlocks: flag('trim_blocks', true), lstripBlocks: flag('lstrip_blocks', false) };
}

/** An environment configured as Ansible's template module; `load` reads `{% include %}`d templates. */
export function ansibleEnvironment(options: JinjaOptions, load: (name: string) => string | undefined): nunjucks.Environment {
  hookRuntime();
  const loader = {
    getSource: (name: string) => {
      const src = load(name);
      return src === undefined ? null : { src: rewriteSlices(src), path: name, noCache: true };
    },
  };
  const env = new nunjucks.Environment(loader as unknown as nunjucks.ILoader, {
    autoescape: false,
    trimBlocks: options.trimBlocks,
    lstripBlocks: options.lstripBlocks,
    throwOnUndefined: false,
  });
  for (const [name, f] of Object.entries(FILTERS)) env.addFilter(name, f);
  // an unknown value passes through every filter, nunjucks' own included (`upper` would throw on it)
  const filters = (env as unknown as { filters: Record<string, (this: unknown, v: unknown, ...args: unknown[]) => unknown> }).filters;
  for (const [name, f] of Object.entries(filters)) {
    if (KNOWS_UNKNOWN.has(name)) continue;
    filters[name] = function (this: unknown, v: unknown, ...args: unknown[]) {
      return isUnknown(v) ? v : f.call(this, v, ...args);
    };
  }
  for (const name of ['lookup', 'query', 'q', 'now']) env.addGlobal(name, () => unknown(name));
  env.addGlobal('__slice', (start: unknown, stop: unknown, step: unknown) => new Slice(start, stop, step));
  // (nunjucks has addTest; its type declarations do not)
  const tests = env as unknown as { addTest(name: string, test: (v: unknown) => boolean): void };
  tests.addTest('defined', isDefined);
  tests.addTest('undefined', (v) => !isDefined(v));
  return env;
}

/** Render with `ctx`; `defined` says which names the host has (others are recorded as undefined). */
export function renderWith(
  env: nunjucks.Environment,
  text: string | nunjucks.Template,
  ctx: object,
  defined: (name: string) => boolean,
): { text: string; state: RenderState } {
  const s: RenderState = { undefinedNames: new Set(), unknowns: [], defined };
  const previous = state;
  state = s;
  try {
    const out = typeof text === 'string' ? env.renderString(rewriteSlices(text), ctx) : text.render(ctx);
    // the variables nothing defines that the template uses without a test or a default
    for (const u of s.unknowns) if (u.undefinedVar && !u.handled) s.undefinedNames.add(u.name);
    return { text: out, state: s };
  } finally {
    state = previous;
  }
}

/** Compile once, render for many hosts (throws the engine's syntax error). */
export function compile(env: nunjucks.Environment, text: string): nunjucks.Template {
  return new nunjucks.Template(rewriteSlices(text), env, undefined, true);
}
