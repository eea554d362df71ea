/** Scenarios and timelines: the public entry points of the model. */

import { evaluatePlan, type PlanEvaluation } from './elect';
import { describeAction, outcomeOf } from './explain';
import type { Action, ClusterInput, Scenario, TimelinePlan } from './input';
import type { ElectionResult, Timeline, TimelineEvent } from './result';
import { mainMaster, snapshotAt } from './run';
import { startGap } from './schedule';
import { splitBrainOf } from './splitBrain';
import type { MasterCause } from './sim';
import { fmt } from './timing';

function scenarioPlan(s: Scenario): TimelinePlan {
  return {
    absent: s.absent,
    startOrder: s.startOrder,
    startGap: s.startGap,
    initial: s.initial,
    steps: [...(s.actions && s.actions.length > 0 ? [{ actions: s.actions }] : []), ...(s.steps ?? [])],
  };
}

/** Who is MASTER of each virtual router after the scenario, why, and how long the failover takes. */
export function elect(cluster: ClusterInput, scenario: Scenario = {}): ElectionResult {
  const pe = evaluatePlan(cluster, scenarioPlan(scenario));
  const last = pe.steps[pe.steps.length - 1]!;
  return { scenario, instances: last.map((ev) => outcomeOf(pe, ev)), splitBrain: splitBrainOf(pe.rc, last), warnings: planWarnings(pe) };
}

/** References in the plan that the cluster does not have. */
function planWarnings(pe: PlanEvaluation): string[] {
  const nodes = new Map(pe.rc.nodes.map((n) => [n.name, n] as const));
  const out: string[] = [];
  const node = (name: string, where: string) => {
    if (!nodes.has(name)) out.push(`${where}: there is no node ${name}`);
    return nodes.get(name);
  };
  for (const n of pe.plan.startOrder ?? []) node(n, 'start order');
  for (const n of pe.plan.absent ?? []) node(n, 'absent');
  const actions = [...(pe.plan.initial ?? []), ...pe.plan.steps.flatMap((s) => s.actions)];
  for (const a of actions) {
    const n = node(a.node, describeAction(a));
    if (n && (a.kind === 'fail' || a.kind === 'heal') && !n.instances.some((i) => i.trackers.some((t) => t.name === a.tracker))) {
      out.push(`${describeAction(a)}: ${a.node} does not track ${a.tracker} (or keepalived ignores its weight)`);
    }
  }
  return [...new Set(out)];
}

/** Runs a plan and reports each step's settled outcome plus every state change on the way. */
export function timeline(cluster: ClusterInput, plan: TimelinePlan): Timeline {
  const pe = evaluatePlan(cluster, plan);
  const steps = pe.steps.map((evs, k) => ({
    label: k === 0 ? startLabel(pe) : (plan.steps[k - 1]!.label ?? plan.steps[k - 1]!.actions.map(describeAction).join(', ')),
    at: pe.times[k]!,
    actions: k === 0 ? [] : plan.steps[k - 1]!.actions,
    instances: evs.map((ev) => outcomeOf(pe, ev)),
    splitBrain: splitBrainOf(pe.rc, evs),
  }));
  return { steps, events: timelineEvents(pe), warnings: planWarnings(pe) };
}

function startLabel(pe: PlanEvaluation): string {
  const plan = pe.plan;
  if (plan.startOrder && plan.startOrder.length > 0) {
    const gap = startGap(pe.rc, plan);
    return `start in order ${plan.startOrder.join(', ')}, ${fmt(gap)} s apart${plan.startGap === undefined ? ' (each once the one before has settled)' : ''}`;
  }
  return plan.absent && plan.absent.length > 0 ? `start all but ${plan.absent.join(', ')}` : 'start all';
}

export interface FailAndReturnOptions {
  /** crash (default: SIGKILL, no priority-0 advert) or stop (graceful). */
  readonly how?: 'crash' | 'stop';
  /** The virtual router whose master fails: instance name or segment key. Default: the first with a master. */
  readonly instance?: string;
  readonly startOrder?: readonly string[];
  readonly startGap?: number;
  readonly absent?: readonly string[];
}

/** The plan "start all, the master fails, the master returns" for the chosen virtual router. */
export function failAndReturnPlan(cluster: ClusterInput, opts: FailAndReturnOptions = {}): TimelinePlan {
  const startPlan: TimelinePlan = { startOrder: opts.startOrder, startGap: opts.startGap, absent: opts.absent, steps: [] };
  const pe = evaluatePlan(cluster, startPlan);
  const segs = pe.rc.segments;
  const candidates = opts.instance ? segs.filter((s) => s.key === opts.instance || s.members.some((m) => m.name === opts.instance)) : segs;
  let master: string | undefined;
  for (const seg of candidates) {
    master = mainMaster(snapshotAt(pe.base(seg), pe.ends[0]!)).master?.node;
    if (master) break;
  }
  if (!master) return startPlan;
  const fail: Action = { kind: opts.how ?? 'crash', node: master };
  return {
    ...startPlan,
    steps: [
      { label: `${master} (master) ${opts.how === 'stop' ? 'stops gracefully' : 'crashes'}`, actions: [fail] },
      { label: `${master} returns`, actions: [{ kind: 'start', node: master }] },
    ],
  };
}

const causeWords: Record<MasterCause, string> = {
  owner: 'address owner, at once',
  start: 'master-down timer ran out',
  alone: 'master-down timer ran out, no other node running',
  unheard: 'master-down timer ran out, it does not hear the others',
  silence: 'no advert from the master: master-down timer ran out',
  preempt: 'preempts the lower-priority master',
  priority0: 'master resigned (priority 0), skew ran out',
  'fault-cleared': 'left FAULT, master-down timer ran out',
};

function timelineEvents(pe: PlanEvaluation): TimelineEvent[] {
  const out: TimelineEvent[] = [];
  pe.plan.steps.forEach((s, k) => {
    for (const a of s.actions) out.push({ t: pe.times[k + 1]!, kind: 'action', node: a.node, key: '', instance: '', text: describeAction(a) });
  });
  for (const seg of pe.rc.segments) {
    const run = pe.base(seg);
    for (const r of run.records) {
      if (r.t > pe.ends[pe.ends.length - 1]!) break;
      const instance = seg.members.find((m) => m.node === r.node)!.name;
      const base = { t: Math.round(r.t * 1e6) / 1e6, node: r.node, key: seg.key, instance };
      if (r.kind === 'state') {
        const why = r.to === 'MASTER' && r.cause ? ` (${causeWords[r.cause]})` : r.to === 'FAULT' && r.fault ? ` (${r.fault})` : '';
        out.push({ ...base, kind: 'state', from: r.from, to: r.to, text: `${instance}: ${r.from} → ${r.to}${why}` });
      } else if (r.kind === 'advert0') {
        out.push({ ...base, kind: 'advert0', priority: 0, text: `${instance}: sends priority 0` });
      } else if (r.kind === 'priority') {
        out.push({ ...base, kind: 'priority', priority: r.priority, text: `${instance}: effective priority ${r.priority}` });
      } else {
        out.push({ ...base, kind: 'preempt-delay', priority: r.priority, text: `${instance}: lower-priority advert (${r.priority}); preempt delay starts` });
      }
    }
  }
  const rank = (e: TimelineEvent) => (e.kind === 'action' ? 0 : 1);
  return out
    .map((e, i) => ({ e, i }))
    .sort((a, b) => a.e.t - b.e.t || rank(a.e) - rank(b.e) || a.i - b.i)
    .map((p) => p.e);
}
