/**
 * Effective priority and FAULT of an instance under given node conditions, per keepalived 2.2.7
 * (vrrp_track.c): a weight-0 tracker faults the instance when it fails (`reverse`: when it
 * succeeds); a positive weight is added while the check succeeds, a negative one while it fails
 * (`reverse` flips the sign); a track_file adds value × weight and faults at ≤ −254; the sum is
 * clamped to 1..254; an address owner (255) is never changed.
 */

import type { ResolvedInstance, ResolvedNode, ResolvedTracker } from './resolve';

export interface NodeConditions {
  /** Failing trackers by name → value (a track_file's value; 1 for anything else). */
  readonly failing: ReadonlyMap<string, number>;
  /** Interfaces whose link is down. */
  readonly linksDown: ReadonlySet<string>;
}

export const healthy: NodeConditions = { failing: new Map(), linksDown: new Set() };

export interface TrackerEffect {
  readonly tracker: string;
  readonly delta: number;
}

export interface Evaluation {
  readonly effectivePriority: number;
  readonly effects: readonly TrackerEffect[];
  /** Why the instance is in FAULT (empty: not in FAULT). */
  readonly faults: readonly string[];
  /** Its own interface is down: it can neither send nor hear (FAULT unless dont_track_primary). */
  readonly linkDown: boolean;
}

export function clampPriority(total: number): number {
  return Math.min(254, Math.max(1, total));
}

function trackerFailing(t: ResolvedTracker, c: NodeConditions): number | undefined {
  if (t.kind === 'interface') return c.linksDown.has(t.name) ? 1 : undefined;
  return c.failing.get(t.name);
}

/** The priority change or fault caused by one tracker. */
export function trackerEffect(t: ResolvedTracker, c: NodeConditions): { delta: number; fault?: string } {
  const failing = trackerFailing(t, c);
  const m = t.reverse ? -1 : 1;
  const label = t.kind === 'interface' ? `tracked interface ${t.name}` : `track_${t.kind} ${t.name}`;
  if (t.kind === 'file') {
    const value = failing ?? 0;
    if (t.weight === 0) return value !== 0 ? { delta: 0, fault: `${label} reads ${value} (weight 0)` } : { delta: 0 };
    const status = value * t.weight * m;
    if (status <= -254) return { delta: 0, fault: `${label}: ${value} × weight ${t.weight} ≤ −254` };
    return { delta: Math.min(status, 253) };
  }
  const ok = failing === undefined;
  if (t.weight === 0) {
    if (ok !== (m === 1)) {
      return { delta: 0, fault: ok ? `${label} succeeds (weight 0 reverse)` : `${label} fails (weight 0)` };
    }
    return { delta: 0 };
  }
  if (t.weight > 0) return { delta: ok ? t.weight * m : 0 };
  return { delta: ok ? 0 : t.weight * m };
}

/** Evaluate one instance on its own (no sync-group propagation). */
export function evaluateInstance(i: ResolvedInstance, c: NodeConditions): Evaluation {
  const faults = [...i.staticFaults];
  const effects: TrackerEffect[] = [];
  let total = i.basePriority;
  for (const t of i.trackers) {
    const e = trackerEffect(t, c);
    if (e.fault) faults.push(e.fault);
    if (e.delta !== 0) {
      effects.push({ tracker: t.name, delta: e.delta });
      total += e.delta;
    }
  }
  const linkDown = c.linksDown.has(i.interface);
  if (linkDown && !i.dontTrackPrimary) faults.push(`interface ${i.interface} is down`);
  const effectivePriority = i.owner ? 255 : clampPriority(total);
  return { effectivePriority, effects, faults, linkDown };
}

/** Evaluate all instances of a node; a FAULT in a sync-group member faults every member. */
export function evaluateNode(n: ResolvedNode, c: NodeConditions): Map<string, Evaluation> {
  const own = new Map(n.instances.map((i) => [i.name, evaluateInstance(i, c)] as const));
  const out = new Map<string, Evaluation>();
  for (const i of n.instances) {
    const e = own.get(i.name)!;
    if (!i.syncGroup || e.faults.length > 0) {
      out.set(i.name, e);
      continue;
    }
    const faulty = n.instances.find((o) => o !== i && o.syncGroup === i.syncGroup && own.get(o.name)!.faults.length > 0);
    out.set(i.name, faulty ? { ...e, faults: [`sync group ${i.syncGroup}: ${faulty.name} is in FAULT`] } : e);
  }
  return out;
}
