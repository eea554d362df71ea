/**
 * The language server's requests answered over a ProjectWorkspace (./openWorkspace.ts), in the
 * protocol's own types (shared/protocol.ts, vscode-languageserver-types): the election preview,
 * the Clusters view, rendered configurations, a document's node facts, "Lint Workspace", code
 * actions and a document's diagnostics. The server adds only registration, runSafe and cancellation.
 */
import type { CodeAction, Diagnostic, Range } from 'vscode-languageserver-types';
import {
  renderedUri,
  type ClustersParams,
  type ClustersResult,
  type DocumentFactsParams,
  type DocumentFactsResult,
  type ElectionPreviewParams,
  type ElectionPreviewResult,
  type LintFilesParams,
  type LintFilesResult,
  type RenderedConfigParams,
  type RenderedConfigResult,
} from '../../shared/protocol';
import type { Issue } from '../issue';
import { clustersView } from './clustersView';
import { codeActionsAt, documentDiagnostics, projectDiagnostics } from './codeActionService';
import { toDiagnostic } from './lspTypes';
import { electionPreview } from './election';
import type { FileResult } from './lint';
import type { OpenWorkspace } from './openWorkspace';
import type { ProjectFile } from './types';

const never = () => false;

/** The workspace folders a request names (URIs), when the server may not know them yet. */
function takeFolders(ws: OpenWorkspace, folders: readonly string[] | undefined): void {
  if (folders) ws.setFolders(folders.map((f) => ws.pathOf(f)).filter((p) => p.startsWith('/')));
}

/** `keepalived/electionPreview`: the nodes of the document's (or the named) cluster and the model's answer; nodes as URIs. */
export function electionPreviewOf(ws: OpenWorkspace, params: ElectionPreviewParams, isCancelled: () => boolean = never): ElectionPreviewResult {
  // only documents on disk have neighbours and a node name (untitled: and others stand for no node)
  const file = typeof params.uri === 'string' && params.uri.startsWith('file:') ? ws.pathOf(params.uri) : undefined;
  const cluster = typeof params.cluster === 'string' ? params.cluster : undefined;
  const own = typeof params.uri === 'string' ? ws.get(ws.pathOf(params.uri)) : undefined;
  const result = electionPreview(ws.project, ws.workspaceModel(isCancelled), file, ws.folders, params.scenario, { clusterId: cluster, fileResult: own });
  // a rendered node (a template's host, a Kolla host) links to its rendering, not to its source
  return { ...result, nodes: result.nodes.map((n) => ({ ...n, file: n.rendered ? renderedUri(ws.uriOf(n.file), n.name) : ws.uriOf(n.file) })) };
}

/** `keepalived/clusters`: the workspace model for the Clusters view; files as URIs (a rendered node: its rendering). */
export function clustersOf(ws: OpenWorkspace, params: ClustersParams, isCancelled: () => boolean = never): ClustersResult {
  takeFolders(ws, params.folders);
  const view = clustersView(ws.workspaceModel(isCancelled), ws.folders);
  const uri = (p: string) => (p.startsWith('/') ? ws.uriOf(p) : p);
  return {
    deployments: view.deployments.map((d) => ({
      ...d,
      sources: d.sources.map(ws.toUri),
      clusters: d.clusters.map((c) => ({
        ...c,
        nodes: c.nodes.map((n) => ({
          ...n,
          uri: n.rendered ? renderedUri(uri(n.uri), n.name) : uri(n.uri),
          facts: n.facts.map((f) => (f.uri ? { ...f, uri: uri(f.uri) } : f)),
        })),
      })),
    })),
  };
}

/** `keepalived/renderedConfig`: what a host gets from a template or a Kolla globals.yml (an open document's text first). */
export function renderedConfigOf(ws: OpenWorkspace, params: RenderedConfigParams): RenderedConfigResult {
  const path = ws.pathOf(params.source);
  const open = ws.document(path)?.getText();
  const r = open === undefined ? ws.project.host.readFile(path) : { kind: 'ok' as const, text: open };
  if (r.kind !== 'ok') return { hosts: [], problem: `Cannot read ${path}.` };
  return ws.project.renderedConfig(path, r.text, params.host, ws.folders);
}

