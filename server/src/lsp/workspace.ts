/**
 * Open documents, their analysed parses (cached by URI and version, by settings generation and
 * by the versions of the open documents they include), which documents depend on which files
 * through includes, and the keepalived files of the workspace folders (for workspace symbols and
 * for reading an included file in the context of the configuration that includes it).
 */
import type { ConfigHost } from '../language/host';
import { TextDocuments } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createNodeHost } from '../host/nodeHost';
import { analyse, type ConfigModel } from '../language/analysis/model';
import { lint, type LintResult } from '../language/index';
import { parseConfig } from '../language/syntax/index';
import type { ServerSettings } from './settings';
import { defaultSettings } from './settings';
import { pathToUri, uriToPath } from './convert';
import { findKeepalivedFiles } from '../host/discover';
import { WorkspaceIssues, type WorkspaceIssueSet } from './workspaceIssues';

/** Versions of the open documents a parse read (-1: read from disk). */
type Deps = ReadonlyMap<string, number>;

interface Entry {
  readonly version: number;
  readonly generation: number;
  readonly deps: Deps;
  readonly result: LintResult;
}

interface FileEntry {
  readonly generation: number;
  readonly deps: Deps;
  readonly model: ConfigModel | undefined;
}

/** Most workspace files indexed. */
const MAX_WORKSPACE_FILES = 500;
/** The workspace folders are walked again after this long (file events do not say which files are new). */
const DISCOVERY_TTL_MS = 30_000;

export class Workspace {
  readonly documents = new TextDocuments(TextDocument);
  private readonly cache = new Map<string, Entry>();
  private readonly fileCache = new Map<string, FileEntry>();
  private generation = 0;
  settings: ServerSettings = defaultSettings;
  /** Workspace folders as absolute paths (the features adapter asks the client for them). */
  private folders: readonly string[] = [];
  private discovered: { readonly at: number; readonly files: readonly string[] } | undefined;
  /** Included file → workspace files that include it (files on disk, per generation). */
  private includers: { readonly generation: number; readonly discoveredAt: number; readonly map: ReadonlyMap<string, readonly string[]> } | undefined;

  private readonly host = createNodeHost({
    overlay: (p) => this.openText(p),
  });

  private openDocument(path: string): TextDocument | undefined {
    for (const d of this.documents.all()) if (uriToPath(d.uri) === path) return d;
    return undefined;
  }

  private openText(path: string): string | undefined {
    return this.openDocument(path)?.getText();
  }

  private openVersions(): Map<string, number> {
    return new Map(this.documents.all().map((d) => [uriToPath(d.uri), d.version] as const));
  }

  private depsOf(model: ConfigModel, open: ReadonlyMap<string, number>): Deps {
    const deps = new Map<string, number>();
    for (const p of model.parsed.files.keys()) if (p !== model.parsed.entry) deps.set(p, open.get(p) ?? -1);
    return deps;
  }

  private fresh(deps: Deps, open: ReadonlyMap<string, number>): boolean {
    for (const [p, v] of deps) if ((open.get(p) ?? -1) !== v) return false;
    return true;
  }

  private workspaceIssueCache: WorkspaceIssues | undefined;

  /** Cluster and Kolla issues of the whole workspace, computed once per workspace state. */
  workspaceIssues(isCancelled?: () => boolean): WorkspaceIssueSet {
    this.workspaceIssueCache ??= new WorkspaceIssues(this);
    return this.workspaceIssueCache.get(isCancelled);
  }

  /** Changes whenever anything a whole-workspace computation depends on may have changed. */
  stateKey(): string {
    const versions = this.documents
      .all()
      .map((d) => `${d.uri}@${d.version}`)
      .sort()
      .join(',');
    return `${this.generation}|${this.folders.join(',')}|${versions}`;
  }

  /** Workspace folders as absolute paths. */
  workspaceFolders(): readonly string[] {
    return this.folders;
  }

  /** The host the workspace reads files through (open documents over disk). */
  fileHost(): ConfigHost {
    return this.host;
  }

  /** Settings or files outside the editor changed: every cached parse is stale. */
  invalidateAll(): void {
    this.generation++;
  }

  updateSettings(s: ServerSettings): void {
    this.settings = s;
    this.invalidateAll();
  }

  setFolders(paths: readonly string[]): void {
    if (paths.length === this.folders.length && paths.every((p, i) => p === this.folders[i])) return;
    this.folders = [...paths];
    this.discovered = undefined;
    this.includers = undefined;
  }

