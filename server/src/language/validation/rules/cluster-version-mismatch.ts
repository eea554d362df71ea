import { globalSpan, spanFor, who, type NodeInstance } from '../../analysis/cluster';
import type { Span } from '../../issue';
import type { ClusterRule } from '../clusterRule';
import { disagreements, list, related, sharedRouters, vridText } from '../clusterSupport';

function versionSpan(m: NodeInstance): Span {
  if (m.instance.last('version')) return spanFor(m, 'version');
  return globalSpan(m.node.model, 'vrrp_version') ?? spanFor(m, 'version');
}

function origin(m: NodeInstance): string {
  if (m.instance.last('version')) return 'version';
  if (m.family === 6) return 'IPv6 always uses 3';
  if (m.node.model.globals.vrrpVersion !== undefined) return 'global vrrp_version';
  return 'the default';
}

/** Nodes of one virtual router speaking different VRRP versions. */
export const clusterVersionMismatch: ClusterRule = {
  id: 'cluster-version-mismatch',
  severity: 'error',
  title: 'The nodes of one virtual router run different VRRP versions.',
  keepalived: 'Adverts of the other version are rejected ("invalid version"), so the nodes ignore each other and more than one becomes MASTER.',
  example: 'lb1: version 3   lb2: (default 2)',
  fix: 'Set the same `version` (or global `vrrp_version`) on every node.',
  *check({ cluster }) {
    for (const r of sharedRouters(cluster.routers)) {
      for (const d of disagreements(r.members, (m) => m.instance.version)) {
        yield {
          span: versionSpan(d.member),
          message:
            `${vridText(r)}: ${who(d.member)} runs VRRPv${d.value} (${origin(d.member)}), but ` +
            `${list(d.others.map((o) => `${o.member.node.name} runs VRRPv${o.value}`))}. keepalived rejects adverts of another ` +
            'version ("invalid version"), so these nodes ignore each other and each becomes MASTER. Use one version on every node.',
          related: d.others.map((o) => related(versionSpan(o.member), `${who(o.member)}: VRRPv${o.value} (${origin(o.member)})`)),
        };
      }
    }
  },
};
