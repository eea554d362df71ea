/**
 * A project with open documents: what a long-lived client (the language server) keeps between
 * requests. The open documents' texts come before the disk (the host's overlay); analyses are
 * cached by document version (and by the versions of the open documents they include and a
 * settings generation); the workspace's keepalived files are discovered from its folders; the
 * whole-workspace results (workspace model, cluster and Kolla issues) are computed once per
 * workspace state. Documents are named by path (a file: URI's path, any other URI as it is).
 * Requests over this state: ./workspaceRequests.ts.
 */
import type { ConfigHost } from '../host';
import type { ConfigModel } from '../analysis/model';
import type { DocumentReading, EditorDocument } from './languageService';
import type { FileResult } from './lint';
import { readingContexts } from './nodes';
import { createProjectService, type ProjectService } from './service';
import { defaultSettings, type KeepalivedSettings } from './settings';
import type { WorkspaceFile, WorkspaceModel } from './deployments';
import type { DocumentLinter, WorkspaceIssueSet } from './types';

/** An open document as the client holds it. */
export interface OpenDocument {
  /** A file: URI's path; any other URI (untitled:, keepalived-rendered:) as it is. */
  readonly path: string;
  readonly uri: string;
  readonly version: number;
  getText(): string;
}

export interface OpenWorkspaceOptions {
  /** The open documents, now. */
  readonly documents: () => readonly OpenDocument[];
  /** The host over the disk, reading `overlay`'s text first where it has one. */
  readonly host: (overlay: (path: string) => string | undefined) => ConfigHost;
  /** A URI's path (file:), or the URI itself. */
  readonly toPath: (uri: string) => string;
  /** The URI of a path (file: for a path, other URIs as they are). */
  readonly toUri: (path: string) => string;
}

/** Versions of the open documents a parse read (-1: read from disk). */
type Deps = ReadonlyMap<string, number>;

interface Entry {
  readonly version: number;
  readonly generation: number;
  readonly deps: Deps;
  readonly result: FileResult;
}

interface FileEntry {
  readonly generation: number;
  readonly deps: Deps;
  readonly model: ConfigModel | undefined;
  readonly template?: boolean;
}

/** Most workspace files indexed. */
const MAX_WORKSPACE_FILES = 500;
/** The workspace folders are walked again after this long (file events do not say which files are new). */
const DISCOVERY_TTL_MS = 30_000;

const never = () => false;

export class OpenWorkspace {
  private readonly cache = new Map<string, Entry>();
  /** The open documents' linters, which redo only what an edit touched (made again when the settings or files change). */
  private readonly linters = new Map<string, { readonly generation: number; readonly linter: DocumentLinter }>();
  private readonly fileCache = new Map<string, FileEntry>();
  private readonly lintCache = new Map<string, Entry>();
  private readonly templateCache = new Map<string, { readonly generation: number; readonly result: FileResult }>();
  private workspaceIssueCache: { readonly key: string; readonly set: WorkspaceIssueSet } | undefined;
  private modelCache: { readonly key: string; readonly model: WorkspaceModel } | undefined;
  private generation = 0;
  private folderList: readonly string[] = [];
  private discovered: { readonly at: number; readonly files: readonly string[] } | undefined;
  private settingsNow: KeepalivedSettings = defaultSettings;
  private folderSettings: ReadonlyMap<string, KeepalivedSettings> = new Map();
  private readonly host: ConfigHost;
  private service: ProjectService;

  constructor(private readonly options: OpenWorkspaceOptions) {
    this.host = options.host((p) => this.document(p)?.getText());
    this.service = this.createService();
  }

  private createService(): ProjectService {
    return createProjectService(this.host, { settings: this.settingsNow, folderSettings: this.folderSettings, folders: this.folderList });
  }

  /** The project service over the open documents and the disk, with the current settings. */
  get project(): ProjectService {
    return this.service;
  }

  get settings(): KeepalivedSettings {
    return this.service.settings;
  }

  /** Workspace folders as absolute paths. */
  get folders(): readonly string[] {
    return this.folderList;
  }

  /** The open document at a path. */
  document(path: string): OpenDocument | undefined {
    for (const d of this.options.documents()) if (d.path === path) return d;
    return undefined;
  }

  /** URI for a path (an open document keeps its own URI). */
  uriOf(path: string): string {
    return this.document(path)?.uri ?? this.options.toUri(path);
  }

  /** The URI of a path, open or not (file: for a path). */
  readonly toUri = (path: string): string => this.options.toUri(path);

  /** The path of a URI (see OpenDocument.path). */
  pathOf(uri: string): string {
    return this.options.toPath(uri);
  }

