/**
 * Registration of code actions (quick fixes keyed by diagnostic code, "fix all of this kind",
 * source.fixAll) and the server side of client commands (keepalived/lintFiles for "Lint
 * Workspace"). Thin adapters: cached analysis → language/features/codeActions → LSP types.
 */
import {
  CodeActionKind,
  RequestType,
  type CodeAction,
  type CodeActionParams,
  type Connection,
  type Diagnostic,
  type ServerCapabilities,
  type TextEdit as LspTextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver/node';
import {
  documentView,
  viewActions,
  type CodeActionPlan,
  type Issue,
  type ProjectFile,
  type Severity,
  type SourceFile,
  type TextEdit,
} from '../language/project/index';
import { LINT_FILES_REQUEST, type LintFilesParams, type LintFilesResult } from '../shared/protocol';
import { pathToUri, toDiagnostic, toRange, uriToPath } from './convert';
import { runSafe } from './runner';
import type { Workspace } from './workspace';

/** Our fix-all kind: `source.fixAll.keepalived` (editor.codeActionsOnSave can name it). */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.keepalived`;

export const LintFilesRequest = new RequestType<LintFilesParams, LintFilesResult, void>(LINT_FILES_REQUEST);

export function codeActionCapabilities(): ServerCapabilities {
  return { codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: false } };
}

export function registerCodeActions(connection: Connection, workspace: Workspace): void {
  connection.onCodeAction((params, token) => runSafe<CodeAction[]>(connection, () => codeActions(workspace, params), [], 'code actions', token));
  connection.onRequest(LintFilesRequest, (params, token) =>
    runSafe<LintFilesResult>(
      connection,
      () => lintFiles(connection, workspace, params, () => token.isCancellationRequested),
      { files: 0, errors: 0, warnings: 0, others: 0 },
      'lint files',
      token,
    ),
  );
}

const wants = (only: readonly string[] | undefined, kind: string): boolean => !only || only.some((o) => kind === o || kind.startsWith(`${o}.`));

function sameRange(a: Diagnostic['range'], b: Diagnostic['range']): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}

const codeOf = (d: Diagnostic): string | undefined => (d.code === undefined ? undefined : String(d.code));

export function codeActions(workspace: Workspace, params: CodeActionParams): CodeAction[] {
  const uri = params.textDocument.uri;
  const result = workspace.validationFor(uri);
  if (!result) return [];
  const path = uriToPath(uri);
  // the document as the features see it (a template: its first rendering, edits never on template code)
  const view = documentView(result, path);
  const files = view.files;
  const ctx = workspace.project().fixContext(
    result.model,
    path,
    () => workspace.knownModels(),
    () => workspace.workspaceModel(),
  );
  const issues = result.issues.filter((i) => i.span.file === path);
  const only = params.context.only;
  const out: CodeAction[] = [];
  // The diagnostics VS Code sends back are ours: match them to this version's issues by code and range.
  // Cluster and Kolla findings come from the workspace computation; their fixes (data.choices)
  // may edit other files, such as globals.yml.
  const ws = workspace.workspaceIssues();
  const allFiles = new Map<string, SourceFile>([...ws.files, ...files]);
  const here: { issue: Issue; diagnostic: Diagnostic }[] = [];
  for (const d of params.context.diagnostics) {
    if (d.source !== undefined && d.source !== 'keepalived') continue;
    const issue = [...issues, ...(ws.byFile.get(path) ?? [])].find(
      (i) => i.code === codeOf(d) && sameRange(toRange(i.span, allFiles), d.range) && !here.some((h) => h.issue === i),
    );
    if (issue) here.push({ issue, diagnostic: d });
  }
  const file = files.get(path);
  const cursor = file ? { file: path, start: file.offsetAt(params.range.start), end: file.offsetAt(params.range.end) } : undefined;
  const plans = viewActions(
    view,
    ctx,
    path,
    here.map((h) => h.issue),
    issues,
    { fixAll: !!only && wants(only, FIX_ALL_KIND), cursor: wants(only, CodeActionKind.QuickFix) ? cursor : undefined },
  );
  if (wants(only, CodeActionKind.QuickFix)) {
    for (const plan of plans.quickFixes) {
      const diagnostics = plan.issues.map((i) => here.find((h) => h.issue === i)?.diagnostic ?? toDiagnostic(i, files));
      out.push(toCodeAction(plan, CodeActionKind.QuickFix, diagnostics, uri, path, allFiles));
    }
    if (!out.some((a) => a.isPreferred)) for (const plan of plans.cursor) out.push(toCodeAction(plan, CodeActionKind.QuickFix, [], uri, path, files));
  }
  if (only && wants(only, FIX_ALL_KIND) && plans.fixAll) {
    out.push(
      toCodeAction(
        plans.fixAll,
        FIX_ALL_KIND,
        plans.fixAll.issues.map((i) => toDiagnostic(i, files)),
        uri,
        path,
        files,
      ),
    );
  }
  return out;
}

function toCodeAction(
  plan: CodeActionPlan,
  kind: string,
  diagnostics: Diagnostic[],
  uri: string,
  path: string,
  files: ReadonlyMap<string, SourceFile>,
): CodeAction {
  const action: CodeAction = { title: plan.title, kind, diagnostics, edit: toWorkspaceEdit(plan.edits, uri, path, files) };
  if (plan.isPreferred) action.isPreferred = true;
  return action;
}

export function toWorkspaceEdit(edits: readonly TextEdit[], uri: string, path: string, files: ReadonlyMap<string, SourceFile>): WorkspaceEdit {
  const changes: Record<string, LspTextEdit[]> = {};
  for (const e of edits) {
    const target = e.span.file === path ? uri : pathToUri(e.span.file);
    (changes[target] ??= []).push({ range: toRange(e.span, files), newText: e.newText });
  }
  return { changes };
}

/**
 * Lint the workspace's keepalived files the way the CLI does (language/project: each file, a file
 * included by another one as part of it, the cluster and Kolla checks) and publish the diagnostics
 * of the files not open in the editor; open documents keep those of their own live validation.
 */
function lintFiles(connection: Connection, workspace: Workspace, params: LintFilesParams, cancelled: () => boolean): LintFilesResult {
  if (params.folders) workspace.setFolders(params.folders.map(uriToPath).filter((p) => p.startsWith('/')));
  workspace.rediscover();
  const service = workspace.project();
  const open = new Set(workspace.documents.all().map((d) => uriToPath(d.uri)));
  // what the client found, and what the server's own discovery (the CLI's rules) finds in the folders
  const paths = [...new Set([...(params.uris ?? []).map(uriToPath), ...workspace.knownFiles()])];
  const files: ProjectFile[] = [];
  for (const path of paths) {
    if (cancelled()) break;
    const r = service.host.readFile(path);
    if (r.kind === 'ok') files.push({ path, text: r.text });
  }
  const result = service.lintProject(files, false, workspace.workspaceFolders());
  const byFile = new Map<string, Diagnostic[]>(files.map((f) => [f.path, []]));
  const count: Record<Severity, number> = { error: 0, warning: 0, information: 0, hint: 0 };
  for (const i of result.issues) {
    count[i.severity]++;
    byFile.set(i.span.file, [...(byFile.get(i.span.file) ?? []), toDiagnostic(i, result.files)]);
  }
  for (const [path, diagnostics] of byFile) {
    if (open.has(path)) continue; // live validation owns open documents
    void connection.sendDiagnostics({ uri: pathToUri(path), diagnostics });
  }
  return { files: files.length, errors: count.error, warnings: count.warning, others: count.information + count.hint };
}
