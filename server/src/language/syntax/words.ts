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

export function splitWords(m: MText): Words {
  const t = m.text;
  const words: RawWord[] = [];
  let i = 0;
  const n = t.length;
  while (i < n) {
    while (i < n && isBlank(t.charCodeAt(i))) i++;
    if (i >= n) break;
    if (t.charCodeAt(i) === 34) {
      const q = t.indexOf('"', i + 1);
      if (q < 0) {
        const o = origin(m, i, n);
        return { words, unmatchedQuote: o.synthetic ? { file: o.file, start: o.start, end: o.end } : undefined };
      }
      const o = origin(m, i, q + 1);
      words.push({ value: t.slice(i + 1, q), quoted: true, file: o.file, start: o.start, end: o.end, synthetic: o.synthetic });
      i = q + 1;
      continue;
    }
    const s = i;
    while (i < n) {
      const c = t.charCodeAt(i);
      if (isBlank(c) || c === 34) break;
      i++;
    }
    const o = origin(m, s, i);
    words.push({ value: t.slice(s, i), quoted: false, file: o.file, start: o.start, end: o.end, synthetic: o.synthetic });
  }
  return { words };
}
