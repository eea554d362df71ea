/**
 * "Keepalived: Preview Election" (keepalived.previewElection): a webview panel with the election
 * model's answer for the workspace's nodes — per virtual router the nodes' base and effective
 * priorities and states, the winner and why, the failover window — toggles for a scenario (a
 * node crashing or stopping, a check failing, an interface going down, a start order), and the
 * timeline as a table and a sequence diagram. The server computes (keepalived/electionPreview);
 * the page (electionPage.ts) is rebuilt from each answer.
 *
 * Arguments: [uri?, instance?] — the code lens over a vrrp_instance passes its document and
 * instance, the editor title button the document; from the command palette, the active
 * keepalived editor (if any). One panel: a second invocation reuses and reveals it.
 *
 * The command resolves to the ElectionPreview (tests read its `panel`, `result` and `html`).
 */
import { randomBytes } from 'crypto';
import * as path from 'path';
import * as vscode from 'vscode';
import { RequestType, type LanguageClient } from 'vscode-languageclient/node';
import {
  ELECTION_PREVIEW_REQUEST,
  EMPTY_SCENARIO,
  PREVIEW_ELECTION_COMMAND,
  RENDERED_SCHEME,
  type ElectionAction,
  type ElectionPreviewParams,
  type ElectionPreviewResult,
  type ElectionScenario,
} from '../../server/src/shared/protocol';
import { electionPageHtml } from './electionPage';

/** The command (the server's code lenses name it through the shared PREVIEW_ELECTION_COMMAND: the type says they agree). */
export const PREVIEW_ELECTION: typeof PREVIEW_ELECTION_COMMAND = 'keepalived.previewElection';
export const ELECTION_VIEW_TYPE = 'keepalivedElectionPreview';

const ElectionPreviewRequest = new RequestType<ElectionPreviewParams, ElectionPreviewResult, void>(ELECTION_PREVIEW_REQUEST);
const LANGUAGE_ID = 'keepalived';
/** Edits are followed after this quiet time. */
const REFRESH_DELAY_MS = 400;

export type WebviewMessage =
  { type: 'scenario'; scenario: unknown } | { type: 'copy'; format: 'mermaid' | 'markdown' | 'text' } | { type: 'open'; node: number };

function nonce(): string {
  return randomBytes(18).toString('base64');
}

/** A scenario from the webview, keeping only well-formed entries. */
function readScenario(raw: unknown): ElectionScenario {
  const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
  const strings = (v: unknown) => list(v).filter((x): x is string => typeof x === 'string');
  const obj = (x: unknown) => (typeof x === 'object' && x !== null ? (x as Record<string, unknown>) : {});
  return {
    down: strings(r.down),
    stop: strings(r.stop),
    fail: list(r.fail)
      .map(obj)
      .filter((x) => typeof x.node === 'string' && typeof x.tracker === 'string')
      .map((x) => ({ node: x.node as string, tracker: x.tracker as string })),
    linkDown: list(r.linkDown)
      .map(obj)
      .filter((x) => typeof x.node === 'string' && typeof x.interface === 'string')
      .map((x) => ({ node: x.node as string, interface: x.interface as string })),
    startOrder: strings(r.startOrder),
    ...(typeof r.startGap === 'number' && Number.isFinite(r.startGap) && r.startGap >= 0 ? { startGap: r.startGap } : {}),
    ...(Array.isArray(r.steps) ? { steps: r.steps.map((st) => list(st).map(obj).filter(isAction)) } : {}),
  };
}

const NODE_ACTIONS = ['crash', 'stop', 'start', 'isolate', 'rejoin'];

/** A well-formed step action from the webview (the server checks it against the nodes). */
function isAction(x: Record<string, unknown>): x is Record<string, unknown> & ElectionAction {
  if (typeof x.node !== 'string') return false;
  if (typeof x.kind === 'string' && NODE_ACTIONS.includes(x.kind)) return true;
  if (x.kind === 'fail' || x.kind === 'heal') return typeof x.tracker === 'string';
  return (x.kind === 'link-down' || x.kind === 'link-up') && typeof x.interface === 'string';
}

