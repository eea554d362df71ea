/**
 * Evaluates a plan step by step for every virtual router: the nominal run, the runs that tell
 * whether the outcome hangs on start order or on a timer race (jitter variants), and the runs at
 * both ends of the advert phase and check detection that bound the failover time.
 */

import type { ClusterInput, TimelinePlan } from './input';
import { resolveCluster, type ResolvedCluster, type Segment } from './resolve';
import type { DecidedBy, Window } from './result';
import { failoverFrom, mainMaster, runPlan, snapshotAt, type MemberSnapshot, type RunAll } from './run';
import { actionDelay, planStartTimes, planTimes, settleTime, startGap, type DetectMode } from './schedule';
import { RACE_JITTER, START_JITTER, startSettleTime } from './timing';

export interface StepEvaluation {
  readonly seg: Segment;
  readonly step: number;
  /** Nominal run, state once the step has settled. */
  readonly snapshot: readonly MemberSnapshot[];
  readonly master: MemberSnapshot | null;
  /** Other masters beside `master`; without one, the nodes that are MASTER beside whichever candidate wins. */
  readonly alsoMaster: readonly MemberSnapshot[];
  readonly decidedBy: DecidedBy;
  /** Masters seen across the start-order variants / the timer-race variants (when they differ). */
  readonly startWinners: readonly (string | null)[];
  readonly raceWinners: readonly (string | null)[];
  readonly failover: Window | null;
}

export interface PlanEvaluation {
  readonly rc: ResolvedCluster;
  readonly plan: TimelinePlan;
  readonly times: readonly number[];
  readonly ends: readonly number[];
  /** The nominal run (for timelines). */
  readonly base: RunAll;
  /** steps[k][segment index] */
  readonly steps: readonly (readonly StepEvaluation[])[];
}

const EPS = 1e-7;

export function evaluatePlan(cluster: ClusterInput, plan: TimelinePlan): PlanEvaluation {
  const rc = resolveCluster(cluster);
  const { times, end } = planTimes(rc, plan);
  const K = plan.steps.length;
  const until = end[K]!;
  const choices = { stepTimes: times, detect: 'mid' as DetectMode };
  const base = runPlan(rc, plan, choices, until);
  // the start at both ends of keepalived's start-up latency
  const startEnds = (['min', 'max'] as const).map((detect) => runPlan(rc, plan, { stepTimes: times, detect, detectStep: 0 }, end[0]!));
  // Starts in a given order, each once the one before has settled: the order decides, no race.
  const ordered = (plan.startOrder?.length ?? 0) > 0;
  const settled = ordered && startGap(rc, plan) >= startSettleTime(rc.nodes.flatMap((n) => n.instances));

  const started = [...planStartTimes(rc, { ...plan, startOrder: undefined }).keys()];
  const together = runPlan(rc, plan, { ...choices, startTimes: new Map(started.map((n) => [n, 0])) }, until);
  const startVariants = started.map((f) => runPlan(rc, plan, { ...choices, startTimes: new Map(started.map((n) => [n, n === f ? 0 : START_JITTER])) }, until));
  const raceVariants: RunAll[][] = [];
  for (let j = 1; j <= K; j++) {
    const from = times[j]!;
    raceVariants.push(rc.nodes.map((f) => runPlan(rc, plan, choices, until, (node, t) => (node !== f.name && t >= from ? RACE_JITTER : 0))));
  }

  const steps = [];
  for (let k = 0; k <= K; k++) {
    const x = end[k]! - EPS; // just before the next step
    const winner = (run: RunAll, seg: Segment) => mainMaster(snapshotAt(run(seg), x)).master?.node ?? null;
    steps.push(
      rc.segments.map((seg): StepEvaluation => {
        const snapshot = snapshotAt(base(seg), x);
        const { master, others } = mainMaster(snapshot);
        const startWinners = settled ? [master?.node ?? null] : distinct([together, ...startVariants].map((r) => winner(r, seg)));
        const variants = [base, together, ...startVariants, ...raceVariants.slice(0, k).flat()];
        const raceWinners = distinct([base, ...raceVariants.slice(0, k).flat()].map((r) => winner(r, seg)));
        let decidedBy: DecidedBy;
        let chosen = master;
        if (raceWinners.length > 1) {
          decidedBy = 'start-order';
          chosen = null;
        } else if (startWinners.length > 1) {
          decidedBy = 'start-order';
          if (!ordered) chosen = null;
        } else decidedBy = classify(snapshot, master);
        const failover = k === 0 ? startWindow(startEnds.map((r) => snapshotAt(r(seg), x))) : stepWindow(rc, plan, times, base, seg, k);
        return {
          seg,
          step: k,
          snapshot,
          master: chosen,
          alsoMaster: chosen
            ? others
            : mastersEitherWay(
                snapshot,
                variants.map((r) => snapshotAt(r(seg), x)),
                [...startWinners, ...raceWinners],
              ),
          decidedBy,
          startWinners,
          raceWinners,
          failover,
        };
      }),
    );
  }
  return { rc, plan, times, ends: end, base, steps };
}

