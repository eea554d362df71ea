/**
 * keepalived's decomment() (lib/parser.c): remove leading blanks, cut the line at the first
 * `#` or `!` outside double quotes (also in the middle of a word), turn `\#` and `\!` into
 * `#` and `!`, remove trailing blanks, and note a trailing `\` (continuation of a
 * multi-line `$NAME=` definition).
 */
import { concat, slice, type MText } from './mtext';

export interface Decommented {
  readonly m: MText;
  /** The line ended in `\`, kept as the last character of `m`. */
  readonly cont: boolean;
  /** Index of a double quote left open (keepalived reports "Unterminated quote"), or -1. */
  readonly openQuoteAt: number;
  /** Index in the input text where a comment starts, if any. */
  readonly commentAt: number;
}

export function decomment(line: MText): Decommented {
  const t = line.text;
  let i = 0;
  while (i < t.length && (t[i] === ' ' || t[i] === '\t')) i++;
  const lead = i;
  let quote = false;
  let quoteAt = -1;
  let skip = -1;
  let cont = false;
  let contAt = -1;
  const escapes: number[] = []; // indexes of backslashes removed before # or !
  for (; i < t.length; i++) {
    const c = t.charCodeAt(i);
    // fast path: nothing interesting
    if (c !== 0x22 && c !== 0x5c && c !== 0x23 && c !== 0x21) continue;
    if (c === 0x22) {
      if (skip < 0) {
        quote = !quote;
        quoteAt = i;
      }
      continue;
    }
    if (c === 0x5c) {
      if (i + 1 < t.length) {
        const n = t[i + 1];
        if (!quote && (n === '#' || n === '!')) {
          if (skip < 0) escapes.push(i);
        }
        i++;
        continue;
      }
      cont = true;
      contAt = i;
      break;
    }
    if (!quote && skip < 0) skip = i;
  }
  let end = skip >= 0 ? skip : contAt >= 0 ? contAt : t.length;
  while (end > lead && (t[end - 1] === ' ' || t[end - 1] === '\t')) end--;
  let m: MText;
  if (escapes.length === 0) {
    m = slice(line, lead, end);
  } else {
    const parts: MText[] = [];
    let from = lead;
    for (const e of escapes) {
      if (e >= end) break;
      parts.push(slice(line, from, e));
      from = e + 1;
    }
    parts.push(slice(line, from, end));
    m = concat(parts);
  }
  if (cont) m = concat([m, slice(line, contAt, contAt + 1)]);
  return { m, cont, openQuoteAt: quote ? quoteAt : -1, commentAt: skip };
}
