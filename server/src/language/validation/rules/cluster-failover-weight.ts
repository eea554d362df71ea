import type { NodeInstance } from '../../analysis/cluster';
import type { TrackEntry } from '../../analysis/vrrp';
import { instanceInput } from '../../election/fromConfig';
import type { TrackerKind } from '../../election/input';
import { evaluateInstance, healthy, type NodeConditions } from '../../election/priority';
import { resolveCluster, type ResolvedInstance, type ResolvedTracker } from '../../election/resolve';
import type { ClusterRule } from '../clusterRule';
import { list, related, sharedRouters, vridText } from '../clusterSupport';

/** Trackers whose failure lowers the priority (weight ≠ 0, not reversed; a track_file's value is not a failure). */
const LOWERING: ReadonlySet<TrackerKind> = new Set(['script', 'process', 'bfd', 'interface']);
const lowering = (t: ResolvedTracker) => t.weight !== 0 && !t.reverse && LOWERING.has(t.kind);

/** Every lowering tracker of `i` failing at once (an interface tracker: its link down). */
function allFailing(i: ResolvedInstance): NodeConditions {
  const ts = i.trackers.filter(lowering);
  return {
    failing: new Map(ts.filter((t) => t.kind !== 'interface').map((t) => [t.name, 1])),
    linksDown: new Set(ts.filter((t) => t.kind === 'interface').map((t) => t.name)),
  };
}

/** The instance's own track_* line of a tracker (sync-group trackers have none here). */
function entryOf(m: NodeInstance, t: ResolvedTracker): TrackEntry | undefined {
  const i = m.instance;
  const lists = { script: i.trackScripts, process: i.trackProcesses, bfd: i.trackBfds, interface: i.trackInterfaces, file: i.trackFiles };
  return lists[t.kind].find((e) => e.name === t.name);
}

/**
 * The node that holds the VIPs (the highest priority, or one of those tied at it) keeps them
 * when every weighted check it tracks fails: its lowered priority is not below a node that would
 * take over (a backup preempts only a master of lower priority, and not at all with nopreempt).
 */
export const clusterFailoverWeight: ClusterRule = {
  id: 'cluster-failover-weight',
  severity: 'warning',
  title:
    "A master's weighted checks cannot move the VIP: even when they all fail, no other node takes over (the weight is smaller than the priority gap, or the others have nopreempt).",
  keepalived:
    "Lowers the failing master's priority by the weight and goes on advertising it; a backup takes over only when its own priority is higher and it preempts. So the VIP stays on the node whose check failed, silently.",
  example: 'lb1: priority 150, track_script { chk_haproxy weight -20 }   lb2: priority 100',
  fix: 'Make the weight larger than the priority gap (here -51), or use weight 0 so a failing check puts the node in FAULT.',
  *check({ cluster }) {
    for (const r of sharedRouters(cluster.routers)) {
      // the members as the election model reads them (weights resolved, ignored entries dropped)
      const input = {
        nodes: r.members.map((m) => ({
          name: m.node.name,
          instances: [{ ...instanceInput(m.node.model, m.instance, m.node.unknowns), segment: `router-${r.vrid}` }],
        })),
      };
      const resolved = resolveCluster(input).nodes.map((n) => n.instances[0]!);
      const up = resolved.map((i) => evaluateInstance(i, healthy));
      const live = r.members.map((_, k) => k).filter((k) => up[k]!.faults.length === 0);
      const top = Math.max(...live.map((k) => up[k]!.effectivePriority));
      for (const k of live) {
        const inst = resolved[k]!;
        const m = r.members[k]!;
        if (up[k]!.effectivePriority !== top || inst.owner) continue;
        const weighted = inst.trackers.filter(lowering).filter((t) => entryOf(m, t) !== undefined);
        if (weighted.length === 0) continue;
        const down = evaluateInstance(inst, allFailing(inst));
        if (down.faults.length > 0) continue;
        const lowered = down.effectivePriority;
        const others = live.filter((o) => o !== k);
        if (others.some((o) => up[o]!.effectivePriority > lowered && resolved[o]!.preempt)) continue;
        const above = others.filter((o) => up[o]!.effectivePriority > lowered);
        const best = Math.max(...others.map((o) => up[o]!.effectivePriority));
        const names = weighted.map((t) => t.name);
        const when =
          names.length === 1 ? `When ${names[0]} fails on ${m.node.name}` : `Even when all of ${m.node.name}'s weighted checks fail (${list(names)})`;
        const why =
          above.length > 0
            ? `${list(above.map((o) => `${r.members[o]!.node.name} (${up[o]!.effectivePriority})`))} ${above.length > 1 ? 'have' : 'has'} nopreempt and never take${above.length > 1 ? '' : 's'} over from a running master`
            : `not below ${list(others.map((o) => `${r.members[o]!.node.name}'s ${up[o]!.effectivePriority}`))}, and a backup takes over only from a lower master`;
        const gap = up[k]!.effectivePriority - best;
        const fix =
          above.length > 0
            ? 'Use weight 0 so a failing check puts the node in FAULT (the only way past nopreempt).'
            : `Make the drop larger than the priority gap of ${gap} (e.g. weight ${-(gap + 1)}), or use weight 0 so a failing check puts the node in FAULT.`;
        for (const t of weighted) {
          const e = entryOf(m, t)!;
          yield {
            span: e.stmt.span,
            message: `${vridText(r)}: ${when}, ${m.node.name} stays MASTER and keeps the VIPs: its priority drops from ${up[k]!.effectivePriority} to ${lowered}, ${why}. ${fix}`,
            related: others.map((o) =>
              related(
                r.members[o]!.instance.last('priority')?.span ?? r.members[o]!.instance.obj.nameWord.span,
                `${r.members[o]!.node.name}: priority ${up[o]!.effectivePriority}`,
              ),
            ),
          };
        }
      }
    }
  },
};
