/**
 * Pushing diagnostics: debounced per document, recomputed from the cached parse, stale work
 * dropped (a newer version or a closed document wins), dependents re-validated through includes.
 */
import type { Connection, Diagnostic } from 'vscode-languageserver/node';
import { diagnosticsOf, sameIssues, type FileResult, type Issue } from '../language/project/index';
import { collectGarbage } from '../host/memory';
import { uriToPath } from './convert';
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
  /** Non-keepalived files (globals.yml...) we published diagnostics on (URIs), to clear them later. */
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
      const d = diagnosticsOf(this.workspace, uriToPath(uri));
      if (!d) return;
      const last = this.published.get(uri);
      // scheduleAll() after every edit re-publishes every open document: unchanged ones are not sent again
      if (!last || last.version !== doc.version || last.result !== d.result || !sameIssues(last.workspace, d.workspace)) {
        void this.connection.sendDiagnostics({ uri, version: doc.version, diagnostics: d.diagnostics() });
        if (last?.result !== d.result && doc.getText().length >= LARGE_DOCUMENT) this.afterLargeValidation(!last);
        this.published.set(uri, { version: doc.version, result: d.result, workspace: d.workspace });
      }
      this.publishExtra(d.extra);
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

  /** Findings on files that are no keepalived configuration (globals.yml...); cleared when they go. */
  private publishExtra(extra: ReadonlyMap<string, Diagnostic[]>): void {
    for (const [uri, diagnostics] of extra) void this.connection.sendDiagnostics({ uri, diagnostics });
    for (const uri of this.extraPublished) if (!extra.has(uri)) void this.connection.sendDiagnostics({ uri, diagnostics: [] });
    this.extraPublished.clear();
    for (const uri of extra.keys()) this.extraPublished.add(uri);
  }
}
