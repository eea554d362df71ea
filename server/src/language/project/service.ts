/**
 * The project service: a host (how files are read and listed), the settings, and a set of files
 * become results — per-file issues, the nodes of the cluster, cluster and Kolla-Ansible issues,
 * the election preview. The CLI and the language server both use this and nothing deeper; they
 * keep only what is theirs (argv and printers; documents, caching, cancellation, LSP types).
 */
import type { ClusterNode } from '../analysis/cluster';
import type { ParsedAddress } from '../analysis/addresses';
import { analyse, type ConfigModel } from '../analysis/model';
import type { FixContext } from '../features/fixes/types';
import { basename, dirname, resolvePath, type ConfigHost } from '../host';
import { lint, type LintOptions } from '../index';
import { IncrementalLinter } from '../incremental/linter';
import type { Issue } from '../issue';
import { loadKollaContext, type KollaContext, type KollaPaths } from '../kolla/model';
import { parseConfig } from '../syntax/index';
import { SourceFile } from '../syntax/source';
import { fixProject, type FixOutcome } from './fix';
import { discover, findKeepalivedFiles, isKeepalivedFile, type Discovered } from './discover';
import { lintKolla } from './kolla';
import { lintCluster, lintConfigs, type ConfigInput, type FileLint, type FileResult, type LintOne } from './lint';
import { templateEngine } from '../templates/detect';
import { lintTemplateFile, renderedConfigOf, templateSources, type TemplateSources } from './templates';
import type { Engine } from '../templates/scan';
import { nodeName, nodeNames, rootNodes } from './nodes';
import { asCidrs, defaultSettings, interfacesFor, networksOnly, type KeepalivedSettings } from './settings';

export interface ProjectOptions {
  readonly settings?: KeepalivedSettings;
  /** Folder relative Kolla paths in the settings are resolved against (the settings file's folder, or the first workspace folder). */
  readonly settingsBase?: string;
  /** Kolla-Ansible files given explicitly (the CLI's --globals/--inventory/--passwords), absolute; they win over the settings. */
  readonly kolla?: KollaPaths;
  /** Check several files as the nodes of one cluster (default); false: each file on its own. */
  readonly cluster?: boolean;
  /** Template variables given explicitly (the CLI's --inventory, --vars, --host), absolute; they win over the settings. */
  readonly templates?: Partial<TemplateSources>;
}

/** A file of the project and its text. */
export interface ProjectFile {
  readonly path: string;
  readonly text: string;
}

export interface ProjectLint {
  /** Every file linted on its own, in input order. */
  readonly results: readonly FileLint[];
  readonly nodes: readonly ClusterNode[];
  /** Every issue: per-file ones of the roots, cluster ones, Kolla ones. */
  readonly issues: readonly Issue[];
  /** Every source file the issues point into (keepalived files and Kolla's), for positions. */
  readonly files: ReadonlyMap<string, SourceFile>;
}

/** Cluster and Kolla issues of analysed configurations (the server's workspace view). */
export interface WorkspaceIssueSet {
  readonly byFile: ReadonlyMap<string, Issue[]>;
  /** Every file these issues (and their related information) point into, for range conversion. */
  readonly files: ReadonlyMap<string, SourceFile>;
  /** Files outside the keepalived documents that carry issues (globals.yml...). */
  readonly extraFiles: readonly string[];
}

/** A Kolla file that cannot be read: which option named it and why. */
export interface KollaReadProblem {
  readonly path: string;
  readonly what: 'globals' | 'inventory' | 'passwords';
  readonly problem: string;
}

export function readProblem(host: ConfigHost, path: string): string | undefined {
  const r = host.readFile(path);
  if (r.kind === 'ok') return undefined;
  return r.kind === 'error' ? r.message : r.kind === 'missing' ? 'no such file' : `it is a ${r.what}`;
}

/** A document the editor has open, linted as it changes (ProjectService.openDocument). */
export interface DocumentLinter {
  /** The result for the document's text now. */
  update(text: string): FileResult;
  /** The same, reading everything again (an included file or the disk changed). */
  reset(text: string): FileResult;
}

export class ProjectService {
  readonly settings: KeepalivedSettings;

  constructor(
    readonly host: ConfigHost,
    private readonly options: ProjectOptions = {},
  ) {
    this.settings = options.settings ?? defaultSettings;
  }

  // ---- one file -------------------------------------------------------------------------

  /** The interfaces a node's single-file rules see (its own entries over the common ones). */
  interfacesOf(path: string, severalNodes = false): Map<string, ParsedAddress[]> {
    return interfacesFor(this.settings.interfaces, nodeName(path), severalNodes);
  }

  /** One file as the editor validates it while it is typed (a template as what holds for every rendering). */
  lintFile(path: string, text: string): FileResult {
    return this.lintOne(path, text, this.host, this.fileOptions(path));
  }

  private fileOptions(path: string): LintOptions {
    const s = this.settings;
    return { configId: s.configId, interfaces: this.interfacesOf(path), severities: s.rules, keepalivedVersion: s.version };
  }

