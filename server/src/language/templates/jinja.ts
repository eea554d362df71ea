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
import { findKey, pyKeys } from '../ansible/pyKeys';
import { pyIndex, pySlice, Slice } from './jinjaSlices';
import { nunjucksSource, type JinjaOptions } from './jinjaSource';
import { FILTERS, KNOWS_UNKNOWN } from './jinjaFilters';
import { TESTS } from './jinjaTests';
import { isKwargs, isUnknown, Unknown } from './jinjaUnknown';
import { hookCompiler } from './jinjaCompile';
import { pyMethod } from './jinjaOps';
import { pyLiteral } from './pyLiteral';
import { isPlainObject, pyTruth } from './pyTypes';
import { printsAsPython, pyStr } from './pyValue';

export { Unknown, UNKNOWN_CLOSE, UNKNOWN_OPEN } from './jinjaUnknown';

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

// ---- runtime hooks: undefined names and Python methods -------------------------------------------

interface Runtime {
  memberLookup(obj: unknown, val: unknown): unknown;
  fromIterator(arr: unknown): unknown;
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
  hookCompiler(nunjucks);
  const memberLookup = runtime.memberLookup.bind(runtime);
  const contextOrFrameLookup = runtime.contextOrFrameLookup.bind(runtime);
  const suppressValue = runtime.suppressValue.bind(runtime);
  const fromIterator = runtime.fromIterator.bind(runtime);
  // `for k in d` goes over a dict's keys, as Python iterates a dict (nunjucks went over nothing)
  runtime.fromIterator = (arr) => (typeof arr === 'object' && arr !== null && !Array.isArray(arr) && isPlainObject(arr) ? pyKeys(arr) : fromIterator(arr));
  // `{{ value }}` prints what Python prints: True, ['a', 'b']; None prints nothing (Ansible's finalize)
  runtime.suppressValue = (val, autoescape) => suppressValue(val === null ? '' : printsAsPython(val) ? pyStr(val) : val, autoescape);
  runtime.memberLookup = (obj, val) => {
    if (isUnknown(obj)) return obj;
    if (val instanceof Slice) return pySlice(obj, val);
    if (typeof val === 'number' && val < 0) return pyIndex(obj, val);
    // a key that is not a string (`d[51]`, `d[True]`): as PyYAML read the dict's keys
    if (typeof val !== 'string' && !Array.isArray(obj) && typeof obj === 'object' && obj !== null && isPlainObject(obj)) {
      const at = findKey(obj, val);
      return at === undefined ? undefined : (obj as Record<string, unknown>)[at];
    }
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

export type { JinjaOptions } from './jinjaSource';

/**
 * Ansible's defaults, changed by a first line `#jinja2: trim_blocks: False, lstrip_blocks: True`:
 * each value is read with Python's literal_eval and used for its truth, so `"False"` (a string)
 * turns the option on.
 */
export function jinjaOptions(text: string): JinjaOptions {
  const o = { trimBlocks: true, lstripBlocks: false };
  if (!text.startsWith('#jinja2:')) return o;
  for (const pair of (text.split('\n', 1)[0] ?? '').slice('#jinja2:'.length).split(',')) {
    const at = pair.indexOf(':');
    const lit = at < 0 ? undefined : pyLiteral(pair.slice(at + 1).trim());
    if (!lit) continue;
    const on = pyTruth(lit.value);
    if (pair.slice(0, at).trim() === 'trim_blocks') o.trimBlocks = on;
    if (pair.slice(0, at).trim() === 'lstrip_blocks') o.lstripBlocks = on;
  }
  return o;
}

const optionsOf = new WeakMap<nunjucks.Environment, JinjaOptions>();

/** An environment configured as Ansible's template module; `load` reads `{% include %}`d templates. */
export function ansibleEnvironment(options: JinjaOptions, load: (name: string) => string | undefined): nunjucks.Environment {
  hookRuntime();
  const loader = {
    getSource: (name: string) => {
      const src = load(name);
      // Jinja2 drops a template's last newline (keep_trailing_newline is off): an included one's too
      return src === undefined ? null : { src: nunjucksSource(src.replace(/\r?\n$/, ''), options), path: name, noCache: true };
    },
  };
  const env = new nunjucks.Environment(loader as unknown as nunjucks.ILoader, {
    autoescape: false,
    trimBlocks: options.trimBlocks,
    lstripBlocks: options.lstripBlocks,
    throwOnUndefined: false,
  });
  optionsOf.set(env, options);
  for (const [name, f] of Object.entries(FILTERS)) env.addFilter(name, f);
  // an unknown value passes through every filter, nunjucks' own included (`upper` would throw on it)
  const filters = (env as unknown as { filters: Record<string, (this: unknown, v: unknown, ...args: unknown[]) => unknown> }).filters;
  for (const [name, f] of Object.entries(filters)) {
    if (KNOWS_UNKNOWN.has(name)) continue;
    filters[name] = function (this: unknown, v: unknown, ...args: unknown[]) {
      return isUnknown(v) ? v : f.call(this, v, ...args);
    };
  }
  // Ansible's lookups and now(), Jinja's lipsum(): values a static reading cannot know
  for (const name of ['lookup', 'query', 'q', 'now', 'lipsum']) env.addGlobal(name, () => unknown(name));
  // Jinja2's namespace() and dict(): keyword arguments as attributes; `set ns.x = ...` calls __setattr
  const kwargsObject = (...args: unknown[]) =>
    Object.fromEntries(Object.entries((args.find(isKwargs) as object | undefined) ?? {}).filter(([k]) => k !== '__keywords'));
  const namespaces = new WeakSet<object>();
  env.addGlobal('namespace', (...args: unknown[]) => {
    const ns = kwargsObject(...args);
    namespaces.add(ns);
    return ns;
  });
  env.addGlobal('dict', kwargsObject);
  // only a namespace takes an attribute (Jinja2 fails on a dict, as Ansible does)
  env.addGlobal('__setattr', (o: unknown, k: string, v: unknown) => {
    if (isUnknown(o)) return '';
    if (typeof o !== 'object' || o === null || !namespaces.has(o)) throw new Error('cannot assign attribute on non-namespace object');
    (o as Record<string, unknown>)[k] = v;
    return '';
  });
  // a loop filter's kept items, per loop (jinjaSource.ts rewrites `for x in xs if c`)
  const kept = new Map<number, unknown[]>();
  env.addGlobal('__lf_push', (n: number, v: unknown) => {
    const items = kept.get(n);
    if (items) items.push(v);
    else kept.set(n, [v]);
    return '';
  });
  env.addGlobal('__lf_take', (n: number) => {
    const items = kept.get(n) ?? [];
    kept.delete(n);
    return items;
  });
  env.addGlobal('__slice', (start: unknown, stop: unknown, step: unknown) => new Slice(start, stop, step));
  // (nunjucks has addTest; its type declarations do not)
  const tests = env as unknown as { addTest(name: string, test: (v: unknown, ...args: unknown[]) => boolean): void };
  for (const [name, t] of Object.entries(TESTS)) tests.addTest(name, (v, ...args) => !isUnknown(v) && t(v, ...args));
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
  // a variable's Jinja rendered while the template renders: its unknown values are the template's
  const s: RenderState = { undefinedNames: state?.undefinedNames ?? new Set(), unknowns: state?.unknowns ?? [], defined };
  const previous = state;
  state = s;
  try {
    const out = typeof text === 'string' ? env.renderString(nunjucksSource(text, optionsOf.get(env)!), ctx) : text.render(ctx);
    // the variables nothing defines that the template uses without a test or a default
    for (const u of s.unknowns) if (u.undefinedVar && !u.handled) s.undefinedNames.add(u.name);
    return { text: out, state: s };
  } finally {
    state = previous;
  }
}

/** Compile a nunjucks source (jinjaSource.ts) once, render it for many hosts (throws the engine's syntax error). */
export function compile(env: nunjucks.Environment, source: string): nunjucks.Template {
  return new nunjucks.Template(source, env, undefined, true);
}
