/**
 * Fixes of keyword-level diagnostics: a misspelt keyword, a deprecated spelling, a keyword in
 * the wrong block, words keepalived never reads.
 */
import { onlyCandidate } from '../../analysis/suggest';
import { block, lookup } from '../../catalogue/index';
import type { KeywordDef } from '../../catalogue/types';
import type { Issue } from '../../issue';
import { child, type Statement } from '../../syntax/ast';
import {
  deleteSpanLines,
  deleteStatement,
  eolOf,
  fileOf,
  indentAt,
  insertAfterStatement,
  insertIntoBody,
  isLiteral,
  isLiteralWord,
  lineStart,
  reindent,
  siblingsOf,
  statementAt,
  startsLine,
  statementExtent,
  textOf,
} from './text';
import type { CodeFix, FixContext, FixProvider, TextEdit } from './types';
import { SyntaxCode } from '../../syntax/codes';
import { newer } from '../../catalogue/version';
import { argumentExtra } from '../../validation/rules/argument-extra';
import { deprecatedKeyword } from '../../validation/rules/deprecated-keyword';
import { unknownKeyword } from '../../validation/rules/unknown-keyword';
import { wrongBlock } from '../../validation/rules/wrong-block';

const replacementOf = (issue: Issue): string | undefined => {
  const r = issue.data?.replacement;
  return r !== undefined && r !== '' ? r : undefined;
};

/** The statement whose keyword is the issue's span. */
function keywordStatement(ctx: FixContext, issue: Issue): Statement | undefined {
  return statementAt(ctx.model, issue.span, (s) => !s.isValue && s.keyword.span.start === issue.span.start && s.keyword.span.file === issue.span.file);
}

/** A `{` right after the statement that keepalived ignored: the keyword was meant to open a block. */
function hasIgnoredBlock(ctx: FixContext, s: Statement): boolean {
  const file = fileOf(ctx.model, s.span.file);
  if (!file) return true;
  return ctx.model.parsed.syntaxIssues.some(
    (i) =>
      i.code === SyntaxCode.unexpectedOpenBrace &&
      i.span.file === s.span.file &&
      i.span.start >= s.span.end &&
      /^\s*$/.test(file.text.slice(s.span.end, i.span.start)),
  );
}

export const unknownKeywordFix: FixProvider = {
  codes: [unknownKeyword.id],
  fixAll: true,
  safe: 'some',
  safeWhen: 'the misspelt keyword is near one keyword of its block only',
  fixes(ctx, issue) {
    const s = keywordStatement(ctx, issue);
    // a known keyword or a value read at the top level by the processes that skip its block (a brace
    // is missing above, missing-open-brace's fix adds it): neither renaming nor removing the line is the cure
    if (!s || !isLiteralWord(s.keyword) || s.def || s.isValue) return [];
    const out: CodeFix[] = [];
    const near = replacementOf(issue);
    let r = near;
    // a deprecated spelling is near: go straight to its modern like-for-like name
    const dep = r ? lookup(s.blockId, r) : undefined;
    const modern = dep?.deprecated?.replacement ? lookup(s.blockId, dep.deprecated.replacement) : undefined;
    if (dep && modern && !modern.deprecated && sameArguments(dep, modern)) r = modern.name;
    if (r && near) {
      // safe: the word can only have meant `near` (and a modern name instead is known to the target keepalived)
      const safe =
        onlyCandidate(s.keyword.value, near, block(s.blockId)?.keywords.map((k) => k.name) ?? []) &&
        (!modern || r !== modern.name || knownTo(modern, ctx.options.keepalivedVersion));
      out.push({ title: `Change to '${r}'`, code: issue.code, edits: [{ span: s.keyword.span, newText: r }], isPreferred: true, safe });
    }
    if (!hasIgnoredBlock(ctx, s)) {
      const del = deleteStatement(ctx.model, s);
      if (del) out.push({ title: `Remove the line '${s.keyword.value}' (keepalived ignores it)`, code: issue.code, edits: [del] });
    }
    return out;
  },
};

