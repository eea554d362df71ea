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

/**
 * keepalived's alloc_strvec() over t[from, to): calls `visit` per word. Returns the index of an
 * unmatched `"` (the rest of the line is dropped, as keepalived does), or -1.
 */
export function scanWords(t: string, from: number, to: number, visit: WordVisitor): number {
  let i = from;
  while (i < to) {
    while (i < to && isBlank(t.charCodeAt(i))) i++;
    if (i >= to) break;
    if (t.charCodeAt(i) === 34) {
      const q = t.indexOf('"', i + 1);
      if (q < 0 || q >= to) return i;
      visit(i + 1, q, true);
      i = q + 1;
      continue;
    }
    const s = i;
    while (i < to) {
      const c = t.charCodeAt(i);
      if (isBlank(c) || c === 34) break;
      i++;
    }
    visit(s, i, false);
  }
  return -1;
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
