/**
 * "Keepalived: Clusters" (view keepalived.clusters in the Explorer): the workspace as the server
 * models it (keepalived/clusters) — deployments (Kolla-Ansible, Ansible roles, plain files),
 * their clusters, each cluster's nodes with their instances, and where each node's facts (config
 * id, interfaces, the inventory's addresses) come from. A node opens its file, or its rendered
 * configuration (keepalived-rendered: URI); a cluster opens its election preview.
 */
import * as vscode from 'vscode';
import { RequestType, type LanguageClient } from 'vscode-languageclient/node';
import {
  CLUSTERS_REQUEST,
  RENDERED_SCHEME,
  type ClusterInfo,
  type ClusterNodeInfo,
  type ClustersParams,
  type ClustersResult,
  type DeploymentInfo,
} from '../../server/src/shared/protocol';

export const CLUSTERS_VIEW = 'keepalived.clusters';
export const REFRESH_CLUSTERS = 'keepalived.refreshClusters';
export const PREVIEW_CLUSTER = 'keepalived.previewCluster';
export const OPEN_NODE = 'keepalived.openNode';

const ClustersRequest = new RequestType<ClustersParams, ClustersResult, void>(CLUSTERS_REQUEST);
const LANGUAGE_ID = 'keepalived';
const REFRESH_DELAY_MS = 500;

export type ClusterItem =
  | { readonly kind: 'deployment'; readonly deployment: DeploymentInfo }
  | { readonly kind: 'cluster'; readonly cluster: ClusterInfo }
  | { readonly kind: 'node'; readonly node: ClusterNodeInfo }
  | { readonly kind: 'note'; readonly text: string }
  | { readonly kind: 'source'; readonly uri: string }
  | { readonly kind: 'detail'; readonly label: string; readonly description: string; readonly tooltip?: string; readonly uri?: string; readonly icon: string };

const DEPLOYMENT_ICON: Record<DeploymentInfo['kind'], string> = { kolla: 'server-environment', ansible: 'symbol-namespace', files: 'folder' };

