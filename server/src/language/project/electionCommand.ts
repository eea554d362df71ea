/**
 * `keepalived-lint election` over the files of a command line: the clusters their nodes form, as
 * the linter and the Clusters view group them (a Kolla-Ansible deployment's hosts — given with
 * --globals, set in the settings or found in a directory given —, an Ansible role's renderings,
 * plain files by what ties them together), which of them are previewed (`--cluster NODE`, the one
 * the scenario names, or each), and each cluster's part of the scenario. The CLI prints the
 * previews; every decision is here.
 *
 * One cluster (or none) is previewed exactly as before: every node given, in the order given.
 */
import { groupNodes, type ClusterNode } from '../analysis/cluster';
import type { ConfigModel } from '../analysis/model';
import type { ClusterInput } from '../election/input';
import { clusterInput, previewElection, scenarioProblems, type ElectionPreview, type ScenarioSpec } from '../features/electionPreview';
import { readScenarioFile, readScenarioText, scenarioOfText, ScenarioTextError, type ScenarioFile, type ScenarioText } from '../features/scenarioText';
import { resolvePath } from '../host';
import { InputError, type ProjectInputs } from './commandLine';
import { clusterLabel, deploymentLabel, describeNodes, sameFolder, type Deployment, type WorkspaceFile, type WorkspaceSources } from './deployments';
import { nodeNames, vrrpNodes } from './nodes';
import type { ProjectService } from './service';
import { problemOf } from './types';
import { TemplateCode } from '../templates/codes';

/** A cluster of the command's nodes. */
export interface ElectionCluster {
  /** Its nodes, in the preview's order. */
  readonly nodes: readonly ClusterNode[];
  /** The hosts of a Kolla-Ansible deployment. */
  readonly kolla: boolean;
  /**
   * What the Clusters view calls it: `Kolla-Ansible: kolla/etc/kolla/globals.yml; VRID 51 · 10.10.0.250`
   * (a deployment's label, then the cluster's), `VRID 51 · 192.168.50.10` for plain files.
   */
  readonly label: string;
}

export interface ElectionClusters {
  /** In a stable order: Kolla-Ansible deployments, Ansible roles, then plain files by their first file given. */
  readonly clusters: readonly ElectionCluster[];
  /** Nodes without a VRRP instance, that no preview holds (they join the one preview when there is one). */
  readonly idle: readonly string[];
  /** Templates Ansible would not render for every host (the preview reads what the rest of each rendering gives). */
  readonly unrendered?: readonly string[];
}

/** `lb1, lb2 (VRID 51 · 192.168.50.10)`: a cluster in headings and messages. */
export function describeElectionCluster(c: ElectionCluster): string {
  const nodes = c.nodes.map((n) => n.name).join(', ') || '(no node)';
  return c.label ? `${nodes} (${c.label})` : nodes;
}

const runsVrrp = (n: ClusterNode) => n.model.instances.some((i) => !i.dropped);

/** The findings that say Ansible stops rendering a template for a host (a value nothing defines, an error the engine raises). */
const ANSIBLE_STOPS: ReadonlySet<string> = new Set([TemplateCode.undefinedVariable, TemplateCode.render]);

/**
 * The files given, analysed for the workspace model; a template's renderings (its hosts) by its
 * path, and for each template Ansible would not render for every host the first finding that says
 * so (its first sentence) and how many more there are.
 */
function readFiles(service: ProjectService, files: ProjectInputs['files']) {
  const renderings = new Map<string, ReturnType<WorkspaceSources['templateNodes']>>();
  const unrendered: { path: string; why: string; more: number }[] = [];
  const wsFiles = files.map((f): WorkspaceFile => {
    if (!service.templateEngine(f.path, f.text)) return { path: f.path, model: service.analyseFile(f.path, f.text) };
    // a template is no node; the hosts it is rendered for are
    const r = service.lintFile(f.path, f.text);
    const nodes = service.templateNodes(r);
    renderings.set(f.path, nodes);
    const stops = nodes ? r.issues.filter((i) => i.severity === 'error' && ANSIBLE_STOPS.has(i.code)) : [];
    if (stops.length > 0) unrendered.push({ path: f.path, why: stops[0]!.message.replace(/\.(\s.*)?$/s, ''), more: stops.length - 1 });
    return { path: f.path, model: r.model, template: true };
  });
  return { wsFiles, renderings, unrendered };
}

