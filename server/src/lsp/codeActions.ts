/**
 * Registration of code actions (quick fixes keyed by diagnostic code, "fix all of this kind",
 * source.fixAll) and the server side of client commands (keepalived/lintFiles for "Lint
 * Workspace"). Thin adapters: cached analysis → the language service's code actions
 * (language/project/codeActionService.ts, LSP types).
 */
import { RequestType, type CodeAction, type CodeActionParams, type Connection, type ServerCapabilities } from 'vscode-languageserver/node';
import { codeActionsAt, CODE_ACTION_KINDS, projectDiagnostics, type ProjectFile } from '../language/project/index';
import { LINT_FILES_REQUEST, type LintFilesParams, type LintFilesResult } from '../shared/protocol';
import { pathToUri, uriToPath } from './convert';
import { runSafe } from './runner';
import type { Workspace } from './workspace';

export const LintFilesRequest = new RequestType<LintFilesParams, LintFilesResult, void>(LINT_FILES_REQUEST);

export function codeActionCapabilities(): ServerCapabilities {
  return { codeActionProvider: { codeActionKinds: [...CODE_ACTION_KINDS], resolveProvider: false } };
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

export function codeActions(workspace: Workspace, params: CodeActionParams): CodeAction[] {
  const uri = params.textDocument.uri;
  const result = workspace.validationFor(uri);
  if (!result) return [];
  const path = uriToPath(uri);
  return codeActionsAt({
    uri,
    path,
    result,
    fixContext: workspace.project().fixContext(
      result.model,
      path,
      () => workspace.knownModels(),
      () => workspace.workspaceModel(),
    ),
    workspaceIssues: workspace.workspaceIssues(),
    diagnostics: params.context.diagnostics,
    range: params.range,
    only: params.context.only,
    uriOf: pathToUri,
  });
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
  const { byFile, summary } = projectDiagnostics(
    result,
    files.map((f) => f.path),
    pathToUri,
  );
  for (const [path, diagnostics] of byFile) {
    if (open.has(path)) continue; // live validation owns open documents
    void connection.sendDiagnostics({ uri: pathToUri(path), diagnostics });
  }
  return summary;
}
