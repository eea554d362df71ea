/**
 * Builds the block structure exactly as keepalived's process_stream() and
 * alloc_value_block() do (lib/parser.c), from the lines and braces of the grammar:
 *
 * - a keyword the catalogue says opens a section must be followed by `{`; without it
 *   keepalived reports the missing brace and reads the line in the enclosing block;
 * - a keyword with a value block reads every following line as a value until `}`;
 * - a `{` that nothing expects is ignored ("Unexpected '{'"), so an unknown keyword's
 *   block does not nest: its `}` closes the enclosing block;
 * - a `}` at the top level closes nothing; a running count of braces finds extra `}`s and
 *   unclosed blocks, as keepalived's block_depth does;
 * - a second top-level vrrp_instance, vrrp_sync_group or track_group of a name already read, or
 *   one whose line has no name or more than one word, is skipped unread (its handler calls
 *   skip_block): its body holds no statement and its braces are only counted, every '{' nesting,
 *   up to the '}' that balances its own '{'.
 */
import { SyntaxCode } from './codes';
import { lookup, ROOT } from '../catalogue/index';
import type { Issue, Span } from '../issue';
import { StatementIndexer, type Body, type Statement, type Word } from './ast';
import { INCLUDE_VARIANTS } from './includes';
import type { SynItem } from './parser';
import type { KToken } from './tokens';

interface Frame {
  readonly body: Body;
  readonly owner: Statement | undefined;
}

/** A token is also the Word for its characters (value, quoted, span, synthetic): no copy per word. */
const toWord = (t: KToken): Word => t;

const spanOf = (t: KToken): Span => t.span;

export interface BuiltAst {
  readonly statements: Statement[];
  readonly issues: Issue[];
}

/** What the grammar reports, in order: a logical line, an opening brace, a closing brace. */
export interface AstSink {
  line(keyword: KToken, args: readonly KToken[]): void;
  open(token: KToken): void;
  close(token: KToken): void;
}

interface Pending {
  readonly stmt: Statement;
  readonly kind: 'section' | 'values';
  readonly id: string;
  /** A duplicate keepalived skips unread once its '{' comes. */
  readonly skip?: boolean;
}

/** Top-level blocks whose second definition of a name keepalived skips unread (vrrp_parser.c: "already defined", skip_block). */
export const SKIPPED_DUPLICATES: ReadonlySet<string> = new Set(['vrrp_instance', 'vrrp_sync_group', 'track_group']);

/**
 * Is this a top-level block keepalived skips because its line does not hold exactly one name
 * (vrrp_parser.c: vector_count(strvec) != 2, "must have a name", skip_block)? It defines no name.
 */
export function skippedForName(parent: Statement | undefined, keyword: string, argCount: number): boolean {
  return parent === undefined && argCount !== 1 && SKIPPED_DUPLICATES.has(keyword);
}

/** A top-level block of a kind keepalived skips when its name repeats: its key and whether it was skipped. */
export interface NamedBlock {
  readonly key: string;
  readonly skipped: boolean;
}

/**
 * The block structure, built as the parser reports lines and braces (no intermediate list).
 * Small methods rather than one loop, so each is optimised early on large files.
 */
export class AstBuilder implements AstSink {
  private readonly issues: Issue[] = [];
  private readonly root: Body = { kind: 'section', id: ROOT, open: undefined, close: undefined, statements: [] };
  private readonly stack: Frame[] = [{ body: this.root, owner: undefined }];
  private pending: Pending | undefined = undefined;
  private lastToken: KToken | undefined = undefined;
  /** keepalived's block_depth: every '{' minus every '}' (never below 0). */
  private depth = 0;
  /** The '{'s that opened nothing, for the end-of-file count. */
  private readonly strayOpens: KToken[] = [];
  /** Every statement in the order it was made (depth first, file order: ast.ts flatten's order), indexed. */
  readonly made = new StatementIndexer();
  /** Brace depth inside a skipped duplicate block (0: not skipping). */
  private skipping = 0;
  /** The top-level blocks of SKIPPED_DUPLICATES kinds this builder read, in order. */
  readonly namedBlocks: NamedBlock[] = [];

