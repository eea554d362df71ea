import { spanFor, who, type NodeInstance } from '../../analysis/cluster';
import type { ClusterRule } from '../clusterRule';
import { list, related } from '../clusterSupport';

/** One VIP under different VRIDs on different nodes: they are separate virtual routers. */
export const clusterVridMismatch: ClusterRule = {
  id: 'cluster-vrid-mismatch',
  severity: 'error',
  title: 'The same VIP belongs to different virtual_router_ids on different nodes.',
  keepalived: 'Silent: different VRIDs are different virtual routers, so each VRID elects its own MASTER and every one of them holds the VIP.',
  example: 'lb1: virtual_router_id 51 { 10.0.0.100 }   lb2: virtual_router_id 52 { 10.0.0.100 }',
  fix: 'Use the same virtual_router_id for the VIP on every node.',
  *check({ cluster }) {
    // VIP → instances holding it (per family, address text is normalised).
    const byVip = new Map<string, NodeInstance[]>();
    for (const i of cluster.instances) for (const v of i.vips.keys()) byVip.set(v, [...(byVip.get(v) ?? []), i]);
    const reported = new Set<string>();
    for (const [vip, holders] of byVip) {
      const vrids = new Set(holders.map((h) => h.vrid));
      if (vrids.size < 2) continue;
      for (const a of holders) {
        // Nodes that hold the VIP only under another VRID than a's.
        const others = holders.filter((b) => b.node !== a.node && b.vrid !== a.vrid && !holders.some((x) => x.node === b.node && x.vrid === a.vrid));
        if (others.length === 0) continue;
        const key = `${a.node.name}\0${a.instance.name}\0${others.map((o) => o.vrid).join(',')}`;
        const sameKey = reported.has(key);
        reported.add(key);
        if (sameKey) continue;
        const shared = [...a.vips.keys()].filter((v) => others.some((o) => o.vips.has(v)));
        yield {
          span: spanFor(a, 'virtual_router_id'),
          message:
            `${list(shared.length > 0 ? shared : [vip])} ${shared.length > 1 ? 'are VIPs' : 'is a VIP'} of VRID ${a.vrid} on ${who(a)}, but of ` +
            `${list([...new Set(others.map((o) => o.vrid))].map((v) => `VRID ${v} on ${list(others.filter((o) => o.vrid === v).map((o) => o.node.name))}`))}. Different VRIDs are different virtual routers: the nodes ` +
            'never elect one master between them: each VRID elects its own MASTER and every one of them holds the address (a split brain while they run). Use one ' +
            'virtual_router_id for these VIPs on every node.',
          related: others.map((o) => related(spanFor(o, 'virtual_router_id'), `${who(o)}: virtual_router_id ${o.vrid}`)),
        };
      }
    }
  },
};
