/**
 * The project service: a host (how files are read and listed), the settings, and a set of files
 * become results — per-file issues, the nodes of the cluster, cluster and Kolla-Ansible issues,
 * the election preview. The CLI and the language server both use this and nothing deeper; they
 * keep only what is theirs (argv and printers; documents, caching, cancellation, LSP types).
 */
import type { ClusterNode, ClusterOptions } from '../analysis/cluster';
import type { ParsedAddress } from '../analysis/addresses';
import { analyse, type ConfigModel } from '../analysis/model';
import type { FixContext } from '../features/fixes/types';
import { dirname, resolvePath, type ConfigHost } from '../host';
import { lint, type LintOptions } from '../index';
import type { Issue } from '../issue';
import type { KollaContext, KollaPaths } from '../kolla/model';
import { parseConfig } from '../syntax/index';
import { SourceFile } from '../syntax/source';
import { documentLinter } from './document';
import { fixProject, type FixOutcome } from './fix';
import { buildWorkspace, sameFolder, type KollaDeploymentSource, type WorkspaceFile, type WorkspaceModel, type WorkspaceSources } from './deployments';
import { discover, filesBeside, findKeepalivedFiles, isKeepalivedFile, type Discovered } from './discover';
import { fixContextOf } from './fixContext';
import { kollaContextOf, kollaReadProblems, kollaSources } from './kollaSources';
import { lintKolla } from './kolla';
import { lintCluster, lintConfigs, type ConfigInput, type FileResult, type LintOne } from './lint';
import { templateEngine } from '../templates/detect';
import type { DocumentLinter, KollaReadProblem, ProjectFile, ProjectLint, ProjectOptions, WorkspaceIssueSet } from './types';
import { lintTemplateFile, renderedConfigOf, templateSources, type TemplateSources } from './templates';
import type { Engine } from '../templates/scan';
import { nodeName, nodeNames, rootNodes } from './nodes';
import { FactsResolver, interfacesOfFacts, type NodeFacts } from './facts';
import { defaultSettings, networksOnly, type KeepalivedSettings } from './settings';

export class ProjectService {
  readonly settings: KeepalivedSettings;
  private readonly resolvers = new Map<KeepalivedSettings, FactsResolver>();

  constructor(
    readonly host: ConfigHost,
    private readonly options: ProjectOptions = {},
  ) {
    this.settings = options.settings ?? defaultSettings;
  }

  /** The workspace folders (absolute) the service was given. */
  get folders(): readonly string[] {
    return this.options.folders ?? [];
  }

  /** The folder a path is in, and its settings: the folder's own (editor folder settings), else the service's. */
  scopeOf(path: string): { readonly folder?: string; readonly settings: KeepalivedSettings } {
    const folders = [...(this.options.folderSettings?.keys() ?? []), ...this.folders];
    const folder = folders.filter((f) => path === f || path.startsWith(f.endsWith('/') ? f : `${f}/`)).sort((a, b) => b.length - a.length)[0];
    const own = folder !== undefined ? this.options.folderSettings?.get(folder) : undefined;
    return { folder, settings: own ?? this.settings };
  }

  /** The settings that hold for a file (its workspace folder's). */
  settingsFor(path: string): KeepalivedSettings {
    return this.scopeOf(path).settings;
  }

  /** Drop what was read besides the files (settings files beside them): they may have changed. */
  clearCaches(): void {
    this.resolvers.clear();
  }

  private resolverFor(path: string): FactsResolver {
    const { folder, settings } = this.scopeOf(path);
    let r = this.resolvers.get(settings);
    if (!r) {
      const bases = this.options.settingsBase !== undefined ? [this.options.settingsBase] : folder !== undefined ? [folder] : this.folders;
      r = new FactsResolver(this.host, settings, { bases, configId: this.options.configId });
      this.resolvers.set(settings, r);
    }
    return r;
  }

  // ---- one file -------------------------------------------------------------------------

  /** What is known about the node of `path` (its config id and interfaces, and where they come from). */
  factsOf(path: string, node = nodeName(path)): NodeFacts {
    return this.resolverFor(path).factsFor(path, node);
  }

  /** The interfaces a node's single-file rules see (its own entries over the common ones). */
  interfacesOf(path: string, severalNodes = false): Map<string, ParsedAddress[]> {
    return interfacesOfFacts(this.factsOf(path), severalNodes);
  }

  /** One file as the editor validates it while it is typed (a template as what holds for every rendering). */
  lintFile(path: string, text: string): FileResult {
    return this.lintOne(path, text, this.host, this.fileOptions(path));
  }

