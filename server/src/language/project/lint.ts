/**
 * Linting several configurations together: each file on its own (the `lint` facade) plus the
 * cluster rules over the root files as the nodes of one cluster. Pure: texts come in through a
 * ConfigHost, issues come out.
 */
import { analyseCluster, onUnknown, type ClusterModel, type ClusterNode, type ClusterOptions } from '../analysis/cluster';
import type { ParsedAddress } from '../analysis/addresses';
import type { ConfigHost } from '../host';
import { lint, type LintOptions, type LintResult } from '../index';
import type { Issue, Span } from '../issue';
import type { TemplateLint } from '../templates/lint';
import type { TemplateRendering } from './templates';
import type { ClusterRule } from '../validation/clusterRule';
import { clusterRules } from '../validation/index';
import { finishIssues, runRules } from '../validation/run';
import type { SeveritySetting } from '../validation/validate';
import { ownerOf, rootNodes } from './nodes';

export interface ClusterSettings extends ClusterOptions {
  /** Per-code severity overrides (`off` drops the code). */
  readonly severities?: Readonly<Record<string, SeveritySetting>>;
  /** Run only these cluster rules (tests; `[]` for none). */
  readonly clusterOnly?: readonly ClusterRule[];
}

/**
 * Run the cluster rules on a cluster model; raw issues (no severity settings applied). Findings on
 * text whose value is unknown (e.g. a password Kolla renders from a passwords.yml we do not have)
 * are dropped, and so are those that compare with such a value (a related place on unknown text).
 */
export function runClusterRules(cluster: ClusterModel, rules: readonly ClusterRule[] = clusterRules): Issue[] {
  const unknown = (span: Span) => onUnknown(span, ownerOf(cluster.nodes, span.file)?.unknowns);
  return runRules(rules, { cluster }, (f) => !unknown(f.span) && !(f.related ?? []).some((r) => unknown(r.span)));
}

/** Finish issues found across nodes: each judged (suppression comments) in the files of the node that reads it. */
export function finishNodeIssues(raw: readonly Issue[], nodes: readonly ClusterNode[], severities?: Readonly<Record<string, SeveritySetting>>): Issue[] {
  return finishIssues(raw, { severities, fileOf: (p) => ownerOf(nodes, p)?.model.parsed.files.get(p) });
}

/** Cluster issues for nodes that are already analysed. */
export function lintCluster(nodes: readonly ClusterNode[], settings: ClusterSettings = {}): Issue[] {
  if (nodes.length < 2) return [];
  const cluster = analyseCluster(nodes, settings);
  return finishNodeIssues(runClusterRules(cluster, settings.clusterOnly), nodes, settings.severities);
}

export interface ConfigInput {
  readonly path: string;
  readonly text: string;
  /** The node's name (default: from the path, see nodeNames). */
  readonly name?: string;
  /** Interfaces this file's single-file rules see (default: options.interfaces). */
  readonly interfaces?: ReadonlyMap<string, readonly ParsedAddress[]>;
  /** This node's own interfaces and addresses, when known (ClusterNode.interfaces). */
  readonly nodeInterfaces?: ReadonlyMap<string, readonly ParsedAddress[]>;
  /** Networks known to hold for this node (ClusterNode.subnets). */
  readonly nodeSubnets?: ReadonlyMap<string, readonly ParsedAddress[]>;
  /** The config id this file is read with (default: options.configId). */
  readonly configId?: string;
  /** The directory standing for the target host's `/` (LintOptions.root). */
  readonly root?: string;
}

export interface FileLint {
  readonly path: string;
  readonly input: ConfigInput;
  readonly result: FileResult;
}

export interface WorkspaceLint {
  /** Every file linted on its own, in input order. */
  readonly results: readonly FileLint[];
  /** Files that no other input includes: the nodes. */
  readonly nodes: readonly ClusterNode[];
  /** Single-file issues of the root files (an included file is checked as part of its includer), without repeats. */
  readonly issues: readonly Issue[];
  /** Cluster issues (when there are two nodes or more). */
  readonly clusterIssues: readonly Issue[];
}

export interface WorkspaceOptions extends LintOptions, ClusterSettings {
  /** Skip the cluster rules (e.g. when a Kolla deployment decides the nodes). */
  readonly noCluster?: boolean;
}

/** The single-file issues of the roots, each reported once (two roots may include one file). */
export function rootIssues(results: readonly { readonly result: LintResult }[], roots: readonly ClusterNode[]): Issue[] {
  const rootModels = new Set(roots.map((n) => n.model));
  const seen = new Set<string>();
  const issues: Issue[] = [];
  for (const r of results) {
    if (!rootModels.has(r.result.model)) continue;
    for (const i of r.result.issues) {
      const key = `${i.code}\0${i.span.file}\0${i.span.start}\0${i.message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      issues.push(i);
    }
  }
  return issues;
}

/** The result for one file of a project: a plain configuration's, or a template's. */
export interface FileResult extends LintResult {
  /** Set when the file is a template: its structure and the renderings behind `model` (the first). */
  readonly template?: TemplateLint;
  /** Set when a template was rendered for the hosts of an inventory. */
  readonly rendered?: TemplateRendering;
  /** Why a template whose variables are given was rendered for no host (a variables file Ansible cannot load). */
  readonly notRendered?: string;
}

/** How one file is linted (a plain configuration by default; the project passes its template-aware linter). */
export type LintOne = (path: string, text: string, host: ConfigHost, options: LintOptions) => FileResult;

/**
 * Lint several configurations: each on its own, then the root files together as one cluster.
 * A template is no node (its renderings are, when its variables are known).
 */
export function lintConfigs(inputs: readonly ConfigInput[], host: ConfigHost, options: WorkspaceOptions = {}, lintOne: LintOne = lint): WorkspaceLint {
  const results = inputs.map((f) => ({
    path: f.path,
    input: f,
    result: lintOne(f.path, f.text, host, {
      ...options,
      ...(f.interfaces ? { interfaces: f.interfaces } : {}),
      ...(f.configId !== undefined ? { configId: f.configId } : {}),
      ...(f.root !== undefined ? { root: f.root } : {}),
    }),
  }));
  const byModel = new Map(results.map((r) => [r.result.model, r.input] as const));
  const nodes = rootNodes(
    results.filter((r) => !r.result.template).map((r) => r.result.model),
    (m) => ({ name: byModel.get(m)?.name, interfaces: byModel.get(m)?.nodeInterfaces, subnets: byModel.get(m)?.nodeSubnets }),
  );
  const subnets = options.subnets ?? options.interfaces;
  const clusterIssues = options.noCluster
    ? []
    : lintCluster(nodes, { subnets, sameNetwork: options.sameNetwork, severities: options.severities, clusterOnly: options.clusterOnly });
  return { results, nodes, issues: [...rootIssues(results, nodes), ...results.flatMap((r) => r.result.template?.issues ?? [])], clusterIssues };
}

export type { ClusterNode, ClusterOptions, ClusterModel } from '../analysis/cluster';
export { analyseCluster } from '../analysis/cluster';
