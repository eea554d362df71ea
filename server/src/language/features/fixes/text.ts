/**
 * Text helpers for fixes: where a statement's lines start and end, its indentation, and edits
 * that delete, insert or move whole statements while keeping the file's own style (indent unit,
 * line ending). Only statements read directly from a file are edited: text that came from a
 * `$NAME` or `~SEQ` expansion has no single place to change.
 */
import type { ConfigModel } from '../../analysis/model';
import type { Span } from '../../issue';
import { fullSpan, walk, type Statement, type Word } from '../../syntax/ast';
import type { SourceFile } from '../../syntax/source';
import type { TextEdit } from './types';

export function fileOf(model: ConfigModel, path: string): SourceFile | undefined {
  return model.parsed.files.get(path);
}

export function textOf(model: ConfigModel, span: Span): string {
  return fileOf(model, span.file)?.text.slice(span.start, span.end) ?? '';
}

/** The line ending the file uses (its first one), `\n` by default. */
export function eolOf(file: SourceFile): string {
  const i = file.text.indexOf('\n');
  return i > 0 && file.text[i - 1] === '\r' ? '\r\n' : '\n';
}

/** One level of indentation as the file writes it: a tab, or the smallest run of spaces; 4 spaces by default. */
export function indentUnit(file: SourceFile): string {
  let best: string | undefined;
  for (const m of file.text.matchAll(/^([ \t]+)\S/gm)) {
    const ws = m[1]!; // the group is not optional
    if (ws.startsWith('\t')) return '\t';
    if (!best || ws.length < best.length) best = ws;
  }
  return best && best.length <= 8 ? best : '    ';
}

export function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** Offset of the end of the line holding `offset` (before its `\r\n` / `\n`). */
export function lineEnd(text: string, offset: number): number {
  let e = text.indexOf('\n', offset);
  if (e < 0) e = text.length;
  if (e > 0 && text[e - 1] === '\r') e--;
  return e;
}

/** The offset just after the line break ending the line of `offset` (or the end of the text). */
function afterLineBreak(text: string, offset: number): number {
  const e = text.indexOf('\n', offset);
  return e < 0 ? text.length : e + 1;
}

/** Leading blanks of the line holding `offset`. */
export function indentAt(text: string, offset: number): string {
  const s = lineStart(text, offset);
  return /^[ \t]*/.exec(text.slice(s))![0];
}

/** Only blanks between the start of its line and `offset`. */
export function startsLine(text: string, offset: number): boolean {
  return /^[ \t]*$/.test(text.slice(lineStart(text, offset), offset));
}

