/**
 * Code actions as the language core sees them: for a diagnostic, its quick fixes; for a file,
 * "fix all of this kind" and "fix all" (the kinds whose fix needs no choice). Pure: (analysed
 * configuration, issues) → plain edits on spans; project/codeActionService.ts turns them into LSP types.
 */
import type { Issue, Span } from '../issue';
import { dataFixes } from './fixes/generic';
import { fixProvider, isSafe } from './fixes/index';
import { overlaps } from './fixes/text';
import type { CodeFix, FixContext, TextEdit } from './fixes/types';
import { VIP_NO_PREFIX, vipPrefixFix } from './fixes/vrrp';

export type { CodeFix, FixContext, TextEdit } from './fixes/types';

export interface CodeActionPlan {
  readonly title: string;
  readonly kind: 'quickfix' | 'source.fixAll';
  readonly edits: readonly TextEdit[];
  /** The issues the action resolves. */
  readonly issues: readonly Issue[];
  readonly isPreferred?: boolean;
  /** A safe fix (FixProvider.safe): keepalived-lint --fix may apply it unattended. */
  readonly safe?: boolean;
}

/** The quick fixes of one issue, best first. */
export function quickFixes(ctx: FixContext, issue: Issue): CodeFix[] {
  const provider = fixProvider(issue.code);
  // a rule without a fix of its own gets what its data says (replacement, remove, insert, choices)
  const fixes = provider ? provider.fixes(ctx, issue) : dataFixes(ctx, issue);
  return fixes
    .filter((f) => f.edits.length > 0 && f.edits.every((e, i) => !overlaps([e], f.edits.slice(i + 1))))
    .map((f) => ({ ...f, safe: isSafe(issue.code, f) }));
}

/** The first safe fix of an issue, the preferred one first. */
function safeFix(ctx: FixContext, issue: Issue): CodeFix | undefined {
  const fixes = quickFixes(ctx, issue).filter((f) => f.safe);
  return fixes.find((f) => f.isPreferred) ?? fixes[0];
}

/**
 * The fix applied when fixing several issues at once: the preferred one of a fix-all kind, else
 * a safe one (a safe fix needs no review either).
 */
function preferred(ctx: FixContext, issue: Issue): CodeFix | undefined {
  return canFixAll(issue.code) ? quickFixes(ctx, issue).find((f) => f.isPreferred) : safeFix(ctx, issue);
}

/** Merge the preferred fixes of `issues`, skipping any that would touch text another one already changes. */
function merge(ctx: FixContext, issues: readonly Issue[]): { edits: TextEdit[]; fixed: Issue[] } {
  const edits: TextEdit[] = [];
  const fixed: Issue[] = [];
  for (const i of issues) {
    const f = preferred(ctx, i);
    if (!f || overlaps(f.edits, edits)) continue;
    edits.push(...f.edits);
    fixed.push(i);
  }
  return { edits, fixed };
}

/** Codes whose preferred fix may be applied to every occurrence without review. */
export function canFixAll(code: string): boolean {
  return fixProvider(code)?.fixAll === true;
}

/** "Fix all N <code> problems": when at least two issues of a fix-all kind have a preferred fix. */
export function fixAllOfKind(ctx: FixContext, issues: readonly Issue[], code: string): CodeActionPlan | undefined {
  if (!canFixAll(code) && !fixProvider(code)?.safe) return undefined;
  const { edits, fixed } = merge(
    ctx,
    issues.filter((i) => i.code === code),
  );
  if (fixed.length < 2) return undefined;
  return { title: `Fix all ${fixed.length} '${code}' problems in this file`, kind: 'quickfix', edits, issues: fixed };
}

/** Every fix-all kind at once (source.fixAll, e.g. on save). */
export function fixAll(ctx: FixContext, issues: readonly Issue[]): CodeActionPlan | undefined {
  const { edits, fixed } = merge(
    ctx,
    issues.filter((i) => canFixAll(i.code) || fixProvider(i.code)?.safe),
  );
  if (fixed.length === 0) return undefined;
  return { title: `Fix all safely fixable keepalived problems (${fixed.length})`, kind: 'source.fixAll', edits, issues: fixed };
}

/**
 * Fixes offered where the cursor is even without a diagnostic: keepalived is silent about a VIP
 * without prefix (it adds a /32), but when the host's interfaces are known the prefix of the
 * interface's subnet is what was almost always meant.
 */
export function cursorActions(ctx: FixContext, span: Span): CodeActionPlan[] {
  if (!ctx.options.interfaces || ctx.options.interfaces.size === 0) return [];
  const out: CodeActionPlan[] = [];
  for (const inst of ctx.model.instances) {
    for (const v of [...inst.vips, ...inst.excludedVips]) {
      const s = v.stmt.span;
      if (s.file !== span.file || s.end < span.start || span.end < s.start || !v.addr || v.addr.prefix !== undefined) continue;
      const issue: Issue = { code: VIP_NO_PREFIX, severity: 'hint', message: `${v.word.value} has no prefix`, span: v.word.span };
      for (const f of vipPrefixFix.fixes(ctx, issue)) out.push({ title: f.title, kind: 'quickfix', edits: f.edits, issues: [] });
    }
  }
  return out;
}

/**
 * The actions for the issues under the cursor: each issue's quick fixes, then "fix all of this
 * kind" for their codes. `all` is every issue of the file (for the fix-all counts).
 */
export function codeActionsFor(ctx: FixContext, here: readonly Issue[], all: readonly Issue[]): CodeActionPlan[] {
  const out: CodeActionPlan[] = [];
  for (const issue of here) {
    for (const f of quickFixes(ctx, issue))
      out.push({ title: f.title, kind: 'quickfix', edits: f.edits, issues: [issue], isPreferred: f.isPreferred, safe: f.safe });
  }
  for (const code of new Set(here.map((i) => i.code))) {
    const a = fixAllOfKind(ctx, all, code);
    if (a) out.push(a);
  }
  return out;
}

/** The safe fix of each issue that has one (keepalived-lint --fix), one plan per issue. */
export function safeFixes(ctx: FixContext, issues: readonly Issue[]): CodeActionPlan[] {
  const out: CodeActionPlan[] = [];
  for (const issue of issues) {
    const f = safeFix(ctx, issue);
    if (f) out.push({ title: f.title, kind: 'quickfix', edits: f.edits, issues: [issue], isPreferred: f.isPreferred, safe: true });
  }
  return out;
}
