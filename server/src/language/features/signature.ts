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

/** Each argument's place in the syntax line (`<name>`), in order; undefined when the line does not name them all. */
function parameterLabels(label: string, args: readonly ArgSpec[]): [number, number][] | undefined {
  const out: [number, number][] = [];
  let from = label.indexOf(' ') + 1;
  for (const a of args) {
    const at = label.indexOf(`<${a.name}>`, from);
    if (at < 0) return undefined;
    out.push([at, at + a.name.length + 2]);
    from = at + a.name.length + 2;
  }
  return out;
}

/** The parameter of argument `i` (the last one when it repeats). */
function activeParameter(def: KeywordDef, i: number | undefined): number | undefined {
  const args = def.args ?? [];
  if (i === undefined || args.length === 0) return undefined;
  if (i < args.length) return i;
  return args[args.length - 1]!.repeat ? args.length - 1 : undefined;
}

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
    active: parameters.length > 0 ? activeParameter(def, argumentIndex(s, offset)) : undefined,
  };
}
