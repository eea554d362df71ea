import { spanFor, who } from '../../analysis/cluster';
import type { ClusterRule } from '../clusterRule';
import { disagreements, list, related, sharedRouters, vridText } from '../clusterSupport';

/** Nodes of one virtual router with different virtual_ipaddress sets. */
export const clusterVipMismatch: ClusterRule = {
  id: 'cluster-vip-mismatch',
  severity: 'error',
  title: 'The nodes of one virtual router list different VIPs.',
  keepalived:
    'Each node rejects adverts whose address list differs from its own ("received an invalid ip number count", "ip address associated with VRID not present in MASTER advert"), so the nodes ignore each other and more than one becomes MASTER.',
  example: 'lb1: virtual_ipaddress { 10.0.0.100 }   lb2: virtual_ipaddress { 10.0.0.101 }',
  fix: 'Give every node of the VRID the same virtual_ipaddress list.',
  *check({ cluster }) {
    for (const r of sharedRouters(cluster.routers)) {
      const sets = disagreements(
        r.members,
        (m) => [...m.vips.keys()].sort(),
        (v) => v.join(' '),
      );
      for (const d of sets) {
        const mine = new Set(d.value);
        const parts = d.others.map((o) => {
          const theirs = new Set(o.value);
          const missing = d.value.filter((v) => !theirs.has(v));
          const extra = o.value.filter((v) => !mine.has(v));
          const bits: string[] = [];
          if (missing.length > 0) bits.push(`without ${list(missing)}`);
          if (extra.length > 0) bits.push(`with ${list(extra)} in addition`);
          return `${o.member.node.name} has ${o.value.length > 0 ? list(o.value) : 'no VIPs'} (${bits.join(', ')})`;
        });
        const here = d.value.length > 0 ? list(d.value) : 'no VIPs';
        yield {
          span: spanFor(d.member, 'virtual_ipaddress'),
          message:
            `${vridText(r)}: ${who(d.member)} has ${here}; ${parts.join('; ')}. keepalived rejects adverts whose address ` +
            "list differs from its own, so these nodes ignore each other's adverts and each can become MASTER (both hold addresses). " +
            'Use the same virtual_ipaddress list on every node.',
          related: d.others.map((o) => related(spanFor(o.member, 'virtual_ipaddress'), `${who(o.member)}: ${o.value.length > 0 ? list(o.value) : 'no VIPs'}`)),
        };
      }
    }
  },
};
