/**
 * The diagnostics of a document, and code actions as the editor asks for them (vscode-languageserver-types): quick fixes for the
 * diagnostics the editor sends back (matched to this version's issues by code and range), fixes
 * at the cursor, and "fix all" (`source.fixAll.keepalived`). The plans come from
 * language/features/codeActions through the document's view (view.ts); here only the matching
 * and the conversion to LSP types.
 */
import { CodeActionKind, type CodeAction, type Diagnostic, type Range, type TextEdit as LspTextEdit, type WorkspaceEdit } from 'vscode-languageserver-types';
import type { CodeActionPlan, FixContext, TextEdit } from '../features/codeActions';
import type { Issue, Severity } from '../issue';
import type { LintFilesResult } from '../../shared/protocol';
import type { SourceFile } from '../syntax/source';
import type { FileResult } from './lint';
import { sameRange, toDiagnostic, toRange, type UriOf } from './lspTypes';
import type { ProjectLint, WorkspaceIssueSet } from './types';
import { documentView, viewActions } from './view';

/** Our fix-all kind: `source.fixAll.keepalived` (editor.codeActionsOnSave can name it). */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.keepalived`;

/** The code action kinds the service offers. */
export const CODE_ACTION_KINDS: readonly string[] = [CodeActionKind.QuickFix, FIX_ALL_KIND];

export interface CodeActionRequest {
  readonly uri: string;
  readonly path: string;
  /** The document's lint result. */
  readonly result: FileResult;
  readonly fixContext: FixContext;
  /** Cluster and Kolla findings (their fixes may edit other files, such as globals.yml). */
  readonly workspaceIssues: WorkspaceIssueSet;
  /** The diagnostics the editor sends back, the range of the cursor, the kinds asked for. */
  readonly diagnostics: readonly Diagnostic[];
  readonly range: Range;
  readonly only?: readonly string[];
  /** URIs of other files. */
  readonly uriOf: UriOf;
}

const wants = (only: readonly string[] | undefined, kind: string): boolean => !only || only.some((o) => kind === o || kind.startsWith(`${o}.`));

const codeOf = (d: Diagnostic): string | undefined => (d.code === undefined ? undefined : String(d.code));

/** The diagnostics a document shows: its own issues (not those of the files it includes) and the workspace's on it. */
export function documentDiagnostics(result: FileResult, path: string, ws: WorkspaceIssueSet, uriOf: UriOf): Diagnostic[] {
  // a template's issues are on its own text, not on the rendering its analysis read
  const files = new Map<string, SourceFile>([...ws.files, ...documentView(result, path).files]);
  const issues = [...result.issues.filter((i) => i.span.file === path), ...(ws.byFile.get(path) ?? [])];
  return issues.map((i) => toDiagnostic(i, files, uriOf));
}

/**
 * A project lint (the CLI's: each file, an included file as part of its includer, the cluster and
 * Kolla checks) as diagnostics per file (every file linted has an entry, maybe empty), and its counts.
 */
export function projectDiagnostics(
  result: ProjectLint,
  paths: readonly string[],
  uriOf: UriOf,
): { byFile: Map<string, Diagnostic[]>; summary: LintFilesResult } {
  const byFile = new Map<string, Diagnostic[]>(paths.map((p) => [p, []]));
  const count: Record<Severity, number> = { error: 0, warning: 0, information: 0, hint: 0 };
  for (const i of result.issues) {
    count[i.severity]++;
    byFile.set(i.span.file, [...(byFile.get(i.span.file) ?? []), toDiagnostic(i, result.files, uriOf)]);
  }
  return { byFile, summary: { files: paths.length, errors: count.error, warnings: count.warning, others: count.information + count.hint } };
}

export function codeActionsAt(q: CodeActionRequest): CodeAction[] {
  const { path, only } = q;
  // the document as the features see it (a template: its first rendering, edits never on template code)
  const view = documentView(q.result, path);
  const files = view.files;
  const uriOf: UriOf = (p) => (p === path ? q.uri : q.uriOf(p));
  const issues = q.result.issues.filter((i) => i.span.file === path);
  const ws = q.workspaceIssues;
  const allFiles = new Map<string, SourceFile>([...ws.files, ...files]);
  const here: { issue: Issue; diagnostic: Diagnostic }[] = [];
  for (const d of q.diagnostics) {
    if (d.source !== undefined && d.source !== 'keepalived') continue;
    const issue = [...issues, ...(ws.byFile.get(path) ?? [])].find(
      (i) => i.code === codeOf(d) && sameRange(toRange(i.span, allFiles), d.range) && !here.some((h) => h.issue === i),
    );
    if (issue) here.push({ issue, diagnostic: d });
  }
  const file = files.get(path);
  const cursor = file ? { file: path, start: file.offsetAt(q.range.start), end: file.offsetAt(q.range.end) } : undefined;
  const plans = viewActions(
    view,
    q.fixContext,
    path,
    here.map((h) => h.issue),
    issues,
    { fixAll: !!only && wants(only, FIX_ALL_KIND), cursor: wants(only, CodeActionKind.QuickFix) ? cursor : undefined },
  );
  const diagnostic = (i: Issue) => toDiagnostic(i, files, q.uriOf);
  const out: CodeAction[] = [];
  if (wants(only, CodeActionKind.QuickFix)) {
    for (const plan of plans.quickFixes) {
      const diagnostics = plan.issues.map((i) => here.find((h) => h.issue === i)?.diagnostic ?? diagnostic(i));
      out.push(toCodeAction(plan, CodeActionKind.QuickFix, diagnostics, toWorkspaceEdit(plan.edits, allFiles, uriOf)));
    }
    if (!out.some((a) => a.isPreferred))
      for (const plan of plans.cursor) out.push(toCodeAction(plan, CodeActionKind.QuickFix, [], toWorkspaceEdit(plan.edits, files, uriOf)));
  }
  if (only && wants(only, FIX_ALL_KIND) && plans.fixAll) {
    const plan = plans.fixAll;
    out.push(toCodeAction(plan, FIX_ALL_KIND, plan.issues.map(diagnostic), toWorkspaceEdit(plan.edits, files, uriOf)));
  }
  return out;
}

function toCodeAction(plan: CodeActionPlan, kind: string, diagnostics: Diagnostic[], edit: WorkspaceEdit): CodeAction {
  const action: CodeAction = { title: plan.title, kind, diagnostics, edit };
  if (plan.isPreferred) action.isPreferred = true;
  return action;
}

export function toWorkspaceEdit(edits: readonly TextEdit[], files: ReadonlyMap<string, SourceFile>, uriOf: UriOf): WorkspaceEdit {
  const changes: Record<string, LspTextEdit[]> = {};
  for (const e of edits) (changes[uriOf(e.span.file)] ??= []).push({ range: toRange(e.span, files), newText: e.newText });
  return { changes };
}
