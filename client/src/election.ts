/**
 * "Keepalived: Preview Election". A placeholder until the election webview lands: the command
 * exists (so menus and key bindings can name it) and says what it will do.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

export const PREVIEW_ELECTION = 'keepalived.previewElection';

export function registerElection(context: vscode.ExtensionContext, _client: () => LanguageClient | undefined): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(PREVIEW_ELECTION, () => {
      // not awaited: the message stays until the user closes it
      void vscode.window.showInformationMessage(
        'Keepalived: the election preview (which node becomes MASTER, and what happens when a node or a tracked script fails) is not available in this version yet.',
      );
    }),
  );
}
