/**
 * Brace fixes. An extra `}` closes nothing and keepalived's parser ignores it: removing it
 * changes nothing — unless a `{` that keepalived ignored came before it, because the processes
 * that skip blocks by counting braces count that one too, and the extra `}` is what stops their
 * skip (removing it would hide every block after it). Then the `{` is the mistake, not the `}`. A missing `}` is added where the indentation says the block ends (before the first
 * later line indented no deeper than the block's keyword), or at the end of the file — which is
 * where keepalived closes it anyway.
 */
import type { Span } from '../../issue';
import { walk, type Statement } from '../../syntax/ast';
import { deleteSpanLines, eolOf, fileOf, indentAt, lineStart, startsLine } from './text';
import type { FixContext, FixProvider, TextEdit } from './types';
import { SyntaxCode } from '../../syntax/codes';

export const extraCloseBraceFix: FixProvider = {
  codes: [SyntaxCode.extraCloseBrace],
  fixAll: true,
  safe: true,
  fixes(ctx, issue) {
    const file = fileOf(ctx.model, issue.span.file);
    if (!file || file.text.slice(issue.span.start, issue.span.end) !== '}') return [];
    if (
      ctx.model.parsed.syntaxIssues.some(
        (i) => i.code === SyntaxCode.unexpectedOpenBrace && (i.span.file !== issue.span.file || i.span.start < issue.span.start),
      )
    )
      return [];
    return [{ title: "Remove the extra '}' (it closes nothing)", code: issue.code, edits: [deleteSpanLines(file, issue.span)], isPreferred: true }];
  },
};

/** Blocks never closed, innermost first. */
function unclosed(ctx: FixContext): Statement[] {
  const out: Statement[] = [];
  for (const s of walk(ctx.model.parsed.statements)) if (s.body && !s.body.close && s.body.open) out.push(s);
  return out.reverse();
}

const sameSpan = (a: Span, b: Span) => a.file === b.file && a.start === b.start && a.end === b.end;

/** A block closed by a `}` indented less than its keyword: that `}` probably belongs to an outer block. */
function closedTooEarly(ctx: FixContext, s: Statement): boolean {
  const close = s.body?.close;
  const file = fileOf(ctx.model, s.span.file);
  if (!close || !file || close.span.file !== s.span.file || !startsLine(file.text, s.span.start) || !startsLine(file.text, close.span.start)) return false;
  return indentAt(file.text, close.span.start).length < indentAt(file.text, s.span.start).length;
}

/** Where the missing `}` of `s` goes, with the text to insert there. */
function closeEdit(ctx: FixContext, s: Statement): TextEdit | undefined {
  const file = fileOf(ctx.model, s.span.file);
  if (!file || s.keyword.synthetic || !startsLine(file.text, s.span.start)) return undefined;
  const text = file.text;
  const eol = eolOf(file);
  const indent = indentAt(text, s.span.start);
  const inside = [...walk(s.body!.statements)].filter((d) => d.span.file === file.path && startsLine(text, d.span.start));
  // The indentation must show nesting: the first line inside is deeper than the keyword.
  const first = inside[0];
  if (first && indentAt(text, first.span.start).length > indent.length) {
    const out = inside.find((d) => indentAt(text, d.span.start).length <= indent.length);
    if (out) {
      const at = lineStart(text, out.span.start);
      return { span: { file: file.path, start: at, end: at }, newText: `${indent}}${eol}` };
    }
  }
  const close = s.body?.close;
  if (close) {
    // closed too early: the `}` there is the outer block's; this one's goes just before it
    const at = lineStart(text, close.span.start);
    return { span: { file: file.path, start: at, end: at }, newText: `${indent}}${eol}` };
  }
  const end = text.length;
  return { span: { file: file.path, start: end, end }, newText: `${text.endsWith('\n') || end === 0 ? '' : eol}${indent}}${eol}` };
}

/**
 * The block whose `}` is really missing for the unclosed block `u`: a block inside it closed by
 * a `}` indented like an outer one (that `}` then closed the inner block instead), else `u`.
 */
function culprit(ctx: FixContext, u: Statement, used: Set<Statement>): Statement {
  for (const d of walk(u.body!.statements)) if (!used.has(d) && closedTooEarly(ctx, d)) return d;
  return u;
}

export const missingCloseBraceFix: FixProvider = {
  codes: [SyntaxCode.missingCloseBrace],
  safe: 'some',
  safeWhen: "the missing '}' go at the end of the file, where keepalived closes the blocks anyway",
  fixes(ctx, issue) {
    const open = unclosed(ctx);
    // The issue at an opening brace is about that block; the one at the end of the file about all of them.
    const one = open.find((s) => sameSpan(s.body!.open!.span, issue.span) || sameSpan(s.span, issue.span));
    const blocks = one ? [one] : issue.span.start === issue.span.end ? open : [];
    const used = new Set<Statement>();
    const targets = blocks.map((u) => {
      const t = culprit(ctx, u, used);
      used.add(t);
      return t;
    });
    const edits: TextEdit[] = [];
    for (const s of targets) {
      const e = closeEdit(ctx, s);
      if (!e) return [];
      // several '}' at the same place: one insertion, innermost first
      const same = edits.find((x) => sameSpan(x.span, e.span));
      if (same) edits[edits.indexOf(same)] = { span: same.span, newText: same.newText + e.newText.replace(/^\r?\n/, '') };
      else edits.push(e);
    }
    if (edits.length === 0) return [];
    const [first] = targets;
    const title = first && targets.length === 1 ? `Add the missing '}' of '${first.keyword.value}'` : `Add the ${targets.length} missing '}'`;
    const atEnd = edits.every((e) => e.span.start === fileOf(ctx.model, e.span.file)?.text.length);
    return [{ title, code: issue.code, edits, isPreferred: true, safe: atEnd }];
  },
};
