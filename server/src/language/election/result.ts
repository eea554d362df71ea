/** Output types of the election model (plain data; renderers turn them into text). */

import type { Action, AddressFamily, Scenario } from './input';

export type NodeState = 'MASTER' | 'BACKUP' | 'FAULT' | 'DOWN';
export type DecidedBy = 'priority' | 'owner' | 'start-order' | 'incumbent' | 'only-candidate' | 'none';

/** Seconds; `min` < actual <= `max` (min == max when the model predicts one value). */
export interface Window {
  readonly min: number;
  readonly max: number;
}

export interface NodeOutcome {
  readonly node: string;
  /** The vrrp_instance name on this node. */
  readonly instance: string;
  readonly state: NodeState;
  /** Base priority after keepalived's corrections (invalid → 100). */
  readonly priority: number;
  /** The priority as configured, when it differs from `priority` or was absent. */
  readonly configuredPriority?: number;
  /** Priority after tracker weights (1..254), or 255 for an address owner, in this scenario. */
  readonly effectivePriority: number;
  /** down_timer_adverts × advert_int + skew for the effective priority, seconds. */
  readonly masterDownInterval: number;
  /** Why this node is in this state, in words. */
  readonly reason: string;
  /** keepalived's corrections and warnings that matter for the election. */
  readonly notes: readonly string[];
}

export interface InstanceOutcome {
  /** vrrp_instance name (names that differ between nodes are joined with "/"). */
  readonly name: string;
  readonly vrid: number;
  readonly interface: string;
  readonly family: AddressFamily;
  /** Segment key: family/segment/vrid. */
  readonly key: string;
  readonly master: string | null;
  readonly decidedBy: DecidedBy;
  readonly reason: string;
  /**
   * Seconds from the scenario's actions (or from the start, without actions) until the predicted
   * master holds the VIPs: 0 when the master does not change, null when nobody becomes master.
   */
  readonly failover: Window | null;
  /** Other nodes that are also MASTER (split brain), e.g. isolated ones. */
  readonly alsoMaster: readonly string[];
  /** Without a predicted master: the nodes that can end up MASTER (depending on start order or a race). */
  readonly candidates: readonly string[];
  readonly nodes: readonly NodeOutcome[];
  readonly notes: readonly string[];
}

export interface SplitBrainHolder {
  readonly node: string;
  readonly instance: string;
  readonly vrid: number;
  /** Segment key of its virtual router. */
  readonly key: string;
}

/** VIPs that masters on more than one node hold at the same time. */
export interface SplitBrain {
  readonly vips: readonly string[];
  readonly masters: readonly SplitBrainHolder[];
  /** Without a predicted master: one of these holds the VIPs too, whichever wins the start (absent otherwise). */
  readonly oneOf?: readonly SplitBrainHolder[];
}

export interface ElectionResult {
  readonly scenario: Scenario;
  readonly instances: readonly InstanceOutcome[];
  /** Split brain after the scenario (empty: none), across all virtual routers. */
  readonly splitBrain: readonly SplitBrain[];
  /** Scenario references the cluster does not have (unknown node, tracker), which the model ignored. */
  readonly warnings: readonly string[];
}

export type TimelineEventKind = 'action' | 'state' | 'priority' | 'advert0' | 'preempt-delay';

export interface TimelineEvent {
  /** Seconds since the first start. */
  readonly t: number;
  readonly kind: TimelineEventKind;
  readonly node: string;
  /** Segment key (family/segment/vrid); empty for node-wide actions. */
  readonly key: string;
  readonly instance: string;
  readonly from?: NodeState;
  readonly to?: NodeState;
  readonly priority?: number;
  readonly text: string;
}

export interface TimelineStepResult {
  readonly label: string;
  /** Seconds since the first start at which the step's actions happen (0 for the start). */
  readonly at: number;
  readonly actions: readonly Action[];
  /** The state once the step has settled. */
  readonly instances: readonly InstanceOutcome[];
  readonly splitBrain: readonly SplitBrain[];
}

export interface Timeline {
  readonly steps: readonly TimelineStepResult[];
  readonly events: readonly TimelineEvent[];
  readonly warnings: readonly string[];
}
