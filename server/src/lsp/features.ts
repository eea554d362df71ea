/**
 * Registration of the language features (hover, completion, symbols, navigation, formatting,
 * folding, links, semantic tokens, inlay hints, code lens). Each handler is a thin adapter:
 * cached analysis → a pure function in language/features → LSP types.
 */
import type { Connection, ServerCapabilities } from 'vscode-languageserver/node';
import type { Workspace } from './workspace';

export function featureCapabilities(): ServerCapabilities {
  return {};
}

export function registerFeatures(_connection: Connection, _workspace: Workspace): void {
  // handlers are added here
}
