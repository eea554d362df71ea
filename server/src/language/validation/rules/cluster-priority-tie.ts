import { spanFor, who } from '../../analysis/cluster';
import type { ClusterRule } from '../clusterRule';
import { list, related, sharedRouters, vridText } from '../clusterSupport';

/** Two nodes of one virtual router with the same priority (below 255). */
export const clusterPriorityTie: ClusterRule = {
  id: 'cluster-priority-tie',
  severity: 'information',
  title: 'Two nodes of one virtual router have the same priority.',
  keepalived:
    'Legal. Who becomes MASTER depends on which node started first (its timer expires first); an equal-priority backup never takes over from a running master, and the higher IP address wins only when both claim MASTER at the same moment.',
  example: 'lb1: priority 100   lb2: priority 100',
  fix: 'Give each node its own priority if you want a predictable master (or keep the tie on purpose with nopreempt).',
  *check({ cluster }) {
    for (const r of sharedRouters(cluster.routers)) {
      const byPrio = new Map<number, (typeof r.members)[number][]>();
      for (const m of r.members) {
        const p = m.instance.effectivePriority;
        if (p >= 255) continue; // cluster-multiple-owners
        byPrio.set(p, [...(byPrio.get(p) ?? []), m]);
      }
      for (const [p, ms] of byPrio) {
        if (ms.length < 2) continue;
        for (const m of ms) {
          const others = ms.filter((o) => o !== m);
          yield {
            span: spanFor(m, 'priority'),
            message:
              `${vridText(r)}: ${who(m)} has priority ${p}, the same as ${list(others.map((o) => o.node.name))}. Which of them ` +
              'becomes MASTER depends on start order (the first whose timer expires), and an equal-priority node never takes ' +
              'over from a running master. Give each node its own priority if you want a predictable master.',
            related: others.map((o) => related(spanFor(o, 'priority'), `${who(o)}: priority ${p}`)),
          };
        }
      }
    }
  },
};
