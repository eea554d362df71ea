/**
 * Rendering an envsubst / shell-heredoc template with one node's env file. `$NAME` and `${NAME}`
 * print the value (as GNU envsubst does). A template that uses more than those is a shell heredoc,
 * and the shell's expansions apply: `${NAME:-word}`, `${NAME-word}`, `${NAME:=word}`,
 * `${NAME:+word}`, `${NAME:?message}` (and their forms without `:`), `${#NAME}`, `${NAME^^}`,
 * `${NAME,,}`, and `\$`, `` \` ``, `\\` escapes. Command substitution (`$(…)`, backquotes),
 * arithmetic (`$((…))`) and other expansions print a value we cannot know: like a Jinja value
 * nothing defines, it becomes a value of the type its keyword expects, remembered so no finding
 * lands on it. A variable the env file does not set is reported (envsubst prints nothing there).
 * Each rendered offset knows the template offset it comes from.
 */
import type { VarDef } from '../ansible/types';
import type { HostRendering } from './render';
import { scanShell } from './scanShell';
import type { Tag } from './tags';
import { typedValue, Values } from './values';

export type ShellMode = 'envsubst' | 'heredoc';

/** `$NAME` or `${NAME}`: all GNU envsubst replaces. */
const PLAIN = /^\$(\{[A-Za-z_]\w*\}|[A-Za-z_]\w*)$/;

/** envsubst when every placeholder is `$NAME` / `${NAME}`, else a shell heredoc. */
export function shellMode(text: string, tags: readonly Tag[] = scanShell(text).tags): ShellMode {
  return tags.every((t) => PLAIN.test(text.slice(t.start, t.end))) ? 'envsubst' : 'heredoc';
}

/** A piece of the rendering: from `out` on, it comes from the template at `tpl` (a literal piece offset by offset). */
export interface Segment {
  readonly out: number;
  readonly tpl: number;
  readonly literal: boolean;
}

export interface EnvRendering extends HostRendering {
  readonly mode: ShellMode;
  readonly segments: readonly Segment[];
}

/** What one expansion prints. */
interface Expansion {
  readonly value?: string;
  /** Not set and without a default; `note`: the `${NAME:?message}` message. */
  readonly undefinedName?: string;
  readonly note?: string;
}

type Lookup = { get(name: string): string | undefined; set(name: string, value: string): void };

