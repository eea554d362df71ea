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
 *   unclosed blocks, as keepalived's block_depth does.
 */
import { lookup, ROOT } from '../catalogue/index';
import type { Issue, Span } from '../issue';
import type { Body, Statement, Word } from './ast';
import type { SynItem } from './parser';
import type { KToken } from './tokens';

interface Frame {
  readonly body: Body;
  readonly owner: Statement | undefined;
}

const toWord = (t: KToken): Word => ({ value: t.value, quoted: t.quoted, span: { file: t.file, start: t.start, end: t.end }, synthetic: t.synthetic });

const spanOf = (t: KToken): Span => ({ file: t.file, start: t.start, end: t.end });

export interface BuiltAst {
  readonly statements: Statement[];
  readonly issues: Issue[];
}

export function toAst(items: readonly SynItem[]): BuiltAst {
  const issues: Issue[] = [];
  const root: Body = { kind: 'section', id: ROOT, open: undefined, close: undefined, statements: [] };
  const stack: Frame[] = [{ body: root, owner: undefined }];
  let pending: { stmt: Statement; kind: 'section' | 'values'; id: string } | undefined;
  let depth = 0;
  let lastToken: KToken | undefined;

  for (const item of items) {
    lastToken = item.kind === 'line' ? item.words[item.words.length - 1] : item.token;
    if (item.kind === 'open') depth++;
    if (item.kind === 'close') {
      depth--;
      if (depth < 0) depth = 0;
    }

    if (pending) {
      const p = pending;
      pending = undefined;
      if (item.kind === 'open') {
        const body: Body = { kind: p.kind, id: p.id, open: toWord(item.token), close: undefined, statements: [] };
        p.stmt.body = body;
        stack.push({ body, owner: p.stmt });
        continue;
      }
      if (p.kind === 'section') {
        issues.push({
          code: 'missing-open-brace',
          severity: 'error',
          message: `'${p.stmt.keyword.value}' must be followed by '{': keepalived reports "Missing '{'", skips the block and reads the next lines as if they were outside it.`,
          span: p.stmt.span,
        });
      } else {
        issues.push({
          code: 'missing-open-brace',
          severity: 'error',
          message: `'${p.stmt.keyword.value}' must be followed by '{': keepalived reads the following lines as its values up to the next '}'.`,
          span: p.stmt.span,
        });
        const body: Body = { kind: 'values', id: p.id, open: undefined, close: undefined, statements: [] };
        p.stmt.body = body;
        stack.push({ body, owner: p.stmt });
      }
    }

    const frame = stack[stack.length - 1];
    if (frame.body.kind === 'values') {
      if (item.kind === 'close') {
        frame.body.close = toWord(item.token);
        stack.pop();
        continue;
      }
      const words = item.kind === 'line' ? item.words : [item.token];
      frame.body.statements.push(valueLine(words, frame));
      continue;
    }

    if (item.kind === 'open') {
      issues.push({
        code: 'unexpected-open-brace',
        severity: 'warning',
        message: "Nothing here opens a block, so keepalived ignores this '{' (\"Unexpected '{'\"); the '}' that matches it will close the enclosing block instead.",
        span: spanOf(item.token),
      });
      continue;
    }
    if (item.kind === 'close') {
      if (stack.length > 1) {
        frame.body.close = toWord(item.token);
        stack.pop();
      } else {
        issues.push({
          code: 'extra-close-brace',
          severity: 'error',
          message: "This '}' closes nothing: every block is already closed here (keepalived reports Unknown keyword '}').",
          span: spanOf(item.token),
        });
      }
      continue;
    }

    const [kw, ...rest] = item.words;
    const blockId = frame.body.id;
    const def = lookup(blockId, kw.value);
    const first = spanOf(kw);
    const last = rest.length > 0 ? rest[rest.length - 1] : kw;
    const span: Span = last.file === first.file ? { file: first.file, start: first.start, end: Math.max(first.end, last.end) } : first;
    const stmt: Statement = { keyword: toWord(kw), args: rest.map(toWord), def, blockId, parent: frame.owner, isValue: false, body: undefined, span };
    frame.body.statements.push(stmt);
    if (def?.opens) {
      pending = { stmt, kind: 'section', id: def.opens };
    } else if (def?.values) {
      const allowed = def.args?.length ?? 0;
      if (rest.length > allowed) {
        const extra = rest.slice(allowed);
        issues.push({
          code: 'value-block-arguments',
          severity: 'error',
          message: `'${kw.value}' takes its values in a '{ ... }' block on the following lines; keepalived ignores '${extra.map((r) => r.value).join(' ')}' here.`,
          span: { file: extra[0].file, start: extra[0].start, end: last.end },
        });
      }
      pending = { stmt, kind: 'values', id: def.values };
    }
  }

  if (pending?.kind === 'section') {
    issues.push({ code: 'missing-open-brace', severity: 'error', message: `'${pending.stmt.keyword.value}' must be followed by a '{ ... }' block.`, span: pending.stmt.span });
  }
  if (stack.length > 1) {
    const eof: Span | undefined = lastToken ? { file: lastToken.file, start: lastToken.end, end: lastToken.end } : undefined;
    for (let i = stack.length - 1; i >= 1; i--) {
      const f = stack[i];
      const open = f.body.open?.span ?? f.owner!.span;
      issues.push({
        code: 'missing-close-brace',
        severity: 'error',
        message: `The block of '${f.owner!.keyword.value}' opened here is never closed: a '}' is missing (keepalived reports "missing '}'s").`,
        span: open,
        related: eof ? [{ span: eof, message: 'end of the configuration' }] : undefined,
      });
    }
    if (eof) {
      const n = stack.length - 1;
      issues.push({
        code: 'missing-close-brace',
        severity: 'error',
        message: `The configuration ends with ${n} block${n > 1 ? 's' : ''} still open: ${n > 1 ? `${n} '}' are` : "a '}' is"} missing.`,
        span: eof,
        related: stack.slice(1).map((f) => ({ span: f.body.open?.span ?? f.owner!.span, message: `'${f.owner!.keyword.value}' block opened here` })),
      });
    }
  }
  return { statements: root.statements, issues };
}

function valueLine(words: readonly KToken[], frame: Frame): Statement {
  const [kw, ...rest] = words;
  const last = rest.length > 0 ? rest[rest.length - 1] : kw;
  const span: Span = last.file === kw.file ? { file: kw.file, start: kw.start, end: Math.max(kw.end, last.end) } : spanOf(kw);
  return { keyword: toWord(kw), args: rest.map(toWord), def: undefined, blockId: `values:${frame.body.id}`, parent: frame.owner, isValue: true, body: undefined, span };
}
