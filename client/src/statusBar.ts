/**
 * The status bar item shown with keepalived editors: the language server's state and the
 * config id (keepalived's `-i`) that decides which `@id` lines are active. Clicking it picks
 * the config id.
 */
import * as vscode from 'vscode';
import { State, type LanguageClient } from 'vscode-languageclient/node';
import { configId, SECTION, setConfigId } from './settings';

export const SELECT_CONFIG_ID = 'keepalived.selectConfigId';
const LANGUAGE_ID = 'keepalived';

type ServerState = 'starting' | 'running' | 'stopped' | 'failed';

export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('keepalived.status', vscode.StatusBarAlignment.Right, 100);
  private readonly disposables: vscode.Disposable[] = [this.item];
  private state: ServerState = 'starting';

  constructor() {
    this.item.name = 'Keepalived';
    this.item.command = SELECT_CONFIG_ID;
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration(`${SECTION}.configId`)) this.update();
      }),
      vscode.workspace.onDidOpenTextDocument(() => this.update()),
    );
    this.update();
  }

  /** Follow a (new) language client's state. */
  watch(client: LanguageClient): vscode.Disposable {
    this.setState(client.state === State.Running ? 'running' : client.state === State.Starting ? 'starting' : 'stopped');
    return client.onDidChangeState((e) => this.setState(e.newState === State.Running ? 'running' : e.newState === State.Starting ? 'starting' : 'stopped'));
  }

  setState(s: ServerState): void {
    this.state = s;
    this.update();
  }

  private update(): void {
    const id = configId();
    const icon = { starting: '$(sync~spin)', running: '$(check)', stopped: '$(circle-slash)', failed: '$(error)' }[this.state];
    this.item.text = `${icon} keepalived${id ? ` @${id}` : ''}`;
    const md = new vscode.MarkdownString(undefined, true);
    md.appendMarkdown(`**Keepalived language server**: ${this.state}\n\n`);
    md.appendMarkdown(
      id
        ? `Config id: \`${id}\` — \`@${id}\` lines are active, other \`@id\` lines are ignored.\n\n`
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
