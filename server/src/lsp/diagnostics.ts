/**
 * Pushing diagnostics: debounced per document, recomputed from the cached parse, stale work
 * dropped (a newer version or a closed document wins), dependents re-validated through includes.
 */
import type { Connection } from 'vscode-languageserver/node';
import { toDiagnostic, uriToPath } from './convert';
import type { Workspace } from './workspace';

export const DEBOUNCE_MS = 150;

export class DiagnosticsScheduler {
  private readonly timers = new Map<string, NodeJS.Timeout>();

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

  /** Schedule `uri` and every open document that includes it. */
  scheduleWithDependents(uri: string): void {
    this.schedule(uri);
    for (const d of this.workspace.dependents(uriToPath(uri))) this.schedule(d);
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
      const result = this.workspace.get(uri);
      if (!result) return;
      const path = uriToPath(uri);
      const files = result.model.parsed.files;
      // Diagnostics in included files are shown on the document that includes them only where they sit in it.
      const diagnostics = result.issues.filter((i) => i.span.file === path).map((i) => toDiagnostic(i, files));
      void this.connection.sendDiagnostics({ uri, version: doc.version, diagnostics });
    } catch (e) {
      this.connection.console.error(`validation of ${uri} failed: ${e instanceof Error ? `${e.message}\n${e.stack}` : String(e)}`);
    }
  }
}
