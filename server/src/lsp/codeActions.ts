/**
 * Registration of code actions (quick fixes keyed by diagnostic code, "fix all of this kind",
 * source.fixAll) and of `keepalived/lintFiles` ("Lint Workspace"), answered by the project
 * (language/project/workspaceRequests.ts). Here only registration, runSafe and publishing.
 */
import { RequestType, type CodeAction, type Connection, type ServerCapabilities } from 'vscode-languageserver/node';
import { codeActionsOf, CODE_ACTION_KINDS, lintFilesOf } from '../language/project/index';
import { LINT_FILES_REQUEST, type LintFilesParams, type LintFilesResult } from '../shared/protocol';
import { runSafe } from './runner';
import type { Workspace } from './workspace';

export const LintFilesRequest = new RequestType<LintFilesParams, LintFilesResult, void>(LINT_FILES_REQUEST);

export function codeActionCapabilities(): ServerCapabilities {
  return { codeActionProvider: { codeActionKinds: [...CODE_ACTION_KINDS], resolveProvider: false } };
}

export function registerCodeActions(connection: Connection, workspace: Workspace): void {
  connection.onCodeAction((params, token) =>
    runSafe<CodeAction[]>(
      connection,
      () => codeActionsOf(workspace, params.textDocument.uri, { diagnostics: params.context.diagnostics, range: params.range, only: params.context.only }),
      [],
      'code actions',
      token,
    ),
  );
  connection.onRequest(LintFilesRequest, (params, token) =>
    runSafe<LintFilesResult>(
      connection,
      () => {
        const { summary, publish } = lintFilesOf(workspace, params, () => token.isCancellationRequested);
        for (const [uri, diagnostics] of publish) void connection.sendDiagnostics({ uri, diagnostics });
        return summary;
      },
      { files: 0, errors: 0, warnings: 0, others: 0 },
      'lint files',
      token,
    ),
  );
}
