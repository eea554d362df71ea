import { spanFor, who } from '../../analysis/cluster';

import type { ClusterRule } from '../clusterRule';
import { list, related, vridText } from '../clusterSupport';

/** Two different clusters (different VIP sets) use one VRID on one network segment. */
export const clusterVridCollision: ClusterRule = {
  id: 'cluster-vrid-collision',
  severity: 'error',
  title: 'Two different clusters (different VIPs) use the same VRID on one network (e.g. two Kolla regions on one management network).',
  keepalived:
    'Each node receives the other cluster\'s adverts for its VRID and rejects them as bogus ("received an invalid ip number count" / "not present in MASTER advert", logged every interval); with use_vmac both clusters use the same virtual MAC.',
  example: 'region1: virtual_router_id 51 (VIP 10.0.0.250)   region2: virtual_router_id 51 (VIP 10.0.0.251)',
  fix: 'Give each cluster on a network its own virtual_router_id (Kolla: keepalived_virtual_router_id).',
  *check({ cluster }) {
    for (const c of cluster.collisions) {
      for (const r of c.routers) {
        const others = c.routers.filter((o) => o !== r);
        const vips = (rr: typeof r) => [...new Set(rr.members.flatMap((m) => [...m.vips.keys()]))];
        const nodes = (rr: typeof r) => list(rr.members.map((m) => m.node.name));
        for (const m of r.members) {
          yield {
            span: spanFor(m, 'virtual_router_id'),
            message:
              `${vridText(c)} is used on the same network by two clusters: ${nodes(r)} (VIPs ${list(vips(r)) || 'none'}) and ` +
              `${list(others.map((o) => `${nodes(o)} (VIPs ${list(vips(o)) || 'none'})`))}. Every node receives the other cluster's adverts ` +
              'and rejects them as bogus, logging it every advert interval; with use_vmac both clusters also share one virtual MAC. ' +
              'Give each cluster its own virtual_router_id.',
            related: others.flatMap((o) =>
              o.members.map((om) => related(spanFor(om, 'virtual_router_id'), `${who(om)}: ${vridText(c)}, VIPs ${list([...om.vips.keys()]) || 'none'}`)),
            ),
          };
        }
      }
    }
  },
};
