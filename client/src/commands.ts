/**
 * Commands: Show Output, Restart Server, Lint Workspace (find every keepalived file of the
 * workspace, by name and by first line, and have the server lint and publish them).
 */
import * as path from 'path';
import * as vscode from 'vscode';
import { RequestType, type LanguageClient } from 'vscode-languageclient/node';

export const SHOW_OUTPUT = 'keepalived.showOutput';
export const RESTART_SERVER = 'keepalived.restartServer';
export const LINT_WORKSPACE = 'keepalived.lintWorkspace';

/** Same request as server/src/lsp/codeActions.ts (LintFilesRequest). */
interface LintFilesResult {
  readonly files: number;
  readonly errors: number;
  readonly warnings: number;
  readonly others: number;
}
const LintFilesRequest = new RequestType<{ uris: string[] }, LintFilesResult, void>('keepalived/lintFiles');

/** Files that are keepalived by name (as package.json's filenames/filenamePatterns say). */
const NAME_PATTERNS = ['**/keepalived.conf', '**/keepalived.conf.*', '**/*.keepalived', '**/keepalived/**/*.conf', '**/keepalived.d/*.conf'];
const EXCLUDE = '**/{node_modules,.git,.hg,.svn,out,dist,.vscode-test}/**';
const FIRST_LINE = /^[!#]\s*Configuration File for keepalived/i;
const MAX_FILES = 2000;
const MAX_SNIFFED = 5000;

/** Files whose name says nothing but whose first line is keepalived's own header. */
async function sniffed(token: vscode.CancellationToken): Promise<vscode.Uri[]> {
  const out: vscode.Uri[] = [];
  const candidates = await vscode.workspace.findFiles('**/*', EXCLUDE, MAX_SNIFFED, token);
  for (const uri of candidates) {
    if (token.isCancellationRequested) break;
    const ext = path.extname(uri.path);
    if (ext !== '' && ext !== '.conf' && ext !== '.cfg') continue;
    try {
      const stat = await vscode.workspace.fs.stat(uri);
      if (stat.size > 1024 * 1024) continue;
      const head = Buffer.from((await vscode.workspace.fs.readFile(uri)).subarray(0, 128)).toString('utf8');
      if (FIRST_LINE.test(head)) out.push(uri);
    } catch {
      // unreadable: not ours to report
    }
  }
  return out;
}

export async function findKeepalivedFiles(token: vscode.CancellationToken): Promise<vscode.Uri[]> {
  const seen = new Map<string, vscode.Uri>();
  for (const p of NAME_PATTERNS) {
    for (const uri of await vscode.workspace.findFiles(p, EXCLUDE, MAX_FILES, token)) seen.set(uri.toString(), uri);
  }
  for (const uri of await sniffed(token)) seen.set(uri.toString(), uri);
  return [...seen.values()]
    .filter((u) => u.scheme === 'file')
    .sort((a, b) => a.fsPath.localeCompare(b.fsPath))
    .slice(0, MAX_FILES);
}

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
    async (progress, token) => {
      progress.report({ message: 'finding keepalived files…' });
      const files = await findKeepalivedFiles(token);
      if (token.isCancellationRequested) return undefined;
      if (files.length === 0) {
        void vscode.window.showInformationMessage('Keepalived: no keepalived configuration found in the workspace.');
        return undefined;
      }
      const client = host.client();
      if (!client) {
        void vscode.window.showErrorMessage('Keepalived: the language server is not running; see "Keepalived: Show Output".');
        return undefined;
      }
      await client.start();
      progress.report({ message: `${files.length} file${files.length === 1 ? '' : 's'}…` });
      const r = await client.sendRequest(LintFilesRequest, { uris: files.map((u) => u.toString()) }, token);
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