export class ClustersProvider implements vscode.TreeDataProvider<ClusterItem>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<ClusterItem | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  /** The last answer (tests read it). */
  result: ClustersResult | undefined;
  /** Why the last request failed. */
  error: string | undefined;
  /** Answers received so far (tests wait for a new one). */
  loads = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly disposables: vscode.Disposable[] = [this.changed];

  constructor(private readonly client: () => LanguageClient | undefined) {
    const later = () => this.scheduleRefresh();
    this.disposables.push(
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document.languageId === LANGUAGE_ID && e.contentChanges.length > 0) later();
      }),
      vscode.workspace.onDidOpenTextDocument((d) => {
        if (d.languageId === LANGUAGE_ID) later();
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration(LANGUAGE_ID)) later();
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(later),
      vscode.workspace.onDidSaveTextDocument(later),
    );
  }

  scheduleRefresh(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.refresh();
    }, REFRESH_DELAY_MS);
  }

  /** Ask the server again and redraw. */
  async refresh(): Promise<ClustersResult | undefined> {
    const c = this.client();
    try {
      if (!c) throw new Error('the language server is not running');
      await c.start();
      const folders = (vscode.workspace.workspaceFolders ?? []).map((f) => f.uri.toString());
      this.result = await c.sendRequest(ClustersRequest, { folders });
      this.error = undefined;
    } catch (e) {
      this.error = e instanceof Error ? e.message : String(e);
    }
    this.loads++;
    this.changed.fire(undefined);
    return this.result;
  }

  async getChildren(item?: ClusterItem): Promise<ClusterItem[]> {
    if (!item) {
      if (!this.result && !this.error) await this.refresh();
      if (this.error) return [{ kind: 'note', text: `The clusters could not be read: ${this.error}` }];
      const ds = this.result?.deployments ?? [];
      return ds.length > 0
        ? ds.map((deployment) => ({ kind: 'deployment', deployment }))
        : [{ kind: 'note', text: 'No keepalived configuration in the workspace.' }];
    }
    switch (item.kind) {
      case 'deployment':
        return [
          ...item.deployment.clusters.map((cluster): ClusterItem => ({ kind: 'cluster', cluster })),
          ...item.deployment.sources.map((uri): ClusterItem => ({ kind: 'source', uri })),
          ...item.deployment.notes.map((text): ClusterItem => ({ kind: 'note', text })),
        ];
      case 'cluster':
        return item.cluster.nodes.map((node) => ({ kind: 'node', node }));
      case 'node':
        return [
          ...item.node.instances.map((i): ClusterItem => ({ kind: 'detail', label: i, description: '', icon: 'symbol-event' })),
          ...item.node.facts.map((f): ClusterItem => ({
            kind: 'detail',
            label: `${f.what}: ${f.value}`,
            description: f.source,
            tooltip: `${f.what} ${f.value} — from ${f.source}`,
            uri: f.uri,
            icon: f.value === 'unknown' ? 'question' : 'info',
          })),
        ];
      default:
        return [];
    }
  }

  getTreeItem(item: ClusterItem): vscode.TreeItem {
    const C = vscode.TreeItemCollapsibleState;
    switch (item.kind) {
      case 'deployment': {
        const d = item.deployment;
        const t = new vscode.TreeItem(d.label, C.Expanded);
        t.id = d.id;
        t.iconPath = new vscode.ThemeIcon(DEPLOYMENT_ICON[d.kind]);
        t.description = `${d.clusters.length} cluster${d.clusters.length === 1 ? '' : 's'}`;
        t.tooltip = [d.label, ...d.notes].join('\n');
        t.contextValue = `deployment.${d.kind}`;
        return t;
      }
      case 'cluster': {
        const c = item.cluster;
        const t = new vscode.TreeItem(c.label, C.Expanded);
        t.id = c.id;
        t.iconPath = new vscode.ThemeIcon('type-hierarchy');
        t.description = `${c.nodes.length} node${c.nodes.length === 1 ? '' : 's'}`;
        t.tooltip = `${c.label}: ${c.nodes.map((n) => n.name).join(', ')} — click for the election preview`;
        t.contextValue = 'cluster';
        t.command = { command: PREVIEW_CLUSTER, title: 'Preview Election', arguments: [c.id] };
        return t;
      }
      case 'node': {
        const n = item.node;
        const t = new vscode.TreeItem(n.name, C.Collapsed);
        t.iconPath = new vscode.ThemeIcon(n.rendered ? 'file-code' : 'file');
        t.description = n.description;
        t.tooltip = `${n.name}: ${n.description}\n${n.instances.join('\n')}`;
        t.contextValue = n.rendered ? 'node.rendered' : 'node';
        t.command = { command: OPEN_NODE, title: 'Open', arguments: [n] };
        if (!n.rendered) t.resourceUri = vscode.Uri.parse(n.uri);
        return t;
      }
      case 'source': {
        const uri = vscode.Uri.parse(item.uri);
        const t = new vscode.TreeItem(uri, C.None);
        t.iconPath = vscode.ThemeIcon.File;
        t.command = { command: 'vscode.open', title: 'Open', arguments: [uri] };
        return t;
      }
      case 'note': {
        const t = new vscode.TreeItem(item.text, C.None);
        t.iconPath = new vscode.ThemeIcon('info');
        t.tooltip = item.text;
        return t;
      }
      case 'detail': {
        const t = new vscode.TreeItem(item.label, C.None);
        t.description = item.description;
        t.tooltip = item.tooltip;
        t.iconPath = new vscode.ThemeIcon(item.icon);
        if (item.uri) t.command = { command: 'vscode.open', title: 'Open', arguments: [vscode.Uri.parse(item.uri)] };
        return t;
      }
    }
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}

/** Open a node's configuration: its file, or what Kolla or a template renders for it (read-only). */
export async function openNode(n: ClusterNodeInfo): Promise<void> {
  const uri = vscode.Uri.parse(n.uri);
  const doc = await vscode.workspace.openTextDocument(uri);
  if (uri.scheme === RENDERED_SCHEME) await vscode.languages.setTextDocumentLanguage(doc, 'keepalived');
  await vscode.window.showTextDocument(doc, { preview: false });
}

export function registerClusters(
  context: vscode.ExtensionContext,
  client: () => LanguageClient | undefined,
  preview: (cluster: string) => unknown,
): ClustersProvider {
  const provider = new ClustersProvider(client);
  const view = vscode.window.createTreeView(CLUSTERS_VIEW, { treeDataProvider: provider, showCollapseAll: true });
  context.subscriptions.push(
    provider,
    view,
    vscode.commands.registerCommand(REFRESH_CLUSTERS, () => provider.refresh()),
    vscode.commands.registerCommand(PREVIEW_CLUSTER, (arg: unknown) => {
      const id = typeof arg === 'string' ? arg : arg && typeof arg === 'object' && 'cluster' in arg ? (arg as { cluster: ClusterInfo }).cluster.id : undefined;
      return id ? preview(id) : undefined;
    }),
    vscode.commands.registerCommand(OPEN_NODE, (arg: unknown) => {
      const n = arg && typeof arg === 'object' && 'node' in arg ? (arg as { node: ClusterNodeInfo }).node : (arg as ClusterNodeInfo | undefined);
      return n ? openNode(n) : undefined;
    }),
  );
  return provider;
}
