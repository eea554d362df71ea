/**
 * `keepalived/electionPreview`: the election model over the workspace's nodes for the client's
 * preview panel. The nodes are
 *   - with a Kolla-Ansible deployment (keepalived.kolla.globals, or etc/kolla/globals.yml in a
 *     folder): Kolla's hosts, each with its custom keepalived.conf or the one Kolla renders;
 *   - else the workspace's node files (clusterMembers), narrowed to the document's node and the
 *     nodes sharing a VRID with it when the request names a document;
 *   - for a document outside every workspace folder: the keepalived files beside it (lb1.conf
 *     next to lb2.conf, or <host>/keepalived.conf next to <other>/keepalived.conf).
 * Parts of the scenario the nodes do not have (a renamed node, a removed tracker) are dropped
 * and reported as warnings. Through runSafe: errors are logged, cancellation is honoured.
 */
import * as fs from 'node:fs';
import * as nodePath from 'node:path';
import { ErrorCodes, LSPErrorCodes, RequestType, ResponseError, type Connection } from 'vscode-languageserver/node';
import type { ClusterNode } from '../language/analysis/cluster';
import type { ConfigModel } from '../language/analysis/model';
import { clusterInput, dropUnknown, nodeInfo, previewElection, scenarioProblems, type ScenarioLabels } from '../language/features/electionPreview';
import type { ClusterMember } from '../language/features/roles';
import type { ClusterInput } from '../language/election/input';
import { loadKollaContext } from '../language/kolla/index';
import { nodeNames } from '../language/workspace/index';
import { lintKolla } from '../language/workspace/kolla';
import { isKeepalivedFile } from '../host/discover';
import {
  ELECTION_PREVIEW_REQUEST,
  type ElectionJson,
  type ElectionPreviewNode,
  type ElectionPreviewParams,
  type ElectionPreviewResult,
  type ElectionScenario,
  type ElectionAction,
} from '../shared/protocol';
import { clusterMembers } from './cluster';
import { uriToPath } from './convert';
import { runSafe } from './runner';
import type { Workspace } from './workspace';
import { kollaPaths } from './workspaceIssues';

export const ElectionPreviewRequest = new RequestType<ElectionPreviewParams, ElectionPreviewResult, void>(ELECTION_PREVIEW_REQUEST);

const LABELS: ScenarioLabels = {
  down: 'ignored crash',
  stop: 'ignored stop',
  fail: 'ignored failing check',
  linkDown: 'ignored interface down',
  startOrder: 'ignored start order',
  step: 'ignored step',
};
/** Most files read beside a document outside the workspace. */
const MAX_BESIDE = 200;

interface Selection {
  readonly source: ElectionPreviewResult['source'];
  readonly nodes: readonly ClusterNode[];
  /** Nodes without a file of their own (Kolla renders them) → the file that stands for them. */
  readonly rendered: ReadonlyMap<ClusterNode, string>;
}

const inFolder = (file: string, folder: string) => file === folder || file.startsWith(folder.endsWith('/') ? folder : `${folder}/`);

/** Roots (files no other one includes) that hold VRRP instances, named as the CLI names them. */
function rootsOf(models: readonly ConfigModel[]): ClusterMember[] {
  const included = new Set<string>();
  for (const m of models) for (const p of m.parsed.files.keys()) if (p !== m.parsed.entry) included.add(p);
  const roots = models.filter((m) => !included.has(m.parsed.entry) && m.instances.length > 0);
  const names = nodeNames(roots.map((m) => m.parsed.entry));
  return roots.map((model, i) => ({ name: names[i]!, model }));
}

function listDir(dir: string): string[] {
  try {
    return fs.readdirSync(dir).map((n) => nodePath.join(dir, n));
  } catch {
    return [];
  }
}

