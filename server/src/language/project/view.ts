/**
 * A document as the editor's features see it. For a plain configuration, its analysis as it is.
 * For a template, the analysis of its view (its first rendering), with offsets moved between the template
 * (what the editor shows) and the rendering (what the features read): a feature answers only
 * about literal keepalived text, and no edit ever touches template code.
 */
import type { ConfigModel } from '../analysis/model';
import { codeActionsFor, cursorActions, fixAll, safeFixes, type CodeActionPlan, type FixContext, type TextEdit } from '../features/codeActions';
import type { Issue, Span } from '../issue';
import type { SourceFile } from '../syntax/source';
import { TemplateCode } from '../templates/codes';
import type { FileResult } from './lint';

export interface DocumentView {
  readonly model: ConfigModel;
  /** Source files for positions; the document's own path maps to its own text. */
  readonly files: ReadonlyMap<string, SourceFile>;
  /** A document offset in the analysis (undefined: template code, nothing to say there). */
  toModel(offset: number): number | undefined;
  /** An analysis span in the document; for an edit, undefined when it would touch a value a tag prints. */
  toDocument(span: Span, forEdit?: boolean): Span | undefined;
}

export function documentView(result: FileResult, path: string): DocumentView {
  const t = result.template;
  if (!t) return { model: result.model, files: result.model.parsed.files, toModel: (o) => o, toDocument: (s) => s };
  const map = t.view.rendering.map;
  const files = new Map(result.model.parsed.files);
  files.set(path, t.file);
  return {
    model: result.model,
    files,
    toModel: (o) => map.toRendering(o),
    toDocument: (s, forEdit = false) => {
      if (s.file !== path) return s;
      if (forEdit && map.touchesValue(s.start, s.end)) return undefined;
      return { file: path, ...map.toTemplateSpan(s.start, s.end) };
    },
  };
}

/**
 * Findings about the template's own text (template-glued-keyword) carry their fix in the
 * template's offsets (data.choices): offered as they are, never through the rendering.
 */
const TEMPLATE_TEXT_FIXES: ReadonlySet<string> = new Set([TemplateCode.gluedKeyword]);

function templateTextFixes(path: string, issues: readonly Issue[]): CodeActionPlan[] {
  return issues.flatMap((i) =>
    TEMPLATE_TEXT_FIXES.has(i.code) && i.span.file === path
      ? (i.data?.choices ?? []).map((c): CodeActionPlan => ({ title: c.title, kind: 'quickfix', edits: c.edits, issues: [i], isPreferred: true }))
      : [],
  );
}

/** Move an issue of the document into the analysis (undefined when it is not on literal text). */
function issueToModel(view: DocumentView, path: string, issue: Issue): Issue | undefined {
  if (TEMPLATE_TEXT_FIXES.has(issue.code)) return undefined;
  if (issue.span.file !== path) return issue;
  const start = view.toModel(issue.span.start);
  const end = view.toModel(issue.span.end);
  return start === undefined || end === undefined ? undefined : { ...issue, span: { file: path, start, end } };
}

/** A plan's edits in the document, or undefined when one would touch template code. */
function planToDocument(view: DocumentView, plan: CodeActionPlan, back: ReadonlyMap<Issue, Issue>): CodeActionPlan | undefined {
  const edits: TextEdit[] = [];
  for (const e of plan.edits) {
    const span = view.toDocument(e.span, true);
    if (!span) return undefined;
    edits.push({ span, newText: e.newText });
  }
  return { ...plan, edits, issues: plan.issues.map((i) => back.get(i) ?? i) };
}

/**
 * The quick fixes of a document's issues, as codeActionsFor/fixAll/cursorActions give them, moved
 * through the view (`here`: the issues under the cursor; `all`: every issue of the document).
 */
export function viewActions(
  view: DocumentView,
  ctx: FixContext,
  path: string,
  here: readonly Issue[],
  all: readonly Issue[],
  want: { readonly fixAll: boolean; readonly cursor?: Span },
): { quickFixes: CodeActionPlan[]; fixAll?: CodeActionPlan; cursor: CodeActionPlan[] } {
  const back = new Map<Issue, Issue>();
  const inModel = (list: readonly Issue[]) =>
    list.flatMap((i) => {
      const m = issueToModel(view, path, i);
      if (!m) return [];
      back.set(m, i);
      return [m];
    });
  const hereM = inModel(here);
  const allM = inModel(all);
  const moved = (plans: readonly CodeActionPlan[]) => plans.map((p) => planToDocument(view, p, back)).filter((p): p is CodeActionPlan => p !== undefined);
  const fa = want.fixAll ? fixAll(ctx, allM) : undefined;
  let cursorPlans: CodeActionPlan[] = [];
  const cursor = want.cursor;
  if (cursor) {
    const start = view.toModel(cursor.start);
    const end = view.toModel(cursor.end);
    if (start !== undefined && end !== undefined) cursorPlans = moved(cursorActions(ctx, { file: path, start, end }));
  }
  const quickFixes = [...moved(codeActionsFor(ctx, hereM, allM)), ...templateTextFixes(path, here)];
  return { quickFixes, fixAll: fa ? planToDocument(view, fa, back) : undefined, cursor: cursorPlans };
}

/** The safe fix of each of a document's issues (keepalived-lint --fix), moved through the view: none touches template code. */
export function viewSafeFixes(view: DocumentView, ctx: FixContext, path: string, issues: readonly Issue[]): CodeActionPlan[] {
  const back = new Map<Issue, Issue>();
  const inModel = issues.flatMap((i) => {
    const m = issueToModel(view, path, i);
    if (!m) return [];
    back.set(m, i);
    return [m];
  });
  return safeFixes(ctx, inModel)
    .map((p) => planToDocument(view, p, back))
    .filter((p): p is CodeActionPlan => p !== undefined);
}
