import { sameAddress, type ParsedAddress } from '../../analysis/addresses';
import { readVipAddress } from '../../analysis/vrrp';
import type { Word } from '../../syntax/ast';
import type { Rule } from '../rule';

/**
 * A VIP equal to the instance's own source address (unicast_src_ip / mcast_src_ip): keepalived
 * deletes it at start-up and the instance faults. A VIP equal to an address the host's
 * interfaces are known to have is vip-is-host-address.
 */
export const vipOwnAddress: Rule = {
  id: 'vip-own-address',
  severity: 'error',
  title: "A VIP equal to the instance's own unicast_src_ip or mcast_src_ip.",
  keepalived:
    'Says nothing, then removes the address from the interface at start-up (it looks like a leftover VIP); the instance loses its source address and goes to FAULT.',
  example: 'unicast_src_ip 192.0.2.11 … virtual_ipaddress { 192.0.2.11/24 }',
  fix: 'Use a separate, unused address as the VIP.',
  *check({ model, options }) {
    const hostHas = (a: ParsedAddress) => [...(options.interfaces?.values() ?? [])].some((list) => list.some((h) => sameAddress(h, a)));
    for (const inst of model.instances) {
      if (inst.dropped) continue;
      const own: { addr: ParsedAddress; word: Word; what: string }[] = [];
      for (const kw of ['unicast_src_ip', 'mcast_src_ip']) {
        const w = inst.last(kw)?.args[0];
        const a = w ? readVipAddress(w.value, false).addr : undefined;
        if (w && a) own.push({ addr: a, word: w, what: kw });
      }
      if (own.length === 0) continue;
      for (const v of inst.vips) {
        const hit = v.addr && own.find((o) => sameAddress(o.addr, v.addr!));
        // an address the host is known to have is vip-is-host-address's to report
        if (!v.addr || !hit || hostHas(v.addr)) continue;
        yield {
          span: v.word.span,
          message:
            `${v.addr.address} is this node's own address (its ${hit.what}) and also a VIP: at start-up keepalived removes it from the interface as if it were a leftover VIP, ` +
            `the instance loses its source address and goes to FAULT, and another node takes the address over. Use a separate, unused address as the VIP.`,
          related: [{ span: hit.word.span, message: `${hit.what} ${hit.word.value}` }],
        };
      }
    }
  },
};