/** Two keyword definitions take the same arguments (so the replacement reads the same words). */
function sameArguments(a: KeywordDef, b: KeywordDef): boolean {
  if (!!a.freeform !== !!b.freeform || a.opens !== b.opens || a.values !== b.values) return false;
  if (a.freeform) return true;
  const x = a.args ?? [];
  const y = b.args ?? [];
  return (
    x.length === y.length &&
    x.every((arg, i) => {
      const other = y[i];
      return other !== undefined && arg.type.kind === other.type.kind && !!arg.optional === !!other.optional && !!arg.repeat === !!other.repeat;
    })
  );
}

/**
 * Does every keepalived the configuration is for know `def`: one that predates the versions the
 * catalogue tracks, or one no newer than the target version when that is set.
 */
function knownTo(def: KeywordDef, target: string | undefined): boolean {
  if (def.absentIn !== undefined && def.since === undefined) return target !== undefined && newer(target, def.absentIn);
  return def.since === undefined || (target !== undefined && !newer(def.since, target));
}

export const deprecatedKeywordFix: FixProvider = {
  codes: [deprecatedKeyword.id],
  fixAll: true,
  safe: 'some',
  safeWhen:
    'the new name reads the same words and every keepalived the configuration is for knows it (it predates the versions tracked, or --keepalived-version is at least the one that brought it)',
  fixes(ctx, issue) {
    const s = keywordStatement(ctx, issue);
    const r = replacementOf(issue);
    if (!s || !r || !s.def || !isLiteralWord(s.keyword)) return [];
    const target = lookup(s.blockId, r);
    // Only a like-for-like rename: a replacement living elsewhere or reading other words needs a person.
    if (!target || target.deprecated || !sameArguments(s.def, target)) return [];
    const safe = knownTo(target, ctx.options.keepalivedVersion);
    return [{ title: `Replace '${s.keyword.value}' with '${r}'`, code: issue.code, edits: [{ span: s.keyword.span, newText: r }], isPreferred: true, safe }];
  },
};

/**
 * wrong-block: move the statement into a block that accepts it — a sibling block of the right
 * kind (auth_pass into the instance's authentication { }), or the nearest enclosing level that
 * accepts it (a vrrp_script line written inside global_defs goes after global_defs) — or delete it.
 */
export const wrongBlockFix: FixProvider = {
  codes: [wrongBlock.id],
  fixes(ctx, issue) {
    const s = keywordStatement(ctx, issue);
    if (!s || !isLiteral(s)) return [];
    const blocks = issue.data?.blocks;
    const accepted = blocks ?? [];
    if (hasIgnoredBlock(ctx, s)) return missingBraceBefore(ctx, issue, s, accepted);
    const out: CodeFix[] = [];
    const del = deleteStatement(ctx.model, s);
    const extent = statementExtent(ctx.model, s);
    const file = fileOf(ctx.model, s.span.file);
    if (del && extent && file) {
      const moved = textOf(ctx.model, extent);
      const fromIndent = indentAt(file.text, s.span.start);
      // a sibling block of an accepting kind
      for (const t of siblingsOf(ctx.model, s)) {
        if (t === s || t.body?.kind !== 'section' || !accepted.includes(t.body.id) || !t.body.close) continue;
        const already = child(t, s.keyword.value);
        if (already && !lookup(t.body.id, s.keyword.value)?.repeatable) continue;
        const ins = insertIntoBody(ctx.model, t, reindent(moved, fromIndent, '', eolOf(file)).split(eolOf(file)));
        if (!ins || !isLiteral(t)) continue;
        out.push({ title: `Move '${s.keyword.value}' into ${t.keyword.value} { }`, code: issue.code, edits: [del, ins], isPreferred: true });
        break;
      }
      // the nearest enclosing level that accepts it
      for (let a = s.parent; a && out.length === 0; a = a.parent) {
        if (!accepted.includes(a.blockId)) continue;
        const aFile = fileOf(ctx.model, a.span.file);
        const aExtent = statementExtent(ctx.model, a);
        if (!aFile || !aExtent || a.span.file !== s.span.file) break;
        const to = indentAt(aFile.text, a.span.start);
        const ins = insertAfterStatement(ctx.model, a, reindent(moved, fromIndent, to, eolOf(file)));
        if (ins)
          out.push({
            title: `Move '${s.keyword.value}' out to ${a.blockId === 'root' ? 'the top level' : `${a.blockId} { }`}`,
            code: issue.code,
            edits: [del, ins],
            isPreferred: true,
          });
      }
    }
    if (del) out.push({ title: `Remove '${s.keyword.value}' (keepalived ignores it here)`, code: issue.code, edits: [del] });
    return out;
  },
};