  /**
   * `names`: the keys (`kind\0name`) of the SKIPPED_DUPLICATES blocks read before (by the
   * builders of earlier segments); this builder adds its own to it.
   */
  constructor(private readonly names: Set<string> = new Set()) {}

  line(kw: KToken, rest: readonly KToken[]): void {
    this.lastToken = rest.length > 0 ? rest[rest.length - 1]! : kw;
    if (this.skipping > 0) return;
    if (this.pending) this.notOpened();
    const frame = this.top();
    if (frame.body.kind === 'values') {
      this.add(frame, valueLine(kw, rest, frame));
      return;
    }
    this.statement(frame, kw, rest);
  }

  open(token: KToken): void {
    this.lastToken = token;
    this.depth++;
    if (this.skipping > 0) {
      this.skipping++;
      return;
    }
    const p = this.pending;
    if (p) {
      this.pending = undefined;
      const body: Body = { kind: p.kind, id: p.id, open: toWord(token), close: undefined, statements: [] };
      p.stmt.body = body;
      this.stack.push({ body, owner: p.stmt });
      if (p.skip) this.skipping = 1;
      return;
    }
    const frame = this.top();
    if (frame.body.kind === 'values') {
      this.add(frame, valueLine(token, [], frame));
      return;
    }
    this.strayOpens.push(token);
    this.issues.push({
      code: SyntaxCode.unexpectedOpenBrace,
      severity: 'warning',
      message:
        "Nothing here opens a block, so keepalived ignores this '{' (\"Unexpected '{'\"); the '}' that matches it will close the enclosing block instead.",
      span: spanOf(token),
    });
  }

  close(token: KToken): void {
    this.lastToken = token;
    const depthBefore = this.depth;
    this.depth = Math.max(0, this.depth - 1);
    if (this.skipping > 0) {
      // lib/parser.c process_stream: skip_sublevel counts every brace; the one that balances the block's '{' ends it
      if (--this.skipping === 0) {
        this.top().body.close = toWord(token);
        this.stack.pop();
      }
      return;
    }
    if (this.pending) this.notOpened();
    const frame = this.top();
    if (frame.body.kind === 'values' || this.stack.length > 1) {
      frame.body.close = toWord(token);
      this.stack.pop();
      // lib/parser.c read_line counts '{' and '}' lines whatever the blocks are: a block read without
      // its '{' (a value block) leaves one '}' too many, and keepalived says so even though it closes a block
      if (depthBefore < 1) this.issues.push(uncountedClose(token, frame.owner));
      return;
    }
    this.issues.push({
      code: SyntaxCode.extraCloseBrace,
      severity: 'error',
      message: "This '}' closes nothing: every block is already closed here (keepalived reports Unknown keyword '}').",
      span: spanOf(token),
    });
  }

  /** Between top-level statements: no block open, no block keyword waiting for its '{', every '{' matched (incremental reading splits here). */
  get clean(): boolean {
    return this.stack.length === 1 && this.pending === undefined && this.depth === 0;
  }

  /** Top-level statements so far. */
  get topLevel(): readonly Statement[] {
    return this.root.statements;
  }

  /** Issues found so far (finish() adds the end-of-file ones). */
  get issuesSoFar(): readonly Issue[] {
    return this.issues;
  }

  private add(frame: Frame, stmt: Statement): void {
    frame.body.statements.push(stmt);
    this.made.add(stmt);
  }

  /** The innermost open block (the root frame is never popped). */
  private top(): Frame {
    return this.stack[this.stack.length - 1]!;
  }

