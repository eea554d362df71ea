/**
 * `keepalived/documentFacts`: the node a document is and its config id, as the project service
 * resolves them (language/project/facts.ts). Here only URIs and cancellation.
 */
import { RequestType, type Connection } from 'vscode-languageserver/node';
import { DOCUMENT_FACTS_REQUEST, type DocumentFactsParams, type DocumentFactsResult } from '../shared/protocol';
import { uriToPath } from './convert';
import { runSafe } from './runner';
import type { Workspace } from './workspace';

export const DocumentFactsRequest = new RequestType<DocumentFactsParams, DocumentFactsResult | null, void>(DOCUMENT_FACTS_REQUEST);

export function documentFacts(workspace: Workspace, params: DocumentFactsParams): DocumentFactsResult | null {
  const path = uriToPath(params.uri);
  if (!path.startsWith('/')) return null;
  const f = workspace.project().factsOf(path);
  return { node: f.node, configId: f.configId, configIdFrom: f.configIdFrom?.detail };
}

export function registerDocumentFacts(connection: Connection, workspace: Workspace): void {
  connection.onRequest(DocumentFactsRequest, (params, token) =>
    runSafe<DocumentFactsResult | null>(connection, () => documentFacts(workspace, params), null, 'documentFacts', token),
  );
}
