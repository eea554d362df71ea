/**
 * Turns a plan (start, then steps of actions) into timed inputs for each virtual router's run:
 * node starts and stops, and the node conditions (failing checks, links down) as evaluations,
 * with each check's detection delay applied.
 */

import type { Action, TimelinePlan } from './input';
import { evaluateNode, type Evaluation } from './priority';
import type { ResolvedCluster, ResolvedNode, Segment } from './resolve';
import type { SimInput } from './sim';
import { detectionWindow, masterDownInterval, START_JITTER, START_LATENCY, startSettleTime, STOP_LATENCY } from './timing';

export type DetectMode = 'min' | 'mid' | 'max';

export interface RunChoices {
  /** Start time per node (absent: the plan's own order/interval). */
  readonly startTimes?: ReadonlyMap<string, number>;
  /** Times of steps 1..K (index 0 unused: the start is at 0). */
  readonly stepTimes: readonly number[];
  /** Which point of each action's delay window (start-up, shutdown, check detection) to use. */
  readonly detect: DetectMode;
  /** Use `detect` only for this step (0: the start), the middle of the windows elsewhere. */
  readonly detectStep?: number;
}

export interface SegmentInputs {
  readonly initial: readonly Evaluation[];
  readonly inputs: readonly SimInput[];
}

interface MutableConditions {
  failing: Map<string, number>;
  linksDown: Set<string>;
}

const clone = (c: MutableConditions): MutableConditions => ({ failing: new Map(c.failing), linksDown: new Set(c.linksDown) });

/** Seconds between ordered starts: the plan's gap, else long enough for each node to settle. */
export function startGap(rc: ResolvedCluster, plan: Pick<TimelinePlan, 'startGap'>): number {
  if (plan.startGap !== undefined && Number.isFinite(plan.startGap) && plan.startGap >= 0) return plan.startGap;
  return startSettleTime(rc.nodes.flatMap((n) => n.instances));
}

/** Start times of the plan: in startOrder, startGap apart; everyone else together at 0 (or after the ordered ones). */
export function planStartTimes(rc: ResolvedCluster, plan: TimelinePlan): Map<string, number> {
  const absent = new Set(plan.absent ?? []);
  const out = new Map<string, number>();
  const order = plan.startOrder ?? [];
  const interval = order.length > 0 ? startGap(rc, plan) : 0;
  let k = 0;
  for (const name of order) if (!absent.has(name) && !out.has(name) && rc.nodes.some((n) => n.name === name)) out.set(name, k++ * interval);
  for (const n of rc.nodes) if (!absent.has(n.name) && !out.has(n.name)) out.set(n.name, order.length > 0 ? k++ * interval : 0);
  return out;
}

/** Longest master-down interval and advert interval in the cluster, and the longest preempt delay. */
function clusterTimes(rc: ResolvedCluster): { md: number; adv: number; delay: number } {
  let md = 0;
  let adv = 0;
  let delay = 0;
  for (const n of rc.nodes)
    for (const i of n.instances) {
      md = Math.max(md, masterDownInterval(1, i));
      adv = Math.max(adv, i.advertInt);
      delay = Math.max(delay, i.preemptDelay);
    }
  return { md, adv, delay };
}

function trackerOf(node: ResolvedNode | undefined, name: string) {
  for (const i of node?.instances ?? []) for (const t of i.trackers) if (t.name === name) return t;
  return undefined;
}

const pick = (w: { min: number; max: number }, mode: DetectMode) => (mode === 'min' ? w.min : mode === 'max' ? w.max : (w.min + w.max) / 2);

/**
 * Seconds until an action takes effect (the window's min or max end): keepalived's start-up or
 * shutdown latency, or the detection of a check.
 */
export function actionDelay(rc: ResolvedCluster, a: Action, mode: DetectMode): number {
  if (a.kind === 'start') return pick(START_LATENCY, mode);
  if (a.kind === 'stop') return pick(STOP_LATENCY, mode);
  if (a.kind !== 'fail' && a.kind !== 'heal') return 0;
  const t = trackerOf(
    rc.nodes.find((n) => n.name === a.node),
    a.tracker,
  );
  if (!t) return 0;
  return pick(detectionWindow(t.kind, t, a.kind), mode);
}

/** How long to watch after a step so that everything it causes has happened. */
export function settleTime(rc: ResolvedCluster, actions: readonly Action[], startSpan = 0): number {
  const { md, adv, delay } = clusterTimes(rc);
  const detect = Math.max(0, ...actions.map((a) => actionDelay(rc, a, 'max')));
  return Math.ceil(startSpan + detect + delay + 2 * md + 2 * adv);
}

/** Nominal step times: each step once the previous one has settled. Returns [0, T1, ..., TK] and the end. */
export function planTimes(rc: ResolvedCluster, plan: TimelinePlan): { times: number[]; end: number[] } {
  const starts = [...planStartTimes(rc, plan).values()];
  const times = [0];
  const end = [settleTime(rc, [], Math.max(START_JITTER, ...starts))];
  for (const s of plan.steps) {
    const t = end[end.length - 1]!;
    times.push(t);
    end.push(t + settleTime(rc, s.actions));
  }
  return { times, end };
}

