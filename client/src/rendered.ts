/**
 * Rendered configurations as read-only documents: "Keepalived: Show Rendered Config for Host…"
 * asks which host, and `keepalived-rendered:` documents are filled by the server
 * (`keepalived/renderedConfig`) from a template with its inventory, or from Kolla's globals.yml.
 */
import * as vscode from 'vscode';
import { RequestType, type LanguageClient } from 'vscode-languageclient/node';
import { RENDERED_CONFIG_REQUEST, RENDERED_SCHEME, renderedUri, type RenderedConfigParams, type RenderedConfigResult } from '../../server/src/shared/protocol';

export const SHOW_RENDERED = 'keepalived.showRenderedConfig';
const RenderedConfigRequest = new RequestType<RenderedConfigParams, RenderedConfigResult, void>(RENDERED_CONFIG_REQUEST);

/** The source and host a `keepalived-rendered:` URI names. */
function parse(uri: vscode.Uri): { source: string; host: string } {
  return { source: decodeURIComponent(uri.query), host: decodeURIComponent(uri.path.split('/')[1] ?? '') };
}

class RenderedDocuments implements vscode.TextDocumentContentProvider {
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;
  constructor(private readonly client: () => LanguageClient | undefined) {}

  async provideTextDocumentContent(uri: vscode.Uri, token: vscode.CancellationToken): Promise<string> {
    const c = this.client();
    const { source, host } = parse(uri);
    if (!c) return '# the Keepalived language server is not running\n';
    const r = await c.sendRequest(RenderedConfigRequest, { source, host }, token);
    return r.text ?? `# ${r.problem ?? 'nothing rendered'}\n`;
  }

  refresh(uri: vscode.Uri): void {
    this.changed.fire(uri);
  }
}

/** Open `host`'s rendering of `source` as a read-only keepalived document. */
export async function openRendered(source: string, host: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(renderedUri(source, host)));
  await vscode.languages.setTextDocumentLanguage(doc, 'keepalived');
  return vscode.window.showTextDocument(doc, { preview: true, viewColumn: vscode.ViewColumn.Beside });
}

/** Ask for a host of the active template (or globals.yml) and open its rendering; returns the host chosen. */
async function showRendered(client: () => LanguageClient | undefined, sourceArg?: string, hostArg?: string): Promise<string | undefined> {
  const source = sourceArg ?? vscode.window.activeTextEditor?.document.uri.toString();
  const c = client();
  if (!source || !c) {
    void vscode.window.showInformationMessage('Keepalived: open a keepalived template (or globals.yml) first.');
    return undefined;
  }
  const { hosts, problem } = await c.sendRequest(RenderedConfigRequest, { source });
  if (hosts.length === 0) {
    void vscode.window.showInformationMessage(`Keepalived: ${problem ?? 'no host renders this file.'}`);
    return undefined;
  }
  const host =
    hostArg ?? (hosts.length === 1 ? hosts[0] : await vscode.window.showQuickPick([...hosts], { placeHolder: 'The host whose keepalived.conf to show' }));
  if (host) await openRendered(source, host);
  return host;
}

export function registerRendered(context: vscode.ExtensionContext, client: () => LanguageClient | undefined): void {
  const provider = new RenderedDocuments(client);
  context.subscriptions.push(
    vscode.workspace.registerTextDocumentContentProvider(RENDERED_SCHEME, provider),
    vscode.commands.registerCommand(SHOW_RENDERED, (source?: string, host?: string) => showRendered(client, source, host)),
    // a rendered view follows edits of its template
    vscode.workspace.onDidChangeTextDocument((e) => {
      for (const d of vscode.workspace.textDocuments)
        if (d.uri.scheme === RENDERED_SCHEME && parse(d.uri).source === e.document.uri.toString()) provider.refresh(d.uri);
    }),
  );
}
