import { describeSubnets, insideAny, isLinkLocal, lineInterface, subnetsOf } from '../../analysis/interfaces';
import type { AddressEntry } from '../../analysis/model';
import type { Rule } from '../rule';

/** A VIP or unicast peer outside every subnet its interface has (checked only when the host's interfaces are known). */
export const vipOutsideSubnet: Rule = {
  id: 'vip-outside-subnet',
  severity: 'warning',
  title: "A VIP or unicast peer outside every subnet of its interface (checked only when the host's interfaces are known).",
  keepalived:
    'Silent: it adds the VIP to the interface anyway (as a /32 or /128 unless a prefix is written) and sends unicast adverts through the routing table.',
  example: 'virtual_ipaddress { 192.0.2.100 dev eth0 }   # eth0 is 10.0.0.11/24',
  fix: "Use an address of the interface's network, or put the VIP on the interface that has that network (`dev`).",
  *check({ model, options }) {
    const facts = options.interfaces;
    if (!facts || facts.size === 0) return;
    for (const inst of model.instances) {
      if (inst.dropped) continue;
      const check = (e: AddressEntry, iface: string | undefined): { iface: string; list: string[] }[] => {
        const a = e.addr;
        if (!a || !iface || isLinkLocal(a)) return [];
        const nets = subnetsOf(facts, iface, a.family);
        if (nets.length === 0 || insideAny(a, nets)) return [];
        return [{ iface, list: describeSubnets(nets) }];
      };
      const vip = (e: AddressEntry) => check(e, lineInterface(model, e.dev, inst));
      for (const e of inst.vips) {
        for (const f of vip(e)) {
          yield {
            span: e.word.span,
            message:
              `VIP ${e.addr!.address} of ${inst.name} is outside ${f.iface}'s subnet${f.list.length > 1 ? 's' : ''} ${f.list.join(', ')}. ` +
              `keepalived adds it to ${f.iface} anyway${e.addr!.prefix === undefined ? ` (as a /${e.addr!.family === 4 ? 32 : 128})` : ''}, but the other hosts on that network ` +
              'do not see it as a local address, so it is reachable only through an extra route. Check the address, or the interface (`dev`).',
          };
        }
      }
      for (const e of inst.excludedVips) {
        for (const f of vip(e)) {
          yield {
            span: e.word.span,
            message:
              `virtual_ipaddress_excluded ${e.addr!.address} of ${inst.name} is outside ${f.iface}'s subnet${f.list.length > 1 ? 's' : ''} ${f.list.join(', ')}. ` +
              'keepalived adds it anyway, but it is reachable only through an extra route. Check the address, or the interface (`dev`).',
          };
        }
      }
      const own = inst.interface?.value;
      for (const e of inst.unicastPeers) {
        // min_ttl / max_ttl on the line: the peer is deliberately reached through routers.
        if (e.stmt.args.some((w) => w.value === 'min_ttl' || w.value === 'max_ttl')) continue;
        for (const f of check(e, own)) {
          yield {
            span: e.word.span,
            message:
              `unicast peer ${e.addr!.address} of ${inst.name} is outside ${f.iface}'s subnet${f.list.length > 1 ? 's' : ''} ${f.list.join(', ')}. ` +
              `keepalived sends its adverts to it through the routing table, not on ${f.iface}'s network; that works only if the path ` +
              'is routed both ways. If the peer is meant to be on this network, the address is wrong (add min_ttl/max_ttl to the line if routing is intended).',
          };
        }
      }
    }
  },
};
