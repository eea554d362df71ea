/**
 * A `*.conf` / `*.cfg` that another language claims by its extension (VS Code's Properties claims
 * both) but that starts with keepalived's own first line (`! Configuration File for keepalived`)
 * is keepalived: switch it when it is opened, and say so once, with the way to make it
 * permanent for its folder (a files.associations entry in the workspace settings).
 */
import * as path from 'path';
import * as vscode from 'vscode';
import { KEEPALIVED_FIRST_LINE } from '../../server/src/shared/protocol';

const LANGUAGE_ID = 'keepalived';

/** Does the document look like keepalived while another language has it? */
export function looksLikeKeepalived(doc: vscode.TextDocument): boolean {
  if (doc.languageId === LANGUAGE_ID || doc.uri.scheme !== 'file' || doc.lineCount === 0) return false;
  if (!/\.(conf|cfg)$/.test(doc.fileName)) return false;
  return KEEPALIVED_FIRST_LINE.test(doc.lineAt(0).text);
}

/** The files.associations pattern for the `*.conf` files of a document's folder (relative to its workspace folder). */
export function folderPattern(doc: vscode.TextDocument): string {
  const folder = vscode.workspace.getWorkspaceFolder(doc.uri);
  const ext = path.extname(doc.fileName);
  const dir = folder ? path.relative(folder.uri.fsPath, path.dirname(doc.fileName)).split(path.sep).join('/') : '';
  return dir ? `**/${dir}/*${ext}` : `*${ext}`;
}

export function registerLanguageHint(context: vscode.ExtensionContext): void {
  let told = false;
  const check = async (doc: vscode.TextDocument) => {
    if (!looksLikeKeepalived(doc)) return;
    const was = doc.languageId;
    await vscode.languages.setTextDocumentLanguage(doc, LANGUAGE_ID);
    if (told) return;
    told = true;
    const pattern = folderPattern(doc);
    const always = `Always for ${pattern}`;
    const pick = await vscode.window.showInformationMessage(
      `${path.basename(doc.fileName)} starts with "! Configuration File for keepalived", so it is shown as Keepalived (VS Code had opened it as ${was}).`,
      always,
    );
    if (pick === always) {
      const files = vscode.workspace.getConfiguration('files');
      const current = files.get<Record<string, string>>('associations') ?? {};
      await files.update(
        'associations',
        { ...current, [pattern]: LANGUAGE_ID },
        vscode.workspace.workspaceFolders?.length ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global,
      );
    }
  };
  context.subscriptions.push(vscode.workspace.onDidOpenTextDocument((d) => void check(d)));
  for (const d of vscode.workspace.textDocuments) void check(d);
}
