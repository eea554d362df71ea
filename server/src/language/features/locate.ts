/**
 * Finding things at an offset of one file of a parsed configuration: the word, the statement,
 * the block the cursor is in, the `$NAME` / `@id` / `~SEQ` / include constructs of the reader.
 */
import type { ConfigModel, VrrpInstance } from '../analysis/model';
import type { Span } from '../issue';
import type { Body, Statement, Word } from '../syntax/ast';
import { walk } from '../syntax/ast';
import type { ParsedConfig } from '../syntax/index';

/** What every feature gets: the analysed configuration and the file the request is about. */
export interface FeatureContext {
  readonly model: ConfigModel;
  /** Path of the file, as the parse names it (a key of `model.parsed.files`). */
  readonly file: string;
}

export const contains = (s: Span, file: string, offset: number): boolean => s.file === file && s.start <= offset && offset <= s.end;
export const strictlyContains = (s: Span, file: string, offset: number): boolean => s.file === file && s.start <= offset && offset < s.end;

export interface WordHit {
  readonly stmt: Statement;
  readonly word: Word;
  /** 0: the keyword (or the first word of a value line); n: argument n-1. */
  readonly index: number;
}

/** Statements whose own words (keyword and arguments) lie in `file`. */
export function statementsIn(parsed: ParsedConfig, file: string): Statement[] {
  const out: Statement[] = [];
  for (const s of walk(parsed.statements)) if (s.span.file === file) out.push(s);
  return out;
}

/** The word at `offset` (a word ending at the offset counts, so a cursor right after a word finds it). */
export function wordAt(parsed: ParsedConfig, file: string, offset: number): WordHit | undefined {
  let touching: WordHit | undefined;
  for (const s of walk(parsed.statements)) {
    if (s.span.file !== file && !s.args.some((a) => a.span.file === file)) continue;
    if (s.span.file === file && (offset < s.span.start || offset > s.span.end)) continue;
    const words = [s.keyword, ...s.args];
    for (const [i, w] of words.entries()) {
      if (w.span.file !== file) continue;
      if (w.span.start <= offset && offset < w.span.end) return { stmt: s, word: w, index: i };
      if (offset === w.span.end && !touching) touching = { stmt: s, word: w, index: i };
    }
  }
  return touching;
}

export interface BlockAt {
  /** The innermost body containing the offset; undefined at the top level. */
  readonly body: Body | undefined;
  readonly owner: Statement | undefined;
}

/** The innermost `{ ... }` body of the AST around `offset` (an unclosed body runs to the end of the file). */
export function blockAt(parsed: ParsedConfig, file: string, offset: number): BlockAt {
  let best: BlockAt = { body: undefined, owner: undefined };
  let bestStart = -1;
  for (const s of walk(parsed.statements)) {
    const b = s.body;
    if (!b?.open || b.open.span.file !== file) continue;
    const start = b.open.span.end;
    const end = b.close && b.close.span.file === file ? b.close.span.start : Number.MAX_SAFE_INTEGER;
    if (offset >= start && offset <= end && start > bestStart) {
      best = { body: b, owner: s };
      bestStart = start;
    }
  }
  return best;
}

/** The vrrp_instance a statement is in (or is). */
export function enclosingInstance(model: ConfigModel, stmt: Statement | undefined): VrrpInstance | undefined {
  let s = stmt;
  while (s && !(s.blockId === 'root' && s.keyword.value === 'vrrp_instance')) s = s.parent;
  if (!s) return undefined;
  return model.instances.find((i) => i.stmt === s);
}

/** The statement chain from the top level down to `s`. */
export function ancestors(s: Statement): Statement[] {
  const out: Statement[] = [];
  for (let p: Statement | undefined = s; p; p = p.parent) out.unshift(p);
  return out;
}

/** The source text of a span (empty when the file is unknown). */
export function textOf(parsed: ParsedConfig, span: Span): string {
  return parsed.files.get(span.file)?.text.slice(span.start, span.end) ?? '';
}

/** `L:C` (1-based) of a span, with the file's base name when it is not `relativeTo`. */
export function placeOf(parsed: ParsedConfig, span: Span, relativeTo?: string): string {
  const f = parsed.files.get(span.file);
  if (!f) return span.file;
  const p = f.positionAt(span.start);
  const name = span.file === relativeTo ? 'line' : `${span.file.slice(span.file.lastIndexOf('/') + 1)}, line`;
  return `${name} ${p.line + 1}`;
}

/** The span of the name itself inside a word as written (quotes excluded), when the source text is exactly the name. */
export function nameSpan(parsed: ParsedConfig, w: Word): Span | undefined {
  if (w.synthetic) return undefined;
  const raw = textOf(parsed, w.span);
  if (w.quoted && raw === `"${w.value}"`) return { file: w.span.file, start: w.span.start + 1, end: w.span.end - 1 };
  if (!w.quoted && raw === w.value) return w.span;
  return undefined;
}
