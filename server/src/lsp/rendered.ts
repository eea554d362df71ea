/**
 * `keepalived/renderedConfig`: what a host gets from a template or a Kolla-Ansible globals.yml
 * (the project service renders it); here only documents, URIs and runSafe.
 */
import { RequestType, type Connection, type ResponseError } from 'vscode-languageserver/node';
import { RENDERED_CONFIG_REQUEST, type RenderedConfigParams, type RenderedConfigResult } from '../shared/protocol';
import { uriToPath } from './convert';
import { runSafe } from './runner';
import type { Workspace } from './workspace';

export const RenderedConfigRequest = new RequestType<RenderedConfigParams, RenderedConfigResult, void>(RENDERED_CONFIG_REQUEST);

export function renderedConfig(workspace: Workspace, params: RenderedConfigParams): RenderedConfigResult {
  const path = uriToPath(params.source);
  const open = workspace.documents.get(params.source)?.getText();
  const r = open === undefined ? workspace.project().host.readFile(path) : { kind: 'ok' as const, text: open };
  if (r.kind !== 'ok') return { hosts: [], problem: `Cannot read ${path}.` };
  return workspace.project().renderedConfig(path, r.text, params.host, workspace.workspaceFolders());
}

export function registerRenderedConfig(connection: Connection, workspace: Workspace): void {
  connection.onRequest(RenderedConfigRequest, (params, token) =>
    runSafe<RenderedConfigResult | ResponseError<void>>(
      connection,
      () => renderedConfig(workspace, params),
      { hosts: [], problem: 'Rendering failed; see the Keepalived output.' },
      'rendered config',
      token,
    ),
  );
}