/** Keepalived files beside `file` (and, for <host>/keepalived.conf, the other hosts' ones). */
function filesBeside(file: string): string[] {
  const dir = nodePath.dirname(file);
  const out = new Set<string>([file]);
  const isFile = (p: string) => {
    try {
      return fs.statSync(p).isFile();
    } catch {
      return false;
    }
  };
  for (const p of listDir(dir)) if (out.size < MAX_BESIDE && isFile(p) && isKeepalivedFile(p)) out.add(p);
  if (nodePath.basename(file) === 'keepalived.conf') {
    for (const d of listDir(nodePath.dirname(dir))) {
      const p = nodePath.join(d, 'keepalived.conf');
      if (out.size < MAX_BESIDE && isFile(p)) out.add(p);
    }
  }
  return [...out];
}

function owns(model: ConfigModel, file: string): boolean {
  return model.parsed.entry === file || model.parsed.files.has(file);
}

/** The nodes of the preview (see the module comment). */
function selectNodes(workspace: Workspace, file: string | undefined, isCancelled: () => boolean): Selection {
  const folders = workspace.workspaceFolders();
  if (file && !folders.some((f) => inFolder(file, f))) {
    const models = filesBeside(file)
      .map((f) => workspace.analyseFile(f))
      .filter((m): m is ConfigModel => m !== undefined);
    return { source: 'folder', nodes: rootsOf(models), rendered: new Map() };
  }
  const members = clusterMembers(workspace, isCancelled);
  const paths = kollaPaths(workspace);
  if (paths) {
    const host = workspace.fileHost();
    const k = lintKolla(loadKollaContext(host, paths, {}), members, { clusterOnly: [] });
    return { source: 'kolla', nodes: k.nodes, rendered: new Map(k.rendered.map((r) => [r.node, paths.globals] as const)) };
  }
  const self = file ? members.find((m) => owns(m.model, file)) : undefined;
  if (!self) return { source: 'workspace', nodes: members, rendered: new Map() };
  // the document's node and those sharing a virtual_router_id with it
  const vrids = new Set(self.model.instances.map((i) => i.vrid).filter((v) => v !== undefined));
  const peers = members.filter((m) => m === self || m.model.instances.some((i) => i.vrid !== undefined && vrids.has(i.vrid)));
  return { source: 'workspace', nodes: peers, rendered: new Map() };
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
): ElectionPreviewResult {
  const wanted = readScenario(asked);
  const spec = dropUnknown(cluster, wanted);
  const problems = scenarioProblems(cluster, wanted, LABELS);
  const preview = previewElection(cluster, spec);
  const nodes: ElectionPreviewNode[] = cluster.nodes.map((n, i) => ({ ...nodeInfo(n), ...files[i]! }));
  const json: ElectionJson = preview.json;
  return {
    source,
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

/** The preview for a request: the nodes of the workspace (see the module comment), then previewResult. */
export function electionPreview(workspace: Workspace, params: ElectionPreviewParams, isCancelled: () => boolean = () => false): ElectionPreviewResult {
  // only documents on disk have neighbours and a node name (untitled: and others stand for no node)
  const file = typeof params.uri === 'string' && params.uri.startsWith('file:') ? uriToPath(params.uri) : undefined;
  const sel = selectNodes(workspace, file, isCancelled);
  const files = sel.nodes.map((n): NodeFile => {
    const rendered = sel.rendered.get(n);
    if (rendered) return { file: workspace.uriOf(rendered), rendered: true };
    return { file: workspace.uriOf(n.model.parsed.entry), ...(file && owns(n.model, file) ? { self: true } : {}) };
  });
  return previewResult(sel.source, clusterInput(sel.nodes), files, params.scenario);
}

export function registerElectionPreview(connection: Connection, workspace: Workspace): void {
  connection.onRequest(ElectionPreviewRequest, (params, token) => {
    const failed = new ResponseError<void>(ErrorCodes.InternalError, 'The election preview failed; see the Keepalived output.');
    const r = runSafe<ElectionPreviewResult | ResponseError<void>>(
      connection,
      () => {
        const result = electionPreview(workspace, params, () => token.isCancellationRequested);
        return token.isCancellationRequested ? new ResponseError<void>(LSPErrorCodes.RequestCancelled, 'Request cancelled') : result;
      },
      failed,
      'election preview',
      token,
    );
    return r;
  });
}
