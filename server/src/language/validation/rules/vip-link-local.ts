import { readVipAddress } from '../../analysis/vrrp';
import type { Rule } from '../rule';

/** An IPv6 multicast instance whose first VIP is not link-local (outside strict mode, where strict-mode reports it). */
export const vipLinkLocal: Rule = {
  id: 'vip-link-local',
  severity: 'information',
  title: 'An IPv6 instance whose first VIP is not a link-local address (fe80::/10), as VRRPv3 (RFC 5798) expects.',
  keepalived: 'Logs "the first IPv6 VIP address should be link local" at start and runs the instance (in strict mode it is a configuration error).',
  example: 'virtual_ipaddress { 2001:db8::10/64 }   # no fe80:: address first',
  fix: 'List a link-local VIP (e.g. fe80::1/64) first.',
  *check({ model }) {
    for (const inst of model.instances) {
      if (inst.dropped || inst.family !== 6 || inst.strict || inst.unicastPeers.length > 0) continue;
      const first = inst.vips.find((v) => v.addr?.family === 6);
      const a = first ? readVipAddress(first.word.value).addr : undefined;
      if (!first || !a || a.addr.range() === 'linkLocal') continue;
      yield {
        span: first.word.span,
        message: `The first VIP of the IPv6 instance ${inst.name} is ${first.word.value}, not a link-local address: VRRPv3 (RFC 5798) expects a link-local one first, and keepalived logs it at start. It works; to follow the RFC, put a link-local VIP (e.g. fe80::1/64) first.`,
      };
    }
  },
};
