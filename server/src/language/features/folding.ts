/**
 * Folding ranges (every `{ ... }` pair keepalived splits at, runs of comment lines, multi-line
 * `$NAME=` definitions) from the raw lines of one file, and selection ranges (word, statement,
 * block, enclosing blocks) from the AST.
 */
import type { Span } from '../issue';
import { fullSpan, type Statement } from '../syntax/ast';
import { scanLines } from './lines';
import { wordAt, type FeatureContext } from './locate';

export interface FoldingRangeResult {
  /** 0-based line numbers. */
  readonly startLine: number;
  readonly endLine: number;
  readonly kind?: 'comment' | 'region';
}

export function foldingRanges(text: string): FoldingRangeResult[] {
  const lines = scanLines(text);
  const out: FoldingRangeResult[] = [];
  const stack: number[] = [];
  let lastCode = -1;
  for (const l of lines) {
    for (const b of l.braces) {
      if (b.open) {
        // Allman style: a line holding only `{` folds from the line before it
        const alone = l.text.trim() === '{' && lastCode >= 0 ? lastCode : l.index;
        stack.push(alone);
      } else if (stack.length > 0) {
        const start = stack.pop()!;
        const closesFirst = b.at === l.lead;
        const end = closesFirst ? l.index - 1 : l.index;
        if (end > start) out.push({ startLine: start, endLine: end });
      }
    }
    if (l.kind !== 'blank' && l.kind !== 'comment') lastCode = l.index;
  }
  // comment runs
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]?.kind !== 'comment') continue;
    let j = i;
    while (lines[j + 1]?.kind === 'comment') j++;
    if (j > i) out.push({ startLine: i, endLine: j, kind: 'comment' });
    i = j;
  }
  // multi-line definitions
  lines.forEach((l, i) => {
    if (l.kind !== 'definition' || !l.continues) return;
    let j = i;
    while (lines[j + 1]?.kind === 'continuation') j++;
    if (j > i) out.push({ startLine: i, endLine: j, kind: 'region' });
  });
  out.sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
  return out;
}

/** From the word at `offset` outwards: word, statement line, statement with its block, enclosing blocks. */
export function selectionRanges(ctx: FeatureContext, offset: number): Span[] {
  const hit = wordAt(ctx.model.parsed, ctx.file, offset);
  if (!hit) return [];
  const out: Span[] = [hit.word.span];
  const push = (s: Span) => {
    const last = out[out.length - 1]!; // out starts with the word's span
    if (s.file !== ctx.file || s.start > last.start || s.end < last.end) return;
    if (s.start === last.start && s.end === last.end) return;
    out.push(s);
  };
  for (let s: Statement | undefined = hit.stmt; s; s = s.parent) {
    push(s.span);
    push(fullSpan(s));
  }
  return out;
}
