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

/** The positions decomment() works out for a line, without building any text. */
export interface CommentScan {
  /** Index of the first character after leading blanks. */
  lead: number;
  /** End of the kept text (comment, continuation and trailing blanks removed). */
  end: number;
  cont: boolean;
  /** Index of the trailing `\`, or -1. */
  contAt: number;
  openQuoteAt: number;
  commentAt: number;
  /** Indexes of backslashes removed before `#` or `!` (undefined: none). */
  escapes: number[] | undefined;
}

/**
 * The scan behind decomment(), writing into `out` (the reader reuses one object per line, so
 * plain lines cost no allocation here).
 */
export function scanComment(t: string, out: CommentScan): CommentScan {
  let i = 0;
  while (i < t.length && (t.charCodeAt(i) === 32 || t.charCodeAt(i) === 9)) i++;
  const lead = i;
  let quote = false;
  let quoteAt = -1;
  let skip = -1;
  let cont = false;
  let contAt = -1;
  let escapes: number[] | undefined;
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
        const n = t.charCodeAt(i + 1);
        if (!quote && (n === 0x23 || n === 0x21)) {
          if (skip < 0) (escapes ??= []).push(i);
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
  while (end > lead && (t.charCodeAt(end - 1) === 32 || t.charCodeAt(end - 1) === 9)) end--;
  out.lead = lead;
  out.end = end;
  out.cont = cont;
  out.contAt = contAt;
  out.openQuoteAt = quote ? quoteAt : -1;
  out.commentAt = skip;
  out.escapes = escapes;
  return out;
}

export function newCommentScan(): CommentScan {
  return { lead: 0, end: 0, cont: false, contAt: -1, openQuoteAt: -1, commentAt: -1, escapes: undefined };
}

export function decomment(line: MText): Decommented {
  const s = scanComment(line.text, newCommentScan());
  const { lead, end, cont, contAt, escapes } = s;
  let m: MText;
  if (!escapes) {
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
  return { m, cont, openQuoteAt: s.openQuoteAt, commentAt: s.commentAt };
}
