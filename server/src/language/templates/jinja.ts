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
import { pyKeys } from '../ansible/pyKeys';
import { Slice } from './jinjaSlices';
import { nunjucksSource, type JinjaOptions } from './jinjaSource';
import { FILTERS, KNOWS_UNKNOWN } from './jinjaFilters';
import { TESTS } from './jinjaTests';
import { isKwargs, isUnknown, Unknown, UNKNOWN_OPEN, use, useAll, type UndefinedKey } from './jinjaUnknown';
import { isRunValue, markScope, pyMember } from './jinjaLookup';
import { hookCompiler } from './jinjaCompile';
import { pyLiteral } from './pyLiteral';
import { isPlainObject, pyTruth } from './pyTypes';
import { printsAsPython, pyStr } from './pyValue';

export { Unknown, UNKNOWN_CLOSE, UNKNOWN_OPEN } from './jinjaUnknown';

/** What one rendering learns while it runs (the runtime hooks are module-wide; renders are synchronous). */
export interface RenderState {
  /** Names a template uses that nothing defines. */
  readonly undefinedNames: Set<string>;
  /** Keys, items and attributes a template uses that their values lack (by lookup and line). */
  readonly undefinedKeys: Map<string, UndefinedKey>;
  /** Rendering a variable's value (its lookups are not at a line of the template). */
  readonly nested: boolean;
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
  memberLookup(obj: unknown, val: unknown, line?: number, expr?: string): unknown;
  fromIterator(arr: unknown): unknown;
  callWrap(obj: unknown, name: string, context: unknown, args: unknown[]): unknown;
  contextOrFrameLookup(context: unknown, frame: unknown, name: string): unknown;
  suppressValue(val: unknown, autoescape: boolean): unknown;
}
let hooked = false;

/** Python's spellings of the constants (Jinja2 knows both `true` and `True`). */
const PY_LITERALS: Readonly<Record<string, unknown>> = { True: true, False: false, None: null };

/** `x is defined`: false for an undefined value (the test does not use it: no error in Ansible). */
const isDefined = (v: unknown): boolean => (isUnknown(v) ? !v.undefinedVar : v !== undefined);

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
  const callWrap = runtime.callWrap.bind(runtime);
  // `for k in d` goes over a dict's keys, as Python iterates a dict (nunjucks went over nothing); iterating an undefined value uses it
  runtime.fromIterator = (arr) => {
    use(arr);
    return typeof arr === 'object' && arr !== null && !Array.isArray(arr) && isPlainObject(arr) ? pyKeys(arr) : fromIterator(arr);
  };
  // calling a value we cannot know (`ansible_fqdn.split('.')`) gives one; calling an undefined one uses it
  runtime.callWrap = (obj, name, context, args) => {
    if (!isUnknown(obj)) return callWrap(obj, name, context, args);
    use(obj);
    return obj;
  };
  // `{{ value }}` prints what Python prints: True, ['a', 'b']; None prints nothing (Ansible's finalize)
  runtime.suppressValue = (val, autoescape) => suppressValue(val === null ? '' : printsAsPython(val) ? pyStr(val) : val, autoescape);
  // Python's lookups (jinjaLookup.ts): what a value lacks is undefined; the compiler passes the line and the looked-up expression
  runtime.memberLookup = (obj, val, line, expr) => pyMember(obj, val, { line: state?.nested ? undefined : line, expr }, memberLookup, unknown);
  runtime.contextOrFrameLookup = (context, frame, name) => {
    const v = contextOrFrameLookup(context, frame, name);
    if (v !== undefined || !state) return v;
    if (name in PY_LITERALS) return PY_LITERALS[name];
    // Ansible's `vars`: the host's variables
    if (name === 'vars') {
      const vars = (context as { ctx: object }).ctx;
      markScope(vars);
      return vars;
    }
    if (state.defined(name)) return v;
    // facts, lookups and the play's magic variables are unknown to a static reading; anything else is a variable nothing sets
    const u = unknown(name);
    u.undefinedVar = !isRunValue(name);
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
  // an unknown value passes through every filter, nunjucks' own included (`upper` would throw on it); an
  // undefined one is used by every filter but default (and an undefined argument too, but ternary's choices)
  const filters = (env as unknown as { filters: Record<string, (this: unknown, v: unknown, ...args: unknown[]) => unknown> }).filters;
  for (const [name, f] of Object.entries(filters)) {
    if (name === 'default' || name === 'd') continue;
    const known = KNOWS_UNKNOWN.has(name);
    filters[name] = function (this: unknown, v: unknown, ...args: unknown[]) {
      use(v);
      if (name !== 'ternary') useAll(args);
      return !known && isUnknown(v) ? v : f.call(this, v, ...args);
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
  const s: RenderState = {
    undefinedNames: state?.undefinedNames ?? new Set(),
    undefinedKeys: state?.undefinedKeys ?? new Map<string, UndefinedKey>(),
    unknowns: state?.unknowns ?? [],
    defined,
    nested: state !== undefined,
  };
  const previous = state;
  state = s;
  try {
    const out = typeof text === 'string' ? env.renderString(nunjucksSource(text, optionsOf.get(env)!), ctx) : text.render(ctx);
    // undefined values printed are used; each used one stops the host (a variable nothing defines, or a key a value lacks)
    if (s.unknowns.length > 0)
      for (let at = out.indexOf(UNKNOWN_OPEN); at >= 0; at = out.indexOf(UNKNOWN_OPEN, at + 1)) use(s.unknowns[parseInt(out.slice(at + 1), 10)]);
    for (const u of s.unknowns) {
      if (!u.used) continue;
      if (u.key) s.undefinedKeys.set(`${u.key.expr}\0${u.key.line ?? ''}`, u.key);
      else s.undefinedNames.add(u.name);
    }
    return { text: out, state: s };
  } finally {
    state = previous;
  }
}

/** Compile a nunjucks source (jinjaSource.ts) once, render it for many hosts (throws the engine's syntax error). */
export function compile(env: nunjucks.Environment, source: string): nunjucks.Template {
  return new nunjucks.Template(source, env, undefined, true);
}