  private fileOptions(path: string): LintOptions {
    const s = this.settingsFor(path);
    const facts = this.factsOf(path);
    return {
      configId: facts.configId,
      root: this.rootOf(path),
      interfaces: interfacesOfFacts(facts, false),
      severities: s.rules,
      keepalivedVersion: s.version,
    };
  }

  /** The directory standing for the target host's `/` for `path` (settings `root`, relative to their folder), if set. */
  rootOf(path: string): string | undefined {
    const scope = this.scopeOf(path);
    const root = scope.settings.root;
    return root === undefined ? undefined : resolvePath(this.options.settingsBase ?? scope.folder ?? this.folders[0] ?? dirname(path), root);
  }

  /**
   * A document being edited: lintFile() of each new text, redoing only what an edit touched (the
   * top-level blocks it changed and the blocks that read them; language/incremental). The caller
   * keeps it while the document is open and calls reset() when files it includes may have changed.
   */
  openDocument(path: string): DocumentLinter {
    return documentLinter(path, {
      host: this.host,
      options: () => this.fileOptions(path),
      engine: (text) => this.templateEngine(path, text),
      lintTemplate: (text, engine, options, linters) => lintTemplateFile(path, text, engine, this.host, options, this.templateSources(path), linters),
    });
  }

  /** The template engine `path` is read with (undefined: a plain keepalived file). */
  templateEngine(path: string, text: string): Engine | undefined {
    return templateEngine(path, text, this.settingsFor(path).template);
  }

  /** Lint a plain file, or a template (on its own, or rendered for each host when an inventory gives its variables). */
  readonly lintOne: LintOne = (path, text, host, options) => {
    const engine = this.templateEngine(path, text);
    if (!engine) return lint(path, text, host, options);
    return lintTemplateFile(path, text, engine, host, options, this.templateSources(path));
  };

  /** Where a template's variables come from: the options (CLI), the settings, ansible.cfg. */
  templateSources(path: string): TemplateSources {
    const o = this.options.templates;
    const scope = this.scopeOf(path);
    const s = templateSources(this.host, path, scope.settings.templates, this.options.settingsBase ?? scope.folder ?? this.folders[0]);
    const envFiles = o?.envFiles !== undefined && o.envFiles.length > 0 ? o.envFiles : s.envFiles;
    return { inventory: o?.inventory ?? s.inventory, vars: [...s.vars, ...(o?.vars ?? [])], hosts: o?.hosts ?? s.hosts, envFiles };
  }

  /** Parse and analyse a file without validating it (a context for features, a node of the workspace). */
  analyseFile(path: string, text: string): ConfigModel {
    return analyse(parseConfig(path, text, this.host, { configId: this.factsOf(path).configId, root: this.rootOf(path) }));
  }

  /** Read and analyse a file from the host; undefined when it cannot be read. */
  readModel(path: string): ConfigModel | undefined {
    const r = this.host.readFile(path);
    return r.kind === 'ok' ? this.analyseFile(path, r.text) : undefined;
  }

  // ---- discovery ------------------------------------------------------------------------

  /** Command-line paths: files as given, directories searched. */
  discover(paths: readonly string[]): Discovered {
    return discover(this.host, paths);
  }

  /** The keepalived files under the workspace folders. */
  findFiles(folders: readonly string[], limit = 500): string[] {
    return findKeepalivedFiles(this.host, folders, limit);
  }

  isKeepalivedFile(path: string): boolean {
    return isKeepalivedFile(this.host, path);
  }

  /** The Kolla-Ansible deployments (kollaSources.ts): given, set in the settings, and with `discover` found in the folders. */
  kollaSources(folders: readonly string[] = this.folders, discover = false): KollaDeploymentSource[] {
    const o = this.options;
    return kollaSources(
      { host: this.host, given: o.kolla, cwd: o.cwd, settingsBase: o.settingsBase, settings: this.settings, settingsFor: (f) => this.settingsFor(f) },
      folders,
      discover,
    );
  }

  /** The Kolla files given explicitly or in the settings (the first deployment), if any. */
  kollaPaths(folders: readonly string[] = this.folders): KollaPaths | undefined {
    return this.kollaSources(folders)[0]?.paths;
  }

  /** The Kolla files that cannot be read (the CLI refuses to run then). */
  kollaReadProblems(paths: KollaPaths): KollaReadProblem[] {
    return kollaReadProblems(this.host, paths);
  }

  /** The deployment, with each host's interfaces from its facts. */
  kollaContext(paths: KollaPaths, root?: string): KollaContext {
    return kollaContextOf(this.host, paths, root, (path, node) => this.factsOf(path, node));
  }

