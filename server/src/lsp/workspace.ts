/**
 * The server's state: open documents, the project service over them (a host that reads open
 * buffers before the disk, and the settings), and the caches — analysed parses by URI and version
 * (and by the versions of the open documents they include and the settings generation), the
 * workspace's keepalived files, which files include which, and the whole-workspace issues.
 */
import { TextDocuments } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createNodeHost } from '../host/nodeHost';
import {
  createProjectService,
  defaultSettings,
  readingContexts,
  type ConfigModel,
  type DocumentLinter,
  type KeepalivedSettings,
  type FileResult,
  type ProjectService,
  type WorkspaceFile,
  type WorkspaceIssueSet,
  type WorkspaceModel,
} from '../language/project/index';
import { pathToUri, uriToPath } from './convert';

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

export class Workspace {
  readonly documents = new TextDocuments(TextDocument);
  private readonly cache = new Map<string, Entry>();
  /** The open documents' linters, which redo only what an edit touched (made again when the settings or files change). */
  private readonly linters = new Map<string, { readonly generation: number; readonly linter: DocumentLinter }>();
  private readonly fileCache = new Map<string, FileEntry>();
  private generation = 0;
  private service: ProjectService;
  /** Workspace folders as absolute paths (the features adapter asks the client for them). */
  private folders: readonly string[] = [];
  private discovered: { readonly at: number; readonly files: readonly string[] } | undefined;

  private readonly host = createNodeHost({
    overlay: (p) => this.openText(p),
  });

  private settingsNow: KeepalivedSettings = defaultSettings;
  private folderSettings: ReadonlyMap<string, KeepalivedSettings> = new Map();

  constructor() {
    this.service = this.createService();
  }

  private createService(): ProjectService {
    return createProjectService(this.host, { settings: this.settingsNow, folderSettings: this.folderSettings, folders: this.folders });
  }

  /** The project service over the open documents and the disk, with the current settings. */
  project(): ProjectService {
    return this.service;
  }

  get settings(): KeepalivedSettings {
    return this.service.settings;
  }

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

  private workspaceIssueCache: { readonly key: string; readonly set: WorkspaceIssueSet } | undefined;
  private modelCache: { readonly key: string; readonly model: WorkspaceModel } | undefined;
  private templateCache = new Map<string, { readonly generation: number; readonly version: number; readonly result: FileResult }>();

  /** Cluster and Kolla issues of the whole workspace, computed once per workspace state. */
  workspaceIssues(isCancelled: () => boolean = () => false): WorkspaceIssueSet {
    const key = this.stateKey();
    if (this.workspaceIssueCache?.key === key) return this.workspaceIssueCache.set;
    const model = this.workspaceModel(isCancelled);
    if (isCancelled()) return { byFile: new Map(), files: new Map(), extraFiles: [] };
    const set = this.service.workspaceIssues(model);
    this.workspaceIssueCache = { key, set };
    return set;
  }

  /** The deployments and clusters of the workspace (language/project/deployments.ts), once per workspace state. */
  workspaceModel(isCancelled: () => boolean = () => false): WorkspaceModel {
    const key = this.stateKey();
    if (this.modelCache?.key === key) return this.modelCache.model;
    const files: WorkspaceFile[] = [];
    for (const f of this.knownFiles()) {
      if (isCancelled()) return { deployments: [] };
      const w = this.workspaceFile(f);
      if (w) files.push(w);
    }
    const model = this.service.workspaceModel(files, this.folders, (p) => this.templateNodes(p));
    this.modelCache = { key, model };
    return model;
  }

  /** A file of the workspace analysed, flagged when it is a template. */
  private workspaceFile(path: string): WorkspaceFile | undefined {
    const doc = this.openDocument(path);
    if (doc) {
      const r = this.get(doc.uri);
      return r ? { path, model: r.model, template: r.template !== undefined } : undefined;
    }
    const model = this.analyseFile(path);
    return model ? { path, model, template: this.fileCache.get(path)?.template } : undefined;
  }

  /** A template's renderings per host (its whole lint, cached per version). */
  private templateNodes(path: string) {
    const doc = this.openDocument(path);
    if (doc) {
      const r = this.get(doc.uri);
      return r ? this.service.templateNodes(r, path) : undefined;
    }
    const hit = this.templateCache.get(path);
    if (hit && hit.generation === this.generation) return this.service.templateNodes(hit.result, path);
    const t = this.service.host.readFile(path);
    if (t.kind !== 'ok') return undefined;
    const result = this.service.lintFile(path, t.text);
    this.templateCache.set(path, { generation: this.generation, version: -1, result });
    return this.service.templateNodes(result, path);
  }

