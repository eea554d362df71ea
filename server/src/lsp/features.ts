/**
 * Registration of the language features (hover, completion, signature help, symbols, navigation,
 * highlights, formatting, folding, links, semantic tokens, inlay hints, code lens). Each handler is a thin adapter: the
 * document and the analyses it is read in (the workspace's caches) → the language service
 * (language/project/languageService.ts, LSP types) through runSafe (errors are logged and answered
 * neutrally, cancelled requests answered as cancelled).
 */
import {
  ErrorCodes,
  LSPErrorCodes,
  ResponseError,
  type CancellationToken,
  type Connection,
  type ServerCapabilities,
  type TextDocumentIdentifier,
} from 'vscode-languageserver/node';
import {
  completionAt,
  definitionAt,
  foldingOf,
  formatting,
  highlightsAt,
  hoverAt,
  inlayHintsIn,
  lensesOf,
  linksOf,
  outline,
  predictedRoles,
  prepareRenameAt,
  referencesAt,
  renameAt,
  selectionRangesAt,
  semanticTokensOf,
  signatureHelpAt,
  symbolsOfWorkspace,
  TOKEN_MODIFIERS,
  TOKEN_TYPES,
  type DocumentReading,
} from '../language/project/index';
import { uriToPath } from './convert';
import { runSafe } from './runner';
import type { Workspace } from './workspace';

export function featureCapabilities(): ServerCapabilities {
  return {
    hoverProvider: true,
    completionProvider: { triggerCharacters: [' '], resolveProvider: false },
    signatureHelpProvider: { triggerCharacters: [' '], retriggerCharacters: [] },
    documentSymbolProvider: { label: 'keepalived' },
    workspaceSymbolProvider: true,
    definitionProvider: true,
    referencesProvider: true,
    documentHighlightProvider: true,
    renameProvider: { prepareProvider: true },
    documentLinkProvider: { resolveProvider: false },
    foldingRangeProvider: true,
    selectionRangeProvider: true,
    documentFormattingProvider: true,
    documentRangeFormattingProvider: true,
    semanticTokensProvider: { legend: { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [...TOKEN_MODIFIERS] }, full: true, range: false },
    inlayHintProvider: { resolveProvider: false },
    codeLensProvider: { resolveProvider: false },
  };
}

/** The open document of a URI as the language service reads it (undefined: not open). */
function readingOf(workspace: Workspace, uri: string): DocumentReading | undefined {
  const doc = workspace.documents.get(uri);
  return doc && workspace.reading({ uri, path: uriToPath(uri), offsetAt: doc.offsetAt.bind(doc), getText: () => doc.getText() });
}

type Answer<T> = T | ResponseError<void>;

/** A handler over one open document, through runSafe (`fallback` when it is not open, on an error, or a refusal). */
function onDocument<P extends { readonly textDocument: TextDocumentIdentifier }, T>(
  connection: Connection,
  workspace: Workspace,
  what: string,
  fallback: T,
  fn: (d: DocumentReading, params: P, token: CancellationToken) => Answer<T>,
) {
  return (params: P, token: CancellationToken): Answer<T> =>
    runSafe<Answer<T>>(
      connection,
      () => {
        const d = readingOf(workspace, params.textDocument.uri);
        return d ? fn(d, params, token) : fallback;
      },
      fallback,
      what,
      token,
    );
}

/** A refusal of the language service as the protocol's error. */
const refused = <T extends object>(r: T | { error: string }): Answer<T> => ('error' in r ? new ResponseError(ErrorCodes.InvalidRequest, r.error) : r);

export function registerFeatures(connection: Connection, workspace: Workspace): void {
  watchFolders(connection, workspace);
  const on = <P extends { readonly textDocument: TextDocumentIdentifier }, T>(
    what: string,
    fallback: T,
    fn: (d: DocumentReading, params: P, token: CancellationToken) => Answer<T>,
  ) => onDocument(connection, workspace, what, fallback, fn);
  const project = () => workspace.project;
  const settings = () => workspace.settings;

  connection.onHover(
    on('hover', null, (d, p) =>
      hoverAt(d, p.position, (entry, file) => ({ configId: project().factsOf(entry).configId, interfaces: project().interfacesOf(file) })),
    ),
  );
  connection.onCompletion(
    on('completion', null, (d, p) =>
      completionAt(d, p.position, {
        interfaces: project().interfacesOf(d.document.path),
        keywordsAfterBlank: p.context?.triggerCharacter !== ' ',
        keepalivedVersion: project().settingsFor(d.document.path).version,
      }),
    ),
  );
  connection.onDocumentSymbol(on('document symbols', [], (d) => outline(d)));
  connection.onWorkspaceSymbol((params, token) =>
    runSafe(
      connection,
      () => {
        const models = workspace.knownModels(() => token.isCancellationRequested);
        if (token.isCancellationRequested) return new ResponseError<void>(LSPErrorCodes.RequestCancelled, 'Request cancelled');
        return symbolsOfWorkspace(models, params.query, (p) => workspace.uriOf(p));
      },
      [],
      'workspace symbols',
      token,
    ),
  );
  connection.onDefinition(on('definition', [], (d, p) => definitionAt(d, p.position)));
  connection.onReferences(on('references', [], (d, p) => referencesAt(d, p.position, p.context.includeDeclaration)));
  connection.onDocumentHighlight(on('document highlights', [], (d, p) => highlightsAt(d, p.position)));
  connection.onSignatureHelp(on('signature help', null, (d, p) => signatureHelpAt(d, p.position)));
  connection.onPrepareRename(
    on('prepare rename', null, (d, p) => {
      const r = prepareRenameAt(d, p.position);
      return r && refused(r);
    }),
  );
  connection.onRenameRequest(on('rename', null, (d, p) => refused(renameAt(d, p.position, p.newName))));
  connection.onDocumentLinks(on('document links', [], (d) => linksOf(d, (p) => project().host.stat?.(p)?.isDirectory === false)));
  connection.onFoldingRanges(on('folding ranges', [], (d) => foldingOf(d.document)));
  connection.onSelectionRanges(on('selection ranges', [], (d, p) => selectionRangesAt(d, p.positions)));
  connection.onDocumentFormatting(on('formatting', [], (d, p) => formatting(d, p.options)));
  connection.onDocumentRangeFormatting(on('range formatting', [], (d, p) => formatting(d, p.options, p.range)));
  connection.languages.semanticTokens.on(on('semantic tokens', { data: [] as number[] }, (d) => semanticTokensOf(d)));
  connection.languages.inlayHint.on(on('inlay hints', [], (d, p) => inlayHintsIn(d, p.range, settings().inlayHints)));
  connection.onCodeLens(
    on('code lens', [], (d, _p, token) =>
      settings().codeLens
        ? lensesOf(d, (entry) =>
            predictedRoles(
              workspace.workspaceModel(() => token.isCancellationRequested),
              entry,
            ),
          )
        : [],
    ),
  );
}

/** Workspace folders: asked for when documents open (the client may not support the request). */
function watchFolders(connection: Connection, workspace: Workspace): void {
  let asking = false;
  const askFolders = () => {
    if (asking) return;
    asking = true;
    connection.workspace
      .getWorkspaceFolders()
      .then((folders) => workspace.setFolders((folders ?? []).map((f) => uriToPath(f.uri)).filter((p) => p.startsWith('/'))))
      .catch(() => undefined)
      .finally(() => (asking = false));
  };
  workspace.documents.onDidOpen(() => askFolders());
}
