/**
 * The language core's facade, in the spirit of vscode-css-languageservice's
 * getCSSLanguageService(): the project service (host + files + settings → results) and the pure
 * language features over one analysed document. server/src/lsp and server/src/cli import this
 * module and nothing deeper in the core (test/unit/architecture.test.ts keeps it so).
 */
export { createProjectService, ProjectService } from './service';
export { problemOf, readProblem } from './types';
export { commandLineProject, InputError, readProjectInputs, type CommandLineProject, type ProjectInputs, type ReadInputsOptions } from './commandLine';
export type { DocumentLinter, KollaReadProblem, ProjectFile, ProjectLint, ProjectOptions, WorkspaceIssueSet } from './types';
export type { AppliedFix, FixedFile, FixOutcome } from './fix';
export { safeFixKinds } from '../features/fixes/index';
export { electionNodes, electionPreview, pickCluster, predictedRoles, previewResult, type ElectionSelection, type NodeFile } from './election';
export {
  describeElectionCluster,
  electionClustersOf,
  electionRun,
  scenarioPart,
  type ClusterPreview,
  type ElectionCluster,
  type ElectionClusters,
  type ElectionRequest,
  type ElectionRun,
} from './electionCommand';
export { clustersView } from './clustersView';
export { OpenWorkspace, type OpenDocument, type OpenWorkspaceOptions } from './openWorkspace';
export {
  clustersOf,
  codeActionsOf,
  diagnosticsOf,
  documentFactsOf,
  electionPreviewOf,
  lintFilesOf,
  renderedConfigOf,
  sameIssues,
  type DocumentDiagnostics,
} from './workspaceRequests';
export { nodeName, nodeNames, readingContexts, rootNodes } from './nodes';
export { judgeName, FIRST_LINE, SKIP_DIRS, type Discovered } from './discover';
export {
  locate,
  type Deployment,
  type DeploymentKind,
  type WorkspaceCluster,
  type WorkspaceFile,
  type WorkspaceModel,
  type WorkspaceNode,
} from './deployments';
export { SETTINGS_FILE, type FactOrigin, type NodeFacts } from './facts';
export {
  addInterfaceArgs,
  cloneSpecs,
  defaultSettings,
  emptySpecs,
  LEVELS,
  readSettings,
  type InterfaceSpecs,
  type KeepalivedSettings,
  type KollaSettings,
  type SettingsProblem,
  type SettingsReading,
  type SeveritySetting,
} from './settings';
export { allCodes, codeInfo, explainCodes } from './codes';
export { templateVariableAt, type TemplateVariable, type TemplateFileResult } from './templates';
export { documentView, viewActions, type DocumentView } from './view';
export { TEMPLATE_SETTINGS, type TemplateSetting } from '../templates/detect';

// Plain types the adapters convert.
export type { ConfigHost, DirEntry, FileInfo, ReadResult } from '../host';
export type { Issue, RelatedInfo, Severity, Span } from '../issue';
export { severityRank } from '../issue';
export type { LintResult } from '../index';
export type { FileResult } from './lint';
export type { TemplateLint } from '../templates/lint';
export type { ConfigModel } from '../analysis/model';
export type { ClusterNode } from '../analysis/cluster';
export type { KollaPaths } from '../kolla/model';
export type { CodeInfo } from '../validation/rule';
export { SourceFile } from '../syntax/source';
export { ruleDocUrl } from '../validation/docs';

// Language features: pure functions of (analysed document, position) → plain results.
export { codeLenses } from '../features/codeLens';
export { complete, type CompletionKind } from '../features/completion';
export { foldingRanges, selectionRanges } from '../features/folding';
export { format } from '../features/format';
export { hover } from '../features/hover';
export { inlayHints } from '../features/inlayHints';
export { documentLinks } from '../features/links';
export type { FeatureContext } from '../features/locate';
export { definitionOf, prepareRename, referencesAcross, referencesOf, rename, renameAcross, type RenameEdit } from '../features/navigation';
export { semanticTokens, TOKEN_MODIFIERS, TOKEN_TYPES } from '../features/semanticTokens';
export { documentSymbols, workspaceSymbols, type OutlineKind, type OutlineSymbol } from '../features/symbols';
export { codeActionsFor, cursorActions, fixAll, type CodeActionPlan, type FixContext, type TextEdit } from '../features/codeActions';

// The election preview on the command line.
export { clusterInput, previewElection, scenarioProblems, type ScenarioSpec } from '../features/electionPreview';
export { parseStep, readScenarioFile, scenarioOfText, ScenarioTextError, splitNodeSpec, type ScenarioFile, type ScenarioText } from '../features/scenarioText';
export type { Action, ClusterInput } from '../election/input';
export { renderJson } from '../election/render/json';
export { oneLine } from '../election/render/escape';

// The language service: the features above for a document of the editor, in vscode-languageserver-types values.
export {
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
  prepareRenameAt,
  referencesAt,
  renameAt,
  selectionRangesAt,
  semanticTokensOf,
  signatureHelpAt,
  symbolsOfWorkspace,
  type DocumentReading,
  type EditorDocument,
} from './languageService';
export {
  codeActionsAt,
  documentDiagnostics,
  projectDiagnostics,
  CODE_ACTION_KINDS,
  FIX_ALL_KIND,
  toWorkspaceEdit,
  type CodeActionRequest,
} from './codeActionService';
export { toDiagnostic, toLocation, toRange, type UriOf } from './lspTypes';
