/**
 * The VS Code client: starts the keepalived language server (dist/server.js, over IPC) for
 * documents of language `keepalived`, and gives that language to files VS Code cannot tell
 * apart by name (`*.cfg`, `*.conf`, no extension) when their first line is keepalived's own
 * `! Configuration File for keepalived`. Commands and the election webview come later.
 */
import * as path from 'path';
import * as vscode from 'vscode';
import { LanguageClient, LanguageClientOptions, ServerOptions, TransportKind } from 'vscode-languageclient/node';

export const LANGUAGE_ID = 'keepalived';

/**
 * Same pattern as `contributes.languages[0].firstLine` in package.json. VS Code applies that one
 * only when no other language claims the file name, and the built-in `properties` language claims
 * `.conf` and `.cfg`, so the client applies it too.
 */
const FIRST_LINE = /^!\s*Configuration File for keepalived/;
/** Languages given to files by their extension alone; a keepalived first line overrides them. */
const GENERIC_LANGUAGES = new Set(['plaintext', 'properties', 'ini']);

let client: LanguageClient | undefined;
let clientStarted: Promise<void> | undefined;

/**
 * Activated by a keepalived document, or by a plain-text/properties/ini one that may turn out to
 * be keepalived; the server starts with the first keepalived document, not before.
 */
export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('Keepalived');
  context.subscriptions.push(output);

  const onDocument = (doc: vscode.TextDocument): void => {
    if (doc.languageId === LANGUAGE_ID) {
      void startClient(context, output);
    } else if (GENERIC_LANGUAGES.has(doc.languageId) && FIRST_LINE.test(doc.lineAt(0).text)) {
      // VS Code closes the document and opens it again with the new language: onDocument runs again.
      vscode.languages.setTextDocumentLanguage(doc, LANGUAGE_ID).then(undefined, (e: unknown) => {
        output.appendLine(`could not set the language of ${doc.uri.toString()}: ${String(e)}`);
      });
    }
  };
  context.subscriptions.push(vscode.workspace.onDidOpenTextDocument(onDocument));
  vscode.workspace.textDocuments.forEach(onDocument);
  await clientStarted;
}

function startClient(context: vscode.ExtensionContext, output: vscode.OutputChannel): Promise<void> {
  if (clientStarted) return clientStarted;
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: LANGUAGE_ID }],
    outputChannel: output,
  };
  const c = new LanguageClient('keepalived', 'Keepalived Language Server', serverOptions, clientOptions);
  client = c;
  clientStarted = c.start().catch((e: unknown) => {
    output.appendLine(`the language server did not start: ${String(e)}`);
    void vscode.window.showErrorMessage('Keepalived: the language server did not start; see the "Keepalived" output.');
  });
  return clientStarted;
}

export async function deactivate(): Promise<void> {
  const c = client;
  client = undefined;
  clientStarted = undefined;
  await c?.stop();
}
