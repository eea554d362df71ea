/**
 * Registration of code actions (quick fixes keyed by diagnostic code, "fix all of this kind")
 * and the server side of client commands.
 */
import type { Connection, ServerCapabilities } from 'vscode-languageserver/node';
import type { Workspace } from './workspace';

export function codeActionCapabilities(): ServerCapabilities {
  return {};
}

export function registerCodeActions(_connection: Connection, _workspace: Workspace): void {
  // handlers are added here
}