  /** The line after a block keyword is not its `{`. */
  private notOpened(): void {
    const p = this.pending!;
    this.pending = undefined;
    if (p.kind === 'section') {
      this.issues.push({
        code: SyntaxCode.missingOpenBrace,
        severity: 'error',
        // lib/parser.c process_stream: the process whose keyword is active reads the block without its '{'
        // (bob_needed); the others skip the keyword and, with no '{' to skip, read the lines outside it
        message: `'${p.stmt.keyword.value}' must be followed by '{': keepalived reports "Missing '{'". The process that handles this block still reads the next lines into it, up to the next '}', but the other processes read them outside it, as unknown keywords.`,
        span: p.stmt.span,
      });
    } else {
      this.issues.push({
        code: SyntaxCode.missingOpenBrace,
        severity: 'error',
        message: `'${p.stmt.keyword.value}' must be followed by '{': keepalived reads the following lines as its values up to the next '}'.`,
        span: p.stmt.span,
      });
      const body: Body = { kind: 'values', id: p.id, open: undefined, close: undefined, statements: [] };
      p.stmt.body = body;
      this.stack.push({ body, owner: p.stmt });
    }
  }

  private statement(frame: Frame, kw: KToken, rest: readonly KToken[]): void {
    const blockId = frame.body.id;
    // every include keepalived reads as one was read by the preprocessor: an `include` left here
    // (no path) is a keyword to keepalived, and one it does not know
    const def = INCLUDE_VARIANTS.has(kw.value) ? undefined : lookup(blockId, kw.value);
    const span = lineSpan(kw, rest);
    const stmt: Statement = { keyword: toWord(kw), args: rest, def, blockId, parent: frame.owner, isValue: false, body: undefined, span };
    this.add(frame, stmt);
    if (def?.opens) {
      const skip = skippedForName(frame.owner, kw.value, rest.length) || (frame.owner === undefined && this.duplicate(kw.value, rest));
      this.pending = { stmt, kind: 'section', id: def.opens, skip };
    } else if (def?.values) {
      const allowed = def.args?.length ?? 0;
      if (rest.length > allowed) {
        const extra = rest.slice(allowed);
        const firstExtra = extra[0]!;
        this.issues.push({
          code: SyntaxCode.valueBlockArguments,
          severity: 'error',
          message: `'${kw.value}' takes its values in a '{ ... }' block on the following lines; keepalived ignores '${extra.map((r) => r.value).join(' ')}' here.`,
          span: { file: firstExtra.file, start: firstExtra.start, end: rest[rest.length - 1]!.end },
        });
      }
      this.pending = { stmt, kind: 'values', id: def.values };
    }
  }

  /** Is this top-level block a second one of its name that keepalived skips? (records it either way) */
  private duplicate(kind: string, rest: readonly KToken[]): boolean {
    // the handlers take a name only from a line of exactly two words (the '{' aside)
    if (!SKIPPED_DUPLICATES.has(kind) || rest.length !== 1) return false;
    const key = `${kind}\0${rest[0]!.value}`;
    const skipped = this.names.has(key);
    this.names.add(key);
    this.namedBlocks.push({ key, skipped });
    return skipped;
  }

  finish(): BuiltAst {
    return { statements: this.root.statements, issues: [...this.issues, ...this.endIssues()] };
  }

  /** The '{'s that opened nothing so far. */
  get strayOpensSoFar(): readonly KToken[] {
    return this.strayOpens;
  }

