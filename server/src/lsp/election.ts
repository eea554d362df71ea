/**
 * `keepalived/electionPreview`: the project's election preview for the client's panel (which nodes
 * take part and the model's answer: language/project/election.ts). Here only the document store,
 * cancellation and URIs. Through runSafe: errors are logged, cancellation is honoured.
 */
import { ErrorCodes, LSPErrorCodes, RequestType, ResponseError, type Connection } from 'vscode-languageserver/node';
import { electionPreview as projectPreview } from '../language/project/index';
import { ELECTION_PREVIEW_REQUEST, renderedUri, type ElectionPreviewParams, type ElectionPreviewResult } from '../shared/protocol';
import { uriToPath } from './convert';
import { runSafe } from './runner';
import type { Workspace } from './workspace';

export const ElectionPreviewRequest = new RequestType<ElectionPreviewParams, ElectionPreviewResult, void>(ELECTION_PREVIEW_REQUEST);

/** The preview for a request; node files become URIs (an open document keeps its own). */
export function electionPreview(workspace: Workspace, params: ElectionPreviewParams, isCancelled: () => boolean = () => false): ElectionPreviewResult {
  // only documents on disk have neighbours and a node name (untitled: and others stand for no node)
  const file = typeof params.uri === 'string' && params.uri.startsWith('file:') ? uriToPath(params.uri) : undefined;
  const cluster = typeof params.cluster === 'string' ? params.cluster : undefined;
  const own = typeof params.uri === 'string' ? workspace.get(params.uri) : undefined;
  const result = projectPreview(workspace.project(), workspace.workspaceModel(isCancelled), file, workspace.workspaceFolders(), params.scenario, {
    clusterId: cluster,
    fileResult: own,
  });
  // a rendered node (a template's host, a Kolla host) links to its rendering, not to its source
  return { ...result, nodes: result.nodes.map((n) => ({ ...n, file: n.rendered ? renderedUri(workspace.uriOf(n.file), n.name) : workspace.uriOf(n.file) })) };
}

export function registerElectionPreview(connection: Connection, workspace: Workspace): void {
  connection.onRequest(ElectionPreviewRequest, (params, token) => {
    const failed = new ResponseError<void>(ErrorCodes.InternalError, 'The election preview failed; see the Keepalived output.');
    const r = runSafe<ElectionPreviewResult | ResponseError<void>>(
      connection,
      () => {
        const result = electionPreview(workspace, params, () => token.isCancellationRequested);
        return token.isCancellationRequested ? new ResponseError<void>(LSPErrorCodes.RequestCancelled, 'Request cancelled') : result;
      },
      failed,
      'election preview',
      token,
    );
    return r;
  });
}
