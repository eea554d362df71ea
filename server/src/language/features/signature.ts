/**
 * Signature help: while the arguments of a keyword are typed, its syntax from the catalogue with
 * the argument under the cursor marked (`virtual_server <ip> <port> { ... }`, the port when the
 * address is written). Keywords whose arguments are too irregular for a list (`freeform`) and the
 * lines of value blocks (`virtual_ipaddress`, `track_script`...) show their syntax line without a
 * marked argument; unknown keywords get none.
 */
import { syntaxOf } from '../catalogue/syntax';
import type { ArgSpec, KeywordDef } from '../catalogue/types';
import type { Statement } from '../syntax/ast';
import { walk } from '../syntax/ast';
import { argSummary, valueLineSyntax } from './describe';
import type { FeatureContext } from './locate';

export interface SignatureParameter {
  /** Where the argument is in `label`: [start, end). */
  readonly label: readonly [number, number];
  readonly documentation: string;
}

export interface Signature {
  readonly label: string;
  readonly documentation: string;
  readonly parameters: readonly SignatureParameter[];
  /** The argument the cursor is on or about to write; undefined past the last one (or freeform). */
  readonly active: number | undefined;
}

/** The statement whose line the cursor is on, at or after its keyword (only blanks between its last word and the cursor). */
function statementOnLine(ctx: FeatureContext, offset: number): Statement | undefined {
  const text = ctx.model.parsed.files.get(ctx.file)?.text;
  if (text === undefined) return undefined;
  let best: Statement | undefined;
  for (const s of walk(ctx.model.parsed.statements)) {
    if (s.span.file !== ctx.file || s.span.start > offset) continue;
    const last = s.args.length > 0 ? s.args[s.args.length - 1]! : s.keyword;
    if (last.span.file !== ctx.file) continue;
    const end = Math.max(s.span.end, last.span.end);
    // the cursor is inside the statement's words, or after them on the same line with only blanks between
    if (offset > end && !/^[ \t]*$/.test(text.slice(end, offset))) continue;
    if (!best || s.span.start > best.span.start) best = s;
  }
  return best;
}

/** Which argument the cursor is on: the word it touches, else the number of words before it. */
function argumentIndex(s: Statement, offset: number): number | undefined {
  if (offset <= s.keyword.span.end) return undefined;
  let before = 0;
  for (const [i, w] of s.args.entries()) {
    if (w.span.start <= offset && offset <= w.span.end) return i;
    if (w.span.end < offset) before = i + 1;
  }
  return before;
}

/**
 * Each argument's place in the syntax line: where the line names it (`<name>`), in order; in a
 * syntax line written out without the names (`lb_kind NAT|DR|TUN [type ipip|gue|gre] ...`), the
 * line's groups after the keyword in order (a word, a quoted or bracketed group), the last
 * argument taking what is left. Undefined when there is nothing to mark.
 */
function parameterLabels(label: string, args: readonly ArgSpec[]): [number, number][] | undefined {
  const out: [number, number][] = [];
  let from = label.indexOf(' ') + 1;
  for (const a of args) {
    const at = label.indexOf(`<${a.name}>`, from);
    if (at < 0) return from > 0 && args.length > 0 ? groupLabels(label, from, args.length) : undefined;
    out.push([at, at + a.name.length + 2]);
    from = at + a.name.length + 2;
  }
  return out;
}

/** `count` places after `from`: one group each, the last one to the end of the line (before a block's ` { ... }`). */
function groupLabels(label: string, from: number, count: number): [number, number][] | undefined {
  const block = label.indexOf(' { ... }', from);
  const end = block >= 0 ? block : label.length;
  const groups: [number, number][] = [];
  let depth = 0;
  let quoted = false;
  let start = from;
  for (let i = from; i <= end; i++) {
    const c = label[i];
    if (i === end || (c === ' ' && depth === 0 && !quoted)) {
      if (i > start) groups.push([start, i]);
      start = i + 1;
    } else if (c === '"') quoted = !quoted;
    else if (c === '[' || c === '<') depth++;
    else if ((c === ']' || c === '>') && depth > 0) depth--;
  }
  if (groups.length === 0) return undefined;
  const out = groups.slice(0, count);
  // the last argument takes the groups left over
  if (groups.length > count) out[count - 1] = [out[count - 1]![0], groups[groups.length - 1]![1]];
  return out;
}

/** The parameter of argument `i` (the last one when it repeats). */
function activeParameter(def: KeywordDef, i: number | undefined): number | undefined {
  const args = def.args ?? [];
  if (i === undefined || args.length === 0) return undefined;
  if (i < args.length) return i;
  return args[args.length - 1]!.repeat ? args.length - 1 : undefined;
}

/** The active parameter when the syntax line has a place for it. */
const markable = (i: number | undefined, places: number) => (i !== undefined && i < places ? i : undefined);

export function signatureAt(ctx: FeatureContext, offset: number): Signature | undefined {
  const s = statementOnLine(ctx, offset);
  if (s?.isValue) {
    const line = valueLineSyntax(s.blockId);
    return line && { label: line.syntax, documentation: line.what, parameters: [], active: undefined };
  }
  const def = s?.def;
  if (!s || !def) return undefined;
  // a keyword without arguments has nothing to help with
  if (!def.freeform && (def.args ?? []).length === 0) return undefined;
  const label = syntaxOf(def);
  const labels = def.freeform ? undefined : parameterLabels(label, def.args ?? []);
  const parameters = labels ? labels.map((l, i) => ({ label: l, documentation: `${def.args![i]!.name}: ${argSummary(def.args![i]!)}` })) : [];
  return {
    label,
    documentation: def.summary,
    parameters,
    active: markable(activeParameter(def, argumentIndex(s, offset)), parameters.length),
  };
}
