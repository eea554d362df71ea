/**
 * Fixes around named objects: a reference to an undefined script/process/file (the nearest
 * defined name, or a stub definition), an unused vrrp_script (track it), scripts without
 * enable_script_security (add it to global_defs).
 */
import type { NamedObject, Reference } from '../../analysis/model';
import { nearest } from '../../analysis/suggest';
import type { RefKind } from '../../catalogue/types';
import type { Span } from '../../issue';
import { fullSpan, walk, type Statement } from '../../syntax/ast';
import {
  deleteStatement,
  eolOf,
  fileOf,
  indentUnit,
  insertBeforeStatement,
  indentAt,
  insertIntoBody,
  isLiteral,
  isLiteralWord,
  reindent,
  startsLine,
  statementExtent,
  textOf,
  topLevelOf,
} from './text';
import type { CodeFix, FixContext, FixProvider, TextEdit } from './types';
import { scriptSecurity } from '../../validation/rules/script-security';
import { undefinedReference } from '../../validation/rules/undefined-reference';
import { unusedScript } from '../../validation/rules/unused-script';

const within = (inner: Span, outer: Span) => inner.file === outer.file && outer.start <= inner.start && inner.end <= outer.end;

function referenceAt(ctx: FixContext, span: Span): Reference | undefined {
  const refs = ctx.model.symbols.references;
  return (
    refs.find((r) => r.word.span.file === span.file && r.word.span.start === span.start) ??
    refs.find((r) => within(r.word.span, span) || within(span, r.word.span))
  );
}

/** How to write a minimal definition of each kind a track_* block refers to. */
const STUBS: Partial<Record<RefKind, (name: string) => string[]>> = {
  vrrp_script: (n) => [`vrrp_script ${n} {`, `\tscript "/etc/keepalived/${n}.sh"   # TODO: the check to run`, '\tinterval 2', '}'],
  track_process: (n) => [`vrrp_track_process ${n} {`, `\tprocess ${n}   # TODO: the process to watch`, '}'],
  track_file: (n) => [`track_file ${n} {`, `\tfile "/var/run/keepalived/${n}"   # TODO: the file holding the number`, '}'],
};

const KIND_WORDS: Partial<Record<RefKind, string>> = { vrrp_script: 'vrrp_script', track_process: 'vrrp_track_process', track_file: 'track_file' };

/** Move a top-level definition to just before the top-level block `before` (its first user). */
function moveAbove(ctx: FixContext, def: NamedObject, before: Statement): TextEdit[] | undefined {
  const ext = statementExtent(ctx.model, def.stmt);
  const del = deleteStatement(ctx.model, def.stmt);
  const file = fileOf(ctx.model, before.span.file);
  const from = fileOf(ctx.model, def.stmt.span.file);
  if (def.stmt.parent || !ext || !del || !file || !from || !startsLine(file.text, before.span.start) || before.keyword.synthetic) return undefined;
  const text = reindent(textOf(ctx.model, ext), indentAt(from.text, def.stmt.span.start), indentAt(file.text, before.span.start), eolOf(file));
  const ins = insertBeforeStatement(ctx.model, before, text + eolOf(file));
  return ins ? [del, ins] : undefined;
}

export const undefinedReferenceFix: FixProvider = {
  codes: [undefinedReference.id],
  fixes(ctx, issue) {
    const ref = referenceAt(ctx, issue.span);
    if (!ref || !isLiteralWord(ref.word)) return [];
    const out: CodeFix[] = [];
    const d = issue.data;
    const top = topLevelOf(ref.stmt);
    if (d?.reason === 'later') {
      // defined further down: keepalived needs it above its first use
      const def = ctx.model.symbols.lookup(ref.kind, ref.name);
      const moved = def && def.stmt !== top && moveAbove(ctx, def, top);
      if (moved)
        out.push({
          title: `Move ${KIND_WORDS[ref.kind] ?? ref.kind} '${ref.name}' above ${top.keyword.value}${top.args[0] ? ` ${top.args[0].value}` : ''}`,
          code: issue.code,
          edits: moved,
          isPreferred: true,
        });
      return out;
    }
    if (d?.reason === 'removed') return out;
    const defined = ctx.model.symbols.ofKind(ref.kind).map((o) => o.name);
    const suggestion = d?.suggestion ? d.suggestion : nearest(ref.name, defined);
    if (suggestion && suggestion !== ref.name) {
      out.push({ title: `Change to '${suggestion}'`, code: issue.code, edits: [{ span: ref.word.span, newText: suggestion }], isPreferred: true });
    }
    const stub = STUBS[ref.kind];
    const file = fileOf(ctx.model, top.span.file);
    // (a definition that exists but keepalived never reads needs its braces fixed, not a second one)
    if (
      stub &&
      file &&
      !ctx.model.symbols.lookup(ref.kind, ref.name) &&
      !ref.word.quoted &&
      /^[\w.-]+$/.test(ref.name) &&
      startsLine(file.text, top.span.start) &&
      !top.keyword.synthetic
    ) {
      const unit = indentUnit(file);
      const text =
        stub(ref.name)
          .map((l) => l.replace(/^\t/, unit))
          .join(eolOf(file)) + eolOf(file);
      const ins = insertBeforeStatement(ctx.model, top, text);
      if (ins) out.push({ title: `Create ${KIND_WORDS[ref.kind]} '${ref.name}'`, code: issue.code, edits: [ins], isPreferred: out.length === 0 });
    }
    return out;
  },
};