  /** The analysed document, parsed once per version (and again when an open document it includes changes). */
  get(uri: string): LintResult | undefined {
    const doc = this.documents.get(uri);
    if (!doc) return undefined;
    const open = this.openVersions();
    const hit = this.cache.get(uri);
    if (hit && hit.version === doc.version && hit.generation === this.generation && this.fresh(hit.deps, open)) return hit.result;
    const s = this.settings;
    const result = lint(uriToPath(uri), doc.getText(), this.host, {
      configId: s.configId,
      interfaces: s.interfaces,
      severities: s.rules,
      keepalivedVersion: s.version,
    });
    this.cache.set(uri, { version: doc.version, generation: this.generation, deps: this.depsOf(result.model, open), result });
    return result;
  }

  drop(uri: string): void {
    this.cache.delete(uri);
  }

  /** Open documents whose last parse read `path` (through an include), other than `path` itself. */
  dependents(path: string): string[] {
    const out: string[] = [];
    for (const [uri, e] of this.cache) {
      if (uriToPath(uri) !== path && e.result.model.parsed.files.has(path)) out.push(uri);
    }
    return out;
  }

  /** The analysis of any file: an open document's, or one read from disk (no validation), cached. */
  analyseFile(path: string): ConfigModel | undefined {
    const doc = this.openDocument(path);
    if (doc) return this.get(doc.uri)?.model;
    const open = this.openVersions();
    const hit = this.fileCache.get(path);
    if (hit && hit.generation === this.generation && this.fresh(hit.deps, open)) return hit.model;
    const r = this.host.readFile(path);
    let model: ConfigModel | undefined;
    if (r.kind === 'ok') model = analyse(parseConfig(path, r.text, this.host, { configId: this.settings.configId }));
    this.fileCache.set(path, { generation: this.generation, deps: model ? this.depsOf(model, open) : new Map([[path, -1]]), model });
    return model;
  }

  /** keepalived files of the workspace folders (by name, or by first line for *.conf / *.cfg), and the open documents. */
  knownFiles(): string[] {
    if (!this.discovered || Date.now() - this.discovered.at > DISCOVERY_TTL_MS) {
      let files: string[];
      try {
        files = this.folders.length > 0 ? findKeepalivedFiles(this.folders, MAX_WORKSPACE_FILES) : [];
      } catch {
        files = [];
      }
      this.discovered = { at: Date.now(), files };
    }
    const out = new Set(this.discovered.files);
    for (const d of this.documents.all()) out.add(uriToPath(d.uri));
    return [...out];
  }

  /**
   * The analyses that read the document `uri`: the configurations that include it (open ones
   * first, then workspace files), or else the document's own. Features use the first to see the
   * file in its block context, and all of them to find every reference.
   */
  contextsFor(uri: string): ConfigModel[] {
    const path = uriToPath(uri);
    const out: ConfigModel[] = [];
    for (const d of this.documents.all()) {
      if (d.uri === uri) continue;
      const m = this.get(d.uri)?.model;
      if (m?.parsed.files.has(path)) out.push(m);
    }
    if (out.length === 0) {
      for (const f of this.includersOf(path)) {
        if (f === path || this.openDocument(f)) continue;
        const m = this.analyseFile(f);
        if (m?.parsed.files.has(path)) out.push(m);
      }
    }
    const own = this.get(uri)?.model;
    if (own && !out.includes(own)) out.push(own);
    return out;
  }

  /** Workspace files whose configuration reads `path` through an include. */
  private includersOf(path: string): readonly string[] {
    const known = this.knownFiles();
    const discoveredAt = this.discovered?.at ?? 0;
    if (!this.includers || this.includers.generation !== this.generation || this.includers.discoveredAt !== discoveredAt) {
      const map = new Map<string, string[]>();
      for (const f of known) {
        const text =
          this.openText(f) ??
          (() => {
            const r = this.host.readFile(f);
            return r.kind === 'ok' ? r.text : '';
          })();
        if (!/\binclude/.test(text)) continue;
        const m = this.analyseFile(f);
        if (!m) continue;
        for (const p of m.parsed.files.keys()) if (p !== f) map.set(p, [...(map.get(p) ?? []), f]);
      }
      this.includers = { generation: this.generation, discoveredAt, map };
    }
    return this.includers.map.get(path) ?? [];
  }

  /** The analysis in which the document is read (see contextsFor). */
  contextFor(uri: string): ConfigModel | undefined {
    return this.contextsFor(uri)[0];
  }

  /** URI for a path of a parse (an open document keeps its own URI). */
  uriOf(path: string): string {
    return this.openDocument(path)?.uri ?? pathToUri(path);
  }
}