  private openVersions(): Map<string, number> {
    return new Map(this.options.documents().map((d) => [d.path, d.version] as const));
  }

  private depsOf(model: ConfigModel, open: ReadonlyMap<string, number>): Deps {
    const deps = new Map<string, number>();
    for (const p of model.parsed.files.keys()) if (p !== model.parsed.entry) deps.set(p, open.get(p) ?? -1);
    return deps;
  }

  private fresh(e: { readonly generation: number; readonly deps: Deps }, open: ReadonlyMap<string, number>): boolean {
    if (e.generation !== this.generation) return false;
    for (const [p, v] of e.deps) if ((open.get(p) ?? -1) !== v) return false;
    return true;
  }

  /** Changes whenever anything a whole-workspace computation depends on may have changed. */
  stateKey(): string {
    const versions = this.options
      .documents()
      .map((d) => `${d.uri}@${d.version}`)
      .sort()
      .join(',');
    return `${this.generation}|${this.folderList.join(',')}|${versions}`;
  }

  /** Settings or files outside the editor changed: every cached parse is stale. */
  invalidateAll(): void {
    this.generation++;
    this.service.clearCaches();
  }

  /**
   * The settings (the editor's `keepalived` section) and each workspace folder's own, by folder
   * path. Relative paths in them are relative to their folder (the first one for the others).
   */
  updateSettings(settings: KeepalivedSettings, folderSettings: ReadonlyMap<string, KeepalivedSettings> = this.folderSettings): void {
    this.settingsNow = settings;
    this.folderSettings = folderSettings;
    this.service = this.createService();
    this.invalidateAll();
  }

  /** New workspace folders; false when they are the same as before. */
  setFolders(paths: readonly string[]): boolean {
    if (paths.length === this.folderList.length && paths.every((p, i) => p === this.folderList[i])) return false;
    this.folderList = [...paths];
    this.discovered = undefined;
    this.service = this.createService();
    this.invalidateAll();
    return true;
  }

  /** Walk the folders again on the next knownFiles() (the user asked for a fresh look). */
  rediscover(): void {
    this.discovered = undefined;
  }

  /** The open document's lint, made once per version (and again when an open document it includes changes). */
  get(path: string): FileResult | undefined {
    const doc = this.document(path);
    if (!doc) return undefined;
    const open = this.openVersions();
    const hit = this.cache.get(path);
    const fresh = hit !== undefined && this.fresh(hit, open);
    if (hit && fresh && hit.version === doc.version) return hit.result;
    let entry = this.linters.get(path);
    let result: FileResult;
    if (!entry || entry.generation !== this.generation) {
      entry = { generation: this.generation, linter: this.service.openDocument(path) };
      this.linters.set(path, entry);
      result = entry.linter.update(doc.getText());
    } else if (hit && !fresh) {
      // an open document it includes changed: read everything again
      result = entry.linter.reset(doc.getText());
    } else {
      result = entry.linter.update(doc.getText());
    }
    this.cache.set(path, { version: doc.version, generation: this.generation, deps: this.depsOf(result.model, open), result });
    return result;
  }

  /** A document was closed. */
  drop(path: string): void {
    this.cache.delete(path);
    this.linters.delete(path);
  }

  /** Open documents whose last parse read `path` (through an include), other than `path` itself. */
  dependents(path: string): string[] {
    const out: string[] = [];
    for (const [p, e] of this.cache) if (p !== path && e.result.model.parsed.files.has(path)) out.push(p);
    return out;
  }

  /** The analysis of any file: an open document's, or one read from disk (no validation), cached. */
  analyseFile(path: string): ConfigModel | undefined {
    if (this.document(path)) return this.get(path)?.model;
    const open = this.openVersions();
    const hit = this.fileCache.get(path);
    if (hit && this.fresh(hit, open)) return hit.model;
    const file = this.service.readWorkspaceFile(path);
    const model = file?.model;
    this.fileCache.set(path, { generation: this.generation, deps: model ? this.depsOf(model, open) : new Map([[path, -1]]), model, template: file?.template });
    return model;
  }

  /** The lint of any file: an open document's, or one read from disk, cached like the analyses. */
  lintOf(path: string): FileResult | undefined {
    if (this.document(path)) return this.get(path);
    const open = this.openVersions();
    const hit = this.lintCache.get(path);
    if (hit && this.fresh(hit, open)) return hit.result;
    const r = this.host.readFile(path);
    if (r.kind !== 'ok') return undefined;
    const result = this.service.lintFile(path, r.text);
    this.lintCache.set(path, { version: -1, generation: this.generation, deps: this.depsOf(result.model, open), result });
    return result;
  }

