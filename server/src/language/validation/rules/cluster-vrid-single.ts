import { spanFor } from '../../analysis/cluster';
import type { ClusterRule } from '../clusterRule';
import { list, vridText } from '../clusterSupport';

/** A VRID only one node runs, while the node shares other VRIDs with the rest of the cluster. */
export const clusterVridSingle: ClusterRule = {
  id: 'cluster-vrid-single',
  severity: 'information',
  title: 'A virtual router configured on only one node of a cluster.',
  keepalived: 'Runs: the node is always MASTER for it, and nothing takes over its VIPs when the node fails.',
  example: 'lb1: vrrp_instance VI_2 { virtual_router_id 52 }   lb2: (no VRID 52)',
  fix: 'Add the instance to the other nodes (or ignore this if the VIP is meant to live on one node).',
  *check({ cluster }) {
    const paired = new Set(cluster.routers.filter((r) => r.members.length >= 2).flatMap((r) => r.members.map((m) => m.node)));
    const colliding = new Set(cluster.collisions.flatMap((c) => c.routers));
    for (const r of cluster.routers) {
      const [m] = r.members;
      if (!m || r.members.length !== 1 || colliding.has(r)) continue;
      if (!paired.has(m.node)) continue;
      // The same VIP under another VRID elsewhere is cluster-vrid-mismatch's finding.
      if (cluster.instances.some((o) => o.node !== m.node && o.vrid !== m.vrid && [...m.vips.keys()].some((v) => o.vips.has(v)))) continue;
      const others = [...paired].filter((n) => n !== m.node).map((n) => n.name);
      if (others.length === 0) continue;
      yield {
        span: spanFor(m, 'virtual_router_id'),
        message:
          `${vridText(r)} (${m.instance.name}) is configured only on ${m.node.name}; ${list(others)} ${others.length === 1 ? 'has' : 'have'} no ` +
          `matching instance. ${m.node.name} is always MASTER for it and nothing takes over ${list([...m.vips.keys()]) || 'its addresses'} ` +
          'when it fails. Add the instance to the other nodes if it should fail over.',
      };
    }
  },
};
