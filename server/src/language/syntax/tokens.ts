/**
 * The token vocabulary of the keepalived parser.
 *
 * keepalived does not lex a file: it reads it line by line, removes comments, applies
 * `@id`, `$NAME` and `~SEQ`, splits lines at braces, then splits each line into words
 * (lib/parser.c read_line + alloc_strvec). preprocess.ts reproduces that and emits these
 * tokens directly, so there is no Chevrotain Lexer; the parser consumes the token vector.
 *
 * Order (for the record; no lexer tries them): braces first, then the first word of a
 * logical line (`Keyword`), then any later word (`Word`). Keywords are not token types:
 * which words are keywords, and where, is catalogue data.
 */
import { createToken, Lexer, type IToken, type TokenType } from 'chevrotain';
import type { Span } from '../issue';

/** `{` — opens a block (always a logical line of its own after brace splitting). */
export const LCurly = createToken({ name: 'LCurly', pattern: Lexer.NA, label: "'{'" });
/** `}` — closes a block. */
export const RCurly = createToken({ name: 'RCurly', pattern: Lexer.NA, label: "'}'" });
/** The first word of a logical line: what keepalived looks up in its keyword table. */
export const Keyword = createToken({ name: 'Keyword', pattern: Lexer.NA, label: 'keyword' });
/** Any later word on the line (an argument or a value). */
export const Word = createToken({ name: 'Word', pattern: Lexer.NA, label: 'word' });

export const allTokens: TokenType[] = [LCurly, RCurly, Keyword, Word];

/** A token with what keepalived sees and where the user wrote it. */
export interface KToken extends IToken {
  /** File the characters come from (for expansions: the file of the `$NAME` use). */
  readonly file: string;
  /** Original offsets [start, end) in that file. */
  readonly start: number;
  readonly end: number;
  /** The word as keepalived uses it: quotes removed, `\#`/`\!` unescaped, `$NAME` expanded. */
  readonly value: string;
  /** The word was written in double quotes. */
  readonly quoted: boolean;
  /** Some of the word came from a `$NAME` or `~SEQ` expansion. */
  readonly synthetic: boolean;
  /** [start, end) in `file`, as the AST's Word has it. */
  readonly span: Span;
}

/**
 * Tokens are the bulk of a parse (two per line of a large file), so a token is also the AST's
 * Word for the same characters (toAst.ts reuses it), and the fields Chevrotain only reads in
 * error messages (`image`, offsets, lines, columns) are computed on the prototype.
 */
class Token {
  private spanCache: { file: string; start: number; end: number } | undefined = undefined;

  constructor(
    readonly tokenType: TokenType,
    readonly tokenTypeIdx: number,
    readonly file: string,
    public start: number,
    public end: number,
    readonly value: string,
    readonly quoted: boolean,
    readonly synthetic: boolean,
  ) {}

  /** Built on first use (most words never need theirs), then always the same object. */
  get span(): Span {
    return (this.spanCache ??= { file: this.file, start: this.start, end: this.end });
  }

  /** Move the token (and its span) by `delta` characters: text before it was edited (language/incremental). */
  shift(delta: number): void {
    this.start += delta;
    this.end += delta;
    const s = this.spanCache;
    if (s) {
      s.start += delta;
      s.end += delta;
    }
  }

  get image(): string {
    return this.value;
  }

  get startOffset(): number {
    return this.start;
  }

  get endOffset(): number {
    return this.end - 1;
  }

  get startLine(): number {
    return NaN;
  }

  get startColumn(): number {
    return NaN;
  }

  get endLine(): number {
    return NaN;
  }

  get endColumn(): number {
    return NaN;
  }
}

/** Move a token by `delta` characters (language/incremental, after an edit before it). */
export function shiftToken(t: KToken, delta: number): void {
  (t as unknown as Token).shift(delta);
}

export function makeToken(type: TokenType, value: string, file: string, start: number, end: number, quoted: boolean, synthetic: boolean): KToken {
  return new Token(type, type.tokenTypeIdx!, file, start, end, value, quoted, synthetic);
}