function applyCondition(c: MutableConditions, a: Action): void {
  if (a.kind === 'fail') c.failing.set(a.tracker, a.value ?? 1);
  else if (a.kind === 'heal') c.failing.delete(a.tracker);
  else if (a.kind === 'link-down') c.linksDown.add(a.interface);
  else if (a.kind === 'link-up') c.linksDown.delete(a.interface);
}

const isCondition = (a: Action) => a.kind === 'fail' || a.kind === 'heal' || a.kind === 'link-down' || a.kind === 'link-up';

/** evaluateNode is pure: remember its results per node and condition state. */
const evalCache = new WeakMap<ResolvedNode, Map<string, Map<string, Evaluation>>>();

function evaluateCached(n: ResolvedNode, c: MutableConditions): Map<string, Evaluation> {
  const key = JSON.stringify([[...c.failing].sort(), [...c.linksDown].sort()]);
  let byKey = evalCache.get(n);
  if (!byKey) evalCache.set(n, (byKey = new Map<string, Map<string, Evaluation>>()));
  let e = byKey.get(key);
  if (!e) byKey.set(key, (e = evaluateNode(n, c)));
  return e;
}

/** Timed inputs for the segments of the cluster, built per segment on first use. */
export function buildInputs(rc: ResolvedCluster, plan: TimelinePlan, choices: RunChoices): (seg: Segment) => SegmentInputs {
  const conds = new Map<string, MutableConditions>(rc.nodes.map((n) => [n.name, { failing: new Map(), linksDown: new Set() }]));
  const nodeInputs: SimInput[] = [];
  for (const a of plan.initial ?? []) {
    const c = conds.get(a.node);
    if (c && isCondition(a)) applyCondition(c, a);
    else if (a.kind === 'isolate') nodeInputs.push({ t: -1, kind: 'isolate', node: a.node });
  }
  const initialEvals = new Map<string, Map<string, Evaluation>>(rc.nodes.map((n) => [n.name, evaluateCached(n, conds.get(n.name)!)]));

  const fatal = new Set(rc.nodes.filter((n) => n.fatal).map((n) => n.name));
  const starts = choices.startTimes ?? planStartTimes(rc, plan);
  const modeFor = (step: number): DetectMode => (choices.detectStep === undefined || choices.detectStep === step ? choices.detect : 'mid');
  const latency = pick(START_LATENCY, modeFor(0));
  for (const [node, t] of starts) if (!fatal.has(node)) nodeInputs.push({ t: t + latency, kind: 'start', node });

  const changes: { t: number; seq: number; a: Action }[] = [];
  plan.steps.forEach((s, k) => {
    const at = choices.stepTimes[k + 1];
    if (at === undefined) return;
    for (const a of s.actions) {
      const delay = actionDelay(rc, a, modeFor(k + 1));
      if (isCondition(a)) changes.push({ t: at + delay, seq: changes.length, a });
      else if (a.kind === 'start' && fatal.has(a.node)) continue;
      else nodeInputs.push({ t: at + delay, kind: a.kind as 'start', node: a.node });
    }
  });
  changes.sort((x, y) => x.t - y.t || x.seq - y.seq);
  const condInputs: { t: number; node: string; evals: Map<string, Evaluation> }[] = [];
  for (const ch of changes) {
    const node = rc.nodes.find((n) => n.name === ch.a.node);
    const c = conds.get(ch.a.node);
    if (!node || !c) continue;
    const next = clone(c);
    applyCondition(next, ch.a);
    conds.set(node.name, next);
    condInputs.push({ t: ch.t, node: node.name, evals: evaluateCached(node, next) });
  }

  const out = new Map<string, SegmentInputs>();
  return (seg) => {
    let r = out.get(seg.key);
    if (!r) out.set(seg.key, (r = segmentInputs(seg, initialEvals, nodeInputs, condInputs)));
    return r;
  };
}

function segmentInputs(
  seg: Segment,
  initialEvals: Map<string, Map<string, Evaluation>>,
  nodeInputs: readonly SimInput[],
  condInputs: readonly { t: number; node: string; evals: Map<string, Evaluation> }[],
): SegmentInputs {
  const members = new Map(seg.members.map((m) => [m.node, m] as const));
  const initial = seg.members.map((m) => initialEvals.get(m.node)!.get(m.name)!);
  const inputs: SimInput[] = nodeInputs.filter((i) => members.has(i.node));
  for (const c of condInputs) {
    const m = members.get(c.node);
    if (m) inputs.push({ t: c.t, kind: 'conditions', node: c.node, evaluation: c.evals.get(m.name)! });
  }
  // stable sort: at the same time, node events (start, stop...) before condition changes
  return {
    initial,
    inputs: inputs
      .map((x, k) => ({ x, k }))
      .sort((a, b) => a.x.t - b.x.t || a.k - b.k)
      .map((p) => p.x),
  };
}