export class ElectionPreview implements vscode.Disposable {
  static current: ElectionPreview | undefined;

  readonly panel: vscode.WebviewPanel;
  /** The last answer of the server (undefined until the first one). */
  result: ElectionPreviewResult | undefined;
  /** The page as last set on the webview. */
  html = '';
  /** Pages set so far (tests wait for a new one after a change). */
  renders = 0;
  /** Why the last request failed, if it did. */
  error: string | undefined;
  /** The URI the last "open" link asked for (a rendered node's is a keepalived-rendered: URI). */
  opened: string | undefined;
  private scenario: ElectionScenario = EMPTY_SCENARIO;
  /** The document the preview is for (undefined: the first cluster of the workspace, or `cluster`). */
  uri: string | undefined;
  /** The cluster of the Clusters view the preview is for (instead of a document's). */
  cluster: string | undefined;
  private focus: string | undefined;
  private scrollToFocus = false;
  private pending: vscode.CancellationTokenSource | undefined;
  /** Something changed while the panel was hidden. */
  private stale = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly disposables: vscode.Disposable[] = [];

  private constructor(
    private readonly client: () => LanguageClient | undefined,
    private readonly dist: vscode.Uri,
  ) {
    this.panel = vscode.window.createWebviewPanel(
      ELECTION_VIEW_TYPE,
      'Election Preview',
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: false },
      {
        enableScripts: true,
        enableFindWidget: true,
        // the page loads its script (dist/electionView.js) and nothing else
        localResourceRoots: [dist],
      },
    );
    this.disposables.push(
      this.panel.onDidDispose(() => this.dispose()),
      this.panel.onDidChangeViewState((e) => {
        if (e.webviewPanel.visible && this.stale) this.scheduleRefresh();
      }),
      this.panel.webview.onDidReceiveMessage((m: WebviewMessage) => void this.onMessage(m)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document.languageId === LANGUAGE_ID && e.contentChanges.length > 0) this.scheduleRefresh();
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration(LANGUAGE_ID)) this.scheduleRefresh();
      }),
    );
    this.render();
  }

  /** Open (or reveal) the preview for a document and instance, and compute it. */
  static show(
    client: () => LanguageClient | undefined,
    dist: vscode.Uri,
    uri: string | undefined,
    instance: string | undefined,
    cluster?: string,
  ): ElectionPreview {
    let p = ElectionPreview.current;
    if (p) p.panel.reveal(undefined, false);
    else p = ElectionPreview.current = new ElectionPreview(client, dist);
    if (uri !== p.uri || cluster !== p.cluster) p.scenario = EMPTY_SCENARIO;
    p.uri = uri;
    p.cluster = cluster;
    p.focus = instance;
    p.scrollToFocus = instance !== undefined;
    p.panel.title = uri ? `Election Preview: ${path.posix.basename(vscode.Uri.parse(uri).path)}` : 'Election Preview';
    void p.refresh();
    return p;
  }

  /** Run a scenario (what the toggles do; tests call it directly). */
  setScenario(scenario: ElectionScenario): Promise<void> {
    this.scenario = readScenario(scenario);
    this.scrollToFocus = false;
    return this.refresh();
  }

  /** Ask the server again (after a change) and rebuild the page. */
  async refresh(): Promise<void> {
    this.stale = false;
    this.pending?.cancel();
    const cts = new vscode.CancellationTokenSource();
    this.pending = cts;
    const client = this.client();
    try {
      if (!client) throw new Error('the language server is not running; see "Keepalived: Show Output"');
      await client.start();
      const result = await client.sendRequest(ElectionPreviewRequest, { uri: this.uri, cluster: this.cluster, scenario: this.scenario }, cts.token);
      if (cts.token.isCancellationRequested || this.pending !== cts) return;
      this.result = result;
      if (!this.uri && result.cluster) this.panel.title = `Election Preview: ${result.cluster.label}`;
      this.scenario = result.scenario;
      this.error = undefined;
    } catch (e) {
      if (cts.token.isCancellationRequested || this.pending !== cts) return;
      this.error = `The election preview failed: ${e instanceof Error ? e.message : String(e)}`;
    } finally {
      if (this.pending === cts) this.pending = undefined;
      cts.dispose();
    }
    this.render();
    this.scrollToFocus = false;
  }

  private scheduleRefresh(): void {
    // a hidden panel catches up when it is shown again
    if (!this.panel.visible) {
      this.stale = true;
      return;
    }
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.refresh();
    }, REFRESH_DELAY_MS);
  }

  private render(): void {
    this.html = electionPageHtml({
      cspSource: this.panel.webview.cspSource,
      scriptUri: this.panel.webview.asWebviewUri(vscode.Uri.joinPath(this.dist, 'electionView.js')).toString(),
      nonce: nonce(),
      result: this.error ? undefined : this.result,
      error: this.error,
      focus: this.focus,
      scrollToFocus: this.scrollToFocus,
    });
    this.panel.webview.html = this.html;
    this.renders++;
  }

  /** What the page asks for (exported behaviour for tests: copy and open go through here). */
  async onMessage(m: WebviewMessage): Promise<void> {
    if (!m || typeof m !== 'object') return;
    if (m.type === 'scenario') {
      await this.setScenario(readScenario(m.scenario));
    } else if (m.type === 'copy') {
      const r = this.result;
      if (!r) return;
      const text = m.format === 'mermaid' ? r.mermaid : m.format === 'markdown' ? r.markdown : m.format === 'text' ? r.text : undefined;
      if (text === undefined) return;
      await vscode.env.clipboard.writeText(text);
      const label = m.format === 'mermaid' ? 'Mermaid' : m.format === 'markdown' ? 'Markdown' : 'text';
      void this.panel.webview.postMessage({ type: 'status', text: `Copied as ${label}.` });
    } else if (m.type === 'open') {
      const node = typeof m.node === 'number' ? this.result?.nodes[m.node] : undefined;
      if (!node) return;
      // a rendered node (Kolla's control03, a template's host): the server gives its rendering's URI
      const uri = vscode.Uri.parse(node.file);
      this.opened = uri.toString();
      const doc = await vscode.workspace.openTextDocument(uri);
      // a rendered host's configuration is keepalived text too
      if (uri.scheme === RENDERED_SCHEME) await vscode.languages.setTextDocumentLanguage(doc, 'keepalived');
      await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.One, preview: false });
    }
  }

  dispose(): void {
    if (ElectionPreview.current === this) ElectionPreview.current = undefined;
    this.pending?.cancel();
    if (this.timer) clearTimeout(this.timer);
    for (const d of this.disposables.splice(0)) d.dispose();
    this.panel.dispose();
  }
}

