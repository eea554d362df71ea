/**
 * Fixes driven by the diagnostic's own data, for rules that know the answer:
 * `data.replacement` (or `data.suggestion`) is written over the diagnostic's span,
 * `data.remove` deletes the line, `data.insert` adds a line to the block the diagnostic names.
 * Codes without a provider of their own get these (see codeActions.ts).
 */
import type { Issue } from '../../issue';
import { deleteStatement, fileOf, insertIntoBody, isLiteral, statementAt, textOf } from './text';
import type { CodeFix, FixContext, FixProvider } from './types';
import { addressSuffixIgnored } from '../../validation/rules/address-suffix-ignored';
import { authType } from '../../validation/rules/auth-type';
import { lvsMethod } from '../../validation/rules/lvs-method';
import { lvsScheduler } from '../../validation/rules/lvs-scheduler';
import { routeDeprecated } from '../../validation/rules/route-deprecated';

export function dataReplacement(issue: Issue): string | undefined {
  const r = issue.data?.replacement ?? issue.data?.suggestion;
  return r !== undefined && r !== '' ? r : undefined;
}

/** Replace the issue's span with data.replacement, when the span is literal text of one statement. */
export function replaceSpanFix(ctx: FixContext, issue: Issue): CodeFix[] {
  const r = dataReplacement(issue);
  const file = fileOf(ctx.model, issue.span.file);
  if (!r || !file || issue.span.end <= issue.span.start) return [];
  const s = statementAt(ctx.model, issue.span);
  if (!s || [s.keyword, ...s.args].some((w) => w.synthetic && w.span.start < issue.span.end && issue.span.start < w.span.end)) return [];
  const old = file.text.slice(issue.span.start, issue.span.end);
  if (old === r) return [];
  return [{ title: `Replace '${old}' with '${r}'`, code: issue.code, edits: [{ span: issue.span, newText: r }], isPreferred: true }];
}

const short = (t: string) => (t.length > 40 ? `${t.slice(0, 37)}...` : t);

/**
 * data.remove: delete what the diagnostic covers — argument words the keyword can do without
 * (`weight 10 foo` → `weight 10`), otherwise the whole line (a keyword line or a value line).
 */
export function removeLineFix(ctx: FixContext, issue: Issue): CodeFix[] {
  if (issue.data?.remove !== true) return [];
  const s = statementAt(ctx.model, issue.span);
  const file = fileOf(ctx.model, issue.span.file);
  if (!s || !file) return [];
  const inside = (a: { start: number; end: number }) => a.start >= issue.span.start && a.end <= issue.span.end;
  const words = s.args.filter((w) => w.span.file === issue.span.file && inside(w.span));
  const required = (s.def?.args ?? []).filter((a) => !a.optional).length;
  const first = words[0];
  const last = words[words.length - 1];
  if (!s.isValue && first && last && !inside(s.keyword.span) && s.args.length - words.length >= required && words.every((w) => !w.synthetic)) {
    let start = first.span.start;
    while (start > 0 && (file.text[start - 1] === ' ' || file.text[start - 1] === '\t')) start--;
    const text = words.map((w) => w.value).join(' ');
    return [
      { title: `Remove '${short(text)}'`, code: issue.code, edits: [{ span: { file: file.path, start, end: last.span.end }, newText: '' }], isPreferred: true },
    ];
  }
  const del = deleteStatement(ctx.model, s);
  if (!del) return [];
  return [{ title: `Remove '${short(textOf(ctx.model, s.span))}'`, code: issue.code, edits: [del], isPreferred: true }];
}

/** data.insert: add that line to the block whose keyword the diagnostic is on. */
export function insertLineFix(ctx: FixContext, issue: Issue): CodeFix[] {
  const line = issue.data?.insert;
  if (line === undefined || line.trim() === '') return [];
  const s = statementAt(ctx.model, issue.span, (x) => x.body?.kind === 'section' && x.keyword.span.start === issue.span.start);
  if (!s || !isLiteral(s)) return [];
  const edit = insertIntoBody(ctx.model, s, [line]);
  return edit ? [{ title: `Add '${line}' to ${s.keyword.value}`, code: issue.code, edits: [edit], isPreferred: true }] : [];
}

/** Every data-driven fix that applies. */
/** data.choices: the fixes the check computed itself (cross-file, such as "change either side"). */
export function choicesFix(issue: Issue): CodeFix[] {
  return (issue.data?.choices ?? [])
    .filter((c) => c.edits.length > 0)
    .map((c) => ({ title: c.title, code: issue.code, edits: c.edits.map((e) => ({ span: e.span, newText: e.newText })) }));
}

