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
  const body = s.body?.statements;
  if (body) {
    for (let i = 0; i < body.length; i++) {
      const c = body[i]!;
      if (!c.isValue && c.keyword.value === name) return c;
    }
  }
  return undefined;
}

/** All child statements named `name`. */
export function children(s: Statement, name: string): Statement[] {
  const out: Statement[] = [];
  const body = s.body?.statements;
  if (body) {
    for (let i = 0; i < body.length; i++) {
      const c = body[i]!;
      if (!c.isValue && c.keyword.value === name) out.push(c);
    }
  }
  return out;
}

/** The depth-first order of a statement list, computed once per list (a parse never changes afterwards). */
const flattened = new WeakMap<readonly Statement[], { readonly length: number; readonly list: readonly Statement[] }>();
/** The depth-first order of one statement and its body, computed once per statement. */
const flattenedOne = new WeakMap<Statement, readonly Statement[]>();

function flattenOne(s: Statement): readonly Statement[] {
  let list = flattenedOne.get(s);
  if (list) return list;
  const out: Statement[] = [];
  const stack = [s];
  for (let x = stack.pop(); x !== undefined; x = stack.pop()) {
    out.push(x);
    const body = x.body?.statements;
    if (body) for (let i = body.length - 1; i >= 0; i--) stack.push(body[i]!);
  }
  list = out;
  flattenedOne.set(s, list);
  return list;
}

function flatten(statements: readonly Statement[]): readonly Statement[] {
  const cached = flattened.get(statements);
  if (cached && cached.length === statements.length) return cached.list;
  // per statement, so that a list assembled anew from unchanged blocks (language/incremental) costs a copy
  let list: readonly Statement[];
  if (statements.length === 1) list = flattenOne(statements[0]!);
  else {
    // statements flattened before (blocks kept from an earlier parse) are copied, others walked
    const out: Statement[] = [];
    const stack: Statement[] = [];
    for (const s of statements) {
      const one = flattenedOne.get(s);
      if (one) {
        for (let i = 0; i < one.length; i++) out.push(one[i]!);
        continue;
      }
      stack.push(s);
      for (let x = stack.pop(); x !== undefined; x = stack.pop()) {
        out.push(x);
        const body = x.body?.statements;
        if (body) for (let i = body.length - 1; i >= 0; i--) stack.push(body[i]!);
      }
    }
    list = out;
  }
  flattened.set(statements, { length: statements.length, list });
  return list;
}

/** A generator over a precomputed list: resuming a real generator per statement cost more than the rules themselves. */
class StatementWalk implements Generator<Statement, undefined, unknown> {
  private i = 0;

  constructor(private readonly list: readonly Statement[]) {}

  next(): IteratorResult<Statement, undefined> {
    return this.i < this.list.length ? { value: this.list[this.i++]!, done: false } : { value: undefined, done: true };
  }

  return(): IteratorResult<Statement, undefined> {
    this.i = this.list.length;
    return { value: undefined, done: true };
  }

  throw(e: unknown): IteratorResult<Statement, undefined> {
    this.i = this.list.length;
    throw e;
  }

  [Symbol.iterator](): this {
    return this;
  }

  readonly [Symbol.toStringTag] = 'Generator';
}

/** Every statement, depth first, in file order. */
export function walk(statements: readonly Statement[]): Generator<Statement> {
  return new StatementWalk(flatten(statements));
}

/**
 * Record what `indexer` saw as the depth-first order and index of `statements` (the AST builder
 * makes statements in that order and indexes each as it makes it: no pass of its own to flatten
 * or index the configuration).
 */
export function adoptIndex(statements: readonly Statement[], indexer: StatementIndexer): void {
  flattened.set(statements, { length: statements.length, list: indexer.flat });
  indexes.set(statements, indexer.index(statements.length));
}

/** Every statement, depth first, in file order, as a list (computed once per list; do not change it). */
export function statementList(statements: readonly Statement[]): readonly Statement[] {
  return flatten(statements);
}

/** The statements, depth first, for which `keep` holds (no generator, no copy of the rest). */
export function walkWhere(statements: readonly Statement[], keep: (s: Statement) => boolean): Statement[] {
  const out: Statement[] = [];
  const cached = flattened.get(statements);
  if (cached && cached.length === statements.length) {
    const list = cached.list;
    for (let i = 0; i < list.length; i++) if (keep(list[i]!)) out.push(list[i]!);
  } else {
    // not flattened yet: visit in place (a block's list is rarely asked for twice)
    for (const s of statements) collectWhere(s, keep, out);
  }
  return out;
}

function collectWhere(s: Statement, keep: (s: Statement) => boolean, out: Statement[]): void {
  if (keep(s)) out.push(s);
  const body = s.body?.statements;
  if (body) for (let i = 0; i < body.length; i++) collectWhere(body[i]!, keep, out);
}

/**
 * Statements of a list grouped by keyword and by block, with their places in the depth-first
 * order (walk): rules look up the few statements they check instead of each walking the whole
 * configuration. Built as the AST is (parseConfig), else once per list in one pass over the
 * flattened list, like `flatten`.
 */