  /** keepalived files of the workspace folders (by name, or by first line for *.conf / *.cfg), and the open documents on disk. */
  knownFiles(): string[] {
    if (!this.discovered || Date.now() - this.discovered.at > DISCOVERY_TTL_MS) {
      let files: string[];
      try {
        files = this.folderList.length > 0 ? this.service.findFiles(this.folderList, MAX_WORKSPACE_FILES) : [];
      } catch {
        files = [];
      }
      this.discovered = { at: Date.now(), files };
    }
    const out = new Set(this.discovered.files);
    // a keepalived-rendered: or untitled: document is no file of the workspace
    for (const d of this.options.documents()) if (d.uri.startsWith('file:')) out.add(d.path);
    return [...out];
  }

  /** The analyses of every keepalived file of the workspace (and the open documents). */
  knownModels(isCancelled: () => boolean = never): ConfigModel[] {
    const models: ConfigModel[] = [];
    for (const f of this.knownFiles()) {
      if (isCancelled()) return models;
      const m = this.analyseFile(f);
      if (m) models.push(m);
    }
    return models;
  }

  /**
   * The lint whose findings the document shows: a file another configuration includes is checked
   * as part of it (as keepalived reads it, and as the CLI reports it), so that a script it defines
   * is not "unused" when the includer tracks it; any other document on its own.
   */
  validationFor(path: string): FileResult | undefined {
    const own = this.get(path);
    if (!own || own.template) return own;
    const reader = this.contextsFor(path)[0];
    if (!reader || reader === own.model || reader.parsed.entry === path) return own;
    return this.lintOf(reader.parsed.entry) ?? own;
  }

  /** An open document as the language service reads it; its analyses only when a feature asks (folding and formatting need the text alone). */
  reading(document: EditorDocument): DocumentReading {
    let models: readonly ConfigModel[] | undefined;
    const own = () => this.get(document.path);
    const contexts = () => this.contextsFor(document.path);
    return {
      document,
      get own() {
        return own();
      },
      get models() {
        return (models ??= contexts());
      },
      uriOf: (p) => this.uriOf(p),
    };
  }

  /** The analyses that read the document (readingContexts), open documents first. */
  contextsFor(path: string): ConfigModel[] {
    const open = this.options
      .documents()
      .map((d) => this.get(d.path)?.model)
      .filter((m): m is ConfigModel => m !== undefined);
    return readingContexts(path, this.get(path)?.model, open, () => this.knownModels());
  }

  /** Cluster and Kolla issues of the whole workspace, computed once per workspace state. */
  workspaceIssues(isCancelled: () => boolean = never): WorkspaceIssueSet {
    const key = this.stateKey();
    if (this.workspaceIssueCache?.key === key) return this.workspaceIssueCache.set;
    const model = this.workspaceModel(isCancelled);
    if (isCancelled()) return { byFile: new Map(), files: new Map(), extraFiles: [] };
    const set = this.service.workspaceIssues(model);
    this.workspaceIssueCache = { key, set };
    return set;
  }

  /** The deployments and clusters of the workspace (./deployments.ts), once per workspace state. */
  workspaceModel(isCancelled: () => boolean = never): WorkspaceModel {
    const key = this.stateKey();
    if (this.modelCache?.key === key) return this.modelCache.model;
    const files: WorkspaceFile[] = [];
    for (const f of this.knownFiles()) {
      if (isCancelled()) return { deployments: [] };
      const w = this.workspaceFile(f);
      if (w) files.push(w);
    }
    const model = this.service.workspaceModel(files, this.folderList, (p) => this.templateNodes(p));
    this.modelCache = { key, model };
    return model;
  }

  /** A file of the workspace analysed, flagged when it is a template. */
  private workspaceFile(path: string): WorkspaceFile | undefined {
    if (this.document(path)) {
      const r = this.get(path);
      return r ? { path, model: r.model, template: r.template !== undefined } : undefined;
    }
    const model = this.analyseFile(path);
    return model ? { path, model, template: this.fileCache.get(path)?.template } : undefined;
  }

  /** A template's renderings per host (its whole lint, cached per generation). */
  private templateNodes(path: string) {
    if (this.document(path)) {
      const r = this.get(path);
      return r ? this.service.templateNodes(r) : undefined;
    }
    const hit = this.templateCache.get(path);
    if (hit && hit.generation === this.generation) return this.service.templateNodes(hit.result);
    const t = this.host.readFile(path);
    if (t.kind !== 'ok') return undefined;
    const result = this.service.lintFile(path, t.text);
    this.templateCache.set(path, { generation: this.generation, result });
    return this.service.templateNodes(result);
  }
}
