/**
 * A Kolla-Ansible deployment as a cluster: globals.yml/inventory/passwords checks, the node
 * configurations cross-checked against them, and the cluster rules over the nodes keepalived
 * would really run (the operator's custom keepalived.conf where there is one, Kolla's rendered
 * config elsewhere). Findings on rendered configs are moved to the lines of the operator's files
 * that produce them.
 */
import { analyseCluster, type ClusterNode } from '../analysis/cluster';
import type { Issue } from '../issue';
import { checkKolla } from '../kolla/checks/index';
import { crossCheckKolla, mapRenderedIssue, renderedNode, type KollaNodeConfig, type RenderedNode } from '../kolla/crosscheck';
import type { KollaContext } from '../kolla/model';
import { finishIssues } from '../validation/run';
import { finishNodeIssues, runClusterRules, type ClusterSettings } from './lint';

export interface KollaLint {
  /** Issues in globals.yml / inventory / passwords.yml and in the node configurations. */
  readonly issues: readonly Issue[];
  /** The nodes the cluster rules ran on (given configurations and rendered ones). */
  readonly nodes: readonly ClusterNode[];
  readonly rendered: readonly RenderedNode[];
}

/** `<node_custom_config>/keepalived/keepalived.conf`: Kolla's override for every host without its own. */
function isSharedOverride(n: ClusterNode): boolean {
  return /(^|\/)keepalived\/keepalived\.conf$/.test(n.model.parsed.entry);
}

/** Which host each given configuration stands for (by node name = inventory host name). */
export function matchKollaHosts(ctx: KollaContext, given: readonly ClusterNode[]): KollaNodeConfig[] {
  const hosts = new Set(ctx.model.hosts.map((h) => h.name));
  return given.map((node) => ({ node, host: hosts.has(node.name) ? node.name : undefined }));
}

export function lintKolla(ctx: KollaContext, given: readonly ClusterNode[], settings: ClusterSettings = {}): KollaLint {
  const own = finishIssues([...ctx.model.issues, ...checkKolla(ctx)], { severities: settings.severities });
  const matched = matchKollaHosts(ctx, given);
  const byHost = new Map(matched.filter((m) => m.host !== undefined).map((m) => [m.host!, m.node]));
  const shared = given.find(isSharedOverride);
  const anyMatch = byHost.size > 0 || shared !== undefined;

  // The nodes keepalived would run: with no given configs, Kolla's own; with configs for some
  // hosts, those plus Kolla's for the rest; with configs that name no host, the configs alone.
  const rendered: RenderedNode[] = [];
  const nodes: ClusterNode[] = [];
  if (given.length === 0 || anyMatch) {
    for (const h of ctx.model.hosts) {
      const n = byHost.get(h.name);
      if (n) nodes.push(n);
      else if (!shared) {
        const r = renderedNode(ctx, h);
        rendered.push(r);
        nodes.push(r.node);
      }
    }
    if (shared) nodes.push(shared);
    for (const m of matched) if (m.host === undefined && m.node !== shared) nodes.push(m.node);
  } else {
    nodes.push(...given);
  }

  // Cross-check every given configuration (the shared override stands for all hosts); with
  // enable_keepalived off Kolla deploys no keepalived, so there is nothing to agree with.
  const cross = ctx.model.keepalivedEnabled === false ? [] : crossCheckKolla(ctx, matched);

  let cluster: Issue[] = [];
  if (nodes.length >= 2) {
    const raw = runClusterRules(analyseCluster(nodes, settings), settings.clusterOnly);
    const renderedFiles = new Set(rendered.map((r) => r.path));
    const onRendered: Issue[] = [];
    const onGiven: Issue[] = [];
    for (const i of raw) (renderedFiles.has(i.span.file) ? onRendered : onGiven).push(i);
    cluster = [
      ...finishNodeIssues(onGiven, nodes, settings.severities),
      ...finishIssues(dedupe(onRendered.map((i) => mapRenderedIssue(ctx, rendered, i))), { severities: settings.severities }),
    ];
  }
  // A disagreement with globals.yml is reported once, by the cross-check (which says where it
  // comes from); the cluster rules would report it again between the hosts.
  const explained = new Set<string>(
    cross.map((i) => (i.code === 'kolla-vip-mismatch' ? 'cluster-vip-mismatch' : i.code === 'kolla-vrid-mismatch' ? 'cluster-vrid-mismatch' : '')),
  );
  cluster = cluster.filter((i) => !explained.has(i.code));
  const crossOnGlobals = cross.filter((i) => !given.some((n) => n.model.parsed.files.has(i.span.file)));
  const crossOnNodes = cross.filter((i) => given.some((n) => n.model.parsed.files.has(i.span.file)));
  return {
    issues: [
      ...own,
      ...finishIssues(crossOnGlobals, { severities: settings.severities }),
      ...finishNodeIssues(crossOnNodes, given, settings.severities),
      ...cluster,
    ],
    nodes,
    rendered,
  };
}

/** Findings of several rendered hosts that land on the same variable are reported once. */
function dedupe(issues: readonly Issue[]): Issue[] {
  const seen = new Map<string, Issue>();
  for (const i of issues) {
    const k = `${i.code}\0${i.span.file}\0${i.span.start}\0${i.span.end}`;
    if (!seen.has(k)) seen.set(k, i);
  }
  return [...seen.values()];
}
