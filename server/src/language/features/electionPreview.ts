/**
 * The election preview of a set of nodes, shared by `keepalived-lint election` and the server's
 * `keepalived/electionPreview` request: a scenario as the user gives it (nodes down or stopped,
 * trackers failing, interfaces down, a start order) becomes the model's Scenario and a timeline
 * plan, and the outcome is rendered once for every consumer (JSON, text, Markdown, Mermaid).
 * Pure: models in, data and text out.
 */
import type { ConfigModel } from '../analysis/model';
import { describeAction } from '../election/explain';
import type { Action, ClusterInput, NodeInput, Scenario, TimelinePlan } from '../election/input';
import { toElectionJson, type ElectionJson } from '../election/render/json';
import { renderMarkdown } from '../election/render/markdown';
import { renderMermaid } from '../election/render/mermaid';
import { renderText, renderTimelineText } from '../election/render/text';
import type { ElectionResult, Timeline, TrackerKind } from '../election/index';
import { elect, failAndReturnPlan, timeline } from '../election/timeline';
import { nodeInput } from './electionInput';

/** What happens in the scenario; every field optional (the default: all nodes start together). */
export interface ScenarioSpec {
  /** Nodes that crash (SIGKILL, power loss: no priority-0 advert). */
  readonly down?: readonly string[];
  /** Nodes that stop gracefully (a MASTER sends priority 0 first). */
  readonly stop?: readonly string[];
  /** Tracked scripts/files/processes/interfaces/BFD sessions that start failing on a node. */
  readonly fail?: readonly { readonly node: string; readonly tracker: string }[];
  /** Interfaces that go down on a node. */
  readonly linkDown?: readonly { readonly node: string; readonly interface: string }[];
  /** The order keepalived starts on the nodes, earliest first (default: all together). */
  readonly startOrder?: readonly string[];
}

/** One node's handles for a scenario: what can fail on it. */
export interface PreviewNodeInfo {
  readonly name: string;
  readonly instances: readonly string[];
  readonly trackers: readonly { readonly name: string; readonly kind: TrackerKind; readonly weight?: number; readonly instances: readonly string[] }[];
  /** The interfaces its instances run on or track. */
  readonly interfaces: readonly string[];
}

export interface ElectionPreview {
  readonly cluster: ClusterInput;
  readonly scenario: Scenario;
  /** The scenario's actions (empty: the default scenario). */
  readonly actions: readonly Action[];
  /** Who is MASTER after the scenario. */
  readonly result: ElectionResult;
  /** Default scenario: start all, the master fails, the master returns; else start, the actions, recovery. */
  readonly timeline: Timeline;
  readonly json: ElectionJson;
  /** The scenario in words (`all nodes start together; then chk_haproxy fails on node1`). */
  readonly description: string;
  /** Terminal text: the scenario, a table per virtual router, the timeline. */
  readonly text: string;
  readonly markdown: string;
  readonly mermaid: string;
  /** The model's warnings (result and timeline, without repeats). */
  readonly warnings: readonly string[];
}

/** The election model's input for named, analysed nodes. */
export function clusterInput(nodes: readonly { readonly name: string; readonly model: ConfigModel }[]): ClusterInput {
  return { nodes: nodes.map((n) => nodeInput(n.model, n.name)) };
}

function trackerNames(n: NodeInput): Set<string> {
  return new Set(n.instances.flatMap((i) => (i.trackers ?? []).map((t) => t.name)));
}

function interfaceNames(n: NodeInput): Set<string> {
  const out = new Set<string>();
  for (const i of n.instances) {
    if (i.interface) out.add(i.interface);
    for (const t of i.trackers ?? []) if (t.kind === 'interface') out.add(t.name);
  }
  return out;
}

export function nodeInfo(n: NodeInput): PreviewNodeInfo {
  const trackers = new Map<string, { name: string; kind: TrackerKind; weight?: number; instances: string[] }>();
  for (const i of n.instances) {
    for (const t of i.trackers ?? []) {
      const e = trackers.get(t.name) ?? { name: t.name, kind: t.kind, weight: t.weight, instances: [] };
      if (!e.instances.includes(i.name)) e.instances.push(i.name);
      trackers.set(t.name, e);
    }
  }
  return { name: n.name, instances: n.instances.map((i) => i.name), trackers: [...trackers.values()], interfaces: [...interfaceNames(n)] };
}

/** How the parts of a scenario are named in messages (the CLI's options by default). */
export interface ScenarioLabels {
  readonly down: string;
  readonly stop: string;
  readonly fail: string;
  readonly linkDown: string;
  readonly startOrder: string;
}

export const CLI_LABELS: ScenarioLabels = { down: '--down', stop: '--stop', fail: '--fail', linkDown: '--link-down', startOrder: '--start-order' };

/**
 * What in the scenario the cluster does not have: unknown nodes, trackers a node does not track,
 * interfaces it does not use. The CLI refuses such a scenario; the server drops those parts.
 */