/** `roles/k/templates/keepalived.conf.j2: 'vip.advert' is not defined for lb1, lb2: ... (and 1 more); the preview reads ...`. */
function unrenderedWarning(u: { path: string; why: string; more: number }, cwd: string): string {
  const rel = u.path.startsWith(`${cwd}/`) ? u.path.slice(cwd.length + 1) : u.path;
  const more = u.more > 0 ? ` (and ${u.more} more such finding${u.more === 1 ? '' : 's'})` : '';
  return `${rel}: ${u.why}${more}. The preview reads what the rest of each host's rendering gives; run keepalived-lint on the template for the findings`;
}

/**
 * The clusters of the nodes given (see ElectionClusters). Plain files are named as the linter names
 * them (lb1.conf → lb1, unique among all the files given) and grouped as it groups them: files
 * named one by one share a network by interface name, files found in directories when a folder,
 * VIP or peer ties them. `cwd` is where paths in labels are relative to when no directory was given.
 */
export function electionClustersOf(service: ProjectService, inputs: Pick<ProjectInputs, 'files' | 'namedFiles' | 'folders'>, cwd: string): ElectionClusters {
  const { files, namedFiles, folders } = inputs;
  const names = nodeNames(files.map((f) => f.path));
  const order = new Map(files.map((f, i) => [f.path, i]));
  const { wsFiles, renderings, unrendered: stopped } = readFiles(service, files);
  const unrendered = stopped.map((u) => unrenderedWarning(u, cwd));
  const ws = service.workspaceModel(wsFiles, folders, (p) => renderings.get(p));
  const labelFolders = folders.length > 0 ? folders : [cwd];
  const clusters: ElectionCluster[] = [];
  const plain: ClusterNode[] = [];
  // Kolla-Ansible deployments by their globals.yml (the model has the deepest first), roles, plain files
  const globalsOf = (d: Deployment) => d.sources[0] ?? d.root;
  const kollaFirst = ws.deployments.filter((d) => d.kind === 'kolla').sort((a, b) => (globalsOf(a) < globalsOf(b) ? -1 : globalsOf(a) > globalsOf(b) ? 1 : 0));
  for (const d of [...kollaFirst, ...ws.deployments.filter((d) => d.kind !== 'kolla')]) {
    if (d.kind === 'files') {
      for (const c of d.clusters) for (const n of c.nodes) plain.push(n.file !== undefined ? { ...n.node, name: names[order.get(n.file)!]! } : n.node);
      continue;
    }
    for (const c of d.clusters) {
      const nodes = vrrpNodes(c.nodes.map((n) => n.node));
      if (nodes.length > 0) clusters.push({ nodes, kolla: d.kind === 'kolla', label: `${deploymentLabel(d, labelFolders)}; ${clusterLabel(c)}` });
    }
  }
  const inOrder = (m: ConfigModel) => order.get(m.parsed.entry) ?? files.length;
  plain.sort((a, b) => inOrder(a.model) - inOrder(b.model));
  const groups = groupNodes(plain.filter(runsVrrp), { sameNetwork: namedFiles ? true : sameFolder });
  clusters.push(...groups.map((nodes): ElectionCluster => ({ nodes, kolla: false, label: clusterLabel(describeNodes(nodes)) })));
  const idle = plain.filter((n) => !runsVrrp(n));
  if (clusters.length > 1 || clusters[0]?.kolla) return { clusters, idle: idle.map((n) => n.name), unrendered };
  const kolla = ws.deployments.find((d) => d.kind === 'kolla');
  // none, or one: every node given as before, the renderings last (a Kolla deployment without hosts: none)
  if (clusters.length === 0 && kolla)
    return { clusters: [{ nodes: [], kolla: true, label: deploymentLabel(kolla, labelFolders) }], idle: idle.map((n) => n.name), unrendered };
  const rendered = [...renderings.values()].flatMap((r) => r?.nodes ?? []);
  return { clusters: [{ nodes: [...plain, ...rendered], kolla: false, label: clusters[0]?.label ?? '' }], idle: [], unrendered };
}

