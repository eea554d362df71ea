/**
 * Commands: Show Output, Restart Server, Lint Workspace (the server finds every keepalived file of
 * the workspace folders, lints them as keepalived-lint does and publishes the diagnostics).
 */
import * as vscode from 'vscode';
import { RequestType, type LanguageClient } from 'vscode-languageclient/node';
import { LINT_FILES_REQUEST, type LintFilesParams, type LintFilesResult } from '../../server/src/shared/protocol';

export const SHOW_OUTPUT = 'keepalived.showOutput';
export const RESTART_SERVER = 'keepalived.restartServer';
export const LINT_WORKSPACE = 'keepalived.lintWorkspace';

const LintFilesRequest = new RequestType<LintFilesParams, LintFilesResult, void>(LINT_FILES_REQUEST);

export interface CommandHost {
  readonly output: vscode.OutputChannel;
  client(): LanguageClient | undefined;
  restart(): Promise<void>;
}

export function registerCommands(context: vscode.ExtensionContext, host: CommandHost): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(SHOW_OUTPUT, () => host.output.show(true)),
    vscode.commands.registerCommand(RESTART_SERVER, () => host.restart()),
    vscode.commands.registerCommand(LINT_WORKSPACE, () => lintWorkspace(host)),
  );
}

/** Returns what the server reported (tests use it); shows a summary and the Problems panel. */
export async function lintWorkspace(host: CommandHost): Promise<LintFilesResult | undefined> {
  if (!vscode.workspace.workspaceFolders?.length) {
    void vscode.window.showInformationMessage('Keepalived: open a folder to lint its keepalived files.');
    return undefined;
  }
  return vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'Keepalived: linting the workspace', cancellable: true },
    async (_progress, token) => {
      const client = host.client();
      if (!client) {
        void vscode.window.showErrorMessage('Keepalived: the language server is not running; see "Keepalived: Show Output".');
        return undefined;
      }
      await client.start();
      const folders = (vscode.workspace.workspaceFolders ?? []).map((f) => f.uri.toString());
      const r = await client.sendRequest(LintFilesRequest, { folders }, token);
      if (r.files === 0) {
        void vscode.window.showInformationMessage('Keepalived: no keepalived configuration found in the workspace.');
        return r;
      }
      host.output.appendLine(`Lint Workspace: ${r.files} files, ${r.errors} errors, ${r.warnings} warnings, ${r.others} other problems.`);
      const total = r.errors + r.warnings + r.others;
      void vscode.window.showInformationMessage(
        `Keepalived: ${r.files} file${r.files === 1 ? '' : 's'} checked — ${total === 0 ? 'no problems' : `${r.errors} errors, ${r.warnings} warnings${r.others ? `, ${r.others} hints` : ''}`}.`,
      );
      if (total > 0) void vscode.commands.executeCommand('workbench.actions.view.problems');
      return r;
    },
  );
}
