/**
 * Pushing diagnostics: debounced per document, recomputed from the cached parse, stale work
 * dropped (a newer version or a closed document wins), dependents re-validated through includes.
 */
import type { Connection } from 'vscode-languageserver/node';
import { documentView, type Issue, type SourceFile } from '../language/project/index';
import { pathToUri, toDiagnostic, uriToPath } from './convert';
import type { Workspace } from './workspace';

export const DEBOUNCE_MS = 150;

export class DiagnosticsScheduler {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  /** Non-keepalived files (globals.yml...) we published diagnostics on, to clear them later. */
  private readonly extraPublished = new Set<string>();

  constructor(
    private readonly connection: Connection,
    private readonly workspace: Workspace,
  ) {}

  schedule(uri: string, delay = DEBOUNCE_MS): void {
    const old = this.timers.get(uri);
    if (old) clearTimeout(old);
    this.timers.set(
      uri,
      setTimeout(() => {
        this.timers.delete(uri);
        this.publish(uri);
      }, delay),
    );
  }

  scheduleAll(): void {
    for (const d of this.workspace.documents.all()) this.schedule(d.uri);
  }

  cancel(uri: string): void {
    const t = this.timers.get(uri);
    if (t) clearTimeout(t);
    this.timers.delete(uri);
  }

  publish(uri: string): void {
    const doc = this.workspace.documents.get(uri);
    if (!doc) return;
    try {
      const result = this.workspace.validationFor(uri);
      if (!result) return;
      const path = uriToPath(uri);
      const ws = this.workspace.workspaceIssues();
      // a template's issues are on its own text, not on the rendering its analysis read
      const files = new Map<string, SourceFile>([...ws.files, ...documentView(result, path).files]);
      // Issues in included files are shown on the files themselves, not on the including document.
      const issues = [...result.issues.filter((i) => i.span.file === path), ...(ws.byFile.get(path) ?? [])];
      const diagnostics = issues.map((i) => toDiagnostic(i, files));
      void this.connection.sendDiagnostics({ uri, version: doc.version, diagnostics });
      this.publishExtra(ws.byFile, ws.files, ws.extraFiles);
    } catch (e) {
      this.connection.console.error(`validation of ${uri} failed: ${e instanceof Error ? `${e.message}\n${e.stack}` : String(e)}`);
    }
  }

  private publishExtra(byFile: ReadonlyMap<string, Issue[]>, files: ReadonlyMap<string, SourceFile>, extra: readonly string[]): void {
    const now = new Set(extra.filter((p) => (byFile.get(p)?.length ?? 0) > 0));
    for (const p of now) {
      void this.connection.sendDiagnostics({ uri: pathToUri(p), diagnostics: byFile.get(p)!.map((i) => toDiagnostic(i, files)) });
    }
    for (const p of this.extraPublished) if (!now.has(p)) void this.connection.sendDiagnostics({ uri: pathToUri(p), diagnostics: [] });
    this.extraPublished.clear();
    for (const p of now) this.extraPublished.add(p);
  }
}
