/**
 * The server's state: the open documents (the LSP document store) and the project over them
 * (language/project/openWorkspace.ts: caches, discovery, whole-workspace results), which names
 * documents by path.
 */
import { TextDocuments } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createNodeHost } from '../host/nodeHost';
import { OpenWorkspace, type OpenDocument } from '../language/project/index';
import { pathToUri, uriToPath } from './convert';

export class Workspace extends OpenWorkspace {
  readonly documents: TextDocuments<TextDocument>;

  constructor(documents = new TextDocuments(TextDocument)) {
    super({
      documents: () => documents.all().map((d): OpenDocument => ({ path: uriToPath(d.uri), uri: d.uri, version: d.version, getText: () => d.getText() })),
      host: (overlay) => createNodeHost({ overlay }),
      toPath: uriToPath,
      toUri: pathToUri,
    });
    this.documents = documents;
  }

  /** Called when the workspace folders change (the server pulls their settings again). */
  onDidChangeFolders: (() => void) | undefined;

  override setFolders(paths: readonly string[]): boolean {
    const changed = super.setFolders(paths);
    if (changed) this.onDidChangeFolders?.();
    return changed;
  }
}