  /**
   * What the end of the file leaves open, as issues (finish() appends them). `earlierStrayOpens`:
   * the stray '{'s of the segments before this builder's (language/incremental reads a file with
   * one builder per segment).
   */
  endIssues(earlierStrayOpens: readonly KToken[] = []): Issue[] {
    const issues: Issue[] = [];
    const { stack, pending, lastToken } = this;
    if (pending?.kind === 'section') {
      issues.push({
        code: SyntaxCode.missingOpenBrace,
        severity: 'error',
        message: `'${pending.stmt.keyword.value}' must be followed by a '{ ... }' block.`,
        span: pending.stmt.span,
      });
    }
    // keepalived reports unclosed blocks from its brace count alone (lib/parser.c, "missing '}'s"): blocks
    // left open only because a value block without '{' took a '}' are not reported by it, nor here
    if (stack.length > 1 && this.depth > 0) {
      const eof: Span | undefined = lastToken ? { file: lastToken.file, start: lastToken.end, end: lastToken.end } : undefined;
      for (const f of stack.slice(1).reverse()) {
        const open = f.body.open?.span ?? f.owner!.span;
        issues.push({
          code: SyntaxCode.missingCloseBrace,
          severity: 'error',
          message: `The block of '${f.owner!.keyword.value}' opened here is never closed: a '}' is missing (keepalived reports "missing '}'s").`,
          span: open,
          related: eof ? [{ span: eof, message: 'end of the configuration' }] : undefined,
        });
      }
      if (eof) {
        const n = stack.length - 1;
        issues.push({
          code: SyntaxCode.missingCloseBrace,
          severity: 'error',
          message: `The configuration ends with ${n} block${n > 1 ? 's' : ''} still open: ${n > 1 ? `${n} '}' are` : "a '}' is"} missing.`,
          span: eof,
          related: stack.slice(1).map((f) => ({ span: f.body.open?.span ?? f.owner!.span, message: `'${f.owner!.keyword.value}' block opened here` })),
        });
      }
    }
    if (stack.length === 1 && this.depth > 0 && lastToken) {
      // Every block is closed, but a '{' that opened nothing was never matched: keepalived's
      // brace count still says "There are N missing '}'s or extra '{'s".
      const n = this.depth;
      issues.push({
        code: SyntaxCode.missingCloseBrace,
        severity: 'error',
        message: `keepalived counts ${n} more '{' than '}' and reports "There are ${n} missing '}'s or extra '{'s": a '{' here opened nothing, so its '}' closed an enclosing block early.`,
        span: { file: lastToken.file, start: lastToken.end, end: lastToken.end },
        related: (earlierStrayOpens.length > 0 ? [...earlierStrayOpens, ...this.strayOpens] : this.strayOpens)
          .slice(-n)
          .map((t) => ({ span: spanOf(t), message: "this '{' opened nothing" })),
      });
    }
    return issues;
  }
}

/** A '}' that closes a block but finds keepalived's brace count at zero (the block above it had no '{'). */
function uncountedClose(token: KToken, owner: Statement | undefined): Issue {
  const what = owner ? `the block of '${owner.keyword.value}'` : 'a block';
  return {
    code: SyntaxCode.extraCloseBrace,
    severity: 'error',
    message: `This '}' closes ${what}, but keepalived counts braces line by line and finds no '{' left for it (a block above was opened without its '{'): it reports "Extra '}' found", and the processes that skip this block read what follows at the top level.`,
    span: spanOf(token),
  };
}

/** The AST of a list of grammar items (the parser normally feeds an AstBuilder directly). */
export function toAst(items: readonly SynItem[]): BuiltAst {
  const b = new AstBuilder();
  for (const item of items) {
    if (item.kind === 'line') b.line(item.keyword, item.args);
    else if (item.kind === 'open') b.open(item.token);
    else b.close(item.token);
  }
  return b.finish();
}

/** From the keyword to the last word (the keyword's own span when they are in different files). */
function lineSpan(kw: KToken, rest: readonly KToken[]): Span {
  if (rest.length === 0) return kw.span;
  const last = rest[rest.length - 1]!;
  return last.file === kw.file ? { file: kw.file, start: kw.start, end: Math.max(kw.end, last.end) } : kw.span;
}

function valueLine(kw: KToken, rest: readonly KToken[], frame: Frame): Statement {
  return {
    keyword: toWord(kw),
    args: rest,
    def: undefined,
    blockId: valuesId(frame.body.id),
    parent: frame.owner,
    isValue: true,
    body: undefined,
    span: lineSpan(kw, rest),
  };
}

const valuesIds = new Map<string, string>();

/** `values:<kind>`, built once per kind rather than once per value line. */
function valuesId(kind: string): string {
  let id = valuesIds.get(kind);
  if (id === undefined) {
    id = `values:${kind}`;
    valuesIds.set(kind, id);
  }
  return id;
}
