/**
 * `$NAME=value` definitions and `$NAME` / `${NAME}` substitution, as keepalived's
 * check_definition(), find_definition() and replace_param() do them (lib/parser.c).
 */
import type { Span } from '../issue';
import { origin, replaceRange, type MText } from './mtext';

/** keepalived's MAXBUF is 1024: a line holds at most 1023 characters. */
export const MAX_LINE = 1023;
/** Substitutions on one line before we call it runaway recursion (keepalived would loop). */
const MAX_SUBSTITUTIONS = 256;

export interface Definition {
  readonly name: string;
  /** The value; lines of a multi-line definition are separated by `\n`. */
  value: string;
  multiline: boolean;
  /** Where it was defined (`$NAME` in the definition line); undefined for built-ins. */
  readonly span?: Span;
  /** Where the value text is. */
  valueSpan?: Span;
  /** Built-in definitions compute their value. */
  readonly builtin?: (params: number[]) => string;
  readonly maxParams?: number;
}

export interface VariableUse {
  readonly name: string;
  readonly span: Span;
  /** The definition in force at this use (undefined: keepalived leaves the text as written). */
  readonly definition?: Definition;
  /** The text it was replaced with (first line of a multi-line value). */
  readonly expansion?: string;
  /** The numbers of `${NAME n m}`, for the built-ins that take them. */
  readonly params?: readonly number[];
}

const isAlpha = (c: string | undefined) => c !== undefined && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
const isNameChar = (c: string | undefined) => isAlpha(c) || isDigit(c) || c === '_';

export interface DefinitionLine {
  readonly name: string;
  readonly nameStart: number;
  readonly nameEnd: number;
  readonly valueStart: number;
  /** The value ends with `\`: more lines follow. */
  readonly multiline: boolean;
  readonly value: string;
}

/** Is `text` (a decommented line) a `$NAME=value` definition? (check_definition) */
export function parseDefinitionLine(text: string): DefinitionLine | undefined {
  if (text[0] !== '$') return undefined;
  if (!(isAlpha(text[1]) || text[1] === '_')) return undefined;
  let p = 2;
  while (p < text.length && text[p] !== '=') {
    if (!isNameChar(text[p])) return undefined;
    p++;
  }
  if (text[p] !== '=') return undefined;
  const nameEnd = p;
  p++;
  while (p < text.length && (text[p] === ' ' || text[p] === '\t')) p++;
  let value = text.slice(p);
  let multiline = false;
  if (value.endsWith('\\')) {
    multiline = true;
    value = value.slice(0, -1).replace(/[ \t]+$/, '');
  }
  return { name: text.slice(1, nameEnd), nameStart: 1, nameEnd, valueStart: p, multiline, value };
}

export interface UseMatch {
  readonly name: string;
  /** Index just after the use (after `}` for the braced form). */
  readonly end: number;
  readonly params: number[];
  readonly definition: Definition;
}

/** Does a defined name start at text[i] (just after a `$`)? (find_definition) */
export function matchUse(text: string, i: number, defs: ReadonlyMap<string, Definition>): UseMatch | undefined {
  let p = i;
  const braces = text[p] === '{';
  if (braces) p++;
  if (!(isAlpha(text[p]) || text[p] === '_')) return undefined;
  const nameStart = p;
  p++;
  while (p < text.length && isNameChar(text[p])) p++;
  const name = text.slice(nameStart, p);
  const params: number[] = [];
  if (braces && name === '_ENV') {
    // ${_ENV NAME}: keepalived's own environment, which we cannot know here; it reads as empty.
    const m = /^ +([A-Za-z_][A-Za-z0-9_]*)\}/.exec(text.slice(p));
    if (!m) return undefined;
    return { name, end: p + m[0].length, params, definition: ENV_DEFINITION };
  }
  if (braces) {
    let paramText = '';
    while (p < text.length && (text[p] === ' ' || isDigit(text[p]))) paramText += text[p++];
    if (paramText.trim() !== '') {
      if (/ $/.test(paramText)) return undefined;
      for (const n of paramText.trim().split(/ +/)) params.push(Number(n));
    }
    if (text[p] !== '}') return undefined;
    p++;
  } else if (p < text.length && !' \t,)'.includes(text.charAt(p))) {
    return undefined;
  }
  const def = defs.get(name);
  if (!def) return undefined;
  const allowMultiline = p === text.length;
  if (def.multiline && !allowMultiline) return undefined;
  if (params.length > 0 && !def.maxParams) return undefined;
  return { name, end: p, params, definition: def };
}

