/**
 * Rendering a Jinja2 template for one host with its Ansible variables, as Ansible would, and
 * knowing which template line each rendered line comes from. Markers (private-use characters)
 * are put at the start of every template line that prints text; after rendering they say where
 * each line came from and are removed. A value we cannot know (a fact, a variable nothing sets)
 * becomes a value of the type its keyword expects, remembered so no finding lands on it.
 */
import type { AnsibleProject } from '../ansible/project';
import { groupNames, groupsTable, hostVariables } from '../ansible/project';
import { dirname, resolvePath, type ConfigHost } from '../host';
import type { VarDef } from '../ansible/types';
import { UNSAFE_KEYS } from '../ansible/yamlData';
import type nunjucks from 'nunjucks';
import { ansibleEnvironment, compile, jinjaOptions, renderWith, UNKNOWN_CLOSE, UNKNOWN_OPEN, type RenderState, type Unknown } from './jinja';
import { SCOPE } from './jinjaLookup';
import type { UndefinedKey } from './jinjaUnknown';
import { ansibleValue } from './pyLiteral';
import { isNumber, isPlainObject, pyFloat } from './pyTypes';
import { LINE_CLOSE, LINE_OPEN, nunjucksSource } from './jinjaSource';
import { typedValue, Values } from './values';

export interface HostRendering {
  readonly host: string;
  /** The rendered keepalived.conf. */
  readonly text: string;
  /** Per rendered line (0-based), the template line (0-based) it comes from. */
  readonly lineOf: readonly number[];
  /** Rendered spans of values we could not know. */
  readonly unknowns: readonly { readonly start: number; readonly end: number; readonly name: string }[];
  /** Variables the template uses that nothing defines for this host. */
  readonly undefinedNames: readonly string[];
  /** Keys, items and attributes the template uses that their values lack for this host (`vip.missing`). */
  readonly undefinedKeys?: readonly UndefinedKey[];
  /** What the template says when one of them is missing (a shell's `${NAME:?message}`). */
  readonly undefinedNotes?: ReadonlyMap<string, string>;
  /** The host's variables (name → definition), for hover and go to definition. */
  readonly variables: ReadonlyMap<string, VarDef>;
  /** The rendering failed (Ansible would stop for this host); 0-based template line when known. */
  readonly error?: { readonly message: string; readonly line?: number };
}

/** A value as templates see it: scalars as loaded (a whole float, `2.0`, as a float), lists and maps whole. */
function jsValue(d: VarDef): unknown {
  if (d.complex) return d.data;
  return typeof d.value === 'number' && Number.isInteger(d.value) && /[.e]/.test(d.printed) ? pyFloat(d.value) : d.value;
}

