/**
 * The election preview of a set of nodes, shared by `keepalived-lint election` and the server's
 * `keepalived/electionPreview` request: a scenario as the user gives it (nodes down or stopped,
 * trackers failing, interfaces down, a start order) becomes the model's Scenario and a timeline
 * plan, and the outcome is rendered once for every consumer (JSON, text, Markdown, Mermaid).
 * Pure: models in, data and text out.
 */
import type { ConfigModel } from '../analysis/model';
import type { Span } from '../issue';
import { describeAction } from '../election/explain';
import type { Action, ClusterInput, NodeInput, Scenario, TimelinePlan } from '../election/input';
import { stepJson, toElectionJson, type ElectionJson, type StepJson } from '../election/render/json';
import { splitBrainText } from '../election/splitBrain';
import { renderMarkdown } from '../election/render/markdown';
import { renderMermaid } from '../election/render/mermaid';
import { renderText, renderTimelineText } from '../election/render/text';
import type { ElectionResult, Timeline, TimelineStep, TrackerKind } from '../election/index';
import { resolveCluster, trackerLabel, type ResolvedNode } from '../election/resolve';
import { failAndReturnPlan, timeline } from '../election/timeline';
import { nodeInput } from '../election/fromConfig';

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
  /**
   * Seconds between the starts in startOrder. Default: each node once the one before has
   * settled; a small gap (≤ 0.05 s) is a near-simultaneous start, where the order can decide.
   */
  readonly startGap?: number;
  /**
   * Steps after the start (after the actions above, which form the first step when given), each
   * once the one before has settled; the outcome is the state after the last one.
   */
  readonly steps?: readonly (readonly Action[])[];
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
  /** The split brain after the scenario, in words (empty: none). */
  readonly splitBrain: readonly string[];
  /** Every step of the timeline as JSON (the default timeline goes on past the outcome). */
  readonly timelineSteps: readonly StepJson[];
}

/** The election model's input for named, analysed nodes. */
export function clusterInput(nodes: readonly { readonly name: string; readonly model: ConfigModel; readonly unknowns?: readonly Span[] }[]): ClusterInput {
  return { nodes: nodes.map((n) => nodeInput(n.model, n.name, n.unknowns)) };
}

/** The node as keepalived runs it (trackers it ignores are gone, weights corrected). */
function resolvedNode(n: NodeInput): ResolvedNode {
  return resolveCluster({ nodes: [n] }).nodes[0]!;
}

/** Trackers keepalived keeps on the node (those it ignores can neither fail nor be toggled). */
function trackerNames(n: NodeInput): Set<string> {
  return new Set(resolvedNode(n).instances.flatMap((i) => i.trackers.filter((t) => t.kind !== 'interface').map((t) => t.name)));
}

/** Why keepalived ignores a tracker the node's configuration names (undefined: it does not, or the node names no such tracker). */
function ignoredTracker(n: NodeInput, name: string): string | undefined {
  const inputs = n.instances.flatMap((i) => (i.trackers ?? []).filter((t) => t.name === name && t.kind !== 'interface'));
  if (inputs.length === 0 || trackerNames(n).has(name)) return undefined;
  const label = trackerLabel(inputs[0]!);
  return (
    resolvedNode(n)
      .instances.flatMap((i) => i.notes)
      .find((x) => x.startsWith(`${label} `) || x.startsWith(`${label}:`)) ?? `keepalived ignores ${label}`
  );
}

function interfaceNames(n: NodeInput): Set<string> {
  const out = new Set<string>();
  for (const i of resolvedNode(n).instances) {
    if (i.interface) out.add(i.interface);
    for (const t of i.trackers) if (t.kind === 'interface') out.add(t.name);
  }
  return out;
}