/** The document the command is about: its argument (a Uri or a URI string), else the active keepalived editor. */
function documentUri(arg: unknown): string | undefined {
  if (arg instanceof vscode.Uri) return arg.toString();
  if (typeof arg === 'string' && arg !== '') return arg;
  const ed = vscode.window.activeTextEditor;
  return ed && ed.document.languageId === LANGUAGE_ID && ed.document.uri.scheme === 'file' ? ed.document.uri.toString() : undefined;
}

/** Registers the command; returns how to open the preview of a cluster of the Clusters view. */
export function registerElection(context: vscode.ExtensionContext, client: () => LanguageClient | undefined): (cluster: string) => ElectionPreview {
  const dist = vscode.Uri.joinPath(context.extensionUri, 'dist');
  context.subscriptions.push(
    vscode.commands.registerCommand(PREVIEW_ELECTION, (uri?: unknown, instance?: unknown) => {
      const doc = documentUri(uri);
      const cur = ElectionPreview.current;
      return ElectionPreview.show(client, dist, doc ?? cur?.uri, typeof instance === 'string' ? instance : undefined, doc ? undefined : cur?.cluster);
    }),
    { dispose: () => ElectionPreview.current?.dispose() },
  );
  return (cluster) => ElectionPreview.show(client, dist, undefined, undefined, cluster);
}
