import { spanFor, who } from '../../analysis/cluster';
import type { ClusterRule } from '../clusterRule';
import { disagreements, list, related, sharedRouters, vridText } from '../clusterSupport';

const secs = (n: number) => `${n}s`;

/** Nodes of one virtual router with different advert_int. */
export const clusterAdvertMismatch: ClusterRule = {
  id: 'cluster-advert-mismatch',
  severity: 'error',
  title: 'The nodes of one virtual router use different advert_int values.',
  keepalived:
    'VRRPv2: adverts with another interval are dropped ("advertisement interval mismatch"), so the nodes ignore each other and more than one becomes MASTER. VRRPv3: a backup adopts the master\'s interval, so failover times depend on which node is master.',
  example: 'lb1: advert_int 1   lb2: advert_int 3',
  fix: 'Use the same advert_int on every node of the VRID.',
  *check({ cluster }) {
    for (const r of sharedRouters(cluster.routers)) {
      const versions = new Set(r.members.map((m) => m.instance.version));
      if (versions.size > 1) continue; // cluster-version-mismatch says it
      const v3 = versions.has(3);
      for (const d of disagreements(r.members, (m) => m.instance.advertInt)) {
        const others = d.others.map((o) => `${o.member.node.name} every ${secs(o.value)}`);
        yield {
          span: spanFor(d.member, 'advert_int'),
          severity: v3 ? 'information' : 'error',
          message: v3
            ? `${vridText(r)}: ${who(d.member)} advertises every ${secs(d.value)}, but ${list(others)}. With VRRPv3 a backup adopts the ` +
              "master's interval, so this works, but how fast a failure is noticed depends on which node is master. Use one advert_int."
            : `${vridText(r)}: ${who(d.member)} advertises every ${secs(d.value)}, but ${list(others)}. With VRRPv2 keepalived drops ` +
              'adverts whose interval differs from its own ("advertisement interval mismatch"), so these nodes ignore each other ' +
              'and more than one becomes MASTER, each holding the VIPs (the election preview shows which). Use the same advert_int on every node.',
          related: d.others.map((o) => related(spanFor(o.member, 'advert_int'), `${who(o.member)}: advert_int ${o.value}`)),
        };
      }
    }
  },
};
