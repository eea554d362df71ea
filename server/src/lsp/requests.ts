/**
 * The server's own requests (shared/protocol.ts): the election preview, the Clusters view, a
 * host's rendered configuration and a document's node facts, answered by the project
 * (language/project/workspaceRequests.ts). Here only registration, runSafe and cancellation.
 */
import { ErrorCodes, LSPErrorCodes, RequestType, ResponseError, type Connection } from 'vscode-languageserver/node';
import { clustersOf, documentFactsOf, electionPreviewOf, renderedConfigOf } from '../language/project/index';
import {
  CLUSTERS_REQUEST,
  DOCUMENT_FACTS_REQUEST,
  ELECTION_PREVIEW_REQUEST,
  RENDERED_CONFIG_REQUEST,
  type ClustersParams,
  type ClustersResult,
  type DocumentFactsParams,
  type DocumentFactsResult,
  type ElectionPreviewParams,
  type ElectionPreviewResult,
  type RenderedConfigParams,
  type RenderedConfigResult,
} from '../shared/protocol';
import { runSafe } from './runner';
import type { Workspace } from './workspace';

export const ElectionPreviewRequest = new RequestType<ElectionPreviewParams, ElectionPreviewResult, void>(ELECTION_PREVIEW_REQUEST);
export const ClustersRequest = new RequestType<ClustersParams, ClustersResult, void>(CLUSTERS_REQUEST);
export const RenderedConfigRequest = new RequestType<RenderedConfigParams, RenderedConfigResult, void>(RENDERED_CONFIG_REQUEST);
export const DocumentFactsRequest = new RequestType<DocumentFactsParams, DocumentFactsResult | null, void>(DOCUMENT_FACTS_REQUEST);

const cancelledError = () => new ResponseError<void>(LSPErrorCodes.RequestCancelled, 'Request cancelled');

export function registerRequests(connection: Connection, workspace: Workspace): void {
  connection.onRequest(ElectionPreviewRequest, (params, token) =>
    runSafe<ElectionPreviewResult | ResponseError<void>>(
      connection,
      () => {
        const result = electionPreviewOf(workspace, params, () => token.isCancellationRequested);
        return token.isCancellationRequested ? cancelledError() : result;
      },
      new ResponseError<void>(ErrorCodes.InternalError, 'The election preview failed; see the Keepalived output.'),
      'election preview',
      token,
    ),
  );
  connection.onRequest(ClustersRequest, (params, token) =>
    runSafe<ClustersResult>(connection, () => clustersOf(workspace, params ?? {}, () => token.isCancellationRequested), { deployments: [] }, 'clusters', token),
  );
  connection.onRequest(RenderedConfigRequest, (params, token) =>
    runSafe<RenderedConfigResult>(
      connection,
      () => renderedConfigOf(workspace, params),
      { hosts: [], problem: 'Rendering failed; see the Keepalived output.' },
      'rendered config',
      token,
    ),
  );
  connection.onRequest(DocumentFactsRequest, (params, token) =>
    runSafe<DocumentFactsResult | null>(connection, () => documentFactsOf(workspace, params), null, 'documentFacts', token),
  );
}