/** Only blanks or a comment between `offset` and the end of its line. */
export function endsLine(text: string, offset: number): boolean {
  return /^[ \t]*([#!].*)?$/.test(text.slice(offset, lineEnd(text, offset)));
}

/** Every word of a statement (and of its body) was read from a file as written. */
export function isLiteral(s: Statement): boolean {
  for (const x of walk([s])) {
    if (x.keyword.synthetic || x.args.some((w) => w.synthetic)) return false;
  }
  return true;
}

export function isLiteralWord(w: Word | undefined): w is Word {
  return w !== undefined && !w.synthetic;
}

/**
 * The text of a statement from its keyword to its closing brace, when all of it sits in one
 * file, was written literally and does not start after an `@id` prefix (moving it would drop
 * the condition).
 */
export function statementExtent(model: ConfigModel, s: Statement): Span | undefined {
  const file = fileOf(model, s.span.file);
  if (!file || !isLiteral(s)) return undefined;
  if (s.body && (!s.body.close || s.body.close.span.file !== s.span.file)) return undefined;
  for (const x of walk([s])) if (x.span.file !== s.span.file) return undefined;
  if (!startsLine(file.text, s.span.start)) return undefined;
  return fullSpan(s);
}

/**
 * Delete a statement: its whole lines when it stands alone on them (with an `@id` prefix, a
 * trailing comment), otherwise just its words.
 */
export function deleteStatement(model: ConfigModel, s: Statement): TextEdit | undefined {
  const file = fileOf(model, s.span.file);
  if (!file || !isLiteral(s)) return undefined;
  if (s.body && (!s.body.close || s.body.close.span.file !== s.span.file)) return undefined;
  const span = fullSpan(s);
  return deleteSpanLines(file, span);
}

/** Delete `span`, widened to whole lines when nothing else is on them. */
export function deleteSpanLines(file: SourceFile, span: Span): TextEdit {
  const text = file.text;
  const before = text.slice(lineStart(text, span.start), span.start);
  if (/^[ \t]*(@\^?\S*[ \t]+)?$/.test(before) && endsLine(text, span.end)) {
    return { span: { file: span.file, start: lineStart(text, span.start), end: afterLineBreak(text, span.end) }, newText: '' };
  }
  let start = span.start;
  while (start > 0 && (text[start - 1] === ' ' || text[start - 1] === '\t')) start--;
  if (start === lineStart(text, span.start)) start = span.start;
  return { span: { file: span.file, start, end: span.end }, newText: '' };
}

/** Replace a word's text (keeping or adding quotes as needed). */
export function replaceWord(w: Word, value: string): TextEdit {
  return { span: w.span, newText: quoteIfNeeded(value, w.quoted) };
}

/** A value as keepalived must read it back: quoted when it holds blanks or comment characters. */
export function quoteIfNeeded(value: string, quoted = false): string {
  return quoted || /[\s#!{}]/.test(value) || value === '' ? `"${value}"` : value;
}

/** Re-indent a block of text whose first line was at `from` so that it sits at `to`. */
export function reindent(text: string, from: string, to: string, eol: string): string {
  return text
    .split(/\r?\n/)
    .map((l, i) => {
      if (i === 0) return to + l;
      if (l.trim() === '') return '';
      return to + (l.startsWith(from) ? l.slice(from.length) : l.replace(/^[ \t]*/, ''));
    })
    .join(eol);
}

/** The indentation used for lines inside a statement's body. */
export function childIndent(model: ConfigModel, owner: Statement): string {
  const file = fileOf(model, owner.span.file)!;
  for (const c of owner.body?.statements ?? []) {
    if (c.span.file === owner.span.file && startsLine(file.text, c.span.start)) return indentAt(file.text, c.span.start);
  }
  return indentAt(file.text, owner.span.start) + indentUnit(file);
}

/**
 * Insert lines (without indentation; nested lines relative to the first) at the end of a
 * block, just before its `}`.
 */
export function insertIntoBody(model: ConfigModel, owner: Statement, lines: readonly string[]): TextEdit | undefined {
  const close = owner.body?.close;
  const file = fileOf(model, owner.span.file);
  if (!close || !file || close.span.file !== owner.span.file || close.synthetic) return undefined;
  const eol = eolOf(file);
  const indent = childIndent(model, owner);
  const body = lines.map((l) => (l === '' ? '' : indent + l)).join(eol);
  if (startsLine(file.text, close.span.start)) {
    const at = lineStart(file.text, close.span.start);
    return { span: { file: file.path, start: at, end: at }, newText: body + eol };
  }
  // `name { a b }` on one line: open the block up.
  return { span: { file: file.path, start: close.span.start, end: close.span.start }, newText: eol + body + eol + indentAt(file.text, owner.span.start) };
}

/** Insert lines (already indented) on new lines right after the line where `s` ends. */
export function insertAfterStatement(model: ConfigModel, s: Statement, text: string): TextEdit | undefined {
  const file = fileOf(model, s.span.file);
  if (!file) return undefined;
  const end = fullSpan(s).end;
  const eol = eolOf(file);
  const at = afterLineBreak(file.text, end);
  const needsBreak = at === file.text.length && !file.text.endsWith('\n');
  return { span: { file: file.path, start: at, end: at }, newText: (needsBreak ? eol : '') + text + eol };
}

/** Insert lines (already indented) on new lines right before the line where `s` starts. */
export function insertBeforeStatement(model: ConfigModel, s: Statement, text: string): TextEdit | undefined {
  const file = fileOf(model, s.span.file);
  if (!file) return undefined;
  const at = lineStart(file.text, s.span.start);
  return { span: { file: file.path, start: at, end: at }, newText: text + eolOf(file) };
}

/** The statement whose span (keyword and words) contains `span`, innermost first. */
export function statementAt(model: ConfigModel, span: Span, pred: (s: Statement) => boolean = () => true): Statement | undefined {
  let found: Statement | undefined;
  for (const s of walk(model.parsed.statements)) {
    if (s.span.file === span.file && s.span.start <= span.start && span.end <= s.span.end && pred(s)) found = s;
  }
  return found;
}

/** The word of `s` (keyword or argument) exactly at `span`, or the one containing it. */
export function wordAt(s: Statement, span: Span): Word | undefined {
  const words = [s.keyword, ...s.args];
  return (
    words.find((w) => w.span.file === span.file && w.span.start === span.start && w.span.end === span.end) ??
    words.find((w) => w.span.file === span.file && w.span.start <= span.start && span.end <= w.span.end)
  );
}

/** The outermost statement holding `s` (a top-level block). */
export function topLevelOf(s: Statement): Statement {
  let t = s;
  while (t.parent) t = t.parent;
  return t;
}

/** The statements of the body `s` sits in (the top level for a top-level statement). */
export function siblingsOf(model: ConfigModel, s: Statement): readonly Statement[] {
  return s.parent?.body?.statements ?? model.parsed.statements;
}

/** Do any two edits of the list touch the same text (or insert at the same place)? */
export function overlaps(a: readonly TextEdit[], b: readonly TextEdit[]): boolean {
  for (const x of a) {
    for (const y of b) {
      if (x.span.file !== y.span.file) continue;
      if (x.span.start < y.span.end && y.span.start < x.span.end) return true;
      if (x.span.start === y.span.start || x.span.end === y.span.end) return true;
      if (
        (x.span.start === x.span.end && x.span.start > y.span.start && x.span.start < y.span.end) ||
        (y.span.start === y.span.end && y.span.start > x.span.start && y.span.start < x.span.end)
      )
        return true;
    }
  }
  return false;
}

/** Apply edits to one file's text (tests, previews): edits must not overlap. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  // Last first; inserts at the same place keep their order in the list (as in LSP).
  const sorted = edits.map((e, i) => ({ e, i })).sort((a, b) => b.e.span.start - a.e.span.start || b.e.span.end - a.e.span.end || b.i - a.i);
  let out = text;
  for (const { e } of sorted) out = out.slice(0, e.span.start) + e.newText + out.slice(e.span.end);
  return out;
}
