/** URIs and paths: the document store's side of conversion (ranges and diagnostics: language/project/lspTypes.ts). */
import { URI } from 'vscode-uri';

export function uriToPath(uri: string): string {
  return uri.startsWith('file:') ? URI.parse(uri).fsPath : uri;
}

export function pathToUri(p: string): string {
  return p.startsWith('/') ? URI.file(p).toString() : p;
}
