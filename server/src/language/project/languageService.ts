/**
 * The editor features as a language service, in the spirit of vscode-css-languageservice: each
 * function takes a document of the editor (its URI, its text and the analyses it is read in) and
 * answers in vscode-languageserver-types values. The pure features (language/features) answer in
 * offsets and plain kinds; here a template's offsets move through its view (the features read its
 * first rendering) and offsets become positions (lspTypes.ts). server/src/lsp only looks the
 * document up, calls these through runSafe with cancellation, and returns the answer.
 */
import {
  CompletionItemKind,
  CompletionItemTag,
  DocumentHighlightKind,
  FoldingRangeKind,
  InlayHintKind,
  InsertTextFormat,
  SymbolKind,
  type CodeLens,
  type CompletionItem,
  type CompletionList,
  type DocumentHighlight,
  type DocumentLink,
  type DocumentSymbol,
  type FoldingRange,
  type FormattingOptions,
  type Hover,
  type InlayHint,
  type Location,
  type Position,
  type Range,
  type SelectionRange,
  type SemanticTokens,
  type SignatureHelp,
  type SymbolInformation,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver-types';
import type { ConfigModel } from '../analysis/model';
import { codeLenses } from '../features/codeLens';
import { complete, type CompletionKind, type CompletionOptions } from '../features/completion';
import { foldingRanges, selectionRanges } from '../features/folding';
import { format } from '../features/format';
import { hover, type HoverOptions } from '../features/hover';
import { inlayHints } from '../features/inlayHints';
import { documentLinks } from '../features/links';
import type { FeatureContext } from '../features/locate';
import { definitionOf, highlightsOf, prepareRename, referencesAcross, renameAcross } from '../features/navigation';
import { semanticTokens, TOKEN_MODIFIERS, TOKEN_TYPES } from '../features/semanticTokens';
import { signatureAt } from '../features/signature';
import { documentSymbols, workspaceSymbols, type OutlineKind, type OutlineSymbol } from '../features/symbols';
import type { Span } from '../issue';
import { SourceFile } from '../syntax/source';
import { PREVIEW_ELECTION_COMMAND } from '../../shared/protocol';
import type { FileResult } from './lint';
import { toLocation, toRange, type UriOf } from './lspTypes';
import { templateVariableAt } from './templates';
import { documentView } from './view';

/** A document of the editor: its URI and path, and positions in its own text. */
export interface EditorDocument {
  readonly uri: string;
  readonly path: string;
  offsetAt(position: Position): number;
  getText(): string;
}

/** The document and what it is read in: its own lint result, and the analyses that read it (the first is its context). */
export interface DocumentReading {
  readonly document: EditorDocument;
  /** The document's own result (a template's renderings live here). */
  readonly own: FileResult | undefined;
  readonly models: readonly ConfigModel[];
  readonly uriOf: UriOf;
}

/** A request about one document: the analysis it is read in, offsets and ranges in its own text. */
interface Request {
  readonly ctx: FeatureContext;
  offsetAt(p: Position): number;
  range(span: Span): Range;
}

function requestFor(d: DocumentReading): Request | undefined {
  const model = d.models[0];
  const { document: doc, own } = d;
  if (!model || !model.parsed.files.has(doc.path)) return undefined;
  const ctx = { model, file: doc.path };
  // a template: the features read its first rendering; offsets move through the view
  if (own?.template && own.model === model) {
    const view = documentView(own, doc.path);
    return { ctx, offsetAt: (p) => view.toModel(doc.offsetAt(p)) ?? -1, range: (span) => toRange(view.toDocument(span) ?? span, view.files) };
  }
  return { ctx, offsetAt: (p) => doc.offsetAt(p), range: (span) => toRange(span, model.parsed.files) };
}

/** Every analysis the document is read in, with the files of all of them (for ranges). */
function across(d: DocumentReading): { contexts: FeatureContext[]; files: ReadonlyMap<string, SourceFile> } {
  const models = d.models.filter((m) => m.parsed.files.has(d.document.path));
  return { contexts: models.map((model) => ({ model, file: d.document.path })), files: new Map(models.flatMap((m) => [...m.parsed.files])) };
}

/** The template variable at a position of a template document, with its definitions as locations. */
function templateVariable(d: DocumentReading, position: Position) {
  const own = d.own;
  if (!own?.template) return undefined;
  const variable = templateVariableAt(own, d.document.path, d.document.offsetAt(position));
  if (!variable) return undefined;
  const files = new Map([...(own.rendered?.variables.files ?? [])].map(([p, t]) => [p, new SourceFile(p, t)] as const));
  files.set(own.template.file.path, own.template.file);
  return { variable, range: toRange(variable.span, files), definitions: variable.definitions.map((s) => toLocation(s, files, d.uriOf)) };
}

/** Hover; `o` gives the node's facts for the entry file of the analysis and the document's path. */
export function hoverAt(d: DocumentReading, position: Position, o: (entry: string, file: string) => HoverOptions): Hover | null {
  const r = requestFor(d);
  if (!r) return null;
  const v = templateVariable(d, position);
  if (v) return { contents: { kind: 'markdown', value: v.variable.markdown }, range: v.range };
  const h = hover(r.ctx, r.offsetAt(position), o(r.ctx.model.parsed.entry, r.ctx.file));
  return h ? { contents: { kind: 'markdown', value: h.markdown }, range: r.range(h.span) } : null;
}

const COMPLETION_KIND: Record<CompletionKind, CompletionItemKind> = {
  keyword: CompletionItemKind.Keyword,
  block: CompletionItemKind.Module,
  value: CompletionItemKind.EnumMember,
  reference: CompletionItemKind.Reference,
  interface: CompletionItemKind.Interface,
  snippet: CompletionItemKind.Snippet,
};

export function completionAt(d: DocumentReading, position: Position, o: CompletionOptions): CompletionList | null {
  const r = requestFor(d);
  const result = r && complete(r.ctx, r.offsetAt(position), o);
  if (!r || !result) return null;
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
}

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

export function outline(d: DocumentReading): DocumentSymbol[] {
  const r = requestFor(d);
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
}

/** The workspace's symbols matching a query (at most `limit`). */
export function symbolsOfWorkspace(models: readonly ConfigModel[], query: string, uriOf: UriOf, limit = 1000): SymbolInformation[] {
  return workspaceSymbols(models, query)
    .slice(0, limit)
    .map((s) => {
      const m = models.find((x) => x.parsed.files.has(s.span.file))!;
      return { name: s.name, kind: SYMBOL_KIND[s.kind], containerName: s.container, location: toLocation(s.span, m.parsed.files, uriOf) };
    });
}

export function definitionAt(d: DocumentReading, position: Position): Location[] {
  const r = requestFor(d);
  if (!r) return [];
  const v = templateVariable(d, position);
  if (v) return v.definitions;
  return definitionOf(r.ctx, r.offsetAt(position)).map((s) => ({ uri: d.uriOf(s.file), range: r.range(s) }));
}

export function referencesAt(d: DocumentReading, position: Position, includeDeclaration: boolean): Location[] {
  const c = across(d);
  return referencesAcross(c.contexts, d.document.offsetAt(position), includeDeclaration).map((s) => toLocation(s, c.files, d.uriOf));
}

/** The symbol at a position highlighted where this document names it: definitions as writes, uses as reads. */
export function highlightsAt(d: DocumentReading, position: Position): DocumentHighlight[] {
  const r = requestFor(d);
  if (!r) return [];
  return highlightsOf(r.ctx, r.offsetAt(position)).map((h) => ({
    range: r.range(h.span),
    kind: h.write ? DocumentHighlightKind.Write : DocumentHighlightKind.Read,
  }));
}

/** The syntax of the keyword whose arguments the cursor is in, with the argument under the cursor. */
export function signatureHelpAt(d: DocumentReading, position: Position): SignatureHelp | null {
  const r = requestFor(d);
  const s = r && signatureAt(r.ctx, r.offsetAt(position));
  if (!s) return null;
  return {
    signatures: [
      {
        label: s.label,
        documentation: s.documentation,
        parameters: s.parameters.map((p) => ({ label: [p.label[0], p.label[1]], documentation: p.documentation })),
        ...(s.active !== undefined ? { activeParameter: s.active } : {}),
      },
    ],
    activeSignature: 0,
    ...(s.active !== undefined ? { activeParameter: s.active } : {}),
  };
}

/** The range and placeholder of a rename at a position; `error` when the word there cannot be renamed. */
export function prepareRenameAt(d: DocumentReading, position: Position): { range: Range; placeholder: string } | { error: string } | null {
  const r = requestFor(d);
  const p = r && prepareRename(r.ctx, r.offsetAt(position));
  if (!r || !p) return null;
  return 'error' in p ? p : { range: r.range(p.span), placeholder: p.placeholder };
}

export function renameAt(d: DocumentReading, position: Position, newName: string): WorkspaceEdit | { error: string } {
  const c = across(d);
  const result = renameAcross(c.contexts, d.document.offsetAt(position), newName);
  if ('error' in result) return result;
  const changes: Record<string, TextEdit[]> = {};
  for (const e of result.edits) (changes[d.uriOf(e.span.file)] ??= []).push({ range: toRange(e.span, c.files), newText: e.newText });
  return { changes };
}

export function linksOf(d: DocumentReading, isFile: (path: string) => boolean): DocumentLink[] {
  const r = requestFor(d);
  return r ? documentLinks(r.ctx, { isFile }).map((l) => ({ range: r.range(l.span), target: d.uriOf(l.target), tooltip: l.tooltip })) : [];
}

export function foldingOf(doc: EditorDocument): FoldingRange[] {
  return foldingRanges(doc.getText()).map((f) => ({
    startLine: f.startLine,
    endLine: f.endLine,
    kind: f.kind === 'comment' ? FoldingRangeKind.Comment : f.kind === 'region' ? FoldingRangeKind.Region : undefined,
  }));
}

export function selectionRangesAt(d: DocumentReading, positions: readonly Position[]): SelectionRange[] {
  const r = requestFor(d);
  return positions.map((pos): SelectionRange => {
    let parent: SelectionRange | undefined;
    if (r) for (const span of [...selectionRanges(r.ctx, r.offsetAt(pos))].reverse()) parent = { range: r.range(span), parent };
    return parent ?? { range: { start: pos, end: pos } };
  });
}

/** Formatting edits for the document, or for a range of it; none for a template (its lines hold template code). */
export function formatting(d: Pick<DocumentReading, 'document' | 'own'>, options: FormattingOptions, range?: Range): TextEdit[] {
  const doc = d.document;
  if (d.own?.template) return [];
  const text = doc.getText();
  const files = new Map([[doc.path, new SourceFile(doc.path, text)]]);
  const span = range ? { file: doc.path, start: doc.offsetAt(range.start), end: doc.offsetAt(range.end) } : undefined;
  return format(text, options, span).map((e) => ({ range: toRange({ file: doc.path, start: e.start, end: e.end }, files), newText: e.newText }));
}

/** Semantic tokens, encoded relative to the previous one as the protocol asks; none for a template (its grammar colours it). */
export function semanticTokensOf(d: DocumentReading): SemanticTokens {
  const r = requestFor(d);
  if (!r || d.own?.template) return { data: [] };
  const data: number[] = [];
  let line = 0;
  let char = 0;
  for (const t of semanticTokens(r.ctx)) {
    const range = r.range(t.span);
    if (range.start.line !== range.end.line) continue;
    const mods = t.modifiers.reduce((bits, m) => bits | (1 << TOKEN_MODIFIERS.indexOf(m)), 0);
    const dl = data.length === 0 ? range.start.line : range.start.line - line;
    const dc = data.length === 0 || dl !== 0 ? range.start.character : range.start.character - char;
    data.push(dl, dc, range.end.character - range.start.character, TOKEN_TYPES.indexOf(t.type), mods);
    line = range.start.line;
    char = range.start.character;
  }
  return { data };
}

export function inlayHintsIn(d: DocumentReading, range: Range, o: { effectivePriority: boolean; variables: boolean }): InlayHint[] {
  const r = requestFor(d);
  if (!r || (!o.effectivePriority && !o.variables)) return [];
  const span = { file: r.ctx.file, start: r.offsetAt(range.start), end: r.offsetAt(range.end) };
  return inlayHints(r.ctx, { effectivePriority: o.effectivePriority, variables: o.variables, range: span }).map((h) => ({
    position: r.range({ file: r.ctx.file, start: h.offset, end: h.offset }).start,
    label: h.label,
    kind: h.kind === 'priority' ? InlayHintKind.Type : InlayHintKind.Parameter,
    paddingLeft: true,
    tooltip: h.tooltip,
  }));
}

/** The lenses of the document's instances (their predicted roles); clicking one opens the election preview at it. */
export function lensesOf(d: DocumentReading, roleOf: (entry: string) => ReadonlyMap<string, string> | undefined): CodeLens[] {
  const r = requestFor(d);
  if (!r) return [];
  const roles = roleOf(r.ctx.model.parsed.entry);
  return codeLenses(r.ctx, { roleOf: (i) => roles?.get(i.name) }).map((l) => ({
    range: r.range(l.span),
    command: { title: l.title, command: PREVIEW_ELECTION_COMMAND, arguments: [d.document.uri, l.instance] },
  }));
}