  /** The sources of the workspace model over analysed files (templates rendered through `templateNodes`). */
  workspaceSources(
    files: readonly WorkspaceFile[],
    kolla: readonly KollaDeploymentSource[],
    templateNodes: WorkspaceSources['templateNodes'] = () => undefined,
  ): WorkspaceSources {
    return {
      files,
      kolla,
      kollaContext: (source) => this.kollaContext(source.paths, source.root),
      kollaNodes: (ctx, given) => {
        const k = lintKolla(ctx, given, { clusterOnly: [] });
        return { nodes: k.nodes, rendered: new Set(k.rendered.map((r) => r.node)) };
      },
      templateNodes,
      factsOf: (path, node) => this.factsOf(path, node),
    };
  }

  /** The workspace's deployments and clusters (see deployments.ts). */
  workspaceModel(
    files: readonly WorkspaceFile[],
    folders: readonly string[] = this.folders,
    templateNodes?: WorkspaceSources['templateNodes'],
  ): WorkspaceModel {
    return buildWorkspace(this.workspaceSources(files, this.kollaSources(folders, true), templateNodes));
  }

  /** A file of the workspace read and analysed (a template flagged: its renderings are the nodes). */
  readWorkspaceFile(path: string): WorkspaceFile | undefined {
    const r = this.host.readFile(path);
    if (r.kind !== 'ok') return undefined;
    return { path, model: this.analyseFile(path, r.text), template: this.templateEngine(path, r.text) !== undefined };
  }

  /** A template's renderings for its hosts, as cluster nodes, and the files their variables come from (undefined: not rendered). */
  templateNodes(result: FileResult): { nodes: readonly ClusterNode[]; sources: readonly string[] } | undefined {
    const rendered = result.rendered;
    return rendered ? { nodes: rendered.nodes, sources: rendered.variables.sources } : undefined;
  }

  // ---- many files -----------------------------------------------------------------------

  /**
   * Lint files the way keepalived-lint does: each on its own, then the workspace model over them
   * (see deployments.ts): a Kolla-Ansible deployment's hosts checked against it, the other roots
   * as clusters. `namedFiles`: the user named the files one by one, so the same interface name is
   * taken as the same network; files found in a directory may be unrelated, and only shared VIPs,
   * peers, groups, known subnets or a common folder join them.
   */
  lintProject(files: readonly ProjectFile[], namedFiles: boolean, folders: readonly string[] = []): ProjectLint {
    const s = this.settings;
    // folders (the workspace's, the directories given to the CLI) are searched for Kolla deployments
    const kolla = this.kollaSources(folders, folders.length > 0);
    const cluster = this.options.cluster !== false;
    // With several nodes (or a Kolla deployment), an address given without a node is no one node's.
    const several = files.length > 1 || kolla.length > 0;
    const names = nodeNames(files.map((f) => f.path));
    const inputs: ConfigInput[] = files.map((f, i) => {
      const facts = this.factsOf(f.path, names[i]);
      return {
        path: f.path,
        text: f.text,
        name: names[i],
        configId: facts.configId,
        root: this.rootOf(f.path),
        interfaces: interfacesOfFacts(facts, several),
        nodeInterfaces: facts.own.size > 0 ? facts.own : undefined,
        nodeSubnets: facts.shared.size > 0 ? networksOnly(facts.shared) : undefined,
      };
    });
    const ws = lintConfigs(inputs, this.host, { keepalivedVersion: s.version, severities: s.rules, noCluster: true }, this.lintOne);
    const sources = new Map<string, SourceFile>();
    for (const r of ws.results) {
      for (const [p, f] of r.result.model.parsed.files) sources.set(p, f);
      // a template's positions are its own text's, not a rendering's
      if (r.result.template) sources.set(r.path, r.result.template.file);
    }
    const wsFiles: WorkspaceFile[] = ws.results.map((r) => ({ path: r.path, model: r.result.model, template: r.result.template !== undefined }));
    const model = buildWorkspace(this.workspaceSources(wsFiles, kolla));
    const issues: Issue[] = [...ws.issues];
    if (cluster) issues.push(...this.clusterIssues(model, namedFiles ? true : sameFolder, ws.nodes));
    else
      for (const d of model.deployments)
        if (d.kolla) issues.push(...lintKolla(d.kolla.context, d.kolla.given, { severities: s.rules, clusterOnly: [] }).issues);
    for (const d of model.deployments) if (d.kolla) this.addKollaSources(d.kolla.source.paths, sources);
    return { results: ws.results, nodes: ws.nodes, issues, files: sources };
  }

