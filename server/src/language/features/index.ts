/**
 * The editor features of the language core: pure functions from an analysed configuration (and
 * an offset in one of its files) to plain results with spans. The LSP adapters (server/src/lsp)
 * turn these into protocol types.
 */
export type { FeatureContext } from './locate';
export { hover, type HoverOptions, type HoverResult } from './hover';
export { complete, keywordSnippet, type CompletionEntry, type CompletionKind, type CompletionOptions, type CompletionResult } from './completion';
export { documentSymbols, workspaceSymbols, fuzzyMatch, type OutlineKind, type OutlineSymbol, type WorkspaceSymbol } from './symbols';
export { definitionOf, referencesOf, prepareRename, rename, symbolAt, type RenameEdit, type RenameResult, type PrepareRenameResult } from './navigation';
export { documentLinks, type DocumentLinkResult, type LinkOptions } from './links';
export { foldingRanges, selectionRanges, type FoldingRangeResult } from './folding';
export { format, formatText, applyEdits, type FormatOptions, type TextEdit } from './format';
export { semanticTokens, TOKEN_MODIFIERS, TOKEN_TYPES, type SemanticToken } from './semanticTokens';
export { inlayHints, type InlayHintOptions, type InlayHintResult } from './inlayHints';
export { codeLenses, type CodeLensOptions, type CodeLensResult } from './codeLens';
export { priorityReport, priorityShort, type PriorityReport } from './priority';
export { nodeInput, instanceInput } from '../election/fromConfig';