/**
 * `vrrp_instance VI_2 {` read inside VI_1 because VI_1's `}` is missing: keepalived ignores the
 * keyword and its `{`, and VI_2's `}` closes VI_1. Insert the missing `}` before it, when the
 * indentation shows the keyword sits at the level that accepts it.
 */
function missingBraceBefore(ctx: FixContext, issue: Issue, s: Statement, accepted: readonly string[]): CodeFix[] {
  const file = fileOf(ctx.model, s.span.file);
  if (!file || !startsLine(file.text, s.span.start)) return [];
  const closers: Statement[] = [];
  for (let a = s.parent; a; a = a.parent) {
    closers.push(a);
    if (accepted.includes(a.blockId)) break;
  }
  const outer = closers[closers.length - 1];
  if (!outer || !accepted.includes(outer.blockId)) return [];
  if (closers.some((c) => c.span.file !== file.path || !startsLine(file.text, c.span.start))) return [];
  const eol = eolOf(file);
  const at = lineStart(file.text, s.span.start);
  const newText = closers.map((c) => `${indentAt(file.text, c.span.start)}}`).join(eol) + eol;
  const name = `'${outer.keyword.value}${outer.args[0] ? ` ${outer.args[0].value}` : ''}'`;
  const insert: TextEdit = { span: { file: file.path, start: at, end: at }, newText };
  if (indentAt(file.text, s.span.start).length <= indentAt(file.text, outer.span.start).length) {
    const what = closers.length === 1 ? `the missing '}' of ${name}` : `the ${closers.length} missing '}'`;
    return [{ title: `Insert ${what} before '${s.keyword.value}'`, code: issue.code, edits: [insert], isPreferred: true }];
  }
  // Written inside on purpose (`vrrp_script` blocks inside global_defs): the block's real `}` comes
  // later and closes nothing now. Close the block before the keyword and drop that `}`.
  if (closers.length !== 1) return [];
  const extra = ctx.model.parsed.syntaxIssues.find((i) => i.code === SyntaxCode.extraCloseBrace && i.span.file === file.path && i.span.start > s.span.end);
  if (!extra) return [];
  // Not preferred: the blocks it un-hides are read for the first time and may have findings of their own.
  return [
    {
      title: `Close ${name} before '${s.keyword.value}' (move its '}' up from line ${file.positionAt(extra.span.start).line + 1})`,
      code: issue.code,
      edits: [insert, deleteSpanLines(file, extra.span)],
    },
  ];
}

/** argument-extra: drop the words keepalived never reads (nothing changes for keepalived). */
export const argumentExtraFix: FixProvider = {
  codes: [argumentExtra.id],
  fixAll: true,
  fixes(ctx, issue) {
    const s = statementAt(ctx.model, issue.span, (x) => !x.isValue);
    const file = fileOf(ctx.model, issue.span.file);
    if (!s || !file) return [];
    const words = s.args.filter((w) => w.span.file === issue.span.file && w.span.start >= issue.span.start && w.span.end <= issue.span.end);
    if (words.length === 0 || words.some((w) => w.synthetic)) return [];
    let start = issue.span.start;
    while (start > lineStart(file.text, start) && /[ \t]/.test(file.text.charAt(start - 1))) start--;
    const edit: TextEdit = { span: { file: file.path, start, end: issue.span.end }, newText: '' };
    return [{ title: `Remove '${words.map((w) => w.value).join(' ')}' (keepalived ignores it)`, code: issue.code, edits: [edit], isPreferred: true }];
  },
};
