/**
 * Registration of code actions (quick fixes keyed by diagnostic code, "fix all of this kind",
 * source.fixAll) and the server side of client commands (keepalived/lintFiles for "Lint
 * Workspace"). Thin adapters: cached analysis → language/features/codeActions → LSP types.
 */
import {
  CodeActionKind,
  RequestType,
  type CodeAction,
  type CodeActionParams,
  type Connection,
  type Diagnostic,
  type ServerCapabilities,
  type TextEdit as LspTextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver/node';
import { createNodeHost, readRegularFile } from '../host/nodeHost';
import { codeActionsFor, cursorActions, fixAll, type CodeActionPlan, type FixContext, type TextEdit } from '../language/features/codeActions';
import { lint } from '../language/index';
import type { Issue, Severity } from '../language/issue';
import type { SourceFile } from '../language/syntax/source';
import { pathToUri, toDiagnostic, toRange, uriToPath } from './convert';
import { runSafe } from './runner';
import type { Workspace } from './workspace';

/** Our fix-all kind: `source.fixAll.keepalived` (editor.codeActionsOnSave can name it). */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.keepalived`;

/** "Keepalived: Lint Workspace": the client finds the files, the server lints them and publishes. Same name in client/src/commands.ts. */
export interface LintFilesParams {
  readonly uris: string[];
}
export interface LintFilesResult {
  readonly files: number;
  readonly errors: number;
  readonly warnings: number;
  readonly others: number;
}
export const LintFilesRequest = new RequestType<LintFilesParams, LintFilesResult, void>('keepalived/lintFiles');

export function codeActionCapabilities(): ServerCapabilities {
  return { codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: false } };
}

export function registerCodeActions(connection: Connection, workspace: Workspace): void {
  connection.onCodeAction((params, token) => runSafe<CodeAction[]>(connection, () => codeActions(workspace, params), [], 'code actions', token));
  connection.onRequest(LintFilesRequest, (params, token) =>
    runSafe<LintFilesResult>(
      connection,
      () => lintFiles(connection, workspace, params, () => token.isCancellationRequested),
      { files: 0, errors: 0, warnings: 0, others: 0 },
      'lint files',
      token,
    ),
  );
}

const wants = (only: readonly string[] | undefined, kind: string): boolean => !only || only.some((o) => kind === o || kind.startsWith(`${o}.`));

function sameRange(a: Diagnostic['range'], b: Diagnostic['range']): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}

const codeOf = (d: Diagnostic): string | undefined => (d.code === undefined ? undefined : String(d.code));

export function codeActions(workspace: Workspace, params: CodeActionParams): CodeAction[] {
  const uri = params.textDocument.uri;
  const result = workspace.get(uri);
  if (!result) return [];
  const path = uriToPath(uri);
  const files = result.model.parsed.files;
  const ctx: FixContext = {
    model: result.model,
    options: { interfaces: workspace.settings.interfaces },
    workspaceVrids: (iface, family, except) => otherVrids(workspace, uri, iface, family, except),
  };
  const issues = result.issues.filter((i) => i.span.file === path);
  const only = params.context.only;
  const out: CodeAction[] = [];

  if (wants(only, CodeActionKind.QuickFix)) {
    // The diagnostics VS Code sends back are ours: match them to this version's issues by code and range.
    const here: { issue: Issue; diagnostic: Diagnostic }[] = [];
    // Cluster and Kolla findings come from the workspace computation; their fixes (data.choices)
    // may edit other files, such as globals.yml.
    const ws = workspace.workspaceIssues();
    const wsIssues = ws.byFile.get(path) ?? [];
    const allFiles = new Map<string, SourceFile>([...ws.files, ...files]);
    for (const d of params.context.diagnostics) {
      if (d.source !== undefined && d.source !== 'keepalived') continue;
      const issue = [...issues, ...wsIssues].find(
        (i) => i.code === codeOf(d) && sameRange(toRange(i.span, files), d.range) && !here.some((h) => h.issue === i),
      );
      if (issue) here.push({ issue, diagnostic: d });
    }
    for (const plan of codeActionsFor(
      ctx,
      here.map((h) => h.issue),
      issues,
    )) {
      const diagnostics = plan.issues.map((i) => here.find((h) => h.issue === i)?.diagnostic ?? toDiagnostic(i, files));
      out.push(toCodeAction(plan, CodeActionKind.QuickFix, diagnostics, uri, path, allFiles));
    }
    const file = files.get(path);
    if (file && !out.some((a) => a.isPreferred)) {
      const span = { file: path, start: file.offsetAt(params.range.start), end: file.offsetAt(params.range.end) };
      for (const plan of cursorActions(ctx, span)) out.push(toCodeAction(plan, CodeActionKind.QuickFix, [], uri, path, files));
    }
  }
  if (only && wants(only, FIX_ALL_KIND)) {
    const plan = fixAll(ctx, issues);
    if (plan)
      out.push(
        toCodeAction(
          plan,
          FIX_ALL_KIND,
          plan.issues.map((i) => toDiagnostic(i, files)),
          uri,
          path,
          files,
        ),
      );
  }
  return out;
}

/**
 * VRIDs the other keepalived configurations of the workspace (the folders' files and the open
 * documents) use on an interface of that name and family, not counting instances named `except`
 * (the same virtual router on a peer node). Computed only when a VRID fix asks.
 */
function otherVrids(workspace: Workspace, uri: string, iface: string | undefined, family: 4 | 6, except: string): Set<number> {
  const out = new Set<number>();
  const self = uriToPath(uri);
  for (const path of workspace.knownFiles()) {
    if (path === self) continue;
    const model = workspace.analyseFile(path);
    if (!model) continue;
    for (const i of model.instances) {
      const ifName = i.interface?.value ?? model.globals.defaultInterface?.value;
      if (!i.dropped && i.vrid !== undefined && i.name !== except && ifName === iface && (i.family ?? 4) === family) out.add(i.vrid);
    }
  }
  return out;
}

function toCodeAction(
  plan: CodeActionPlan,
  kind: string,
  diagnostics: Diagnostic[],
  uri: string,
  path: string,
  files: ReadonlyMap<string, SourceFile>,
): CodeAction {
  const action: CodeAction = { title: plan.title, kind, diagnostics, edit: toWorkspaceEdit(plan.edits, uri, path, files) };
  if (plan.isPreferred) action.isPreferred = true;
  return action;
}

export function toWorkspaceEdit(edits: readonly TextEdit[], uri: string, path: string, files: ReadonlyMap<string, SourceFile>): WorkspaceEdit {
  const changes: Record<string, LspTextEdit[]> = {};
  for (const e of edits) {
    const target = e.span.file === path ? uri : pathToUri(e.span.file);
    (changes[target] ??= []).push({ range: toRange(e.span, files), newText: e.newText });
  }
  return { changes };
}

/**
 * Lint the workspace's keepalived files and publish the diagnostics of those not open in the
 * editor, the way the CLI does: a file included by another one is reported as part of it. Open documents keep the
 * diagnostics of their own (live) validation.
 */
function lintFiles(connection: Connection, workspace: Workspace, params: LintFilesParams, cancelled: () => boolean): LintFilesResult {
  const openPaths = new Map(workspace.documents.all().map((d) => [uriToPath(d.uri), d.getText()] as const));
  const host = createNodeHost({ overlay: (p) => openPaths.get(p) });
  const s = workspace.settings;
  const results: { path: string; issues: Issue[]; files: ReadonlyMap<string, SourceFile> }[] = [];
  const included = new Set<string>();
  // what the client found, and what the server's own discovery (the CLI's rules) finds in the folders
  const paths = [...new Set([...params.uris.map(uriToPath), ...workspace.knownFiles()])];
  for (const path of paths) {
    if (cancelled()) break;
    const open = openPaths.get(path);
    let text = open;
    if (text === undefined) {
      const r = readRegularFile(path);
      if (r.kind !== 'ok') continue;
      text = r.text;
    }
    const res = lint(path, text, host, { configId: s.configId, interfaces: s.interfaces, severities: s.rules });
    for (const p of res.model.parsed.files.keys()) if (p !== path) included.add(p);
    results.push({ path, issues: res.issues, files: res.model.parsed.files });
  }
  const byFile = new Map<string, Diagnostic[]>();
  const seen = new Set<string>();
  const count: Record<Severity, number> = { error: 0, warning: 0, information: 0, hint: 0 };
  for (const r of results) byFile.set(r.path, []);
  for (const r of results) {
    if (included.has(r.path)) continue;
    for (const i of r.issues) {
      const key = `${i.code}\0${i.span.file}\0${i.span.start}\0${i.message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      count[i.severity]++;
      if (!byFile.has(i.span.file)) byFile.set(i.span.file, []);
      byFile.get(i.span.file)!.push(toDiagnostic(i, r.files));
    }
  }
  for (const [path, diagnostics] of byFile) {
    if (openPaths.has(path)) continue; // live validation owns open documents
    void connection.sendDiagnostics({ uri: pathToUri(path), diagnostics });
  }
  return { files: results.length, errors: count.error, warnings: count.warning, others: count.information + count.hint };
}
