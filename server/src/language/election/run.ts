/** Runs one virtual router through a plan and reads its state at any time from the records. */

import type { TimelinePlan } from './input';
import type { Evaluation } from './priority';
import type { ResolvedCluster, Segment } from './resolve';
import { buildInputs, type RunChoices } from './schedule';
import { simulate, type MasterCause, type SimInput, type SimRecord, type SimState } from './sim';

export interface SegmentRun {
  readonly seg: Segment;
  readonly initial: readonly Evaluation[];
  readonly inputs: readonly SimInput[];
  readonly records: readonly SimRecord[];
}

export interface MemberSnapshot {
  readonly node: string;
  readonly instance: string;
  readonly state: SimState;
  readonly evaluation: Evaluation;
  /** Cut off: isolated, or its own link is down. */
  readonly isolated: boolean;
  readonly masterSince: number | null;
  readonly cause: MasterCause | null;
  readonly fault?: string;
  /** Last time it was started, crashed or stopped (null: never). */
  readonly lastNodeEvent: SimInput | null;
}

export interface RunAll {
  (seg: Segment): SegmentRun;
}

/** Simulate every segment under one set of choices (lazily, per segment). */
export function runPlan(
  rc: ResolvedCluster,
  plan: TimelinePlan,
  choices: RunChoices,
  until: number,
  lag?: (node: string, t: number) => number,
  preemptSlack?: number,
): RunAll {
  const inputs = buildInputs(rc, plan, choices);
  const cache = new Map<string, SegmentRun>();
  return (seg) => {
    let r = cache.get(seg.key);
    if (!r) {
      const si = inputs(seg);
      const { records } = simulate(seg.members, si.initial, si.inputs, { until, lag, preemptSlack });
      r = { seg, initial: si.initial, inputs: si.inputs, records };
      cache.set(seg.key, r);
    }
    return r;
  };
}

export function snapshotAt(run: SegmentRun, x: number): MemberSnapshot[] {
  return run.seg.members.map((m, k) => {
    let state: SimState = 'DOWN';
    let masterSince: number | null = null;
    let cause: MasterCause | null = null;
    let fault: string | undefined;
    for (const r of run.records) {
      if (r.t > x) break;
      if (r.node !== m.node || r.kind !== 'state') continue;
      state = r.to!;
      fault = r.fault;
      if (r.to === 'MASTER') {
        masterSince = r.t;
        cause = r.cause ?? null;
      }
    }
    let evaluation = run.initial[k]!;
    let isolated = false;
    let lastNodeEvent: SimInput | null = null;
    for (const i of run.inputs) {
      if (i.t > x) break;
      if (i.node !== m.node) continue;
      if (i.kind === 'conditions') evaluation = i.evaluation;
      else if (i.kind === 'isolate' || i.kind === 'rejoin') isolated = i.kind === 'isolate';
      else lastNodeEvent = i;
    }
    return {
      node: m.node,
      instance: m.name,
      state,
      evaluation,
      isolated: isolated || evaluation.linkDown,
      masterSince: state === 'MASTER' ? masterSince : null,
      cause: state === 'MASTER' ? cause : null,
      fault,
      lastNodeEvent,
    };
  });
}

/**
 * The master that the segment follows: a connected MASTER before a cut-off one, then the higher
 * effective priority, then node order. Others in MASTER state are split-brain masters.
 */
export function mainMaster(snap: readonly MemberSnapshot[]): { master: MemberSnapshot | null; others: MemberSnapshot[] } {
  const masters = snap.filter((s) => s.state === 'MASTER');
  if (masters.length === 0) return { master: null, others: [] };
  const sorted = [...masters].sort((a, b) => Number(a.isolated) - Number(b.isolated) || b.evaluation.effectivePriority - a.evaluation.effectivePriority);
  return { master: sorted[0]!, others: sorted.slice(1) };
}

/** Seconds from `from` until the final master took over: 0 if it was already master, null without a master. */
export function failoverFrom(snap: readonly MemberSnapshot[], from: number): number | null {
  const { master } = mainMaster(snap);
  if (!master || master.masterSince === null) return null;
  return master.masterSince <= from ? 0 : Math.round((master.masterSince - from) * 1e6) / 1e6;
}