/** What `keepalived-lint election` was asked. */
export interface ElectionRequest extends ScenarioText {
  /** `--cluster NODE`: the cluster that has this node. */
  readonly cluster?: string;
  /** `--scenario FILE` (relative to cwd). */
  readonly scenarioFile?: string;
  /** Only one preview can be printed (JSON: its shape is one preview). */
  readonly single: boolean;
}

export interface ClusterPreview {
  readonly cluster: ElectionCluster;
  readonly preview: ElectionPreview;
}

export interface ElectionRun {
  /** One preview per cluster previewed, in the clusters' order (always one at least). */
  readonly previews: readonly ClusterPreview[];
  /** What the user should know (nodes no preview holds). */
  readonly warnings: readonly string[];
}

/** The node names a scenario mentions. */
function namedIn(spec: ScenarioSpec): Set<string> {
  return new Set([
    ...(spec.down ?? []),
    ...(spec.stop ?? []),
    ...(spec.fail ?? []).map((f) => f.node),
    ...(spec.linkDown ?? []).map((l) => l.node),
    ...(spec.startOrder ?? []),
    ...(spec.steps ?? []).flatMap((s) => s.map((a) => a.node)),
  ]);
}

/**
 * The part of a scenario about some nodes: what it does to them (a step without an action of theirs
 * is no step of theirs); nothing about them: the default scenario ({}).
 */
export function scenarioPart(spec: ScenarioSpec, has: (node: string) => boolean): ScenarioSpec {
  const part: ScenarioSpec = {
    down: (spec.down ?? []).filter(has),
    stop: (spec.stop ?? []).filter(has),
    fail: (spec.fail ?? []).filter((f) => has(f.node)),
    linkDown: (spec.linkDown ?? []).filter((l) => has(l.node)),
    startOrder: (spec.startOrder ?? []).filter(has),
    ...(spec.startGap !== undefined ? { startGap: spec.startGap } : {}),
    ...(spec.steps ? { steps: spec.steps.map((s) => s.filter((a) => has(a.node))).filter((s) => s.length > 0) } : {}),
  };
  return namedIn(part).size > 0 ? part : {};
}

/** The scenario file of --scenario, read through the host. */
function scenarioFile(service: ProjectService, cwd: string, file: string | undefined): ScenarioFile | undefined {
  if (file === undefined) return undefined;
  const p = resolvePath(cwd, file);
  const r = service.host.readFile(p);
  if (r.kind !== 'ok') throw new InputError(`cannot read ${p} (--scenario): ${problemOf(r)}`);
  return readScenarioFile(r.text, file);
}

const listed = (clusters: readonly ElectionCluster[]) => clusters.map((c) => `  ${describeElectionCluster(c)}`).join('\n');

/** The model's input for several clusters' nodes together (the scenario is read against them all; a name in two clusters counts once). */
function unionInput(clusters: readonly ElectionCluster[]): ClusterInput {
  const seen = new Set<string>();
  return clusterInput(clusters.flatMap((c) => c.nodes).filter((n) => !seen.has(n.name) && (seen.add(n.name), true)));
}

/** A name that is a node of two clusters cannot choose between them. */
function ambiguity(clusters: readonly ElectionCluster[], names: Iterable<string>): InputError | undefined {
  for (const name of names) {
    const of = clusters.filter((c) => c.nodes.some((n) => n.name === name));
    if (of.length > 1) return new InputError(`'${name}' is a node of ${of.length} clusters; run election on the files of one of them:\n${listed(of)}`, true);
  }
  return undefined;
}