export interface Substitution {
  readonly m: MText;
  readonly changed: boolean;
  /** Lines 2.. of a multi-line definition used at the end of the line, to be read next. */
  readonly moreLines?: string[];
  readonly moreSpan?: Span;
  readonly uses: VariableUse[];
  /** Why substitution stopped early, if it did. */
  readonly problem?: 'too-long' | 'runaway';
}

/** Replace every defined `$NAME` in the line, rescanning replaced text (replace_param). */
export function substitute(m: MText, defs: ReadonlyMap<string, Definition>): Substitution {
  let pos = m.text.indexOf('$');
  let changed = false;
  let count = 0;
  const uses: VariableUse[] = [];
  let moreLines: string[] | undefined;
  let moreSpan: Span | undefined;
  while (pos >= 0 && pos + 1 < m.text.length) {
    const use = matchUse(m.text, pos + 1, defs);
    if (!use) {
      pos = m.text.indexOf('$', pos + 1);
      continue;
    }
    const def = use.definition;
    let value = def.builtin ? def.builtin(use.params) : def.value;
    if (def.multiline) {
      const [first = '', ...more] = value.split('\n');
      value = first;
      const o = origin(m, pos, use.end);
      moreSpan = { file: o.file, start: o.start, end: o.end };
      moreLines = more.concat(moreLines ?? []);
    }
    const o = origin(m, pos, use.end);
    uses.push({
      name: use.name,
      span: { file: o.file, start: o.start, end: o.end },
      definition: def,
      expansion: value,
      ...(use.params.length > 0 ? { params: use.params } : {}),
    });
    m = replaceRange(m, pos, use.end, value);
    changed = true;
    if (m.text.length > MAX_LINE) return { m, changed, moreLines, moreSpan, uses, problem: 'too-long' };
    if (++count > MAX_SUBSTITUTIONS) return { m, changed, moreLines, moreSpan, uses, problem: 'runaway' };
    if (/^[ \t]*~/.test(value)) break;
    pos = m.text.indexOf('$', pos);
  }
  return { m, changed, moreLines, moreSpan, uses };
}

/** The pre-defined names keepalived provides (set_std_definitions). */
/** `${_ENV NAME}` (keepalived 2.3+): the environment keepalived runs in, unknown here, so empty. */
const ENV_DEFINITION: Definition = { name: '_ENV', value: '', multiline: false, builtin: () => '' };

/** The names of the parameters keepalived defines itself. */
export const BUILTIN_PARAMETERS: readonly string[] = [...builtinDefinitions({ dir: () => '' }).map((d) => d.name), ENV_DEFINITION.name];

export function builtinDefinitions(opts: { dir: () => string; configId?: string }): Definition[] {
  const fixed = (name: string, value: () => string, maxParams = 0): Definition => ({
    name,
    value: '',
    multiline: false,
    builtin: () => value(),
    maxParams,
  });
  return [
    fixed('_PWD', opts.dir),
    // With no config id keepalived uses the host name, which we cannot know: a neutral placeholder.
    fixed('_INSTANCE', () => opts.configId ?? 'hostname'),
    // Random values cannot be predicted: use the lower bound, which every check accepts.
    { name: '_RANDOM', value: '', multiline: false, maxParams: 2, builtin: (p) => String(p.length > 0 ? p[0] : 0) },
    fixed('_HASH', () => '#'),
    fixed('_BANG', () => '!'),
  ];
}
