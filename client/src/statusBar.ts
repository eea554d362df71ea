/**
 * The status bar item shown with keepalived editors: the language server's state and the
 * config id (keepalived's `-i`) that decides which `@id` lines are active — the active file's
 * node's own (keepalived.configIds, a .keepalived-lint.json beside it), as the server resolves
 * it. Clicking it picks the config id.
 */
import * as vscode from 'vscode';
import { RequestType, State, type LanguageClient } from 'vscode-languageclient/node';
import { DOCUMENT_FACTS_REQUEST, type DocumentFactsParams, type DocumentFactsResult } from '../../server/src/shared/protocol';
import { configId, SECTION, setConfigId } from './settings';

const DocumentFactsRequest = new RequestType<DocumentFactsParams, DocumentFactsResult | null, void>(DOCUMENT_FACTS_REQUEST);

export const SELECT_CONFIG_ID = 'keepalived.selectConfigId';
const LANGUAGE_ID = 'keepalived';

type ServerState = 'starting' | 'running' | 'stopped' | 'failed';

export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('keepalived.status', vscode.StatusBarAlignment.Right, 100);
  private readonly disposables: vscode.Disposable[] = [this.item];
  private state: ServerState = 'starting';
  private client: LanguageClient | undefined;
  /** The active document's node and config id, as the server resolved them (undefined: not asked yet). */
  private facts: { readonly uri: string; readonly result: DocumentFactsResult | null } | undefined;
  private asking = 0;

  constructor() {
    this.item.name = 'Keepalived';
    this.item.command = SELECT_CONFIG_ID;
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration(`${SECTION}.configId`) || e.affectsConfiguration(`${SECTION}.configIds`)) {
          this.update();
          // the server reads the new settings when told of the change: ask again once it has
          setTimeout(() => this.refresh(), 750);
        }
      }),
      vscode.workspace.onDidOpenTextDocument(() => this.update()),
    );
    this.update();
  }

  /** Follow a (new) language client's state. */
  watch(client: LanguageClient): vscode.Disposable {
    this.client = client;
    this.setState(client.state === State.Running ? 'running' : client.state === State.Starting ? 'starting' : 'stopped');
    return client.onDidChangeState((e) => this.setState(e.newState === State.Running ? 'running' : e.newState === State.Starting ? 'starting' : 'stopped'));
  }

  setState(s: ServerState): void {
    this.state = s;
    this.update();
  }

  /** What the item says now (the extension's API gives it to the tests). */
  get text(): string {
    return this.item.text;
  }

  /** Ask the server for the active document's node and config id, then show them. */
  refresh(): void {
    const doc = vscode.window.activeTextEditor?.document;
    const client = this.client;
    if (!doc || doc.languageId !== LANGUAGE_ID || !client || this.state !== 'running') return;
    const uri = doc.uri.toString();
    const ask = ++this.asking;
    client.sendRequest(DocumentFactsRequest, { uri }).then(
      (result) => {
        if (ask !== this.asking) return; // a later question is on its way
        this.facts = { uri, result };
        this.render();
      },
      () => undefined, // the server is restarting: the next change asks again
    );
  }

  private update(): void {
    this.render();
    this.refresh();
  }

  private render(): void {
    const uri = vscode.window.activeTextEditor?.document.uri.toString();
    const mine = this.facts && this.facts.uri === uri ? this.facts.result : undefined;
    // until the server answers, the plain setting (what every node without its own takes)
    const id = mine ? mine.configId : configId();
    const icon = { starting: '$(sync~spin)', running: '$(check)', stopped: '$(circle-slash)', failed: '$(error)' }[this.state];
    this.item.text = `${icon} keepalived${id ? ` @${id}` : ''}`;
    const md = new vscode.MarkdownString(undefined, true);
    md.appendMarkdown(`**Keepalived language server**: ${this.state}\n\n`);
    if (mine) md.appendMarkdown(`This file is node \`${mine.node}\`.\n\n`);
    md.appendMarkdown(
      id
        ? `Config id: \`${id}\` — \`@${id}\` lines are active, other \`@id\` lines are ignored.${mine?.configIdFrom ? ` Set by ${mine.configIdFrom}.` : ''}\n\n`
        : 'No config id: every `@id` line is ignored (`@^id` lines are active).\n\n',
    );
    md.appendMarkdown('Click to choose the config id (keepalived `-i`).');
    this.item.tooltip = md;
    this.item.backgroundColor = this.state === 'failed' ? new vscode.ThemeColor('statusBarItem.errorBackground') : undefined;
    const editor = vscode.window.activeTextEditor;
    if (editor?.document.languageId === LANGUAGE_ID) this.item.show();
    else this.item.hide();
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

/** The `@id` / `@^id` names used in the open keepalived documents. */
function idsInOpenDocuments(): string[] {
  const ids = new Set<string>();
  for (const d of vscode.workspace.textDocuments) {
    if (d.languageId !== LANGUAGE_ID) continue;
    for (const m of d.getText().matchAll(/^[ \t]*@\^?(\S+)/gm)) ids.add(m[1]!);
  }
  return [...ids].sort();
}

interface IdItem extends vscode.QuickPickItem {
  readonly id?: string;
  readonly other?: boolean;
}

export async function selectConfigId(): Promise<void> {
  const current = configId();
  const items: IdItem[] = [
    { label: '$(circle-slash) None', description: current === undefined ? 'current' : undefined, detail: 'No @id line is active (keepalived without -i)' },
    ...idsInOpenDocuments().map((id) => ({ label: id, id, description: id === current ? 'current' : 'used in an open file' })),
    { label: '$(edit) Other…', other: true },
  ];
  if (current && !items.some((i) => i.id === current)) items.splice(1, 0, { label: current, id: current, description: 'current' });
  const pick = await vscode.window.showQuickPick(items, { title: 'Keepalived config id', placeHolder: 'Which @id lines are active (keepalived -i <id>)' });
  if (!pick) return;
  let id = pick.id;
  if (pick.other) {
    id = await vscode.window.showInputBox({
      title: 'Keepalived config id',
      prompt: 'The id keepalived runs with (-i / --config-id); usually the host name',
      value: current ?? '',
      validateInput: (v) => (/\s/.test(v.trim()) ? 'An id is one word' : undefined),
    });
    if (id === undefined) return;
    id = id.trim() || undefined;
  }
  await setConfigId(id);
}