  /** The analyses of every keepalived file of the workspace (and the open documents). */
  knownModels(isCancelled: () => boolean = () => false): ConfigModel[] {
    const models: ConfigModel[] = [];
    for (const f of this.knownFiles()) {
      if (isCancelled()) return models;
      const m = this.analyseFile(f);
      if (m) models.push(m);
    }
    return models;
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

  /** Called when the workspace folders change (the server pulls their settings again). */
  onDidChangeFolders: (() => void) | undefined;

  setFolders(paths: readonly string[]): void {
    if (paths.length === this.folders.length && paths.every((p, i) => p === this.folders[i])) return;
    this.folders = [...paths];
    this.discovered = undefined;
    this.service = this.createService();
    this.invalidateAll();
    this.onDidChangeFolders?.();
  }

  /** Walk the folders again on the next knownFiles() (the user asked for a fresh look). */
  rediscover(): void {
    this.discovered = undefined;
  }

  /** The analysed document, parsed once per version (and again when an open document it includes changes). */
  get(uri: string): FileResult | undefined {
    const doc = this.documents.get(uri);
    if (!doc) return undefined;
    const open = this.openVersions();
    const hit = this.cache.get(uri);
    const fresh = hit !== undefined && hit.generation === this.generation && this.fresh(hit.deps, open);
    if (hit && fresh && hit.version === doc.version) return hit.result;
    let entry = this.linters.get(uri);
    let result: FileResult;
    if (!entry || entry.generation !== this.generation) {
      entry = { generation: this.generation, linter: this.service.openDocument(uriToPath(uri)) };
      this.linters.set(uri, entry);
      result = entry.linter.update(doc.getText());
    } else if (hit && !fresh) {
      // an open document it includes changed: read everything again
      result = entry.linter.reset(doc.getText());
    } else {
      result = entry.linter.update(doc.getText());
    }
    this.cache.set(uri, { version: doc.version, generation: this.generation, deps: this.depsOf(result.model, open), result });
    return result;
  }

  drop(uri: string): void {
    this.cache.delete(uri);
    this.linters.delete(uri);
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
    const file = this.service.readWorkspaceFile(path);
    const model = file?.model;
    this.fileCache.set(path, { generation: this.generation, deps: model ? this.depsOf(model, open) : new Map([[path, -1]]), model, template: file?.template });
    return model;
  }

  /** keepalived files of the workspace folders (by name, or by first line for *.conf / *.cfg), and the open documents. */
  knownFiles(): string[] {
    if (!this.discovered || Date.now() - this.discovered.at > DISCOVERY_TTL_MS) {
      let files: string[];
      try {
        files = this.folders.length > 0 ? this.service.findFiles(this.folders, MAX_WORKSPACE_FILES) : [];
      } catch {
        files = [];
      }
      this.discovered = { at: Date.now(), files };
    }
    const out = new Set(this.discovered.files);
    // open documents on disk (a keepalived-rendered: document is no file of the workspace)
    for (const d of this.documents.all()) if (d.uri.startsWith('file:')) out.add(uriToPath(d.uri));
    return [...out];
  }

  private lintCache = new Map<string, Entry>();

  /** The lint of any file: an open document's, or one read from disk, cached like the analyses. */
  lintOf(path: string): FileResult | undefined {
    const doc = this.openDocument(path);
    if (doc) return this.get(doc.uri);
    const open = this.openVersions();
    const hit = this.lintCache.get(path);
    if (hit && hit.generation === this.generation && this.fresh(hit.deps, open)) return hit.result;
    const r = this.service.host.readFile(path);
    if (r.kind !== 'ok') return undefined;
    const result = this.service.lintFile(path, r.text);
    this.lintCache.set(path, { version: -1, generation: this.generation, deps: this.depsOf(result.model, open), result });
    return result;
  }

  /**
   * The lint whose findings the document shows: a file another configuration includes is checked
   * as part of it (as keepalived reads it, and as the CLI reports it), so that a script it defines
   * is not "unused" when the includer tracks it; any other document on its own.
   */
  validationFor(uri: string): FileResult | undefined {
    const own = this.get(uri);
    if (!own || own.template) return own;
    const path = uriToPath(uri);
    const reader = this.contextsFor(uri)[0];
    if (!reader || reader === own.model || reader.parsed.entry === path) return own;
    return this.lintOf(reader.parsed.entry) ?? own;
  }

  /** The analyses that read the document `uri` (language/project: readingContexts), open documents first. */
  contextsFor(uri: string): ConfigModel[] {
    const open = this.documents
      .all()
      .map((d) => this.get(d.uri)?.model)
      .filter((m): m is ConfigModel => m !== undefined);
    return readingContexts(uriToPath(uri), this.get(uri)?.model, open, () => this.knownModels());
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
