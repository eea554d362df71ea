/**
 * The client's view of the `keepalived.*` settings (declared once, in package.json). The server
 * reads the whole section itself (lsp/settings.ts); the client only needs the config id for the
 * status bar and the place to write it back.
 */
import * as vscode from 'vscode';

export const SECTION = 'keepalived';

export function configId(): string | undefined {
  const v = vscode.workspace.getConfiguration(SECTION).get<string>('configId');
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
}

/** Where a user's change belongs: where the value is set now, else the workspace (if one is open), else the user settings. */
export function targetFor(key: string): vscode.ConfigurationTarget {
  const i = vscode.workspace.getConfiguration(SECTION).inspect(key);
  if (i?.workspaceFolderValue !== undefined) return vscode.ConfigurationTarget.WorkspaceFolder;
  if (i?.workspaceValue !== undefined) return vscode.ConfigurationTarget.Workspace;
  if (i?.globalValue !== undefined) return vscode.ConfigurationTarget.Global;
  return vscode.workspace.workspaceFolders?.length ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
}

export async function setConfigId(id: string | undefined): Promise<void> {
  await vscode.workspace.getConfiguration(SECTION).update('configId', id, targetFor('configId'));
}
