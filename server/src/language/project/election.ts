/**
 * The election preview over a project: which nodes take part (a Kolla deployment's hosts, the
 * document's node and the nodes sharing a virtual_router_id with it, or the files beside a
 * document outside every folder), and the model's answer for a scenario in the shape of the
 * `keepalived/electionPreview` request. Parts of a scenario the nodes do not have (a renamed
 * node, a removed tracker) are dropped and reported as warnings.
 */
import type { ClusterNode } from '../analysis/cluster';
import type { ClusterInput } from '../election/input';
import { clusterInput, dropUnknown, nodeInfo, previewElection, scenarioProblems, type ScenarioLabels } from '../features/electionPreview';
import { predictedRoles as rolesOf } from '../features/roles';
import type { ElectionAction, ElectionJson, ElectionPreviewNode, ElectionPreviewResult, ElectionScenario } from '../../shared/protocol';
import { clusterLabel, deploymentLabel, locate, type Deployment, type WorkspaceCluster, type WorkspaceFile, type WorkspaceModel } from './deployments';
import { vrrpNodes } from './nodes';
import type { FileResult } from './lint';
import type { ProjectService } from './service';

const LABELS: ScenarioLabels = {
  down: 'ignored crash',
  stop: 'ignored stop',
  fail: 'ignored failing check',
  linkDown: 'ignored interface down',
  startOrder: 'ignored start order',
  step: 'ignored step',
};

export interface ElectionOptions {
  /** A cluster of the Clusters view (its id), instead of the document's. */
  readonly clusterId?: string;
  /** The document's own result (a template's renderings, when the workspace does not hold it). */
  readonly fileResult?: FileResult;
}

export interface ElectionSelection {
  readonly source: ElectionPreviewResult['source'];
  readonly nodes: readonly ClusterNode[];
  /** Nodes without a file of their own (Kolla or a template renders them) → the file that renders them. */
  readonly rendered: ReadonlyMap<ClusterNode, string>;
  /** The cluster of the workspace model they are. */
  readonly cluster?: ElectionPreviewResult['cluster'];
}

const inFolder = (file: string, folder: string) => file === folder || file.startsWith(folder.endsWith('/') ? folder : `${folder}/`);

/** The cluster of the preview: the one asked for, the document's, else the first with two nodes or more. */
export function pickCluster(
  ws: WorkspaceModel,
  file: string | undefined,
  clusterId?: string,
): { deployment: Deployment; cluster: WorkspaceCluster } | undefined {
  const all = ws.deployments.flatMap((deployment) => deployment.clusters.map((cluster) => ({ deployment, cluster })));
  if (clusterId !== undefined) {
    const hit = all.find((x) => x.cluster.id === clusterId);
    if (hit) return hit;
  }
  if (file !== undefined) {
    const at = locate(ws, file);
    if (at?.cluster) return { deployment: at.deployment, cluster: at.cluster };
    if (at) return undefined;
  }
  return all.find((x) => x.cluster.nodes.length >= 2) ?? all[0];
}

/**
 * The nodes of the preview for the document `file` (none: the first cluster of the workspace),
 * or for the cluster `clusterId` (the Clusters view): exactly the nodes of one cluster of the
 * workspace model. A document outside every folder: the files beside it.
 */
export function electionNodes(
  service: ProjectService,
  ws: WorkspaceModel,
  file: string | undefined,
  folders: readonly string[],
  opts: ElectionOptions = {},
): ElectionSelection {
  // a template rendered for the hosts of an inventory, that the workspace does not hold: those hosts
  const hosts = opts.fileResult?.rendered?.nodes;
  if (file && hosts && !locate(ws, file)?.cluster) return { source: 'template', nodes: hosts, rendered: new Map(hosts.map((n) => [n, file] as const)) };
  if (file && !folders.some((f) => inFolder(file, f))) {
    const beside = service
      .filesBeside(file)
      .map((f) => service.readWorkspaceFile(f))
      .filter((m): m is WorkspaceFile => m !== undefined);
    const local = service.workspaceModel(beside, []);
    const at = pickCluster(local, file);
    return { source: 'folder', nodes: vrrpNodes(at?.cluster.nodes.map((n) => n.node) ?? []), rendered: new Map() };
  }
  const at = pickCluster(ws, file, opts.clusterId);
  if (!at) return { source: 'workspace', nodes: [], rendered: new Map() };
  const rendered = new Map<ClusterNode, string>();
  for (const n of at.cluster.nodes) if (n.rendered) rendered.set(n.node, n.rendered.source);
  return {
    source: at.deployment.kind === 'kolla' ? 'kolla' : at.deployment.kind === 'ansible' ? 'template' : 'workspace',
    nodes: vrrpNodes(at.cluster.nodes.map((n) => n.node)),
    rendered,
    cluster: { id: at.cluster.id, label: clusterLabel(at.cluster), deployment: deploymentLabel(at.deployment, folders) },
  };
}

/** Instance name → `predicted MASTER`, `predicted BACKUP (lb2 is MASTER)`... for the node of `file`, when other nodes of its cluster are known. */
export function predictedRoles(ws: WorkspaceModel, file: string): Map<string, string> {
  const at = locate(ws, file);
  if (!at?.cluster || !at.node) return new Map<string, string>();
  const members = vrrpNodes(at.cluster.nodes.map((n) => n.node));
  return members.includes(at.node.node) ? rolesOf(members, at.node.node.name) : new Map<string, string>();
}

