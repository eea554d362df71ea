/**
 * `keepalived/clusters`: the workspace model (language/project: deployments, clusters, nodes and
 * their facts) for the client's "Keepalived: Clusters" view. Here only URIs and cancellation.
 */
import { RequestType, type Connection } from 'vscode-languageserver/node';
import { clustersView } from '../language/project/index';
import { CLUSTERS_REQUEST, renderedUri, type ClustersParams, type ClustersResult } from '../shared/protocol';
import { pathToUri, uriToPath } from './convert';
import { runSafe } from './runner';
import type { Workspace } from './workspace';

export const ClustersRequest = new RequestType<ClustersParams, ClustersResult, void>(CLUSTERS_REQUEST);

export function clusters(workspace: Workspace, params: ClustersParams, isCancelled: () => boolean = () => false): ClustersResult {
  if (params.folders) workspace.setFolders(params.folders.map(uriToPath).filter((p) => p.startsWith('/')));
  const view = clustersView(workspace.workspaceModel(isCancelled), workspace.workspaceFolders());
  const uri = (p: string) => (p.startsWith('/') ? workspace.uriOf(p) : p);
  return {
    deployments: view.deployments.map((d) => ({
      ...d,
      sources: d.sources.map(pathToUri),
      clusters: d.clusters.map((c) => ({
        ...c,
        // a rendered node opens its rendering (keepalived/renderedConfig fills it)
        nodes: c.nodes.map((n) => ({
          ...n,
          uri: n.rendered ? renderedUri(uri(n.uri), n.name) : uri(n.uri),
          facts: n.facts.map((f) => (f.uri ? { ...f, uri: uri(f.uri) } : f)),
        })),
      })),
    })),
  };
}

export function registerClusters(connection: Connection, workspace: Workspace): void {
  connection.onRequest(ClustersRequest, (params, token) =>
    runSafe<ClustersResult>(connection, () => clusters(workspace, params ?? {}, () => token.isCancellationRequested), { deployments: [] }, 'clusters', token),
  );
}