/** The cluster --cluster NODE names. */
function chosenCluster(clusters: readonly ElectionCluster[], idle: readonly string[], node: string): ElectionCluster {
  const hit = clusters.filter((c) => c.nodes.some((n) => n.name === node));
  if (hit.length === 1) return hit[0]!;
  if (hit.length > 1) throw ambiguity(clusters, [node])!;
  const why = idle.includes(node) ? `${node} has no VRRP instance, so it is in no cluster` : `there is no node '${node}'`;
  throw new InputError(`--cluster: ${why}; name any node of one of these clusters:\n${listed(clusters) || '  (none)'}`, true);
}

/**
 * The previews `keepalived-lint election` prints for the clusters of the files given (see
 * ElectionRequest): with --cluster, that cluster's; one cluster, its own; several, one per cluster
 * with its part of the scenario — or, when only one preview can be printed, the one cluster the
 * scenario names. A mistake is an InputError or a ScenarioTextError (usage: the CLI ends with 2).
 */
export function electionRun(service: ProjectService, found: ElectionClusters, cwd: string, request: ElectionRequest): ElectionRun {
  const file = scenarioFile(service, cwd, request.scenarioFile);
  const { clusters, idle } = found;
  const warnings = [
    ...(found.unrendered ?? []),
    ...(idle.length > 0
      ? [`${idle.join(', ')} ${idle.length === 1 ? 'has' : 'have'} no VRRP instance: no preview holds ${idle.length === 1 ? 'it' : 'them'}`]
      : []),
  ];
  const preview = (cluster: ElectionCluster, spec: ScenarioSpec): ClusterPreview => ({ cluster, preview: previewElection(clusterInput(cluster.nodes), spec) });
  if (clusters.length === 1 && request.cluster === undefined) {
    const only = clusters[0]!;
    return { previews: [preview(only, scenarioOfText(request, clusterInput(only.nodes), file))], warnings };
  }
  const chosen = request.cluster !== undefined ? chosenCluster(clusters, idle, request.cluster) : undefined;
  const union = unionInput(clusters);
  const spec = readScenarioText(
    request,
    union.nodes.map((n) => n.name),
    file,
  );
  const named = namedIn(spec);
  const ambiguous = ambiguity(clusters, named);
  if (ambiguous) throw ambiguous;
  // each node's part checked on it: a node unknown to every cluster is refused as with one cluster
  const problems = scenarioProblems(union, spec);
  if (problems.length > 0) throw new ScenarioTextError(problems.join('\n'), true);
  const clusterOf = (node: string) => clusters.find((c) => c.nodes.some((n) => n.name === node))!;
  if (chosen) {
    const outside = [...named].find((n) => !chosen.nodes.some((x) => x.name === n));
    if (outside !== undefined)
      throw new InputError(
        `the scenario names ${outside}, a node of another cluster (${describeElectionCluster(clusterOf(outside))}): --cluster ${request.cluster} previews ${describeElectionCluster(chosen)}`,
        true,
      );
    return { previews: [preview(chosen, spec)], warnings };
  }
  const touched = clusters.filter((c) => c.nodes.some((n) => named.has(n.name)));
  if (!request.single)
    return {
      previews: clusters.map((c) =>
        preview(
          c,
          scenarioPart(spec, (n) => c.nodes.some((x) => x.name === n)),
        ),
      ),
      warnings,
    };
  if (touched.length === 1) {
    const picked = touched[0]!;
    const note = `these nodes form ${clusters.length} separate clusters: previewing ${describeElectionCluster(picked)}, the one the scenario names (--cluster NODE chooses another)`;
    return { previews: [preview(picked, spec)], warnings: [...warnings, note] };
  }
  const because = touched.length > 1 ? `, and the scenario names nodes of ${touched.length} of them` : '';
  throw new InputError(
    `--format json prints one preview, and these nodes form ${clusters.length} separate clusters${because}: choose one with --cluster NODE (any node of it):\n${listed(clusters)}`,
    true,
  );
}
