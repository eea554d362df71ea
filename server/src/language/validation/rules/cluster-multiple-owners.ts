import { spanFor, who } from '../../analysis/cluster';
import type { ClusterRule } from '../clusterRule';
import { list, related, sharedRouters, vridText } from '../clusterSupport';

/** More than one node of a virtual router claims to be the address owner (priority 255). */
export const clusterMultipleOwners: ClusterRule = {
  id: 'cluster-multiple-owners',
  severity: 'warning',
  title: 'More than one node of a virtual router has priority 255 (address owner).',
  keepalived:
    'Each owner goes MASTER at once when it starts, so both hold the VIPs until one hears the other; then the one with the lower IP address steps down.',
  example: 'lb1: priority 255   lb2: priority 255',
  fix: 'Give priority 255 (or `state MASTER` without a priority) to at most one node; use 1-254 on the others.',
  *check({ cluster }) {
    for (const r of sharedRouters(cluster.routers)) {
      const owners = r.members.filter((m) => m.instance.effectivePriority === 255);
      if (owners.length < 2) continue;
      for (const m of owners) {
        const others = owners.filter((o) => o !== m);
        const how = m.instance.priorityValue === 255 ? 'priority 255' : 'state MASTER without a priority, which means 255';
        yield {
          span: m.instance.last('priority') ? spanFor(m, 'priority') : spanFor(m, 'state'),
          message:
            `${vridText(r)}: ${who(m)} has ${how} (the address owner), and so ${others.length === 1 ? 'does' : 'do'} ` +
            `${list(others.map((o) => o.node.name))}. An owner becomes MASTER immediately at start, so both hold the VIPs until ` +
            'they hear each other and the lower IP address steps down. Only one node should have 255.',
          related: others.map((o) => related(o.instance.last('priority') ? spanFor(o, 'priority') : spanFor(o, 'state'), `${who(o)}: priority 255`)),
        };
      }
    }
  },
};
