/**
 * Registration of the language features (hover, completion, symbols, navigation, formatting,
 * folding, links, semantic tokens, inlay hints, code lens). Each handler is a thin adapter:
 * cached analysis → a pure function in language/features → LSP types, through runSafe (errors
 * are logged and answered neutrally, cancelled requests answered as cancelled).
 */
import {
  CompletionItemKind,
  CompletionItemTag,
  LSPErrorCodes,
  FoldingRangeKind,
  InlayHintKind,
  InsertTextFormat,
  ResponseError,
  ErrorCodes,
  SemanticTokensBuilder,
  SymbolKind,
  type CancellationToken,
  type CodeLens,
  type CompletionItem,
  type CompletionList,
  type Connection,
  type DocumentLink,
  type DocumentSymbol,
  type FoldingRange,
  type Hover,
  type InlayHint,
  type Location,
  type Position,
  type Range,
  type SelectionRange,
  type SemanticTokens,
  type ServerCapabilities,
  type SymbolInformation,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver/node';
import {
  codeLenses,
  complete,
  definitionOf,
  documentView,
  documentLinks,
  documentSymbols,
  foldingRanges,
  format,
  hover,
  inlayHints,
  predictedRoles,
  prepareRename,
  renameAcross,
  referencesAcross,
  selectionRanges,
  semanticTokens,
  templateVariableAt,
  type TemplateVariable,
  SourceFile,
  TOKEN_MODIFIERS,
  TOKEN_TYPES,
  workspaceSymbols,
  type CompletionKind,
  type ConfigModel,
  type FeatureContext,
  type OutlineKind,
  type OutlineSymbol,
  type Span,
} from '../language/project/index';
import { toRange, uriToPath } from './convert';
import { PREVIEW_ELECTION_COMMAND } from '../shared/protocol';
import { runSafe } from './runner';
import type { Workspace } from './workspace';

export function featureCapabilities(): ServerCapabilities {
  return {
    hoverProvider: true,
    completionProvider: { triggerCharacters: [' '], resolveProvider: false },
    documentSymbolProvider: { label: 'keepalived' },
    workspaceSymbolProvider: true,
    definitionProvider: true,
    referencesProvider: true,
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

/** The template variable at a position of a template document, with its definitions as locations. */
function templateVariable(
  workspace: Workspace,
  uri: string,
  position: Position,
): { variable: TemplateVariable; range: Range; definitions: Location[] } | undefined {
  const own = workspace.get(uri);
  const doc = workspace.documents.get(uri);
  if (!own?.template || !doc) return undefined;
  const variable = templateVariableAt(own, uriToPath(uri), doc.offsetAt(position));
  if (!variable) return undefined;
  const files = new Map([...(own.rendered?.project.files ?? [])].map(([p, t]) => [p, new SourceFile(p, t)] as const));
  files.set(own.template.file.path, own.template.file);
  return {
    variable,
    range: toRange(variable.span, files),
    definitions: variable.definitions.map((d) => ({ uri: workspace.uriOf(d.file), range: toRange(d, files) })),
  };
}

/** A request about one document: the analysis it is read in, and its own text. */
interface Request {
  readonly ctx: FeatureContext;
  readonly files: ConfigModel['parsed']['files'];
  offsetAt(p: Position): number;
  range(span: Span): Range;
}

function requestFor(workspace: Workspace, uri: string, model = workspace.contextFor(uri)): Request | undefined {
  const doc = workspace.documents.get(uri);
  if (!doc || !model) return undefined;
  const file = uriToPath(uri);
  if (!model.parsed.files.has(file)) return undefined;
  // a template: the features read its first rendering; offsets move through the view
  const own = workspace.get(uri);
  if (own?.template && own.model === model) {
    const view = documentView(own, file);
    return {
      ctx: { model, file },
      files: model.parsed.files,
      offsetAt: (p) => view.toModel(doc.offsetAt(p)) ?? -1,
      range: (span) => toRange(view.toDocument(span) ?? span, view.files),
    };
  }
  const files = model.parsed.files;
  return {
    ctx: { model, file },
    files,
    offsetAt: (p) => doc.offsetAt(p),
    range: (span) => toRange(span, files),
  };
}

/** Every analysis the document is read in, with the files of all of them (for ranges). */
function contexts(workspace: Workspace, uri: string): { contexts: FeatureContext[]; files: ReadonlyMap<string, SourceFile>; offsetAt(p: Position): number } {
  const file = uriToPath(uri);
  const models = workspace.contextsFor(uri).filter((m) => m.parsed.files.has(file));
  const files = new Map(models.flatMap((m) => [...m.parsed.files]));
  const doc = workspace.documents.get(uri);
  return { contexts: models.map((model) => ({ model, file })), files, offsetAt: (p) => doc?.offsetAt(p) ?? 0 };
}

const COMPLETION_KIND: Record<CompletionKind, CompletionItemKind> = {
  keyword: CompletionItemKind.Keyword,
  block: CompletionItemKind.Module,
  value: CompletionItemKind.EnumMember,
  reference: CompletionItemKind.Reference,
  interface: CompletionItemKind.Interface,
  snippet: CompletionItemKind.Snippet,
};

const SYMBOL_KIND: Record<OutlineKind, SymbolKind> = {
  namespace: SymbolKind.Namespace,
  class: SymbolKind.Class,
  function: SymbolKind.Function,
  module: SymbolKind.Module,
  object: SymbolKind.Object,
  array: SymbolKind.Array,
  constant: SymbolKind.Constant,
  variable: SymbolKind.Variable,
  event: SymbolKind.Event,
  interface: SymbolKind.Interface,
  struct: SymbolKind.Struct,
  file: SymbolKind.File,
  field: SymbolKind.Field,
};

/** A handler over one document: through runSafe, with the analysis the document is read in (`fallback` without one). */
function onDocument<T>(connection: Connection, workspace: Workspace, what: string, fallback: T) {
  return <P extends { readonly textDocument: { readonly uri: string } }>(fn: (r: Request, params: P, token: CancellationToken) => T | ResponseError<void>) =>
    (params: P, token: CancellationToken): T | ResponseError<void> =>
      safe<T>(connection, what, token, fallback, () => {
        const r = requestFor(workspace, params.textDocument.uri);
        return r ? fn(r, params, token) : fallback;
      });
}

/** runSafe with the result type the connection's handler signatures expect. */
function safe<T>(
  connection: Connection,
  what: string,
  token: CancellationToken | undefined,
  fallback: T,
  fn: () => T | ResponseError<void>,
): T | ResponseError<void> {
  return runSafe<T | ResponseError<void>>(connection, fn, fallback, what, token);
}

export function registerFeatures(connection: Connection, workspace: Workspace): void {
  watchFolders(connection, workspace);
  registerReading(connection, workspace);
  registerNavigation(connection, workspace);
  registerLayout(connection, workspace);
  registerDecorations(connection, workspace);
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

/** Hover, completion and the outline: reading one document. */
function registerReading(connection: Connection, workspace: Workspace): void {
  connection.onHover(
    onDocument<Hover | null>(
      connection,
      workspace,
      'hover',
      null,
    )((r, params) => {
      const v = templateVariable(workspace, params.textDocument.uri, params.position);
      if (v) return { contents: { kind: 'markdown', value: v.variable.markdown }, range: v.range };
      const h = hover(r.ctx, r.offsetAt(params.position), {
        configId: workspace.project().factsOf(r.ctx.model.parsed.entry).configId,
        interfaces: workspace.project().interfacesOf(r.ctx.file),
      });
      return h ? { contents: { kind: 'markdown', value: h.markdown }, range: r.range(h.span) } : null;
    }),
  );

  connection.onCompletion(
    onDocument<CompletionList | null>(
      connection,
      workspace,
      'completion',
      null,
    )((r, params) => {
      const result = complete(r.ctx, r.offsetAt(params.position), {
        interfaces: workspace.project().interfacesOf(r.ctx.file),
        keywordsAfterBlank: params.context?.triggerCharacter !== ' ',
      });
      if (!result) return null;
      const range = r.range(result.replace);
      const items: CompletionItem[] = result.items.map((e) => ({
        label: e.label,
        kind: COMPLETION_KIND[e.kind],
        detail: e.detail,
        documentation: e.documentation ? { kind: 'markdown', value: e.documentation } : undefined,
        textEdit: { range, newText: e.snippet ?? e.label },
        insertTextFormat: e.snippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
        tags: e.deprecated ? [CompletionItemTag.Deprecated] : undefined,
        sortText: e.sortText,
        filterText: e.filterText,
      }));
      return { isIncomplete: false, items };
    }),
  );

  connection.onDocumentSymbol(
    onDocument<DocumentSymbol[]>(
      connection,
      workspace,
      'document symbols',
      [],
    )((r) => {
      const convert = (s: OutlineSymbol): DocumentSymbol => ({
        name: s.name || '?',
        detail: s.detail,
        kind: SYMBOL_KIND[s.kind],
        range: r.range(s.span),
        selectionRange: r.range(s.selection),
        children: s.children.map(convert),
      });
      return documentSymbols(r.ctx).map(convert);
    }),
  );
}

/** Workspace symbols, definition, references, rename and links: across files and includes. */
function registerNavigation(connection: Connection, workspace: Workspace): void {
  connection.onWorkspaceSymbol((params, token) =>
    safe<SymbolInformation[]>(connection, 'workspace symbols', token, [], () => {
      const models = workspace.knownModels(() => token.isCancellationRequested);
      if (token.isCancellationRequested) return new ResponseError(LSPErrorCodes.RequestCancelled, 'Request cancelled');
      return workspaceSymbols(models, params.query)
        .slice(0, 1000)
        .map((s) => {
          const m = models.find((x) => x.parsed.files.has(s.span.file))!;
          return {
            name: s.name,
            kind: SYMBOL_KIND[s.kind],
            containerName: s.container,
            location: { uri: workspace.uriOf(s.span.file), range: toRange(s.span, m.parsed.files) },
          };
        });
    }),
  );

  const location = (span: Span, files: ReadonlyMap<string, SourceFile>): Location => ({ uri: workspace.uriOf(span.file), range: toRange(span, files) });

  connection.onDefinition(
    onDocument<Location[]>(
      connection,
      workspace,
      'definition',
      [],
    )((r, params) => {
      const v = templateVariable(workspace, params.textDocument.uri, params.position);
      if (v) return v.definitions;
      return definitionOf(r.ctx, r.offsetAt(params.position)).map((s) => ({ uri: workspace.uriOf(s.file), range: r.range(s) }));
    }),
  );

  connection.onReferences((params, token) =>
    safe<Location[]>(connection, 'references', token, [], () => {
      const c = contexts(workspace, params.textDocument.uri);
      return referencesAcross(c.contexts, c.offsetAt(params.position), params.context.includeDeclaration).map((s) => location(s, c.files));
    }),
  );

  connection.onPrepareRename(
    onDocument<{ range: Range; placeholder: string } | null>(
      connection,
      workspace,
      'prepare rename',
      null,
    )((r, params) => {
      const p = prepareRename(r.ctx, r.offsetAt(params.position));
      if (!p) return null;
      if ('error' in p) return new ResponseError(ErrorCodes.InvalidRequest, p.error);
      return { range: r.range(p.span), placeholder: p.placeholder };
    }),
  );

  connection.onRenameRequest((params, token) =>
    safe<WorkspaceEdit | null>(connection, 'rename', token, null, () => {
      const c = contexts(workspace, params.textDocument.uri);
      const result = renameAcross(c.contexts, c.offsetAt(params.position), params.newName);
      if ('error' in result) return new ResponseError(ErrorCodes.InvalidRequest, result.error);
      const changes: Record<string, TextEdit[]> = {};
      for (const e of result.edits) (changes[workspace.uriOf(e.span.file)] ??= []).push({ range: toRange(e.span, c.files), newText: e.newText });
      return { changes };
    }),
  );

  connection.onDocumentLinks(
    onDocument<DocumentLink[]>(
      connection,
      workspace,
      'document links',
      [],
    )((r) => {
      const isFile = (p: string) => workspace.project().host.stat?.(p)?.isDirectory === false;
      return documentLinks(r.ctx, { isFile }).map((l) => ({ range: r.range(l.span), target: workspace.uriOf(l.target), tooltip: l.tooltip }));
    }),
  );
}

/** Folding, selection ranges and formatting: the layout of the text. */
function registerLayout(connection: Connection, workspace: Workspace): void {
  connection.onFoldingRanges((params, token) =>
    safe<FoldingRange[]>(connection, 'folding ranges', token, [], () => {
      const doc = workspace.documents.get(params.textDocument.uri);
      if (!doc) return [];
      return foldingRanges(doc.getText()).map((f) => ({
        startLine: f.startLine,
        endLine: f.endLine,
        kind: f.kind === 'comment' ? FoldingRangeKind.Comment : f.kind === 'region' ? FoldingRangeKind.Region : undefined,
      }));
    }),
  );

  connection.onSelectionRanges((params, token) =>
    safe<SelectionRange[]>(connection, 'selection ranges', token, [], () => {
      const r = requestFor(workspace, params.textDocument.uri);
      return params.positions.map((pos): SelectionRange => {
        const spans = r ? selectionRanges(r.ctx, r.offsetAt(pos)) : [];
        let parent: SelectionRange | undefined;
        for (const span of [...spans].reverse()) parent = { range: r!.range(span), parent };
        return parent ?? { range: { start: pos, end: pos } };
      });
    }),
  );

  const formatting = (
    uri: string,
    options: { tabSize: number; insertSpaces: boolean; insertFinalNewline?: boolean; trimFinalNewlines?: boolean },
    range?: Range,
  ): TextEdit[] => {
    const doc = workspace.documents.get(uri);
    // a template's lines hold template code that formatting must not move
    if (!doc || workspace.get(uri)?.template) return [];
    const path = uriToPath(uri);
    const text = doc.getText();
    const files = new Map([[path, new SourceFile(path, text)]]);
    const span = range ? { file: path, start: doc.offsetAt(range.start), end: doc.offsetAt(range.end) } : undefined;
    return format(text, options, span).map((e) => ({ range: toRange({ file: path, start: e.start, end: e.end }, files), newText: e.newText }));
  };
  connection.onDocumentFormatting((params, token) =>
    safe<TextEdit[]>(connection, 'formatting', token, [], () => formatting(params.textDocument.uri, params.options)),
  );
  connection.onDocumentRangeFormatting((params, token) =>
    safe<TextEdit[]>(connection, 'range formatting', token, [], () => formatting(params.textDocument.uri, params.options, params.range)),
  );
}

/** Semantic tokens, inlay hints and code lenses: what is drawn over the text. */
function registerDecorations(connection: Connection, workspace: Workspace): void {
  const settings = () => workspace.settings;
  connection.languages.semanticTokens.on((params, token) =>
    safe<SemanticTokens>(connection, 'semantic tokens', token, { data: [] }, () => {
      const r = requestFor(workspace, params.textDocument.uri);
      // a template is coloured by the TextMate grammar (its tags included), not by one rendering
      if (!r || workspace.get(params.textDocument.uri)?.template) return { data: [] };
      const builder = new SemanticTokensBuilder();
      for (const t of semanticTokens(r.ctx)) {
        const range = r.range(t.span);
        if (range.start.line !== range.end.line) continue;
        const mods = t.modifiers.reduce((bits, m) => bits | (1 << TOKEN_MODIFIERS.indexOf(m)), 0);
        builder.push(range.start.line, range.start.character, range.end.character - range.start.character, TOKEN_TYPES.indexOf(t.type), mods);
      }
      return builder.build();
    }),
  );

  connection.languages.inlayHint.on(
    onDocument<InlayHint[]>(
      connection,
      workspace,
      'inlay hints',
      [],
    )((r, params) => {
      const s = settings().inlayHints;
      if (!s.effectivePriority && !s.variables) return [];
      const range = { file: r.ctx.file, start: r.offsetAt(params.range.start), end: r.offsetAt(params.range.end) };
      return inlayHints(r.ctx, { effectivePriority: s.effectivePriority, variables: s.variables, range }).map((h) => ({
        position: r.range({ file: r.ctx.file, start: h.offset, end: h.offset }).start,
        label: h.label,
        kind: h.kind === 'priority' ? InlayHintKind.Type : InlayHintKind.Parameter,
        paddingLeft: true,
        tooltip: h.tooltip,
      }));
    }),
  );

  connection.onCodeLens((params, token) =>
    safe<CodeLens[]>(connection, 'code lens', token, [], () => {
      if (!settings().codeLens) return [];
      const r = requestFor(workspace, params.textDocument.uri);
      if (!r) return [];
      // the predicted role, when other nodes of the same virtual routers are in the workspace
      const roles = predictedRoles(
        workspace.workspaceModel(() => token.isCancellationRequested),
        r.ctx.model.parsed.entry,
      );
      // clicking a lens opens the election preview at its instance
      return codeLenses(r.ctx, { roleOf: (i) => roles.get(i.name) }).map((l) => ({
        range: r.range(l.span),
        command: { title: l.title, command: PREVIEW_ELECTION_COMMAND, arguments: [params.textDocument.uri, l.instance] },
      }));
    }),
  );
}
