/**
 * The priority a vrrp_instance runs with: its base priority plus the weights of its trackers,
 * clamped to 1..254 (255, the address owner, never moves). Computed by the election model
 * (election/priority.ts) from this configuration alone, so hover, inlay hints and code lens say
 * what the election preview says.
 */
import type { ConfigModel, VrrpInstance } from '../analysis/model';
import { evaluateInstance, healthy, type NodeConditions } from '../election/priority';
import type { TrackerKind } from '../election/input';
import { resolveCluster, type ResolvedInstance, type ResolvedTracker } from '../election/resolve';
import { nodeInput } from '../election/fromConfig';

export interface TrackerWeight {
  readonly name: string;
  readonly kind: TrackerKind;
  readonly weight: number;
  readonly reverse: boolean;
  /** What it does to the priority, in words: `+20 while it succeeds`, `FAULT when it fails`. */
  readonly effect: string;
}

export interface PriorityReport {
  /** The priority keepalived starts from (invalid values become 100; `state MASTER` alone gives 255). */
  readonly base: number;
  /** 255: the address owner; weights never change it. */
  readonly owner: boolean;
  /** With every tracked check succeeding (and every tracked interface up). */
  readonly healthy: number;
  /** The unclamped sum behind `healthy`. */
  readonly healthySum: number;
  /** Reasons the instance is in FAULT even with every check succeeding. */
  readonly healthyFaults: readonly string[];
  /** With every tracked script/process/BFD failing and every tracked interface down (files left as they are). */
  readonly worst: number;
  readonly worstFaults: readonly string[];
  /** Trackers whose weights count (those keepalived ignores are dropped, see `notes`). */
  readonly trackers: readonly TrackerWeight[];
  /** keepalived's corrections: ignored weights, invalid values. */
  readonly notes: readonly string[];
}

export const TRACKER_LABEL: Record<TrackerKind, string> = {
  script: 'vrrp_script',
  file: 'track_file',
  process: 'track_process',
  interface: 'interface',
  bfd: 'bfd_instance',
};

function effectText(t: ResolvedTracker): string {
  if (t.kind === 'file')
    return t.weight === 0 ? 'FAULT when the file holds a non-zero value' : `adds the file's value × ${t.weight}${t.reverse ? ', reversed' : ''}`;
  const ok = t.kind === 'interface' ? 'is up' : 'succeeds';
  const ko = t.kind === 'interface' ? 'is down' : 'fails';
  if (t.weight === 0) return t.reverse ? `FAULT while it ${ok}` : `FAULT while it ${ko}`;
  const w = Math.abs(t.weight);
  if (t.weight > 0) return t.reverse ? `−${w} while it ${ok}` : `+${w} while it ${ok}`;
  return t.reverse ? `+${w} while it ${ko}` : `−${w} while it ${ko}`;
}

/** The resolved form of every kept instance of the configuration, by name. */
export function resolvedInstances(model: ConfigModel): Map<string, ResolvedInstance> {
  const rc = resolveCluster({ nodes: [nodeInput(model, 'this node')] });
  return new Map((rc.nodes[0]?.instances ?? []).map((i) => [i.name, i] as const));
}

export function priorityReport(model: ConfigModel, inst: VrrpInstance, resolved = resolvedInstances(model)): PriorityReport | undefined {
  if (inst.dropped) return undefined;
  const ri = resolved.get(inst.name);
  if (!ri) return undefined;
  const ok = evaluateInstance(ri, healthy);
  const failing = new Map<string, number>();
  const down = new Set<string>();
  for (const t of ri.trackers) {
    if (t.kind === 'interface') down.add(t.name);
    else if (t.kind !== 'file') failing.set(t.name, 1);
  }
  const allFailing: NodeConditions = { failing, linksDown: down };
  const bad = evaluateInstance(ri, allFailing);
  const healthySum = ri.basePriority + ok.effects.reduce((a, e) => a + e.delta, 0);
  return {
    base: ri.basePriority,
    owner: ri.owner,
    healthy: ok.effectivePriority,
    healthySum: ri.owner ? 255 : healthySum,
    healthyFaults: ok.faults,
    worst: bad.effectivePriority,
    worstFaults: bad.faults,
    trackers: ri.trackers.map((t) => ({ name: t.name, kind: t.kind, weight: t.weight, reverse: t.reverse, effect: effectText(t) })),
    notes: ri.notes,
  };
}

/** Short text: `102 = 100 + 2 (chk_haproxy)`, `255 address owner`, `254 (clamped from 280)`. */
export function priorityShort(r: PriorityReport): string {
  if (r.owner) return '255 (address owner)';
  const parts = r.trackers.filter((t) => t.kind !== 'file').map((t) => t);
  const deltas: string[] = [];
  for (const t of parts) {
    const okDelta = t.weight > 0 ? (t.reverse ? -t.weight : t.weight) : 0;
    if (okDelta !== 0) deltas.push(`${okDelta > 0 ? '+' : '−'}${Math.abs(okDelta)} ${t.name}`);
  }
  let s = `${r.healthy}`;
  if (deltas.length > 0) s += ` = ${r.base} ${deltas.join(' ')}`;
  if (r.healthySum !== r.healthy) s += ` (clamped from ${r.healthySum})`;
  if (r.healthyFaults.length > 0) s += ' · FAULT';
  return s;
}