/** A scenario from the wire, with every list present and holding strings only. */
function readScenario(raw: unknown): ElectionScenario {
  const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const strings = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
  const pairs = <K extends string>(v: unknown, key: K) =>
    (Array.isArray(v) ? (v as unknown[]) : []).filter((x): x is { node: string } & Record<K, string> => {
      if (typeof x !== 'object' || x === null) return false;
      const fields = x as Record<string, unknown>;
      return typeof fields.node === 'string' && typeof fields[key] === 'string';
    });
  return {
    down: strings(r.down),
    stop: strings(r.stop),
    fail: pairs(r.fail, 'tracker').map((x) => ({ node: x.node, tracker: x.tracker })),
    linkDown: pairs(r.linkDown, 'interface').map((x) => ({ node: x.node, interface: x.interface })),
    startOrder: strings(r.startOrder),
    ...(typeof r.startGap === 'number' && Number.isFinite(r.startGap) && r.startGap >= 0 ? { startGap: r.startGap } : {}),
    ...(Array.isArray(r.steps) ? { steps: r.steps.map(readStep) } : {}),
  };
}

/** One step from the wire: the well-formed actions only. */
function readStep(raw: unknown): ElectionAction[] {
  const out: ElectionAction[] = [];
  for (const x of Array.isArray(raw) ? raw : []) {
    const a = (typeof x === 'object' && x !== null ? x : {}) as Record<string, unknown>;
    const str = (k: string): string | undefined => {
      const v = a[k];
      return typeof v === 'string' ? v : undefined;
    };
    const node = str('node');
    if (node === undefined) continue;
    const kind = a.kind;
    const tracker = str('tracker');
    const iface = str('interface');
    if (kind === 'crash' || kind === 'stop' || kind === 'start' || kind === 'isolate' || kind === 'rejoin') out.push({ kind, node });
    else if ((kind === 'fail' || kind === 'heal') && tracker !== undefined) out.push({ kind, node, tracker });
    else if ((kind === 'link-down' || kind === 'link-up') && iface !== undefined) out.push({ kind, node, interface: iface });
  }
  return out;
}

/** Where a node's configuration is, for the page's links. */
export interface NodeFile {
  readonly file: string;
  readonly rendered?: boolean;
  readonly self?: boolean;
}

/**
 * The answer for nodes already read into the model's input (pure; `files` parallel to
 * cluster.nodes). Parts of `asked` the nodes do not have are dropped and become warnings.
 */
export function previewResult(
  source: ElectionPreviewResult['source'],
  cluster: ClusterInput,
  files: readonly NodeFile[],
  asked: unknown,
  of?: ElectionPreviewResult['cluster'],
): ElectionPreviewResult {
  const wanted = readScenario(asked);
  const spec = dropUnknown(cluster, wanted);
  const problems = scenarioProblems(cluster, wanted, LABELS);
  const preview = previewElection(cluster, spec);
  const nodes: ElectionPreviewNode[] = cluster.nodes.map((n, i) => ({ ...nodeInfo(n), ...files[i]! }));
  const json: ElectionJson = preview.json;
  return {
    source,
    ...(of ? { cluster: of } : {}),
    nodes,
    scenario: {
      down: spec.down ?? [],
      stop: spec.stop ?? [],
      fail: spec.fail ?? [],
      linkDown: spec.linkDown ?? [],
      startOrder: spec.startOrder ?? [],
      ...(spec.startGap !== undefined ? { startGap: spec.startGap } : {}),
      ...(spec.steps ? { steps: spec.steps } : {}),
    },
    description: preview.description,
    json,
    splitBrain: preview.splitBrain,
    details: preview.result.instances.map((i) => ({
      key: i.key,
      name: i.name,
      vrid: i.vrid,
      failover: i.failover,
      alsoMaster: i.alsoMaster,
      candidates: i.candidates,
      notes: i.notes,
      nodes: i.nodes.map((n) => ({ node: n.node, instance: n.instance, reason: n.reason, notes: n.notes })),
    })),
    text: preview.text,
    markdown: preview.markdown,
    mermaid: preview.mermaid,
    timeline: { steps: preview.timelineSteps, events: preview.timeline.events },
    warnings: [...problems, ...preview.warnings],
  };
}

/** The preview for a document (or none): the nodes of the workspace (see electionNodes), then previewResult. Node files are paths. */
export function electionPreview(
  service: ProjectService,
  ws: WorkspaceModel,
  file: string | undefined,
  folders: readonly string[],
  scenario: unknown,
  opts: ElectionOptions = {},
): ElectionPreviewResult {
  const sel = electionNodes(service, ws, file, folders, opts);
  const files = sel.nodes.map((n): NodeFile => {
    const rendered = sel.rendered.get(n);
    if (rendered) return { file: rendered, rendered: true };
    return { file: n.model.parsed.entry, ...(file && (n.model.parsed.entry === file || n.model.parsed.files.has(file)) ? { self: true } : {}) };
  });
  return previewResult(sel.source, clusterInput(sel.nodes), files, scenario, sel.cluster);
}