export function dataFixes(ctx: FixContext, issue: Issue): CodeFix[] {
  return [...choicesFix(issue), ...replaceSpanFix(ctx, issue), ...removeLineFix(ctx, issue), ...insertLineFix(ctx, issue)];
}

/**
 * `<dest> via A or B` → `<dest> nexthop via A nexthop via B` (only when nothing follows B, which
 * would otherwise change from applying to the route to applying to the second nexthop).
 */
function orToNexthop(ctx: FixContext, issue: Issue): CodeFix[] {
  const line = statementAt(ctx.model, issue.span, (s) => s.isValue);
  if (!line || !isLiteral(line)) return [];
  const w = [line.keyword, ...line.args];
  const i = w.findIndex((x) => x.span.start === issue.span.start && x.value === 'or');
  if (i < 3 || i !== w.length - 2) return [];
  const [via, from, , to] = w.slice(i - 2);
  if (!via || !from || !to || (via.value !== 'via' && via.value !== 'gw')) return [];
  const a = from.value;
  const b = to.value;
  const span = { file: issue.span.file, start: via.span.start, end: to.span.end };
  return [
    {
      title: `Rewrite as 'nexthop via ${a} nexthop via ${b}'`,
      code: issue.code,
      edits: [{ span, newText: `nexthop via ${a} nexthop via ${b}` }],
      isPreferred: true,
    },
  ];
}

/** A deprecated route form: `gw` → `via`, `or` → `nexthop` clauses (`default6` → `inet6 default`). */
export const routeDeprecatedFix: FixProvider = {
  codes: [routeDeprecated.id],
  fixAll: true,
  safe: 'some',
  safeWhen: "'gw' becomes 'via' and 'or' nexthop clauses, which every keepalived 2 reads the same ('inet6 default' for 'default6' needs 2.0.8)",
  fixes: (ctx, issue) => {
    const r = dataReplacement(issue);
    if (r === 'nexthop') return orToNexthop(ctx, issue).map((f) => ({ ...f, safe: true }));
    return replaceSpanFix(ctx, issue).map((f) => ({ ...f, safe: r === 'via' }));
  },
};

/** replaceSpanFix, each fix safe when `safe` says so, given the text it replaces. */
function replaceSpanSafeWhen(safe: (old: string, fix: CodeFix) => boolean): FixProvider['fixes'] {
  return (ctx, issue) => {
    const old = fileOf(ctx.model, issue.span.file)?.text.slice(issue.span.start, issue.span.end) ?? '';
    return replaceSpanFix(ctx, issue).map((f) => ({ ...f, safe: safe(old, f) }));
  };
}

/** An unknown LVS scheduler: the rule suggests the nearest one (a guess, so not in "fix all") unless only the case is wrong. */
export const lvsSchedulerFix: FixProvider = {
  codes: [lvsScheduler.id],
  safe: 'some',
  safeWhen: 'only the letter case is wrong (`RR` → `rr`)',
  fixes: replaceSpanSafeWhen((old, f) => f.edits.length === 1 && caseOnly(old, f.edits[0]!.newText)),
};

/** `value` written as `meant` differs in letter case only: the word can only have meant that. */
export function caseOnly(value: string, meant: string): boolean {
  return value !== meant && value.toLowerCase() === meant.toLowerCase();
}

/** lb_kind / lvs_method in the wrong case: the rule offers the upper-case method only then. */
export const lvsMethodFix: FixProvider = { codes: [lvsMethod.id], fixAll: true, safe: true, fixes: replaceSpanFix };

/** auth_type `pass` or `PASS;`: the rule offers PASS / AH only when the letters are those. */
export const authTypeFix: FixProvider = {
  codes: [authType.id],
  fixAll: true,
  safe: true,
  fixes: replaceSpanFix,
};

/**
 * An address with a suffix keepalived cuts off unread: without a `/prefix` the address says the
 * same. A `-range` is not safe: several addresses may have been meant, and keepalived reads one.
 */
export const addressSuffixFix: FixProvider = {
  codes: [addressSuffixIgnored.id],
  fixAll: true,
  safe: 'some',
  safeWhen: 'the suffix is a /prefix (not a -range, where several addresses may have been meant)',
  fixes: replaceSpanSafeWhen((old) => /^[^-]*\/\d{1,3}$/.test(old)),
};