const hasJinja = (v: unknown, depth = 0): boolean =>
  depth < 50 &&
  (typeof v === 'string'
    ? /\{[{%]/.test(v)
    : Array.isArray(v)
      ? v.some((x) => hasJinja(x, depth + 1))
      : typeof v === 'object' && v !== null && Object.values(v).some((x) => hasJinja(x, depth + 1)));

/** A string that is `{{ name }}` and nothing else (Ansible's Templar.SINGLE_VAR). */
const SINGLE_VAR = /^\{\{\s*(\w*)\s*\}\}$/;

/** How a host's variables are templated: `render` a string in the host's context, `lookup` one of its variables as loaded. */
interface Templating {
  readonly render: (s: string) => string;
  readonly lookup: (name: string) => unknown;
}

/** A string's value once templated: `{{ name }}` alone is that variable's own number, bool or None as loaded (Ansible hands it over as it is). */
function templatedString(s: string, t: Templating): unknown {
  const one = SINGLE_VAR.exec(s);
  if (one) {
    const v = t.lookup(one[1]!);
    if (typeof v === 'boolean' || isNumber(v) || v === null) return v;
  }
  return ansibleValue(t.render(s));
}

/** A value with its Jinja strings rendered, at any depth, as Ansible templates a variable when it is read (not a string tagged `!unsafe`). */
function templated(v: unknown, t: Templating, depth = 0): unknown {
  if (depth > 50) return v;
  if (typeof v === 'string') return /\{[{%]/.test(v) ? templatedString(v, t) : v;
  if (typeof v !== 'object' || v === null || !(Array.isArray(v) || isPlainObject(v))) return v;
  const unsafe = (v as { [UNSAFE_KEYS]?: ReadonlySet<string | number> })[UNSAFE_KEYS];
  if (Array.isArray(v)) return (v as unknown[]).map((x, i) => (unsafe?.has(i) ? x : templated(x, t, depth + 1)));
  return Object.fromEntries(Object.entries(v as Record<string, unknown>).map(([k, x]) => [k, unsafe?.has(k) ? x : templated(x, t, depth + 1)]));
}

/**
 * The context of one host: its variables (Jinja in them, at any depth, rendered in this host's
 * context on first use) and Ansible's magic variables.
 */
function hostContext(project: AnsibleProject, host: string, render: (s: string) => string): Record<string, unknown> {
  const vars = hostVariables(project, host);
  // the host's variables as an object (hostvars[h]): a name it lacks is a fact or a variable nothing defines (jinjaLookup.ts)
  const ctx: Record<string, unknown> = { [SCOPE]: true };
  // `{{ name }}` alone looks at name's value as loaded, before its own Jinja is rendered (`x: "{{ y }}"`, `y: "{{ z }}"`: x is a string)
  const t: Templating = { render, lookup: (name) => (vars.has(name) ? jsValue(vars.get(name)!) : undefined) };
  for (const [name, def] of vars) {
    const v = jsValue(def);
    if (!def.unsafe && hasJinja(v)) {
      let cache: unknown;
      let done = false;
      Object.defineProperty(ctx, name, {
        enumerable: true,
        get: () => {
          // a variable that reads itself finds nothing the second time (Ansible: a recursive loop)
          if (!done) {
            done = true;
            cache = templated(v, t);
          }
          return cache;
        },
      });
    } else ctx[name] = v;
  }
  ctx.inventory_hostname = host;
  ctx.inventory_hostname_short = host.split('.')[0];
  ctx.groups = groupsTable(project);
  ctx.group_names = groupNames(project, host);
  ctx.ansible_managed ??= 'Ansible managed';
  return ctx;
}

/** Replace the unknown markers of one rendered line with typed values; their spans (relative to the line). */
function fillUnknowns(
  line: string,
  byId: ReadonlyMap<number, Unknown>,
  values: Values,
): { text: string; spans: { start: number; end: number; name: string }[] } {
  const spans: { start: number; end: number; name: string }[] = [];
  let out = '';
  let i = 0;
  for (;;) {
    const a = line.indexOf(UNKNOWN_OPEN, i);
    if (a < 0) break;
    const b = line.indexOf(UNKNOWN_CLOSE, a);
    if (b < 0) break;
    out += line.slice(i, a);
    const u = byId.get(Number(line.slice(a + 1, b)));
    const value = typedValue(
      out,
      line.slice(b + 1).replace(/\uE002\d+\uE003/g, '1'),
      { start: a, end: b + 1, code: u?.name ?? '?', kind: 'expr', keyword: '' },
      values,
    );
    spans.push({ start: out.length, end: out.length + value.length, name: u?.name ?? '?' });
    out += value;
    i = b + 1;
  }
  return { text: out + line.slice(i), spans };
}

/** How many newlines end `text`. */
function trailingNewlines(text: string): number {
  let n = 0;
  while (n < text.length && text[text.length - 1 - n] === '\n') n++;
  return n;
}

/** A template ready to render for many hosts: its environment and its marked source, compiled once. */
export interface PreparedTemplate {
  readonly env: nunjucks.Environment;
  readonly compiled: nunjucks.Template | { readonly error: Error };
}

export function prepareTemplate(path: string, text: string, files: ConfigHost): PreparedTemplate {
  const options = jinjaOptions(text);
  const dir = dirname(path);
  const env = ansibleEnvironment(options, (name) => {
    for (const p of [resolvePath(dir, name), resolvePath(resolvePath(dir, '..'), `templates/${name}`)]) {
      const r = files.readFile(p);
      if (r.kind === 'ok') return r.text;
    }
    return undefined;
  });
  // the header line is Ansible's, not the template's: Ansible drops it with its newline
  const source = nunjucksSource(text, options, true, text.startsWith('#jinja2:'));
  try {
    return { env, compiled: compile(env, source) };
  } catch (e) {
    return { env, compiled: { error: e as Error } };
  }
}

export function renderForHost(
  path: string,
  text: string,
  project: AnsibleProject,
  host: string,
  files: ConfigHost,
  prepared = prepareTemplate(path, text, files),
): HostRendering {
  const env = prepared.env;
  const variables = hostVariables(project, host);
  // each host's context made on first use (hostvars[h]: its variables rendered in its own context)
  const contexts = new Map<string, Record<string, unknown>>();
  const hostvars: Record<string, unknown> = {};
  const contextOf = (h: string): Record<string, unknown> => {
    let c = contexts.get(h);
    if (!c) {
      const names = new Set<string>();
      c = hostContext(project, h, (s) => renderWith(env, s, contextOf(h), (n) => names.has(n)).text);
      c.hostvars = hostvars;
      for (const n of Object.keys(c)) names.add(n);
      contexts.set(h, c);
    }
    return c;
  };
  for (const h of project.inventory?.hosts.keys() ?? []) Object.defineProperty(hostvars, h, { enumerable: true, get: () => contextOf(h) });
  const ctx = contextOf(host);
  const names = new Set([...variables.keys(), ...Object.keys(ctx)]);
  function defined(name: string): boolean {
    return names.has(name);
  }
  let rendered: { text: string; state: RenderState };
  try {
    if ('error' in prepared.compiled) throw prepared.compiled.error;
    rendered = renderWith(env, prepared.compiled, ctx, defined);
  } catch (e) {
    const message = (e as Error).message
      .replace(/^\(unknown path\)\s*/, '')
      .replace(/\s+/g, ' ')
      .trim();
    const m = /\[Line (\d+), Column \d+\]/.exec(message);
    return {
      host,
      text: '',
      lineOf: [],
      unknowns: [],
      undefinedNames: [],
      variables,
      error: { message: message.replace(/\[Line \d+, Column \d+\]\s*/, ''), line: m ? Number(m[1]) - 1 : undefined },
    };
  }
  const byId = new Map(rendered.state.unknowns.map((u) => [u.id, u] as const));
  const values = new Values();
  const lineOf: number[] = [];
  const unknowns: { start: number; end: number; name: string }[] = [];
  const lines: string[] = [];
  let length = 0;
  let current = 0;
  for (const raw of rendered.text.split('\n')) {
    // the marker nearest the line's first printed character says where it comes from
    let line = '';
    let from: number | undefined;
    let i = 0;
    for (;;) {
      const a = raw.indexOf(LINE_OPEN, i);
      if (a < 0) break;
      const b = raw.indexOf(LINE_CLOSE, a);
      if (b < 0) break;
      line += raw.slice(i, a);
      current = Number(raw.slice(a + 1, b));
      if (from === undefined && line.trim() === '') from = current;
      i = b + 1;
    }
    line += raw.slice(i);
    lineOf.push(from ?? current);
    const filled = fillUnknowns(line, byId, values);
    for (const s of filled.spans) unknowns.push({ start: length + s.start, end: length + s.end, name: s.name });
    lines.push(filled.text);
    length += filled.text.length + 1;
  }
  // Ansible gives the output at least the template's trailing newlines (Jinja2 drops the last one)
  let out = lines.join('\n');
  for (let n = trailingNewlines(text) - trailingNewlines(out); n > 0; n--) {
    out += '\n';
    lineOf.push(lineOf[lineOf.length - 1] ?? 0);
  }
  return {
    host,
    text: out,
    lineOf,
    unknowns,
    undefinedNames: [...rendered.state.undefinedNames],
    undefinedKeys: [...rendered.state.undefinedKeys.values()],
    variables,
  };
}
