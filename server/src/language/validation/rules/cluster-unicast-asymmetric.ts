import { spanFor, who, type NodeInstance } from '../../analysis/cluster';
import type { Span } from '../../issue';
import type { Finding } from '../rule';
import type { ClusterRule } from '../clusterRule';
import { list, related, sharedRouters, vridText } from '../clusterSupport';

function identitySpan(m: NodeInstance): Span {
  const e = [...m.identities.values()].find((x) => x !== undefined);
  // Without unicast_src_ip the address is the interface's (known from host facts).
  return e?.stmt.span ?? spanFor(m, 'interface');
}

const consequence = (sender: string, left: string) => `While ${sender} is MASTER, ${left} never hears it, becomes MASTER as well, and both hold the VIPs.`;

/** Unicast peer lists that are not symmetric and complete, or unicast mixed with multicast. */
export const clusterUnicastAsymmetric: ClusterRule = {
  id: 'cluster-unicast-asymmetric',
  severity: 'error',
  title: 'Unicast peer lists of one virtual router are not symmetric (a node is not listed by another), or some nodes use multicast.',
  keepalived: 'Silent: a node sends adverts only to its listed peers, so a node left out never hears the master and becomes MASTER too.',
  example: 'lb1: unicast_peer { 10.0.0.12 }   lb2: unicast_peer { 10.0.0.13 }',
  fix: "List every other node's unicast_src_ip in each node's unicast_peer block (or use multicast everywhere).",
  *check({ cluster }) {
    for (const r of sharedRouters(cluster.routers)) {
      const uni = r.members.filter((m) => m.unicast);
      const multi = r.members.filter((m) => !m.unicast);
      if (uni.length > 0 && multi.length > 0) {
        for (const m of r.members) {
          const others = m.unicast ? multi : uni;
          yield {
            span: m.unicast ? spanFor(m, 'unicast_peer') : m.instance.obj.nameWord.span,
            message:
              `${vridText(r)}: ${who(m)} ${m.unicast ? 'sends its adverts by unicast (unicast_peer)' : 'uses multicast (no unicast_peer)'}, ` +
              `but ${list(others.map((o) => o.node.name))} ${m.unicast ? 'use' + (others.length === 1 ? 's' : '') + ' multicast' : 'send' + (others.length === 1 ? 's' : '') + ' by unicast'}. ` +
              'Unicast adverts go only to the listed peers and a unicast node does not listen to the multicast group, so the nodes ' +
              'do not hear each other and more than one becomes MASTER. Use unicast_peer on every node or on none.',
            related: others.map((o) =>
              related(o.unicast ? spanFor(o, 'unicast_peer') : o.instance.obj.nameWord.span, `${who(o)}: ${o.unicast ? 'unicast' : 'multicast'}`),
            ),
          };
        }
        continue;
      }
      const out: Finding[] = [];
      for (const a of uni) {
        for (const b of uni) {
          // a's list holds lines we cannot read (a template's command output): they may name b
          if (a === b || b.identities.size === 0 || a.peersUnknown) continue;
          if ([...b.identities.keys()].some((addr) => a.peers.has(addr))) continue;
          const addr = [...b.identities.keys()][0];
          out.push({
            span: spanFor(a, 'unicast_peer'),
            message:
              `${vridText(r)}: ${who(a)} does not list ${b.node.name} (${addr}) in unicast_peer, so ${a.node.name} never sends its ` +
              `adverts to ${b.node.name}. ${consequence(a.node.name, b.node.name)} Add ${addr} to ${a.node.name}'s unicast_peer block.`,
            related: [related(identitySpan(b), `${who(b)}: ${b.instance.unicastSrcIp ? 'unicast_src_ip' : 'address'} ${addr}`)],
          });
          out.push({
            span: identitySpan(b),
            message:
              `${vridText(r)}: ${b.node.name}'s address ${addr} is missing from the unicast_peer block of ${who(a)}, so ` +
              `${a.node.name} never sends its adverts here. ${consequence(a.node.name, b.node.name)} Add ${addr} to ${a.node.name}'s unicast_peer block.`,
            related: [related(spanFor(a, 'unicast_peer'), `${who(a)}: unicast_peer`)],
          });
        }
      }
      yield* out;
    }
  },
};
