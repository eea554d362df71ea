import { familyOrigin } from '../../analysis/vrrp';
import type { Finding, Rule } from '../rule';

/** Unicast peers and unicast_src_ip must be valid addresses of the instance's family. */
export const unicastPeerFamily: Rule = {
  id: 'unicast-peer-family',
  severity: 'warning',
  title: 'A unicast peer or unicast_src_ip keepalived skips: malformed, or of the other address family than the instance.',
  keepalived:
    'Reports "unicast peer address ... MUST be of the same family" / "malformed unicast peer address" and skips it; with no peer left it falls back to multicast ("A unicast keyword has been specified without any unicast peers").',
  example: 'virtual_ipaddress { 192.0.2.10/24 } … unicast_peer { 2001:db8::2 }',
  fix: "Use peers of the instance's family.",
  *check({ model }) {
    for (const inst of model.instances) {
      if (inst.dropped) continue;
      const out: Finding[] = [];
      let kept = 0;
      const origin = familyOrigin(inst);
      const famNote = origin ? ` (${origin.note})` : '';
      const related = origin && inst.familyWord ? [{ span: inst.familyWord.span, message: origin.related }] : undefined;
      for (const p of inst.unicastPeers) {
        const a = p.addr;
        if (!a) {
          out.push({
            span: p.word.span,
            message: `'${p.word.value}' is not a valid peer address (dotted IPv4 without leading zeros, or IPv6): keepalived skips this unicast peer. Fix the address.`,
          });
        } else if (inst.family && a.family !== inst.family) {
          out.push({
            span: p.word.span,
            message: `${a.address} is IPv${a.family} but ${inst.name} is an IPv${inst.family} instance${famNote}: keepalived skips this peer. One instance talks to its peers in one family; use a second vrrp_instance for the other.`,
            related,
          });
        } else kept++;
      }
      const src = inst.unicastSrcIp;
      const srcAddr = src?.addr;
      if (src && srcAddr && inst.family && srcAddr.family !== inst.family && inst.familyWord !== src.word) {
        out.push({
          span: src.word.span,
          message: `unicast_src_ip ${src.word.value} is IPv${srcAddr.family} but ${inst.name} is an IPv${inst.family} instance${famNote}: keepalived ignores it and picks the interface's address. Use an address of the same family.`,
          related,
        });
      }
      if (inst.unicastPeers.length > 0 && kept === 0 && out.length > 0) {
        let last = -1;
        out.forEach((f, i) => {
          if (inst.unicastPeers.some((p) => p.word.span === f.span)) last = i;
        });
        const f = out[last];
        if (f) out[last] = { ...f, message: `${f.message} With no usable peer left, the instance falls back to multicast.` };
      }
      yield* out;
    }
  },
};
