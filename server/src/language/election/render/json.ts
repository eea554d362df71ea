/**
 * The JSON shape other tools read. Keep the existing fields exactly as they are; new ones are
 * added beside them (splitBrain, steps).
 */

import type { ElectionResult, SplitBrain, SplitBrainHolder, TimelineStepResult, Window } from '../result';

type HolderJson = { readonly node: string; readonly instance: string; readonly vrid: number };

export interface SplitBrainJson {
  readonly vips: readonly string[];
  readonly masters: readonly HolderJson[];
  /** Without a predicted master: one of these holds the VIPs too, whichever wins the start. */
  readonly oneOf?: readonly HolderJson[];
}

/** What names a virtual router and its outcome, in the JSON of the whole preview and of each step. */
interface RouterOutcomeJson {
  readonly name: string;
  readonly vrid: number;
  readonly interface: string;
  readonly master: string | null;
  readonly decidedBy: string;
}

/** One step of the scenario (the start first): who is MASTER once it has settled, and how long the move took. */
export interface StepJson {
  readonly label: string;
  /** Seconds since the first start. */
  readonly at: number;
  readonly instances: readonly (RouterOutcomeJson & {
    /** Seconds from the step until the master holds the VIPs (`min` < actual <= `max`); null without a master. */
    readonly failover: Window | null;
    readonly alsoMaster: readonly string[];
  })[];
  readonly splitBrain: readonly SplitBrainJson[];
}

export interface ElectionJson {
  readonly instances: readonly (RouterOutcomeJson & {
    readonly reason: string;
    readonly failoverSeconds: number | null;
    readonly nodes: readonly {
      readonly node: string;
      readonly state: string;
      readonly priority: number;
      readonly effectivePriority: number;
      readonly masterDownInterval: number;
    }[];
  })[];
  /** VIPs held by masters on more than one node after the scenario (empty: none). */
  readonly splitBrain: readonly SplitBrainJson[];
  /** The start and each step of the scenario; the last one's outcome is `instances`. */
  readonly steps?: readonly StepJson[];
}

const holderJson = (m: SplitBrainHolder): HolderJson => ({ node: m.node, instance: m.instance, vrid: m.vrid });
const splitJson = (xs: readonly SplitBrain[] | undefined): SplitBrainJson[] =>
  (xs ?? []).map((s) => ({ vips: s.vips, masters: s.masters.map(holderJson), ...(s.oneOf ? { oneOf: s.oneOf.map(holderJson) } : {}) }));

export function stepJson(s: TimelineStepResult): StepJson {
  return {
    label: s.label,
    at: s.at,
    instances: s.instances.map((i) => ({
      name: i.name,
      vrid: i.vrid,
      interface: i.interface,
      master: i.master,
      decidedBy: i.decidedBy,
      failover: i.failover,
      alsoMaster: i.alsoMaster,
    })),
    splitBrain: splitJson(s.splitBrain),
  };
}

export function toElectionJson(
  result: Pick<ElectionResult, 'instances'> & Partial<Pick<ElectionResult, 'splitBrain'>>,
  steps?: readonly TimelineStepResult[],
): ElectionJson {
  return {
    instances: result.instances.map((i) => ({
      name: i.name,
      vrid: i.vrid,
      interface: i.interface,
      master: i.master,
      decidedBy: i.decidedBy,
      reason: i.reason,
      failoverSeconds: i.failover ? i.failover.max : null,
      nodes: i.nodes.map((n) => ({
        node: n.node,
        state: n.state,
        priority: n.priority,
        effectivePriority: n.effectivePriority,
        masterDownInterval: n.masterDownInterval,
      })),
    })),
    splitBrain: splitJson(result.splitBrain),
    ...(steps ? { steps: steps.map(stepJson) } : {}),
  };
}

export function renderJson(
  result: Pick<ElectionResult, 'instances'> & Partial<Pick<ElectionResult, 'splitBrain'>>,
  steps?: readonly TimelineStepResult[],
  indent = 2,
): string {
  return JSON.stringify(toElectionJson(result, steps), null, indent);
}
