/**
 * A line of printed values (a tag alone on its line, `{{ options }}`, a heredoc's `$(…)`) may stand
 * for any lines: a finding that something is missing from a block holding one, or from the whole
 * configuration, is not sure. Both the template linted on its own (lint.ts) and its renderings per
 * host with values we could not know (hosts.ts) drop such findings.
 */
import type { Statement } from '../syntax/ast';

/**
 * Codes about a block lacking something, or about how its lines combine: a line of printed
 * values inside the block (or inside a block within it) could change the verdict.
 */
const BLOCK_CONTEXT = new Set([
  'vrid-missing',
  'interface-missing',
  'vip-missing',
  'sync-group-empty',
  'sync-group-single',
  'real-server-missing',
  'lvs-method-missing',
  'checker-incomplete',
  'checker-no-url',
  'vsg-missing-members',
  'lvs-protocol',
  'script-missing',
  'unicast-ttl-no-peers',
  'unicast-no-peers',
  'instance-option-ignored',
  'nopreempt-master',
  'preempt-delay-master',
  'timer-expired-backup',
  'tracker-weight-owner',
  'tracker-weight-sync-group',
  'strict-mode',
  'auth-ah-master',
  'auth-ignored',
  'lvs-zero-port',
  'lvs-quorum',
  'block-empty',
  'empty-block',
]);

/** Codes about something missing anywhere in the configuration, and where a line of printed values could supply it. */
const GLOBAL_CONTEXT: Readonly<Record<string, (path: readonly string[]) => boolean>> = {
  'undefined-reference': (path) => path.length === 0,
  'sync-group-undefined': (path) => path.length === 0,
  'script-security': (path) => path.length === 0 || path[0] === 'global_defs',
  'unused-script': () => true,
};

/** Is `code` about something missing anywhere in the configuration (which a fragment's includer may hold)? */
export function absentAnywhere(code: string): boolean {
  return code in GLOBAL_CONTEXT;
}

/** Keywords of the blocks around a rendering offset, outermost first. */
function blockPath(statements: readonly Statement[], file: string, offset: number): string[] {
  const path: string[] = [];
  let list = statements;
  for (;;) {
    const s = list.find(
      (x) => x.body && x.span.file === file && x.body.open && x.body.open.span.start < offset && (!x.body.close || offset < x.body.close.span.start),
    );
    if (!s) return path;
    path.push(s.keyword.value);
    list = s.body!.statements;
  }
}

/** The statement whose block a finding at `offset` concerns: the innermost block statement starting at or holding it. */
function concernedBlock(statements: readonly Statement[], file: string, offset: number): Statement | undefined {
  let found: Statement | undefined;
  let list = statements;
  for (;;) {
    const s = list.find((x) => x.span.file === file && x.span.start <= offset && (x.body?.close ? offset < x.body.close.span.end : offset <= x.span.end));
    if (!s) return found;
    if (s.body) found = s;
    if (!s.body) return found;
    list = s.body.statements;
  }
}

export function lineStarts(text: string): number[] {
  const out = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) out.push(i + 1);
  return out;
}

/** Does a line of printed values lie inside the block `s` (rendering offsets)? */
function blockHasOpenLine(s: Statement, openStarts: readonly number[]): boolean {
  const start = s.body?.open?.span.end ?? s.span.end;
  const end = s.body?.close?.span.start ?? Number.MAX_SAFE_INTEGER;
  return openStarts.some((o) => o >= start && o <= end);
}

/**
 * Could the lines of printed values starting at `openStarts` (offsets in the rendering) make the
 * finding `code` at `offset` go away?
 */
export function openLineDoubt(code: string, statements: readonly Statement[], path: string, offset: number, openStarts: readonly number[]): boolean {
  if (openStarts.length === 0) return false;
  if (BLOCK_CONTEXT.has(code)) {
    const s = concernedBlock(statements, path, offset);
    if (!s || blockHasOpenLine(s, openStarts)) return true;
    // a block opened by a printed line, or inside a block that holds one
    for (let p = s.parent; p; p = p.parent) if (blockHasOpenLine(p, openStarts)) return true;
    return false;
  }
  const where = GLOBAL_CONTEXT[code];
  return where !== undefined && openStarts.some((o) => where(blockPath(statements, path, o)));
}
