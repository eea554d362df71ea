/**
 * Splitting a logical line into words, as keepalived's alloc_strvec() does: words are
 * separated by blanks; a word starting with `"` runs to the next `"` (quotes removed);
 * an unquoted word also ends at a `"`.
 */
import type { Span } from '../issue';
import { origin, type MText } from './mtext';

export interface RawWord {
  readonly value: string;
  readonly quoted: boolean;
  readonly file: string;
  readonly start: number;
  readonly end: number;
  readonly synthetic: boolean;
}

export interface Words {
  readonly words: RawWord[];
  /** Where an unmatched `"` starts (keepalived drops the rest of the line); only reported here for expanded text. */
  readonly unmatchedQuote?: Span;
}

export const isBlank = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 11;

/** Called for each word of [from, to): its text range and whether it was quoted (quotes excluded from the range). */
export type WordVisitor = (start: number, end: number, quoted: boolean) => void;

/** Where nextWord() found a word: [start, end) without quotes, and where the scan goes on. */
export interface WordCursor {
  start: number;
  end: number;
  quoted: boolean;
  next: number;
  /** Where an unmatched `"` starts when nextWord() returned false there, else -1. */
  unmatched: number;
}

export const wordCursor = (): WordCursor => ({ start: 0, end: 0, quoted: false, next: 0, unmatched: -1 });

/**
 * The next word of t[i, to) by keepalived's alloc_strvec() rules, into `cur` (no allocation):
 * false when no word is left, or at an unmatched `"` (keepalived drops the rest of the line).
 */
export function nextWord(t: string, i: number, to: number, cur: WordCursor): boolean {
  cur.unmatched = -1;
  while (i < to && isBlank(t.charCodeAt(i))) i++;
  if (i >= to) return false;
  if (t.charCodeAt(i) === 34) {
    const q = t.indexOf('"', i + 1);
    if (q < 0 || q >= to) {
      cur.unmatched = i;
      return false;
    }
    cur.start = i + 1;
    cur.end = q;
    cur.quoted = true;
    cur.next = q + 1;
    return true;
  }
  const s = i;
  while (i < to) {
    const c = t.charCodeAt(i);
    if (isBlank(c) || c === 34) break;
    i++;
  }
  cur.start = s;
  cur.end = i;
  cur.quoted = false;
  cur.next = i;
  return true;
}

/**
 * keepalived's alloc_strvec() over t[from, to): calls `visit` per word. Returns the index of an
 * unmatched `"` (the rest of the line is dropped, as keepalived does), or -1.
 */
export function scanWords(t: string, from: number, to: number, visit: WordVisitor): number {
  const cur = wordCursor();
  for (let i = from; nextWord(t, i, to, cur); i = cur.next) visit(cur.start, cur.end, cur.quoted);
  return cur.unmatched;
}

/** The words of a mapped (possibly expanded) line, each with its original span. */
export function splitWords(m: MText): Words {
  const t = m.text;
  const words: RawWord[] = [];
  const unmatched = scanWords(t, 0, t.length, (a, b, quoted) => {
    // a quoted word's span covers its quotes
    const o = quoted ? origin(m, a - 1, b + 1) : origin(m, a, b);
    words.push({ value: t.slice(a, b), quoted, file: o.file, start: o.start, end: o.end, synthetic: o.synthetic });
  });
  if (unmatched < 0) return { words };
  const o = origin(m, unmatched, t.length);
  return { words, unmatchedQuote: o.synthetic ? { file: o.file, start: o.start, end: o.end } : undefined };
}
