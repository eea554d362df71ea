/** Small helpers shared by rule files (rules never import each other). */
import { block } from '../catalogue/index';
import type { Span } from '../issue';
import type { Statement, Word } from '../syntax/ast';

/** Span covering words a..b (same file), or a alone. */
export function spanOfWords(a: Word, b: Word = a): Span {
  return a.span.file === b.span.file ? { file: a.span.file, start: a.span.start, end: Math.max(a.span.end, b.span.end) } : a.span;
}

/** What a user calls the block a statement sits in. */
export function blockTitle(blockId: string): string {
  if (blockId === 'root') return 'the top level';
  const b = block(blockId);
  return b ? `${blockId} { }` : blockId;
}

/** `'kw' in block-name` for messages. */
export function describeStatement(s: Statement): string {
  return `'${s.keyword.value}'`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
