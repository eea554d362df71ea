/**
 * Registration of the language features (hover, completion, symbols, navigation, formatting,
 * folding, links, semantic tokens, inlay hints, code lens). Each handler is a thin adapter:
 * cached analysis → a pure function in language/features → LSP types, through runSafe (errors
 * are logged and answered neutrally, cancelled requests answered as cancelled).
 */
import * as fs from 'node:fs';
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
import type { ConfigModel } from '../language/analysis/model';
import { codeLenses } from '../language/features/codeLens';
import { predictedRoles } from '../language/features/roles';
import { complete, type CompletionKind } from '../language/features/completion';
import { foldingRanges, selectionRanges } from '../language/features/folding';
import { format } from '../language/features/format';
import { hover } from '../language/features/hover';
import { inlayHints } from '../language/features/inlayHints';
import { documentLinks } from '../language/features/links';
import type { FeatureContext } from '../language/features/locate';
import { definitionOf, prepareRename, referencesOf, rename } from '../language/features/navigation';
import { semanticTokens, TOKEN_MODIFIERS, TOKEN_TYPES } from '../language/features/semanticTokens';
import { documentSymbols, workspaceSymbols, type OutlineKind, type OutlineSymbol } from '../language/features/symbols';
import type { Span } from '../language/issue';
import { SourceFile } from '../language/syntax/source';
import { toRange, uriToPath } from './convert';
import { PREVIEW_ELECTION_COMMAND } from '../shared/protocol';
import { clusterMembers } from './cluster';
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
  const files = model.parsed.files;
  return {
    ctx: { model, file },
    files,
    offsetAt: (p) => doc.offsetAt(p),
    range: (span) => toRange(span, files),
  };
}

const COMPLETION_KIND: Record<CompletionKind, CompletionItemKind> = {
  keyword: CompletionItemKind.Keyword,
  block: CompletionItemKind.Module,
  value: CompletionItemKind.EnumMember,
  reference: CompletionItemKind.Reference,
  interface: CompletionItemKind.Interface,
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

const isFile = (p: string): boolean => {
  try {
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
};

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
  const settings = () => workspace.settings;

  // Workspace folders: asked for when documents open (the client may not support the request).
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

  connection.onHover((params, token) =>
    safe<Hover | null>(connection, 'hover', token, null, () => {
      const r = requestFor(workspace, params.textDocument.uri);
      if (!r) return null;
      const s = settings();
      const h = hover(r.ctx, r.offsetAt(params.position), { configId: s.configId, interfaces: s.interfaces });
      return h ? { contents: { kind: 'markdown', value: h.markdown }, range: r.range(h.span) } : null;
    }),
  );

  connection.onCompletion((params, token) =>
    safe<CompletionList | null>(connection, 'completion', token, null, () => {
      const r = requestFor(workspace, params.textDocument.uri);
      if (!r) return null;
      const result = complete(r.ctx, r.offsetAt(params.position), {
        interfaces: settings().interfaces,
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
      }));
      return { isIncomplete: false, items };
    }),
  );

  connection.onDocumentSymbol((params, token) =>
    safe<DocumentSymbol[]>(connection, 'document symbols', token, [], () => {
      const r = requestFor(workspace, params.textDocument.uri);
      if (!r) return [];
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

  connection.onWorkspaceSymbol((params, token) =>
    safe<SymbolInformation[]>(connection, 'workspace symbols', token, [], () => {
      const models: ConfigModel[] = [];
      for (const f of workspace.knownFiles()) {
        if (token.isCancellationRequested) return new ResponseError(LSPErrorCodes.RequestCancelled, 'Request cancelled');
        const m = workspace.analyseFile(f);
        if (m) models.push(m);
      }
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

  const location = (span: Span, files: ConfigModel['parsed']['files']): Location => ({ uri: workspace.uriOf(span.file), range: toRange(span, files) });

  connection.onDefinition((params, token) =>
    safe<Location[]>(connection, 'definition', token, [], () => {
      const r = requestFor(workspace, params.textDocument.uri);
      if (!r) return [];
      return definitionOf(r.ctx, r.offsetAt(params.position)).map((s) => location(s, r.files));
    }),
  );

  connection.onReferences((params, token) =>
    safe<Location[]>(connection, 'references', token, [], () => {
      const out: Location[] = [];
      const seen = new Set<string>();
      for (const m of workspace.contextsFor(params.textDocument.uri)) {
        const r = requestFor(workspace, params.textDocument.uri, m);
        if (!r) continue;
        for (const s of referencesOf(r.ctx, r.offsetAt(params.position), params.context.includeDeclaration)) {
          const k = `${s.file}\0${s.start}`;
          if (seen.has(k)) continue;
          seen.add(k);
          out.push(location(s, r.files));
        }
      }
      return out;
    }),
  );

  connection.onPrepareRename((params, token) =>
    safe<{ range: Range; placeholder: string } | null>(connection, 'prepare rename', token, null, () => {
      const r = requestFor(workspace, params.textDocument.uri);
      if (!r) return null;
      const p = prepareRename(r.ctx, r.offsetAt(params.position));
      if (!p) return null;
      if ('error' in p) return new ResponseError(ErrorCodes.InvalidRequest, p.error);
      return { range: r.range(p.span), placeholder: p.placeholder };
    }),
  );

  connection.onRenameRequest((params, token) =>
    safe<WorkspaceEdit | null>(connection, 'rename', token, null, () => {
      const changes: Record<string, TextEdit[]> = {};
      const seen = new Set<string>();
      for (const m of workspace.contextsFor(params.textDocument.uri)) {
        const r = requestFor(workspace, params.textDocument.uri, m);
        if (!r) continue;
        const result = rename(r.ctx, r.offsetAt(params.position), params.newName);
        if ('error' in result) return new ResponseError(ErrorCodes.InvalidRequest, result.error);
        for (const e of result.edits) {
          const k = `${e.span.file}\0${e.span.start}`;
          if (seen.has(k)) continue;
          seen.add(k);
          (changes[workspace.uriOf(e.span.file)] ??= []).push({ range: toRange(e.span, r.files), newText: e.newText });
        }
      }
      return { changes };
    }),
  );

  connection.onDocumentLinks((params, token) =>
    safe<DocumentLink[]>(connection, 'document links', token, [], () => {
      const r = requestFor(workspace, params.textDocument.uri);
      if (!r) return [];
      return documentLinks(r.ctx, { isFile }).map((l) => ({ range: r.range(l.span), target: workspace.uriOf(l.target), tooltip: l.tooltip }));
    }),
  );

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
    if (!doc) return [];
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

  connection.languages.semanticTokens.on((params, token) =>
    safe<SemanticTokens>(connection, 'semantic tokens', token, { data: [] }, () => {
      const r = requestFor(workspace, params.textDocument.uri);
      if (!r) return { data: [] };
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

  connection.languages.inlayHint.on((params, token) =>
    safe<InlayHint[]>(connection, 'inlay hints', token, [], () => {
      const r = requestFor(workspace, params.textDocument.uri);
      if (!r) return [];
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
      const members = clusterMembers(workspace, () => token.isCancellationRequested);
      const self = members.find((m) => m.model === r.ctx.model)?.name;
      const roles = self ? predictedRoles(members, self) : new Map<string, string>();
      // clicking a lens opens the election preview at its instance
      return codeLenses(r.ctx, { roleOf: (i) => roles.get(i.name) }).map((l) => ({
        range: r.range(l.span),
        command: { title: l.title, command: PREVIEW_ELECTION_COMMAND, arguments: [params.textDocument.uri, l.instance] },
      }));
    }),
  );
}
