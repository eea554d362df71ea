import type { Family } from '../analysis/addresses';
/**
 * Plain-data input of the election model. An adapter fills these from the parsed configuration
 * of each node; the model never reads files. Values are given as configured (possibly invalid):
 * the model applies keepalived 2.2.7's own corrections (see resolve.ts).
 */

/** 4 or 6, as everywhere in the core (analysis/addresses.ts). */
export type AddressFamily = Family;
export type TrackerKind = 'script' | 'file' | 'process' | 'interface' | 'bfd';

/** One tracked object of a vrrp_instance (track_script, track_file, track_process, track_interface, track_bfd). */
export interface TrackerInput {
  /** The vrrp_script / track_file / vrrp_track_process / bfd name; for track_interface the interface name. */
  readonly name: string;
  readonly kind: TrackerKind;
  /**
   * The weight in force: the per-instance override or else the block's own `weight`. Undefined means
   * keepalived's default: 0 (fault when failing) for scripts, interfaces and bfd; 1 for files and processes.
   */
  readonly weight?: number;
  /** `weight N reverse`: the adjustment runs the other way (and `weight 0 reverse` faults while the check succeeds). */
  readonly reverse?: boolean;
  /** Declared in the vrrp_sync_group's own track_* block (its weights are kept for every member). */
  readonly fromSyncGroup?: boolean;
  /** vrrp_script: seconds between runs (default 1), failures to go KO (default 1), successes to go OK (default 1). */
  readonly interval?: number;
  readonly fall?: number;
  readonly rise?: number;
  /**
   * keepalived drops this entry while reading the configuration (the tracked object is not defined
   * before the line, the line repeats an earlier one, it has an unknown option or a weight without
   * a value): why, in words. The model leaves such a tracker out and notes it.
   */
  readonly ignored?: string;
}

export interface InstanceInput {
  /** vrrp_instance name. */
  readonly name: string;
  readonly vrid: number;
  /** `interface`. */
  readonly interface: string;
  /**
   * The layer-2 segment, so that the same VRID on differently named interfaces of different nodes
   * is one virtual router. Default: the interface name.
   */
  readonly segment?: string;
  /** Address family of the instance (of its VIPs), 4 or 6. Default 4. */
  readonly family?: AddressFamily;
  /** `version` (vrrp_version): 2 or 3. Default 2. */
  readonly version?: number;
  /** `priority` as configured; undefined when absent. Invalid values (outside 1..255) become 100. */
  readonly priority?: number;
  /** `state` as written (MASTER, BACKUP, anything else = BACKUP). */
  readonly state?: string;
  readonly nopreempt?: boolean;
  /** `preempt_delay` seconds (0..1000). */
  readonly preemptDelay?: number;
  /** `advert_int` seconds. Default 1. */
  readonly advertInt?: number;
  /** `down_timer_adverts` (1..100). Default 3. */
  readonly downTimerAdverts?: number;
  /** A `unicast_peer` block is present (even an empty one). */
  readonly unicast?: boolean;
  /** The addresses listed in `unicast_peer`. */
  readonly unicastPeers?: readonly string[];
  /**
   * Some `unicast_peer` lines are text whose value is not known (a template's command output, e.g.
   * a heredoc's `$(printf …)`): taken to list every node, as such text stands for a valid value.
   */
  readonly unicastPeersUnknown?: boolean;
  readonly unicastFaultNoPeer?: boolean;
  readonly dontTrackPrimary?: boolean;
  /** `virtual_ipaddress` entries; only the address part (before any `/len` or `dev`) is used. */
  readonly vips?: readonly string[];
  /** The node's own address on the interface (or `unicast_src_ip`), when known. */
  readonly ownAddress?: string;
  /**
   * Strict mode (`strict_mode` or global `vrrp_strict`): keepalived resets preempt_delay to 0,
   * down_timer_adverts to 3, and starts an instance as MASTER exactly when it has priority 255.
   */
  readonly strict?: boolean;
  /**
   * VRRPv2 authentication keepalived uses (undefined: none, or dropped by keepalived). Adverts
   * with another type or password are rejected, so such nodes do not hear each other.
   */
  readonly auth?: {
    readonly type: 'PASS' | 'AH';
    readonly pass?: string;
    /** The password is a value we could not compute (e.g. Kolla's keepalived_password without passwords.yml): taken to match. */
    readonly passUnknown?: boolean;
  };
  /** Name of the vrrp_sync_group this instance is in, if any. */
  readonly syncGroup?: string;
  /** The sync group has `sync_group_tracking_weight`. */
  readonly syncGroupTrackingWeight?: boolean;
  readonly trackers?: readonly TrackerInput[];
}

export interface NodeInput {
  /** Host name (any text; renderers neutralise what their syntax cannot hold). */
  readonly name: string;
  readonly instances: readonly InstanceInput[];
}

export interface ClusterInput {
  readonly nodes: readonly NodeInput[];
}

/** Something that happens to a node. */
export type Action =
  /** SIGKILL / power loss: no priority-0 advert; backups wait for their master-down timer. */
  | { readonly kind: 'crash'; readonly node: string }
  /** Graceful stop (SIGTERM): a MASTER sends priority 0 first. */
  | { readonly kind: 'stop'; readonly node: string }
  /** keepalived is started (again). */
  | { readonly kind: 'start'; readonly node: string }
  /** A tracked check starts failing (a track_file gets `value`, default 1). */
  | { readonly kind: 'fail'; readonly node: string; readonly tracker: string; readonly value?: number }
  /** A tracked check recovers. */
  | { readonly kind: 'heal'; readonly node: string; readonly tracker: string }
  | { readonly kind: 'link-down'; readonly node: string; readonly interface: string }
  | { readonly kind: 'link-up'; readonly node: string; readonly interface: string }
  /** The node's VRRP traffic is cut off (switch port detached, firewall) while its links stay up. */
  | { readonly kind: 'isolate'; readonly node: string }
  | { readonly kind: 'rejoin'; readonly node: string };

export interface Scenario {
  readonly name?: string;
  /** Nodes that are never started. */
  readonly absent?: readonly string[];
  /**
   * The order in which the nodes start, earliest first (nodes left out start last, in input order).
   * Without it all nodes start together and near-equal timers are reported as start-order dependent.
   */
  readonly startOrder?: readonly string[];
  /**
   * Seconds between consecutive starts in `startOrder`. Default: each node starts once the one
   * before it has settled (see startSettleTime), which is what "n3 was up first" means. A gap
   * within START_JITTER is a near-simultaneous start, where the winner can depend on the order.
   */
  readonly startGap?: number;
  /** Conditions in force from the start (fail, link-down, isolate). */
  readonly initial?: readonly Action[];
  /** Actions applied together once the start has settled; the outcome is the state after them. */
  readonly actions?: readonly Action[];
  /**
   * Steps after the start, each applied once the previous one has settled (after `actions`, when
   * both are given); the outcome is the state after the last one.
   */
  readonly steps?: readonly TimelineStep[];
}

/** One step of a timeline: actions applied together, then observed until the cluster settles. */
export interface TimelineStep {
  readonly label?: string;
  readonly actions: readonly Action[];
}

export interface TimelinePlan {
  readonly absent?: readonly string[];
  readonly startOrder?: readonly string[];
  /** See Scenario.startGap. */
  readonly startGap?: number;
  readonly initial?: readonly Action[];
  readonly steps: readonly TimelineStep[];
}
