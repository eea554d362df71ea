/**
 * Tokens from the lines the reader hands over (preprocess.ts): keepalived splits a line at the
 * first brace outside quotes and reads the rest as the next line, then splits it into words
 * (lib/parser.c read_line, alloc_strvec). The first word of a line is its Keyword, the others
 * Words; a brace is a token of its own.
 */
import { SyntaxCode } from './codes';
import { origin, plain, slice, trim, type MText } from './mtext';
import type { Preprocessed } from './preprocessed';
import { Keyword, LCurly, makeToken, RCurly, Word } from './tokens';
import { nextWord, splitWords, wordCursor } from './words';

/** A piece of a line that handleLine() treats specially (`@id`, `~SEQ`/`~LST`, `include`). */
function needsReader(t: string, at: number): boolean {
  const c = t.charCodeAt(at);
  return c === 0x40 || c === 0x7e || (c === 0x69 && t.startsWith('include', at));
}

/** Emits the tokens of one parse into `out`; the rest of a line after a brace goes back to the reader through `queue`. */
export class TokenEmitter {
  /** Where the last word of a plain line was found (reused for every word). */
  private readonly cursor = wordCursor();

  constructor(
    private readonly out: Pick<Preprocessed, 'tokens' | 'issues' | 'midWordComments'>,
    private readonly queue: (rest: MText) => void,
  ) {}

  /**
   * The common case without building mapped text: a file line with no `$`, `@id`, `~` or
   * `include` goes through handleLine() as splitBraces() alone, so split it at braces and into
   * words right here. A piece after a brace that needs the full reader (it starts with `@`,
   * `~` or `include`) is queued exactly as splitBraces() queues it. Returns false, having done
   * nothing, when the line itself needs the full reader.
   */
  plainLine(t: string, from: number, n: number, file: string, base: number): boolean {
    if (from >= n) return true;
    const dollar = t.indexOf('$', from);
    if (dollar >= 0 && dollar < n) return false;
    if (needsReader(t, from)) return false;
    const tokens = this.out.tokens;
    while (from < n) {
      const c0 = t.charCodeAt(from);
      if (c0 === 0x7b || c0 === 0x7d) {
        tokens.push(makeToken(c0 === 0x7b ? LCurly : RCurly, c0 === 0x7b ? '{' : '}', file, base + from, base + from + 1, false, false));
        from++;
        while (from < n && (t.charCodeAt(from) === 32 || t.charCodeAt(from) === 9)) from++;
        if (from < n && needsReader(t, from)) {
          this.queue(plain(t.slice(from, n), file, base + from));
          return true;
        }
        continue;
      }
      let i = from;
      for (; i < n; i++) {
        const c = t.charCodeAt(i);
        if (c === 0x22) {
          const q = t.indexOf('"', i + 1);
          if (q < 0 || q >= n) {
            i = n;
            break;
          }
          i = q;
        } else if (c === 0x7b || c === 0x7d) break;
      }
      this.plainWords(t, from, i, file, base);
      from = i;
    }
    return true;
  }

  /** emitLine(splitWords()) for text that maps one-to-one onto the file. */
  private plainWords(t: string, i: number, n: number, file: string, base: number): void {
    const tokens = this.out.tokens;
    const w = this.cursor;
    let type = Keyword;
    // unmatched quotes: the rest of the line is dropped (reported by the caller)
    for (; nextWord(t, i, n, w); i = w.next) {
      const q = w.quoted ? 1 : 0;
      tokens.push(makeToken(type, t.slice(w.start, w.end), file, base + w.start - q, base + w.end + q, w.quoted, false));
      type = Word;
    }
  }

  midWord(line: string, at: number, file: string, lineStart: number): void {
    const before = line[at - 1];
    const after = line[at + 1];
    if (before === ' ' || before === '\t' || before === '{' || before === '}' || before === '"') return;
    if (after === undefined || after === ' ' || after === '\t' || after === line[at]) return;
    let ws = line.slice(0, at).search(/[^ \t]*$/);
    if (ws < 0) ws = at;
    let end = line.slice(at).search(/[ \t]/);
    end = end < 0 ? line.length : at + end;
    this.out.midWordComments.push({ span: { file, start: lineStart + at, end: lineStart + end }, kept: line.slice(ws, at), dropped: line.slice(at, end) });
  }

  /** keepalived splits a line at the first brace outside quotes; the rest is read as the next line. */
  splitBraces(m: MText): void {
    const t = m.text;
    let i = 0;
    if (t[0] !== '{' && t[0] !== '}') {
      for (; i < t.length; i++) {
        const c = t[i];
        if (c === '"') {
          const q = t.indexOf('"', i + 1);
          if (q < 0) {
            i = t.length;
            break;
          }
          i = q;
        } else if (c === '{' || c === '}') break;
      }
    }
    if (i >= t.length) {
      this.emitLine(m);
      return;
    }
    if (i === 0) {
      const rest = trim(slice(m, 1));
      if (rest.text.length > 0) this.queue(rest);
      this.emitBrace(m);
      return;
    }
    this.queue(slice(m, i));
    this.emitLine(trim(slice(m, 0, i)));
  }

  private emitBrace(m: MText): void {
    const o = origin(m, 0, 1);
    const open = m.text.charCodeAt(0) === 0x7b; // '{' (else '}': splitBraces calls this at a brace)
    this.out.tokens.push(makeToken(open ? LCurly : RCurly, open ? '{' : '}', o.file, o.start, o.end, false, o.synthetic));
  }

  private emitLine(m: MText): void {
    if (m.text.length === 0) return;
    const w = splitWords(m);
    if (w.unmatchedQuote) {
      this.out.issues.push({
        code: SyntaxCode.unterminatedQuote,
        severity: 'error',
        message: 'Unmatched quote: keepalived ignores the rest of the line from here.',
        span: w.unmatchedQuote,
      });
    }
    let first = true;
    for (const word of w.words) {
      this.out.tokens.push(makeToken(first ? Keyword : Word, word.value, word.file, word.start, word.end, word.quoted, word.synthetic));
      first = false;
    }
  }
}