/**
 * Without a predicted master: the nodes that are MASTER whatever the start order or race (they
 * do not hear the candidates), beside whichever candidate wins — a split brain either way.
 */
function mastersEitherWay(
  snapshot: readonly MemberSnapshot[],
  runs: readonly (readonly MemberSnapshot[])[],
  winners: readonly (string | null)[],
): MemberSnapshot[] {
  const always = (node: string) => runs.every((r) => r.some((s) => s.node === node && s.state === 'MASTER'));
  return snapshot.filter((s) => s.state === 'MASTER' && !winners.includes(s.node) && always(s.node));
}

function distinct<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}

/** Seconds from the first launch until the master of the start holds the VIPs, at both ends of the start-up latency. */
function startWindow(snaps: readonly (readonly MemberSnapshot[])[]): Window | null {
  const vs = snaps.map((s) => failoverFrom(s, 0));
  if (vs.some((v) => v === null)) return null;
  const ns = vs as number[];
  return { min: Math.min(...ns), max: Math.max(...ns) };
}

function classify(snap: readonly MemberSnapshot[], master: MemberSnapshot | null): DecidedBy {
  if (!master) return 'none';
  const eff = master.evaluation.effectivePriority;
  if (eff === 255) return 'owner';
  const eligible = snap.filter((s) => (s.state === 'MASTER' || s.state === 'BACKUP') && !s.isolated);
  if (eligible.length <= 1) return 'only-candidate';
  return eligible.every((s) => s === master || s.evaluation.effectivePriority < eff) ? 'priority' : 'incumbent';
}

/**
 * Failover window of step k on one segment: the step is moved so that its first effect lands just
 * before (min) or just after (max) an advert of the master in charge, with check detection at the
 * matching end of its window.
 */
function stepWindow(rc: ResolvedCluster, plan: TimelinePlan, times: readonly number[], base: RunAll, seg: Segment, k: number): Window | null {
  const actions = plan.steps[k - 1]!.actions;
  const truncated: TimelinePlan = { ...plan, steps: plan.steps.slice(0, k) };
  const values: number[] = [];
  for (const mode of ['min', 'max'] as const) {
    const delay = actions.length > 0 ? Math.min(...actions.map((a) => actionDelay(rc, a, mode))) : 0;
    const at = alignedTime(base, seg, times[k]!, mode, delay);
    const stepTimes = [...times.slice(0, k), at];
    const until = at + settleTime(rc, actions);
    const slack = mode === 'max' ? RACE_JITTER : -RACE_JITTER; // a boundary advert may fall either side of a preempt delay
    const run = runPlan(rc, truncated, { stepTimes, detect: mode, detectStep: k }, until, undefined, slack);
    const v = failoverFrom(snapshotAt(run(seg), until), at);
    if (v !== null) values.push(v);
  }
  const r = (v: number) => Math.round(v * 1e6) / 1e6;
  return values.length === 0 ? null : { min: r(Math.min(...values)), max: r(Math.max(...values)) };
}

function alignedTime(base: RunAll, seg: Segment, nominal: number, mode: 'min' | 'max', delay: number): number {
  const { master } = mainMaster(snapshotAt(base(seg), nominal - EPS));
  if (!master || master.masterSince === null) return nominal;
  const adv = seg.members.find((m) => m.node === master.node)!.advertInt;
  const phase = mode === 'max' ? EPS : adv - EPS;
  const j = Math.ceil((nominal + delay - phase - master.masterSince) / adv - 1e-9);
  return master.masterSince + j * adv + phase - delay;
}
