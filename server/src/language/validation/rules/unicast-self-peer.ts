import { sameAddress } from '../../analysis/addresses';
import { readVipAddress } from '../../analysis/vrrp';
import type { Rule } from '../rule';

/** A node listing its own address among its unicast peers. */
export const unicastSelfPeer: Rule = {
  id: 'unicast-self-peer',
  severity: 'warning',
  title: "The node's own address (its unicast_src_ip, or an address of its interface) listed in unicast_peer.",
  keepalived:
    'Says nothing at start-up; at run time it sends adverts to itself and keeps logging "equal priority advert received from remote host with our IP address".',
  example: 'unicast_src_ip 192.0.2.11 … unicast_peer { 192.0.2.11 … }',
  fix: 'List only the other nodes.',
  *check({ model, options }) {
    for (const inst of model.instances) {
      if (inst.dropped) continue;
      const srcWord = inst.unicastSrcIp?.word ?? inst.last('mcast_src_ip')?.args[0];
      const src = srcWord ? readVipAddress(srcWord.value, false).addr : undefined;
      const ifAddrs = inst.interface ? (options.interfaces?.get(inst.interface.value) ?? []) : [];
      for (const p of inst.unicastPeers) {
        const a = readVipAddress(p.word.value, false).addr;
        if (!a) continue;
        const isSrc = src && sameAddress(src, a);
        if (!isSrc && !ifAddrs.some((x) => sameAddress(x, a))) continue;
        yield {
          span: p.word.span,
          message:
            `${a.address} is this node's own address${isSrc ? ' (its unicast_src_ip)' : ` (on ${inst.interface?.value})`}: keepalived sends adverts to itself and logs a warning about "our IP address" every advert interval. ` +
            'List only the other nodes in unicast_peer (a shared template needs a per-host list).',
          related: isSrc && srcWord ? [{ span: srcWord.span, message: 'the source address of this node' }] : undefined,
          data: { remove: true },
        };
      }
    }
  },
};
