/**
 * The typed AST: statements as keepalived sees them, each knowing its catalogue entry,
 * the block it is in, its words (with exact source spans) and its body.
 */
import type { KeywordDef } from '../catalogue/types';
import type { Span } from '../issue';

export interface Word {
  /** What keepalived sees: quotes removed, escapes applied, `$NAME` expanded. */
  readonly value: string;
  readonly quoted: boolean;
  readonly span: Span;
  /** Part of the word came from a `$NAME` or `~SEQ` expansion (span = the use site). */
  readonly synthetic: boolean;
}

export interface Body {
  /** `section`: keyword lines of block `id`; `values`: value lines of kind `id`. */
  readonly kind: 'section' | 'values';
  readonly id: string;
  open: Word | undefined;
  close: Word | undefined;
  readonly statements: Statement[];
}

export interface Statement {
  readonly keyword: Word;
  readonly args: readonly Word[];
  /** The catalogue entry for the keyword in this block; undefined when keepalived does not accept it here. */
  readonly def: KeywordDef | undefined;
  /** The block the statement is in (`root`, `vrrp_instance`, ...) or `values:<kind>` for a value line. */
  readonly blockId: string;
  readonly parent: Statement | undefined;
  /** A line inside a value block (an address, a script name...), not a keyword. */
  readonly isValue: boolean;
  body: Body | undefined;
  /** Span of the keyword and its words (not the body). */
  readonly span: Span;
}

export interface ConfigAst {
  readonly statements: Statement[];
}

/** Direct children of a statement's body. */
export function childrenOf(s: Statement): readonly Statement[] {
  return s.body?.statements ?? [];
}

/** The first child statement named `name`. */
export function child(s: Statement, name: string): Statement | undefined {
  return s.body?.statements.find((c) => !c.isValue && c.keyword.value === name);
}

/** All child statements named `name`. */
export function children(s: Statement, name: string): Statement[] {
  return (s.body?.statements ?? []).filter((c) => !c.isValue && c.keyword.value === name);
}

/** Every statement, depth first, in file order. */
export function* walk(statements: readonly Statement[]): Generator<Statement> {
  const stack: Statement[] = [...statements].reverse();
  while (stack.length > 0) {
    const s = stack.pop()!;
    yield s;
    const body = s.body?.statements;
    if (body) for (let i = body.length - 1; i >= 0; i--) stack.push(body[i]);
  }
}

/** All words of a statement: keyword then arguments. */
export function wordsOf(s: Statement): readonly Word[] {
  return [s.keyword, ...s.args];
}

/** The span from a statement's keyword to its closing brace (or last word). */
export function fullSpan(s: Statement): Span {
  const end = s.body?.close && s.body.close.span.file === s.span.file ? s.body.close.span.end : lastSpanEnd(s);
  return { file: s.span.file, start: s.span.start, end };
}

function lastSpanEnd(s: Statement): number {
  let end = s.span.end;
  const body = s.body?.statements;
  if (body) {
    for (let i = body.length - 1; i >= 0; i--) {
      if (body[i].span.file === s.span.file) {
        end = Math.max(end, fullSpan(body[i]).end);
        break;
      }
    }
  }
  return end;
}