  /**
   * A document being edited: lintFile() of each new text, redoing only what an edit touched (the
   * top-level blocks it changed and the blocks that read them; language/incremental). The caller
   * keeps it while the document is open and calls reset() when files it includes may have changed.
   */
  openDocument(path: string): DocumentLinter {
    let linter: IncrementalLinter | undefined;
    const plain = (text: string): FileResult => {
      if (!linter) {
        linter = new IncrementalLinter(path, text, this.host, this.fileOptions(path));
        return linter.current();
      }
      return linter.update(text);
    };
    return {
      // a template is linted whole (its renderings are not incremental)
      update: (text) => (this.templateEngine(path, text) ? ((linter = undefined), this.lintFile(path, text)) : plain(text)),
      reset: (text) => {
        linter = undefined;
        return this.templateEngine(path, text) ? this.lintFile(path, text) : plain(text);
      },
    };
  }

  /** The template engine `path` is read with (undefined: a plain keepalived file). */
  templateEngine(path: string, text: string): Engine | undefined {
    return templateEngine(path, text, this.settings.template);
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
    const s = templateSources(this.host, path, this.settings.templates, this.options.settingsBase);
    return { inventory: o?.inventory ?? s.inventory, vars: [...s.vars, ...(o?.vars ?? [])], hosts: o?.hosts ?? s.hosts };
  }

