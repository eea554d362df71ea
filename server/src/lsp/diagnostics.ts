/**
 * Pushing diagnostics: debounced per document, recomputed from the cached parse, stale work
 * dropped (a newer version or a closed document wins), dependents re-validated through includes.
 */
import type { Connection } from 'vscode-languageserver/node';
import { documentDiagnostics, toDiagnostic, type FileResult, type Issue, type SourceFile } from '../language/project/index';
import { collectGarbage } from '../host/memory';
import { pathToUri, uriToPath } from './convert';
import type { Workspace } from './workspace';

export const DEBOUNCE_MS = 150;
/** A document this large (characters) counts for the full collections below. */
const LARGE_DOCUMENT = 256 * 1024;
/** Validations of large documents between two full collections. */
const VALIDATIONS_PER_GC = 4;
/** A full collection waits this long after publishing, and for a moment with no validation due within GC_ROOM_MS. */
const GC_DELAY_MS = 40;
const GC_ROOM_MS = 60;

export class DiagnosticsScheduler {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  /** When each scheduled validation is due (Date.now() ms). */
  private readonly due = new Map<string, number>();
  private largeValidations = 0;
  private gcTimer: NodeJS.Timeout | undefined;
  /** Non-keepalived files (globals.yml...) we published diagnostics on, to clear them later. */
  private readonly extraPublished = new Set<string>();
  /** What each document's last diagnostics were made of: the same again is not sent again. */
  private readonly published = new Map<string, { readonly version: number; readonly result: FileResult; readonly workspace: readonly Issue[] }>();

  constructor(
    private readonly connection: Connection,
    private readonly workspace: Workspace,
  ) {}

  schedule(uri: string, delay = DEBOUNCE_MS): void {
    const old = this.timers.get(uri);
    if (old) clearTimeout(old);
    this.due.set(uri, Date.now() + delay);
    this.timers.set(
      uri,
      setTimeout(() => {
        this.timers.delete(uri);
        this.due.delete(uri);
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
    this.due.delete(uri);
    this.published.delete(uri);
  }

  publish(uri: string): void {
    const doc = this.workspace.documents.get(uri);
    if (!doc) return;
    try {
      const result = this.workspace.validationFor(uri);
      if (!result) return;
      const path = uriToPath(uri);
      const ws = this.workspace.workspaceIssues();
      const wsIssues = ws.byFile.get(path) ?? [];
      const last = this.published.get(uri);
      // scheduleAll() after every edit re-publishes every open document: unchanged ones are not sent again
      if (!last || last.version !== doc.version || last.result !== result || !sameIssues(last.workspace, wsIssues)) {
        const diagnostics = documentDiagnostics(result, path, ws, pathToUri);
        void this.connection.sendDiagnostics({ uri, version: doc.version, diagnostics });
        if (last?.result !== result && doc.getText().length >= LARGE_DOCUMENT) this.afterLargeValidation(!last);
        this.published.set(uri, { version: doc.version, result, workspace: wsIssues });
      }
      this.publishExtra(ws.byFile, ws.files, ws.extraFiles);
    } catch (e) {
      this.connection.console.error(`validation of ${uri} failed: ${e instanceof Error ? `${e.message}\n${e.stack}` : String(e)}`);
    }
  }

  /**
   * V8 frees the texts and analyses a large document leaves behind at each edit only in a full
   * collection, which it starts late (host/memory.ts): ask for one after opening a large document
   * and after every few validations of one, at a moment when no validation is about to run.
   */
  private afterLargeValidation(opened: boolean): void {
    this.largeValidations++;
    if (!opened && this.largeValidations < VALIDATIONS_PER_GC) return;
    if (this.gcTimer) clearTimeout(this.gcTimer);
    const attempt = () => {
      const next = Math.min(Infinity, ...this.due.values());
      if (next - Date.now() < GC_ROOM_MS) {
        // a validation is about to run: try again after it
        this.gcTimer = setTimeout(attempt, Math.max(GC_DELAY_MS, next - Date.now() + GC_DELAY_MS));
        return;
      }
      this.gcTimer = undefined;
      this.largeValidations = 0;
      collectGarbage();
    };
    this.gcTimer = setTimeout(attempt, GC_DELAY_MS);
  }

  private publishExtra(byFile: ReadonlyMap<string, Issue[]>, files: ReadonlyMap<string, SourceFile>, extra: readonly string[]): void {
    const now = new Set(extra.filter((p) => (byFile.get(p)?.length ?? 0) > 0));
    for (const p of now) {
      void this.connection.sendDiagnostics({ uri: pathToUri(p), diagnostics: byFile.get(p)!.map((i) => toDiagnostic(i, files, pathToUri)) });
    }
    for (const p of this.extraPublished) if (!now.has(p)) void this.connection.sendDiagnostics({ uri: pathToUri(p), diagnostics: [] });
    this.extraPublished.clear();
    for (const p of now) this.extraPublished.add(p);
  }
}

/** The same workspace issues (the set is computed anew for every workspace state). */
function sameIssues(a: readonly Issue[], b: readonly Issue[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  return a.every((x, i) => {
    const y = b[i]!;
    return (
      x.code === y.code &&
      x.severity === y.severity &&
      x.message === y.message &&
      x.span.file === y.span.file &&
      x.span.start === y.span.start &&
      x.span.end === y.span.end &&
      JSON.stringify(x.related ?? null) === JSON.stringify(y.related ?? null) &&
      JSON.stringify(x.data ?? null) === JSON.stringify(y.data ?? null)
    );
  });
}
