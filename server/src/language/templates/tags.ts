/**
 * What every template scanner produces: tags (where template code sits and what it does to the
 * text around it) and template syntax problems; and the helpers the scanners share.
 */

export type Engine = 'jinja' | 'erb' | 'go' | 'envsubst' | 'mustache';
export const ENGINES: readonly Engine[] = ['jinja', 'erb', 'go', 'envsubst', 'mustache'];

export type TagKind =
  /** prints a value */
  | 'expr'
  /** opens a conditional (if, unless, case, with) */
  | 'if'
  /** another branch of it (elif, elsif, else if, when) */
  | 'elif'
  /** the last branch (else); after a loop: what renders when the loop is empty */
  | 'else'
  /** opens a loop (for, each, range, while) */
  | 'loop'
  /** opens a block whose body renders once where it stands (filter, with, block, autoescape) */
  | 'group'
  /** opens a block whose body does not render where it stands (macro, set-block, define, call's definition) */
  | 'hidden'
  /** ends the innermost open block */
  | 'end'
  /** prints nothing (assignment, comment, import) */
  | 'stmt'
  /** prints text we cannot see (include, template, call, super) */
  | 'opaque';

export interface Tag {
  readonly kind: TagKind;
  /** Offsets of the whole tag, delimiters included. */
  readonly start: number;
  readonly end: number;
  /** The code between the delimiters, trimmed (without trim markers). */
  readonly code: string;
  /** The construct's keyword (if, for, endif, each, range...), '' for expressions. */
  readonly keyword: string;
}

export interface TagProblem {
  readonly start: number;
  readonly end: number;
  readonly message: string;
}

export interface Scan {
  readonly tags: readonly Tag[];
  readonly problems: readonly TagProblem[];
}

/**
 * The end of a tag body: the first `close` outside a quoted string, or -1. With `brackets`, a
 * `close` inside `( )`, `[ ]` or `{ }` of the code does not count (Jinja's lexer balances them:
 * `{{ {'a': {'b': 1}}['a'] }}` is one tag); unbalanced brackets fall back to the first `close`.
 */
export function findClose(text: string, from: number, close: string, brackets = false): number {
  let quote: string | undefined;
  let depth = 0;
  for (let i = from; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = undefined;
    } else if (c === '"' || c === "'" || c === '`') {
      quote = c;
    } else if (depth === 0 && text.startsWith(close, i)) {
      return i;
    } else if (brackets && (c === '(' || c === '[' || c === '{')) {
      depth++;
    } else if (brackets && depth > 0 && (c === ')' || c === ']' || c === '}')) {
      depth--;
    }
  }
  return brackets ? findClose(text, from, close) : -1;
}

/** Where a tag that is never closed ends for error reporting: the end of its line. */
export function lineEnd(text: string, at: number): number {
  const nl = text.indexOf('\n', at);
  return nl < 0 ? text.length : nl;
}