/** `keepalived/documentFacts`: the node a document on disk is and its config id (null for other documents). */
export function documentFactsOf(ws: OpenWorkspace, params: DocumentFactsParams): DocumentFactsResult | null {
  const path = ws.pathOf(params.uri);
  if (!path.startsWith('/')) return null;
  const f = ws.project.factsOf(path);
  return { node: f.node, configId: f.configId, configIdFrom: f.configIdFrom?.detail };
}

/**
 * `keepalived/lintFiles` ("Lint Workspace"): the workspace's keepalived files (and those the
 * client names) linted the way the CLI does; the diagnostics of the files not open in the editor
 * to publish (open documents keep those of their own live validation), and the counts.
 */
export function lintFilesOf(
  ws: OpenWorkspace,
  params: LintFilesParams,
  isCancelled: () => boolean = never,
): { readonly summary: LintFilesResult; readonly publish: ReadonlyMap<string, Diagnostic[]> } {
  takeFolders(ws, params.folders);
  ws.rediscover();
  const paths = [...new Set([...(params.uris ?? []).map((u) => ws.pathOf(u)), ...ws.knownFiles()])];
  const files: ProjectFile[] = [];
  for (const path of paths) {
    if (isCancelled()) break;
    const r = ws.project.host.readFile(path);
    if (r.kind === 'ok') files.push({ path, text: r.text });
  }
  const result = ws.project.lintProject(files, false, ws.folders);
  const { byFile, summary } = projectDiagnostics(
    result,
    files.map((f) => f.path),
    ws.toUri,
  );
  const publish = new Map<string, Diagnostic[]>();
  for (const [path, diagnostics] of byFile) if (!ws.document(path)) publish.set(ws.toUri(path), diagnostics);
  return { summary, publish };
}

/** Code actions at a range of an open document: quick fixes for the diagnostics sent back, fix-all, source.fixAll. */
export function codeActionsOf(
  ws: OpenWorkspace,
  uri: string,
  q: { readonly diagnostics: readonly Diagnostic[]; readonly range: Range; readonly only?: readonly string[] },
): CodeAction[] {
  const path = ws.pathOf(uri);
  const result = ws.validationFor(path);
  if (!result) return [];
  return codeActionsAt({
    ...q,
    uri,
    path,
    result,
    fixContext: ws.project.fixContext(
      result.model,
      path,
      () => ws.knownModels(),
      () => ws.workspaceModel(),
    ),
    workspaceIssues: ws.workspaceIssues(),
    uriOf: ws.toUri,
  });
}

/** What an open document's diagnostics are made of: the same parts again need not be sent again. */
export interface DocumentDiagnostics {
  readonly result: FileResult;
  /** The document's cluster and Kolla findings. */
  readonly workspace: readonly Issue[];
  readonly diagnostics: () => Diagnostic[];
  /** Findings on files that are no keepalived configuration (globals.yml...), by URI. */
  readonly extra: ReadonlyMap<string, Diagnostic[]>;
}

/** An open document's diagnostics: its own lint (as part of its includer's), and the workspace's findings on it. */
export function diagnosticsOf(ws: OpenWorkspace, path: string): DocumentDiagnostics | undefined {
  const result = ws.validationFor(path);
  if (!result) return undefined;
  const set = ws.workspaceIssues();
  const extra = new Map<string, Diagnostic[]>();
  for (const p of set.extraFiles) {
    const issues = set.byFile.get(p) ?? [];
    if (issues.length > 0)
      extra.set(
        ws.toUri(p),
        issues.map((i) => toDiagnostic(i, set.files, ws.toUri)),
      );
  }
  return { result, workspace: set.byFile.get(path) ?? [], diagnostics: () => documentDiagnostics(result, path, set, ws.toUri), extra };
}

/** The same findings (the workspace's are computed anew for every workspace state). */
export function sameIssues(a: readonly Issue[], b: readonly Issue[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  return a.every((x, i) => {
    const y = b[i]!;
    return (
      x.code === y.code &&
      x.severity === y.severity &&
      x.message === y.message &&
      x.span.file === y.span.file &&
      x.span.start === y.span.start &&
      x.span.end === y.span.end &&
      JSON.stringify(x.related ?? null) === JSON.stringify(y.related ?? null) &&
      JSON.stringify(x.data ?? null) === JSON.stringify(y.data ?? null)
    );
  });
}