/** The `}` matching the `{` at `open` (nested braces counted), or -1. */
function closeOf(s: string, open: number): number {
  let depth = 0;
  for (let i = open; i < s.length; i++) {
    if (s[i] === '{') depth++;
    else if (s[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

/** A default or alternative word: its own `$NAME` / `${…}` expanded; undefined when it holds something we cannot know. */
function expandWord(word: string, env: Lookup, undefinedNames: string[]): string | undefined {
  if (/\$\(|`/.test(word)) return undefined;
  let out = '';
  for (let i = 0; i < word.length; i++) {
    const c = word[i]!;
    if (c === '\\' && i + 1 < word.length) out += word[++i];
    else if (c === '$' && word[i + 1] === '{') {
      const end = closeOf(word, i + 1);
      if (end < 0) return undefined;
      const e = expand(word.slice(i, end + 1), env);
      if (e.undefinedName) undefinedNames.push(e.undefinedName);
      if (e.value === undefined) return undefined;
      out += e.value;
      i = end;
    } else if (c === '$' && /[A-Za-z_]/.test(word[i + 1] ?? '')) {
      const name = /^\w+/.exec(word.slice(i + 1))![0];
      const v = env.get(name);
      if (v === undefined) {
        undefinedNames.push(name);
        return undefined;
      }
      out += v;
      i += name.length;
    } else out += c;
  }
  return out;
}

/** `${NAME<op>word}`: the shell's defaults, assignments, alternatives and errors. */
function operator(name: string, colon: boolean, op: string, word: string, env: Lookup): Expansion {
  const v = env.get(name);
  const unset = v === undefined || (colon && v === '');
  const inner: string[] = [];
  const w = () => expandWord(word, env, inner);
  const withInner = (e: Expansion): Expansion => (inner[0] !== undefined && e.undefinedName === undefined ? { ...e, undefinedName: inner[0] } : e);
  if (op === '-') return unset ? withInner({ value: w() }) : { value: v };
  if (op === '=') {
    if (!unset) return { value: v };
    const value = w();
    if (value !== undefined) env.set(name, value);
    return withInner({ value });
  }
  if (op === '+') return unset ? { value: '' } : withInner({ value: w() });
  // '?': the shell stops with the message
  return unset ? { undefinedName: name, note: word.trim() || 'parameter null or not set' } : { value: v };
}

/** What a placeholder (its whole text: `$NAME`, `${…}`, `$(…)`...) prints with `env`. */
function expand(raw: string, env: Lookup): Expansion {
  const simple = /^\$([A-Za-z_]\w*)$/.exec(raw) ?? /^\$\{([A-Za-z_]\w*)\}$/.exec(raw);
  if (simple) {
    const v = env.get(simple[1]!);
    return v === undefined ? { undefinedName: simple[1]! } : { value: v };
  }
  if (!raw.startsWith('${')) return {}; // $(…), $((…)), `…`, $$: unknown
  const inner = raw.slice(2, -1);
  const op = /^([A-Za-z_]\w*)(:?)([-=+?])([\s\S]*)$/.exec(inner);
  if (op) return operator(op[1]!, op[2] === ':', op[3]!, op[4]!, env);
  const length = /^#([A-Za-z_]\w*)$/.exec(inner);
  if (length) {
    const v = env.get(length[1]!);
    return { value: String(v?.length ?? 0), undefinedName: v === undefined ? length[1] : undefined };
  }
  const kase = /^([A-Za-z_]\w*)(\^\^|,,)$/.exec(inner);
  if (kase) {
    const v = env.get(kase[1]!);
    if (v === undefined) return { undefinedName: kase[1]! };
    return { value: kase[2] === '^^' ? v.toUpperCase() : v.toLowerCase() };
  }
  // other expansions of a name (${NAME/a/b}, ${NAME%x}, ${!NAME}...): its value changed in a way we do not follow
  const name = /^!?([A-Za-z_]\w*)[:/%#@[]/.exec(inner)?.[1];
  return name !== undefined && env.get(name) === undefined ? { undefinedName: name } : {};
}

/** Template offsets of line starts, and the line of an offset. */
function lineOfOffset(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
}

/** The template offset a rendered offset comes from. */
export function templateOffset(segments: readonly Segment[], offset: number): number {
  let lo = 0;
  let hi = segments.length - 1;
  if (hi < 0) return 0;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (segments[mid]!.out <= offset) lo = mid;
    else hi = mid - 1;
  }
  const s = segments[lo]!;
  return s.literal ? s.tpl + Math.max(0, offset - s.out) : s.tpl;
}

/** Builds the rendered text and its segments. */
class Writer {
  text = '';
  readonly segments: Segment[] = [];
  literal(source: string, from: number, to: number, heredoc: boolean): void {
    let i = from;
    while (i < to) {
      // in a heredoc, a backslash before $, ` or \ quotes it and goes
      const bs = heredoc ? source.slice(i, to).search(/\\[$`\\]/) : -1;
      const end = bs < 0 ? to : i + bs;
      if (end > i) {
        this.segments.push({ out: this.text.length, tpl: i, literal: true });
        this.text += source.slice(i, end);
      }
      if (bs < 0) break;
      this.segments.push({ out: this.text.length, tpl: end + 1, literal: true });
      this.text += source[end + 1];
      i = end + 2;
    }
  }
  value(tpl: number, value: string): { start: number; end: number } {
    this.segments.push({ out: this.text.length, tpl, literal: false });
    const start = this.text.length;
    this.text += value;
    return { start, end: this.text.length };
  }
}

/** Render `text` for `host` with the values of its env file. */
export function renderEnvsubst(text: string, host: string, variables: ReadonlyMap<string, VarDef>): EnvRendering {
  const tags = scanShell(text).tags;
  const mode = shellMode(text, tags);
  const assigned = new Map<string, string>();
  const env: Lookup = {
    get: (name) => assigned.get(name) ?? (variables.has(name) ? String(variables.get(name)!.value ?? '') : undefined),
    set: (name, value) => assigned.set(name, value),
  };
  const base = { host, mode, variables, lineOf: [], unknowns: [], undefinedNames: [], segments: [], text: '' };
  const directive = tags.find((t) => t.kind !== 'expr' && t.kind !== 'opaque');
  if (directive) {
    const line = lineOfOffset(text)(directive.start);
    return { ...base, error: { message: `Terraform's %{ ${directive.keyword} } directives are not rendered with env files`, line } };
  }
  const w = new Writer();
  const values = new Values();
  const unknowns: { start: number; end: number; name: string }[] = [];
  const undefinedNames = new Set<string>();
  const notes = new Map<string, string>();
  let pos = 0;
  for (const t of tags) {
    w.literal(text, pos, t.start, mode === 'heredoc');
    pos = t.end;
    const e = t.kind === 'expr' ? expand(text.slice(t.start, t.end), env) : { value: '' };
    if (e.undefinedName !== undefined) {
      undefinedNames.add(e.undefinedName);
      if (e.note !== undefined) notes.set(e.undefinedName, e.note);
    }
    if (e.value !== undefined && e.note === undefined && (e.undefinedName === undefined || e.value !== '')) {
      w.value(t.start, e.value);
      continue;
    }
    // a value we cannot know, or one nothing sets: a value of the type its place expects
    const lineStart = w.text.lastIndexOf('\n') + 1;
    const lineEnd = text.indexOf('\n', t.end);
    const after = text.slice(t.end, lineEnd < 0 ? text.length : lineEnd).replace(/\$\{[^}]*\}|\$\w+/g, '1');
    const v = typedValue(w.text.slice(lineStart), after, t, values);
    unknowns.push({ ...w.value(t.start, v), name: t.code });
  }
  w.literal(text, pos, text.length, mode === 'heredoc');
  const lineOf: number[] = [];
  const tplLine = lineOfOffset(text);
  const out = w.text;
  for (let o = 0; o <= out.length; o = out.indexOf('\n', o) + 1) {
    lineOf.push(tplLine(templateOffset(w.segments, o)));
    if (out.indexOf('\n', o) < 0) break;
  }
  return { ...base, text: out, lineOf, unknowns, undefinedNames: [...undefinedNames], undefinedNotes: notes, segments: w.segments };
}