export function scenarioProblems(cluster: ClusterInput, spec: ScenarioSpec, labels: ScenarioLabels = CLI_LABELS): string[] {
  const nodes = new Map(cluster.nodes.map((n) => [n.name, n] as const));
  const list = [...nodes.keys()].join(', ') || 'none';
  const out: string[] = [];
  const node = (name: string, where: string): NodeInput | undefined => {
    const n = nodes.get(name);
    if (!n) out.push(`${where}: there is no node '${name}' (nodes: ${list})`);
    return n;
  };
  for (const n of spec.down ?? []) node(n, labels.down);
  for (const n of spec.stop ?? []) node(n, labels.stop);
  for (const f of spec.fail ?? []) {
    const n = node(f.node, labels.fail);
    if (n && !trackerNames(n).has(f.tracker)) {
      const have = [...trackerNames(n)];
      out.push(`${labels.fail}: ${f.node} does not track '${f.tracker}' (${have.length ? `it tracks ${have.join(', ')}` : 'it tracks nothing'})`);
    }
  }
  for (const l of spec.linkDown ?? []) {
    const n = node(l.node, labels.linkDown);
    if (n && !interfaceNames(n).has(l.interface))
      out.push(
        `${labels.linkDown}: ${l.node} has no instance on or tracking interface '${l.interface}' (it uses ${[...interfaceNames(n)].join(', ') || 'none'})`,
      );
  }
  const seen = new Set<string>();
  for (const n of spec.startOrder ?? []) {
    node(n, labels.startOrder);
    if (seen.has(n)) out.push(`${labels.startOrder}: ${n} is named twice`);
    seen.add(n);
  }
  return out;
}

/** The spec without the parts scenarioProblems finds (the server keeps stale toggles harmless). */
export function dropUnknown(cluster: ClusterInput, spec: ScenarioSpec): ScenarioSpec {
  const nodes = new Map(cluster.nodes.map((n) => [n.name, n] as const));
  const has = (n: string) => nodes.has(n);
  return {
    down: (spec.down ?? []).filter(has),
    stop: (spec.stop ?? []).filter(has),
    fail: (spec.fail ?? []).filter((f) => has(f.node) && trackerNames(nodes.get(f.node)!).has(f.tracker)),
    linkDown: (spec.linkDown ?? []).filter((l) => has(l.node) && interfaceNames(nodes.get(l.node)!).has(l.interface)),
    startOrder: [...new Set((spec.startOrder ?? []).filter(has))],
  };
}

export function scenarioActions(spec: ScenarioSpec): Action[] {
  return [
    ...(spec.fail ?? []).map((f): Action => ({ kind: 'fail', node: f.node, tracker: f.tracker })),
    ...(spec.linkDown ?? []).map((l): Action => ({ kind: 'link-down', node: l.node, interface: l.interface })),
    ...(spec.stop ?? []).map((node): Action => ({ kind: 'stop', node })),
    ...(spec.down ?? []).map((node): Action => ({ kind: 'crash', node })),
  ];
}

/** The action that undoes another (a node starts again, a check recovers, a link comes up). */
function undo(a: Action): Action | undefined {
  switch (a.kind) {
    case 'crash':
    case 'stop':
      return { kind: 'start', node: a.node };
    case 'fail':
      return { kind: 'heal', node: a.node, tracker: a.tracker };
    case 'link-down':
      return { kind: 'link-up', node: a.node, interface: a.interface };
    case 'isolate':
      return { kind: 'rejoin', node: a.node };
    default:
      return undefined;
  }
}

function startWords(spec: ScenarioSpec): string {
  return spec.startOrder && spec.startOrder.length > 0 ? `the nodes start in the order ${spec.startOrder.join(', ')}` : 'all nodes start together';
}

export function describeScenario(spec: ScenarioSpec): string {
  const actions = scenarioActions(spec);
  return actions.length ? `${startWords(spec)}; then ${actions.map(describeAction).join(', ')}` : startWords(spec);
}

/** Run the model for a scenario (assumed valid: see scenarioProblems / dropUnknown). */
export function previewElection(cluster: ClusterInput, spec: ScenarioSpec = {}, title = 'Election preview'): ElectionPreview {
  const actions = scenarioActions(spec);
  const startOrder = spec.startOrder && spec.startOrder.length > 0 ? spec.startOrder : undefined;
  const scenario: Scenario = { startOrder, actions };
  const result = elect(cluster, scenario);
  let plan: TimelinePlan;
  if (actions.length === 0) {
    plan = failAndReturnPlan(cluster, { startOrder });
  } else {
    const back = actions.map(undo).filter((a): a is Action => a !== undefined);
    plan = {
      startOrder,
      steps: [{ actions }, ...(back.length ? [{ label: `all recover (${back.map(describeAction).join(', ')})`, actions: back }] : [])],
    };
  }
  const tl = timeline(cluster, plan);
  const warnings = [...new Set([...result.warnings, ...tl.warnings])];
  const description = describeScenario(spec);
  const steps = tl.steps.map((s) => s.label).join(' → ');
  const text = [
    `Scenario: ${description}.`,
    '',
    renderText({ instances: result.instances, warnings }).trimEnd(),
    '',
    `Timeline (${steps}):`,
    renderTimelineText({ ...tl, warnings: [] }).trimEnd(),
    '',
  ].join('\n');
  return {
    cluster,
    scenario,
    actions,
    result,
    timeline: tl,
    json: toElectionJson(result),
    description,
    text,
    markdown: renderMarkdown({ instances: result.instances, warnings }, tl, title),
    mermaid: renderMermaid(tl),
    warnings,
  };
}