  /**
   * The cluster and Kolla issues of a workspace model: each Kolla deployment with its hosts, the
   * plain files together (the cluster rules split them by segment; `sameNetwork` says when one
   * interface name is one network). `named` gives the plain nodes their names and facts.
   */
  private clusterIssues(model: WorkspaceModel, sameNetwork: ClusterOptions['sameNetwork'], named?: readonly ClusterNode[]): Issue[] {
    const issues: Issue[] = [];
    const plain: ClusterNode[] = [];
    for (const d of model.deployments) {
      const severities = this.settingsFor(d.root).rules;
      if (d.kolla) issues.push(...lintKolla(d.kolla.context, d.kolla.given, { severities, sameNetwork: true }).issues);
      else if (d.kind === 'files') for (const c of d.clusters) plain.push(...c.nodes.map((n) => n.node));
    }
    const byModel = new Map(named?.map((n) => [n.model, n]));
    const nodes = plain.map((n) => byModel.get(n.model) ?? n);
    issues.push(...lintCluster(nodes, { severities: this.settings.rules, sameNetwork }));
    return issues;
  }

  private addKollaSources(paths: KollaPaths, into: Map<string, SourceFile>): string[] {
    const added: string[] = [];
    for (const p of [paths.globals, paths.inventory, paths.passwords]) {
      if (!p) continue;
      const r = this.host.readFile(p);
      if (r.kind !== 'ok') continue;
      into.set(p, new SourceFile(p, r.text));
      added.push(p);
    }
    return added;
  }

  /** The nodes among analysed configurations (roots), named as the CLI names them. */
  nodes(models: readonly ConfigModel[]): ClusterNode[] {
    return rootNodes(models);
  }

  /**
   * Cluster and Kolla issues of a workspace model (files found in folders: only shared VIPs,
   * peers, known subnets or a common folder put two of them on one network).
   */
  workspaceIssues(model: WorkspaceModel): WorkspaceIssueSet {
    const files = new Map<string, SourceFile>();
    for (const d of model.deployments)
      for (const c of d.clusters) for (const n of c.nodes) if (n.file !== undefined) for (const [p, f] of n.node.model.parsed.files) files.set(p, f);
    const issues = this.clusterIssues(model, sameFolder);
    const extraFiles: string[] = [];
    for (const d of model.deployments) if (d.kolla) extraFiles.push(...this.addKollaSources(d.kolla.source.paths, files));
    const byFile = new Map<string, Issue[]>();
    for (const i of issues) byFile.set(i.span.file, [...(byFile.get(i.span.file) ?? []), i]);
    return { byFile, files, extraFiles };
  }

  /**
   * What a host gets from a template (its path and text) or a Kolla-Ansible globals.yml: the hosts
   * it renders for, and the rendered text of `host`.
   */
  renderedConfig(
    source: string,
    text: string,
    host: string | undefined,
    folders: readonly string[] = [],
  ): { hosts: string[]; text?: string; problem?: string } {
    // the deployment of that globals.yml (set, or found with its inventory), else globals.yml alone
    const kolla = this.kollaSources(folders, true).find((k) => k.paths.globals === source);
    if (kolla || /(^|\/)globals\.ya?ml$/.test(source)) {
      const ctx = kolla ? this.kollaContext(kolla.paths, kolla.root) : this.kollaContext({ globals: source });
      const hosts = ctx.model.hosts.map((h) => h.name);
      if (host === undefined) return { hosts };
      const h = ctx.model.hosts.find((x) => x.name === host);
      return h ? { hosts, text: h.configText } : { hosts, problem: `${host} is not a host of the loadbalancer group (${hosts.join(', ')}).` };
    }
    const result = this.templateEngine(source, text) ? this.lintFile(source, text) : undefined;
    return renderedConfigOf(result, host);
  }

  /** What a quick fix needs (fixContext.ts): the node's interfaces, the VRIDs others use, the peers' priorities. */
  fixContext(model: ConfigModel, path: string, others: () => readonly ConfigModel[], ws?: () => WorkspaceModel): FixContext {
    return fixContextOf(model, path, { interfaces: this.interfacesOf(path), keepalivedVersion: this.settingsFor(path).version }, others, ws);
  }

  /** The same project read through another host (e.g. one that serves texts being edited). */
  withHost(host: ConfigHost): ProjectService {
    return new ProjectService(host, this.options);
  }

  /**
   * Apply the safe fixes to the files given, round after round until nothing is left to fix,
   * each round kept only when it brings no new finding; only those files are edited (fix.ts).
   */
  fixFiles(files: readonly ProjectFile[], namedFiles: boolean, folders: readonly string[] = []): FixOutcome {
    return fixProject(this, files, namedFiles, folders);
  }

  /** Keepalived files beside `file` (and, for <host>/keepalived.conf, the other hosts' ones). */
  filesBeside(file: string, max = 200): string[] {
    return filesBeside(this.host, file, max);
  }
}

export function createProjectService(host: ConfigHost, options: ProjectOptions = {}): ProjectService {
  return new ProjectService(host, options);
}