  /** Parse and analyse a file without validating it (a context for features, a node of the workspace). */
  analyseFile(path: string, text: string): ConfigModel {
    return analyse(parseConfig(path, text, this.host, { configId: this.settings.configId }));
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

  /**
   * The Kolla-Ansible files: given explicitly, else the settings' (relative to the settings'
   * base, or the first folder), else `etc/kolla/globals.yml` (and passwords.yml) in a folder.
   */
  kollaPaths(folders: readonly string[] = []): KollaPaths | undefined {
    if (this.options.kolla) return this.options.kolla;
    const k = this.settings.kolla;
    const base = this.options.settingsBase ?? folders[0];
    const abs = (p: string | undefined) => (p === undefined ? undefined : base !== undefined ? resolvePath(base, p) : p);
    if (k.globals) return { globals: abs(k.globals)!, inventory: abs(k.inventory), passwords: abs(k.passwords), template: abs(k.template) };
    const exists = (p: string) => this.host.stat?.(p) !== undefined;
    for (const f of folders) {
      const g = resolvePath(f, 'etc/kolla/globals.yml');
      if (exists(g)) {
        const pw = resolvePath(f, 'etc/kolla/passwords.yml');
        return { globals: g, passwords: exists(pw) ? pw : undefined };
      }
    }
    return undefined;
  }

  /** The Kolla files that cannot be read (the CLI refuses to run then). */
  kollaReadProblems(paths: KollaPaths): KollaReadProblem[] {
    const out: KollaReadProblem[] = [];
    for (const what of ['globals', 'inventory', 'passwords'] as const) {
      const p = paths[what];
      if (p === undefined) continue;
      const problem = readProblem(this.host, p);
      if (problem) out.push({ path: p, what, problem });
    }
    return out;
  }

  /** The deployment, with the hosts' interfaces from the settings. */
  kollaContext(paths: KollaPaths): KollaContext {
    const specs = this.settings.interfaces;
    const hostInterfaces = Object.fromEntries([...specs.perNode].map(([node, m]) => [node, asCidrs(m)]));
    return loadKollaContext(this.host, paths, { interfaces: asCidrs(specs.common), hostInterfaces });
  }

  // ---- many files -----------------------------------------------------------------------

  /**
   * Lint files the way keepalived-lint does: each on its own, the roots together as the nodes of
   * a cluster, and a Kolla-Ansible deployment when there is one. `namedFiles`: the user named the
   * files one by one, so the same interface name is taken as the same network; files found in a
   * directory may be unrelated, and only shared VIPs, peers, groups or known subnets join them.
   */
  lintProject(files: readonly ProjectFile[], namedFiles: boolean, folders: readonly string[] = []): ProjectLint {
    const s = this.settings;
    const kolla = this.kollaPaths(folders);
    const cluster = this.options.cluster !== false;
    // With several nodes (or a Kolla deployment), an address given without a node is no one node's.
    const several = files.length > 1 || kolla !== undefined;
    const names = nodeNames(files.map((f) => f.path));
    const inputs: ConfigInput[] = files.map((f, i) => ({
      path: f.path,
      text: f.text,
      name: names[i],
      interfaces: interfacesFor(s.interfaces, names[i], several),
      nodeInterfaces: s.interfaces.perNode.get(names[i]!),
    }));
    const subnets = networksOnly(s.interfaces.common);
    const ws = lintConfigs(
      inputs,
      this.host,
      {
        configId: s.configId,
        keepalivedVersion: s.version,
        severities: s.rules,
        subnets,
        sameNetwork: namedFiles,
        noCluster: kolla !== undefined || !cluster,
      },
      this.lintOne,
    );
    const sources = new Map<string, SourceFile>();
    for (const r of ws.results) {
      for (const [p, f] of r.result.model.parsed.files) sources.set(p, f);
      // a template's positions are its own text's, not a rendering's
      if (r.result.template) sources.set(r.path, r.result.template.file);
    }
    const issues: Issue[] = [...ws.issues, ...ws.clusterIssues];
    if (kolla) {
      this.addKollaSources(kolla, sources);
      const k = lintKolla(this.kollaContext(kolla), ws.nodes, { severities: s.rules, subnets, sameNetwork: true, clusterOnly: cluster ? undefined : [] });
      issues.push(...k.issues);
    }
    return { results: ws.results, nodes: ws.nodes, issues, files: sources };
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
   * Cluster and Kolla issues over analysed configurations of a workspace (files found in folders:
   * only shared VIPs, peers or known subnets put two of them on one network).
   */
  workspaceIssues(models: readonly ConfigModel[], folders: readonly string[]): WorkspaceIssueSet {
    const s = this.settings;
    const nodes = this.nodes(models);
    const settings = { severities: s.rules, subnets: networksOnly(s.interfaces.common), sameNetwork: false };
    const files = new Map<string, SourceFile>();
    for (const n of nodes) for (const [p, f] of n.model.parsed.files) files.set(p, f);
    const paths = this.kollaPaths(folders);
    let issues: Issue[];
    let extraFiles: string[] = [];
    if (paths) {
      issues = [...lintKolla(this.kollaContext(paths), nodes, settings).issues];
      extraFiles = this.addKollaSources(paths, files);
    } else {
      issues = lintCluster(nodes, settings);
    }
    const byFile = new Map<string, Issue[]>();
    for (const i of issues) byFile.set(i.span.file, [...(byFile.get(i.span.file) ?? []), i]);
    return { byFile, files, extraFiles };
  }

  /**
   * VRIDs other configurations use on an interface of that name and family, not counting
   * instances named `except` (the same virtual router on a peer node) nor the file `self`.
   */
  usedVrids(models: readonly ConfigModel[], self: string, iface: string | undefined, family: 4 | 6, except: string): Set<number> {
    const out = new Set<number>();
    for (const model of models) {
      if (model.parsed.entry === self) continue;
      for (const i of model.instances) {
        const ifName = i.interface?.value ?? model.globals.defaultInterface?.value;
        if (!i.dropped && i.vrid !== undefined && i.name !== except && ifName === iface && (i.family ?? 4) === family) out.add(i.vrid);
      }
    }
    return out;
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
    const kolla = this.kollaPaths(folders);
    if (kolla?.globals === source || /(^|\/)globals\.ya?ml$/.test(source)) {
      const ctx = this.kollaContext(kolla?.globals === source ? kolla : { globals: source });
      const hosts = ctx.model.hosts.map((h) => h.name);
      if (host === undefined) return { hosts };
      const h = ctx.model.hosts.find((x) => x.name === host);
      return h ? { hosts, text: h.configText } : { hosts, problem: `${host} is not a host of the loadbalancer group (${hosts.join(', ')}).` };
    }
    const result = this.templateEngine(source, text) ? this.lintFile(source, text) : undefined;
    return renderedConfigOf(result, host);
  }

  /** What a quick fix needs: the configuration, the node's interfaces, and the VRIDs the other configurations use. */
  fixContext(model: ConfigModel, path: string, others: () => readonly ConfigModel[]): FixContext {
    return {
      model,
      options: { interfaces: this.interfacesOf(path), keepalivedVersion: this.settings.version },
      workspaceVrids: (iface, family, except) => this.usedVrids(others(), path, iface, family, except),
    };
  }

  /** The same project read through another host (e.g. one that serves texts being edited). */
  withHost(host: ConfigHost): ProjectService {
    return new ProjectService(host, this.options);
  }

  /**
   * Apply the safe fixes to the files given, round after round until nothing is left to fix,
   * each round kept only when it brings no new finding; only those files are edited (fix.ts).
   */
  fixFiles(files: readonly ProjectFile[], namedFiles: boolean): FixOutcome {
    return fixProject(this, files, namedFiles);
  }

  /** Keepalived files beside `file` (and, for <host>/keepalived.conf, the other hosts' ones). */
  filesBeside(file: string, max = 200): string[] {
    const dir = dirname(file);
    const out = new Set<string>([file]);
    const list = (d: string) => this.host.listDir?.(d) ?? [];
    for (const e of list(dir)) {
      const p = resolvePath(dir, e.name);
      if (out.size < max && e.kind === 'file' && this.isKeepalivedFile(p)) out.add(p);
    }
    if (basename(file) === 'keepalived.conf') {
      const parent = dirname(dir);
      for (const e of list(parent)) {
        if (e.kind !== 'directory') continue;
        const p = resolvePath(parent, `${e.name}/keepalived.conf`);
        if (out.size < max && this.host.stat?.(p) && !this.host.stat(p)!.isDirectory) out.add(p);
      }
    }
    return [...out];
  }
}

export function createProjectService(host: ConfigHost, options: ProjectOptions = {}): ProjectService {
  return new ProjectService(host, options);
}