export function nodeInfo(n: NodeInput): PreviewNodeInfo {
  const trackers = new Map<string, { name: string; kind: TrackerKind; weight?: number; instances: string[] }>();
  for (const i of resolvedNode(n).instances) {
    for (const t of i.trackers) {
      if (t.kind === 'interface') continue; // toggled as "interface down"
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
  readonly step: string;
}

export const CLI_LABELS: ScenarioLabels = {
  down: '--down',
  stop: '--stop',
  fail: '--fail',
  linkDown: '--link-down',
  startOrder: '--start-order',
  step: '--step',
};

/** Why a node cannot have this tracker fail (it does not track it, or keepalived ignores it), or undefined. */
function trackerProblem(n: NodeInput, tracker: string): string | undefined {
  if (trackerNames(n).has(tracker)) return undefined;
  const ignored = ignoredTracker(n, tracker);
  if (ignored) return `${n.name} does not run '${tracker}': ${ignored}`;
  const have = [...trackerNames(n)];
  return `${n.name} does not track '${tracker}' (${have.length ? `it tracks ${have.join(', ')}` : 'it tracks nothing'})`;
}

function interfaceProblem(n: NodeInput, iface: string): string | undefined {
  if (interfaceNames(n).has(iface)) return undefined;
  return `${n.name} has no instance on or tracking interface '${iface}' (it uses ${[...interfaceNames(n)].join(', ') || 'none'})`;
}

/** What is wrong with one action of a step on this node (undefined: nothing). */
function actionProblem(n: NodeInput, a: Action): string | undefined {
  if (a.kind === 'fail' || a.kind === 'heal') return trackerProblem(n, a.tracker);
  if (a.kind === 'link-down' || a.kind === 'link-up') return interfaceProblem(n, a.interface);
  return undefined;
}

/**
 * What in the scenario the cluster does not have: unknown nodes, trackers a node does not track
 * (or that keepalived ignores), interfaces it does not use. The CLI refuses such a scenario; the
 * server drops those parts.
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
    const p = n && trackerProblem(n, f.tracker);
    if (p) out.push(`${labels.fail}: ${p}`);
  }
  for (const l of spec.linkDown ?? []) {
    const n = node(l.node, labels.linkDown);
    const p = n && interfaceProblem(n, l.interface);
    if (p) out.push(`${labels.linkDown}: ${p}`);
  }
  const seen = new Set<string>();
  for (const n of spec.startOrder ?? []) {
    node(n, labels.startOrder);
    if (seen.has(n)) out.push(`${labels.startOrder}: ${n} is named twice`);
    seen.add(n);
  }
  (spec.steps ?? []).forEach((step, k) => {
    for (const a of step) {
      const where = `${labels.step} ${k + 1} (${describeAction(a)})`;
      const n = node(a.node, where);
      const p = n && actionProblem(n, a);
      if (p) out.push(`${where}: ${p}`);
    }
  });
  return out;
}

/** The spec without the parts scenarioProblems finds (the server keeps stale toggles harmless). */
export function dropUnknown(cluster: ClusterInput, spec: ScenarioSpec): ScenarioSpec {
  const nodes = new Map(cluster.nodes.map((n) => [n.name, n] as const));
  const has = (n: string) => nodes.has(n);
  const gap = spec.startGap;
  return {
    down: (spec.down ?? []).filter(has),
    stop: (spec.stop ?? []).filter(has),
    fail: (spec.fail ?? []).filter((f) => has(f.node) && !trackerProblem(nodes.get(f.node)!, f.tracker)),
    linkDown: (spec.linkDown ?? []).filter((l) => has(l.node) && !interfaceProblem(nodes.get(l.node)!, l.interface)),
    startOrder: [...new Set((spec.startOrder ?? []).filter(has))],
    ...(gap !== undefined && Number.isFinite(gap) && gap >= 0 ? { startGap: gap } : {}),
    ...(spec.steps
      ? { steps: spec.steps.map((st) => st.filter((a) => has(a.node) && !actionProblem(nodes.get(a.node)!, a))).filter((st) => st.length > 0) }
      : {}),
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
  if (!spec.startOrder || spec.startOrder.length === 0) return 'all nodes start together';
  const gap = spec.startGap === undefined ? 'each once the one before has settled' : `${spec.startGap} s apart`;
  return `the nodes start in the order ${spec.startOrder.join(', ')} (${gap})`;
}

/** The scenario's steps after the start: the actions of --down/--stop/--fail/--link-down first, then each step. */
export function scenarioSteps(spec: ScenarioSpec): TimelineStep[] {
  const actions = scenarioActions(spec);
  return [...(actions.length ? [{ actions }] : []), ...(spec.steps ?? []).filter((s) => s.length > 0).map((s) => ({ actions: s }))];
}

export function describeScenario(spec: ScenarioSpec): string {
  const steps = scenarioSteps(spec);
  return [startWords(spec), ...steps.map((s) => `then ${s.actions.map(describeAction).join(', ')}`)].join('; ');
}

/** Run the model for a scenario (assumed valid: see scenarioProblems / dropUnknown). */
export function previewElection(cluster: ClusterInput, spec: ScenarioSpec = {}, title = 'Election preview'): ElectionPreview {
  const actions = scenarioActions(spec);
  const startOrder = spec.startOrder && spec.startOrder.length > 0 ? spec.startOrder : undefined;
  const startGap = startOrder ? spec.startGap : undefined;
  const steps = scenarioSteps(spec);
  const scenario: Scenario = { startOrder, startGap, actions, steps: (spec.steps ?? []).map((s) => ({ actions: s })) };
  let plan: TimelinePlan;
  if (steps.length === 0) {
    // the default timeline: the master fails and returns (the outcome is the start's)
    plan = failAndReturnPlan(cluster, { startOrder, startGap });
  } else if (spec.steps === undefined) {
    // the actions alone: the timeline goes on with everything recovering
    const back = actions.map(undo).filter((a): a is Action => a !== undefined);
    plan = {
      startOrder,
      startGap,
      steps: [{ actions }, ...(back.length ? [{ label: `all recover (${back.map(describeAction).join(', ')})`, actions: back }] : [])],
    };
  } else {
    plan = { startOrder, startGap, steps };
  }
  const tl = timeline(cluster, plan);
  const outcomeSteps = tl.steps.slice(0, steps.length + 1);
  const last = outcomeSteps[outcomeSteps.length - 1]!;
  const result: ElectionResult = { scenario, instances: last.instances, splitBrain: last.splitBrain, warnings: tl.warnings };
  const warnings = tl.warnings;
  const description = describeScenario(spec);
  const labels = tl.steps.map((s) => s.label).join(' → ');
  const text = [
    `Scenario: ${description}.`,
    '',
    renderText({ instances: result.instances, splitBrain: result.splitBrain, warnings }).trimEnd(),
    '',
    `Timeline (${labels}):`,
    renderTimelineText({ ...tl, warnings: [] }).trimEnd(),
    '',
  ].join('\n');
  return {
    cluster,
    scenario,
    actions,
    result,
    timeline: tl,
    json: toElectionJson(result, outcomeSteps),
    description,
    text,
    markdown: renderMarkdown({ instances: result.instances, splitBrain: result.splitBrain, warnings }, tl, title),
    mermaid: renderMermaid(tl),
    warnings,
    splitBrain: result.splitBrain.map(splitBrainText),
    timelineSteps: tl.steps.map(stepJson),
  };
}