function definitionAt(ctx: FixContext, span: Span, kind: RefKind): NamedObject | undefined {
  const defs = ctx.model.symbols.definitions.filter((d) => d.kind === kind);
  return defs.find((d) => within(span, d.nameWord.span) || within(d.nameWord.span, span)) ?? defs.find((d) => within(span, fullSpan(d.stmt)));
}

/** Add `name` to the instance's track_script block, creating the block when there is none. */
export function trackScriptEdit(ctx: FixContext, instance: Statement, name: string): TextEdit | undefined {
  const blocks = (instance.body?.statements ?? []).filter((c) => !c.isValue && c.keyword.value === 'track_script' && c.body?.close);
  const existing = blocks[blocks.length - 1];
  if (existing) return isLiteral(existing) ? insertIntoBody(ctx.model, existing, [name]) : undefined;
  const file = fileOf(ctx.model, instance.span.file);
  if (!file) return undefined;
  return insertIntoBody(ctx.model, instance, ['track_script {', `${indentUnit(file)}${name}`, '}']);
}

/** Position of each statement in reading order (includes expanded where they are). */
function readingOrder(ctx: FixContext): Map<Statement, number> {
  const m = new Map<Statement, number>();
  let i = 0;
  for (const s of walk(ctx.model.parsed.statements)) m.set(s, i++);
  return m;
}

export const unusedScriptFix: FixProvider = {
  codes: [unusedScript.id],
  fixes(ctx, issue) {
    const def = definitionAt(ctx, issue.span, 'vrrp_script');
    if (!def) return [];
    const out: CodeFix[] = [];
    const order = readingOrder(ctx);
    const at = order.get(def.stmt) ?? 0;
    const early = ctx.model.symbols.referencesTo('vrrp_script', def.name).filter((r) => (order.get(r.stmt) ?? 0) < at);
    const [firstEarly] = early;
    if (firstEarly) {
      // tracked, but above the definition, where keepalived cannot find it yet
      const top = topLevelOf(firstEarly.stmt);
      const moved = moveAbove(ctx, def, top);
      if (moved)
        out.push({
          title: `Move vrrp_script '${def.name}' above ${top.keyword.value}${top.args[0] ? ` ${top.args[0].value}` : ''}`,
          code: issue.code,
          edits: moved,
          isPreferred: true,
        });
      return out;
    }
    // an instance can only track a script defined above it
    const instances = ctx.model.instances.filter(
      (i) => !i.dropped && i.stmt.body?.close && !i.stmt.keyword.synthetic && !i.obj.nameWord.synthetic && (order.get(i.stmt) ?? 0) > at,
    );
    for (const inst of instances.slice(0, 8)) {
      const edit = trackScriptEdit(ctx, inst.stmt, def.name);
      if (edit) out.push({ title: `Track '${def.name}' in vrrp_instance ${inst.name}`, code: issue.code, edits: [edit], isPreferred: instances.length === 1 });
    }
    const del = def.stmt.body?.close ? deleteStatement(ctx.model, def.stmt) : undefined;
    if (del) out.push({ title: `Remove the unused vrrp_script '${def.name}'`, code: issue.code, edits: [del] });
    return out;
  },
};

/** The edit that turns on enable_script_security: in an existing global_defs, or a new one at the top of the main file. */
export function enableScriptSecurityEdit(ctx: FixContext, prefer?: string): TextEdit | undefined {
  const defs = ctx.model.globals.globalDefs.filter((g) => g.body?.close && g.body.close.span.file === g.span.file && !g.keyword.synthetic);
  const g = defs.find((x) => x.span.file === prefer) ?? defs.find((x) => x.span.file === ctx.model.parsed.entry) ?? defs[0];
  if (g) return insertIntoBody(ctx.model, g, ['enable_script_security']);
  const file = fileOf(ctx.model, ctx.model.parsed.entry);
  if (!file) return undefined;
  const eol = eolOf(file);
  // after the leading comment lines (`! Configuration File for keepalived`)
  let at = 0;
  for (const m of file.text.matchAll(/^[ \t]*([!#].*)?\r?$/gm)) {
    if (m.index !== at) break;
    at = m.index + m[0].length + 1;
    if (at > file.text.length) break;
  }
  at = Math.min(at, file.text.length);
  const atEnd = at === file.text.length && file.text.length > 0 && !file.text.endsWith('\n');
  const block = ['global_defs {', `${indentUnit(file)}enable_script_security`, '}'].join(eol);
  const rest = file.text.slice(at);
  const newText = (atEnd ? eol : '') + block + eol + (rest.trim() !== '' && !/^[ \t]*\r?\n/.test(rest) ? eol : '');
  return { span: { file: file.path, start: at, end: at }, newText };
}

export const scriptSecurityFix: FixProvider = {
  codes: [scriptSecurity.id],
  fixes(ctx, issue) {
    if (ctx.model.globals.enableScriptSecurity) return [];
    const edit = enableScriptSecurityEdit(ctx, issue.span.file);
    if (!edit) return [];
    return [{ title: 'Add enable_script_security to global_defs', code: issue.code, edits: [edit], isPreferred: true }];
  },
};
