/**
 * Linting several configurations together: each file on its own (the `lint` facade) plus the
 * cluster rules over the root files as the nodes of one cluster. Pure: texts come in through a
 * ConfigHost, issues come out; the CLI and the language server both use this.
 */
import { analyseCluster, type ClusterModel, type ClusterNode, type ClusterOptions } from '../analysis/cluster';
import type { ParsedAddress } from '../analysis/addresses';
import type { ConfigModel } from '../analysis/model';
import { basename, dirname, type ConfigHost } from '../host';
import { lint, type LintOptions, type LintResult } from '../index';
import { severityRank, type Issue, type Span } from '../issue';
import type { ClusterRule } from '../validation/clusterRule';
import { clusterRules } from '../validation/index';
import { finish, type SeveritySetting } from '../validation/validate';

export interface ClusterSettings extends ClusterOptions {
  /** Per-code severity overrides (`off` drops the code). */
  readonly severities?: Readonly<Record<string, SeveritySetting>>;
  /** Run only these cluster rules (tests). */
  readonly clusterOnly?: readonly ClusterRule[];
}

/**
 * A node's name from its file: `lb1.conf` → lb1, `keepalived.conf.lb1` → lb1, and
 * `<host>/keepalived.conf` → host (Kolla's node_custom_config/keepalived/<host>/keepalived.conf).
 */
export function nodeName(path: string): string {
  const base = basename(path);
  if (base === 'keepalived.conf') {
    const dir = basename(dirname(path));
    return dir === '' || dir === '.' || dir === '/' ? base : dir;
  }
  if (base.startsWith('keepalived.conf.')) return base.slice('keepalived.conf.'.length);
  return base.replace(/\.(conf|cfg|keepalived)$/, '') || base;
}

/** Node names for several paths (one per path, in order), made unique by adding parent folders where two would clash. */
export function nodeNames(paths: readonly string[]): string[] {
  const names = paths.map(nodeName);
  // Folders above the one a name already comes from.
  const dirs = paths.map((p) => {
    const parts = dirname(p).split('/').filter(Boolean);
    if (basename(p) === 'keepalived.conf' && parts.length > 0) parts.pop();
    return parts;
  });
  for (let depth = 1; depth <= 8; depth++) {
    const count = new Map<string, number>();
    for (const n of names) count.set(n, (count.get(n) ?? 0) + 1);
    if ([...count.values()].every((c) => c === 1)) break;
    const before = [...names];
    before.forEach((name, i) => {
      if (count.get(name)! <= 1) return;
      const folder = dirs[i]?.at(-depth);
      if (folder !== undefined) names[i] = `${folder}/${name}`;
    });
  }
  return names;
}

function inside(span: Span, unknowns: readonly Span[] | undefined): boolean {
  return !!unknowns?.some((u) => u.file === span.file && span.start < u.end && u.start < span.end);
}

/** The node whose configuration contains `file`. */
function ownerOf(nodes: readonly ClusterNode[], file: string): ClusterNode | undefined {
  return nodes.find((n) => n.model.parsed.entry === file) ?? nodes.find((n) => n.model.parsed.files.has(file));
}

/** Run the cluster rules on a cluster model; raw issues (no severity settings applied). */
export function runClusterRules(cluster: ClusterModel, rules: readonly ClusterRule[] = clusterRules): Issue[] {
  const out: Issue[] = [];
  for (const rule of rules) {
    for (const f of rule.check({ cluster })) {
      const owner = ownerOf(cluster.nodes, f.span.file);
      if (owner && inside(f.span, owner.unknowns)) continue;
      out.push({ code: rule.id, severity: f.severity ?? rule.severity, message: f.message, span: f.span, related: f.related, data: f.data });
    }
  }
  return out;
}

/** Severity overrides, `disable-next-line` comments and ordering, each issue judged in its node's files. */
export function finishClusterIssues(raw: readonly Issue[], nodes: readonly ClusterNode[], severities?: Readonly<Record<string, SeveritySetting>>): Issue[] {
  const byNode = new Map<ConfigModel | undefined, Issue[]>();
  for (const i of raw) {
    const m = ownerOf(nodes, i.span.file)?.model;
    byNode.set(m, [...(byNode.get(m) ?? []), i]);
  }
  const out: Issue[] = [];
  for (const [model, issues] of byNode) {
    if (model) out.push(...finish(issues, model, severities));
    else out.push(...applySeverities(issues, severities));
  }
  return sortIssues(out);
}

/** File, offset, severity order. */
export function sortIssues(issues: Issue[]): Issue[] {
  return issues.sort((a, b) =>
    a.span.file < b.span.file ? -1 : a.span.file > b.span.file ? 1 : a.span.start - b.span.start || severityRank[a.severity] - severityRank[b.severity],
  );
}

/** Severity overrides alone (for issues outside keepalived files, e.g. in globals.yml). */
export function applySeverities(issues: readonly Issue[], severities?: Readonly<Record<string, SeveritySetting>>): Issue[] {
  const out: Issue[] = [];
  for (const i of issues) {
    const s = severities?.[i.code];
    if (s === 'off') continue;
    out.push(s ? { ...i, severity: s } : i);
  }
  return out;
}

/** Cluster issues for nodes that are already analysed. */
export function lintCluster(nodes: readonly ClusterNode[], settings: ClusterSettings = {}): Issue[] {
  if (nodes.length < 2) return [];
  const cluster = analyseCluster(nodes, settings);
  return finishClusterIssues(runClusterRules(cluster, settings.clusterOnly), nodes, settings.severities);
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
}

export interface WorkspaceLint {
  /** Every file linted on its own, in input order. */
  readonly results: readonly { readonly path: string; readonly input: ConfigInput; readonly result: LintResult }[];
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

/** Lint several configurations: each on its own, then the root files together as one cluster. */
export function lintConfigs(inputs: readonly ConfigInput[], host: ConfigHost, options: WorkspaceOptions = {}): WorkspaceLint {
  const results = inputs.map((f) => ({
    path: f.path,
    input: f,
    result: lint(f.path, f.text, host, f.interfaces ? { ...options, interfaces: f.interfaces } : options),
  }));
  const included = new Set<string>();
  for (const r of results) for (const p of r.result.model.parsed.files.keys()) if (p !== r.path) included.add(p);
  const roots = results.filter((r) => !included.has(r.path));
  const names = nodeNames(roots.map((r) => r.path));
  const nodes: ClusterNode[] = roots.map((r, i) => ({ name: r.input.name ?? names[i]!, model: r.result.model, interfaces: r.input.nodeInterfaces }));
  const seen = new Set<string>();
  const issues: Issue[] = [];
  for (const r of roots) {
    for (const i of r.result.issues) {
      const key = `${i.code}\0${i.span.file}\0${i.span.start}\0${i.message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      issues.push(i);
    }
  }
  const subnets = options.subnets ?? options.interfaces;
  const clusterIssues = options.noCluster
    ? []
    : lintCluster(nodes, { subnets, sameNetwork: options.sameNetwork, severities: options.severities, clusterOnly: options.clusterOnly });
  return { results, nodes, issues, clusterIssues };
}

export type { ClusterNode, ClusterOptions, ClusterModel } from '../analysis/cluster';
export { analyseCluster } from '../analysis/cluster';