interface StatementIndex {
  readonly length: number;
  readonly flat: readonly Statement[];
  readonly byKeyword: Map<string, number[]>;
  readonly byBlock: Map<string, number[]>;
  readonly byDef: Map<KeywordDef | undefined, number[]>;
}

const indexes = new WeakMap<readonly Statement[], StatementIndex>();

function indexOf(statements: readonly Statement[]): StatementIndex {
  const cached = indexes.get(statements);
  if (cached && cached.length === statements.length) return cached;
  const indexer = new StatementIndexer();
  const flat = flatten(statements);
  for (let i = 0; i < flat.length; i++) indexer.add(flat[i]!);
  const index = indexer.index(statements.length);
  indexes.set(statements, index);
  return index;
}

/** Statements given one at a time in depth-first order, with their places by keyword, block and catalogue entry. */
export class StatementIndexer {
  readonly flat: Statement[] = [];
  private readonly byKeyword = new Map<string, number[]>();
  private readonly byBlock = new Map<string, number[]>();
  private readonly byDef = new Map<KeywordDef | undefined, number[]>();

  add(s: Statement): void {
    const i = this.flat.length;
    this.flat.push(s);
    place(this.byKeyword, s.keyword.value, i);
    place(this.byBlock, s.blockId, i);
    place(this.byDef, s.def, i);
  }

  /** The index of a statement list of `length` top-level statements. */
  index(length: number): StatementIndex {
    return { length, flat: this.flat, byKeyword: this.byKeyword, byBlock: this.byBlock, byDef: this.byDef };
  }
}

function place<K>(map: Map<K, number[]>, key: K, i: number): void {
  const list = map.get(key);
  if (list) list.push(i);
  else map.set(key, [i]);
}

const NONE: readonly Statement[] = [];

/** The statements at the places of `lists` (each ascending), in depth-first order, each once. */
function gather(flat: readonly Statement[], lists: readonly (readonly number[] | undefined)[]): readonly Statement[] {
  const found = lists.filter((l): l is readonly number[] => l !== undefined && l.length > 0);
  if (found.length === 0) return NONE;
  if (found.length === 1) return found[0]!.map((i) => flat[i]!);
  let n = 0;
  for (const l of found) n += l.length;
  if (n * 4 > flat.length) return sweep(flat, found);
  const places = new Uint32Array(n);
  n = 0;
  for (const l of found) for (let i = 0; i < l.length; i++) places[n++] = l[i]!;
  places.sort();
  const out: Statement[] = [];
  for (let i = 0; i < places.length; i++) if (i === 0 || places[i] !== places[i - 1]) out.push(flat[places[i]!]!);
  return out;
}

/** gather for many places: marked, then collected in one pass over the list (no sort). */
function sweep(flat: readonly Statement[], lists: readonly (readonly number[])[]): readonly Statement[] {
  const marked = new Uint8Array(flat.length);
  for (const l of lists) for (let i = 0; i < l.length; i++) marked[l[i]!] = 1;
  const out: Statement[] = [];
  for (let i = 0; i < flat.length; i++) if (marked[i] === 1) out.push(flat[i]!);
  return out;
}

/**
 * The statements of `statements` and their bodies, depth first (walk's order), whose keyword
 * (or value, for a value line) is one of `keywords`: the same statements as walking and keeping
 * those, without the walk.
 */
export function statementsNamed(statements: readonly Statement[], ...keywords: string[]): readonly Statement[] {
  const index = indexOf(statements);
  return gather(
    index.flat,
    [...new Set(keywords)].map((k) => index.byKeyword.get(k)),
  );
}

/** The statements (keyword and value lines), depth first, whose block (`blockId`) is one of `blocks`. */
export function statementsIn(statements: readonly Statement[], ...blocks: string[]): readonly Statement[] {
  const index = indexOf(statements);
  return gather(
    index.flat,
    [...new Set(blocks)].map((b) => index.byBlock.get(b)),
  );
}

/**
 * The statements (keyword and value lines), depth first, whose catalogue entry satisfies `wanted`
 * (asked once per entry; `undefined` for statements without one: value lines and unknown keywords).
 */
export function statementsWithDef(statements: readonly Statement[], wanted: (def: KeywordDef | undefined) => boolean): readonly Statement[] {
  return statementsWithDefOrNamed(statements, wanted);
}

/** The statements statementsWithDef or statementsNamed finds, each once, depth first. */
export function statementsWithDefOrNamed(
  statements: readonly Statement[],
  wanted: (def: KeywordDef | undefined) => boolean,
  ...keywords: string[]
): readonly Statement[] {
  const index = indexOf(statements);
  const lists: (readonly number[] | undefined)[] = keywords.map((k) => index.byKeyword.get(k));
  for (const [def, list] of index.byDef) if (wanted(def)) lists.push(list);
  return gather(index.flat, lists);
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
      const last = body[i]!;
      if (last.span.file === s.span.file) {
        end = Math.max(end, fullSpan(last).end);
        break;
      }
    }
  }
  return end;
}
