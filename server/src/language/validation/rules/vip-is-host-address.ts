import { sameAddress } from '../../analysis/addresses';
import type { Rule } from '../rule';

/** A VIP that is one of the host's own addresses (checked only when the host's interfaces are known). */
export const vipIsHostAddress: Rule = {
  id: 'vip-is-host-address',
  severity: 'error',
  title: "A VIP that is one of the target host's own interface addresses (checked only when the host's interfaces are known).",
  keepalived:
    'Silent. At start keepalived removes its VIPs, which deletes the host\'s own address; with it gone the instance goes to FAULT ("no IPv4 address for interface") and another node takes the address.',
  example: 'virtual_ipaddress { 10.0.0.11 }   # eth0 is 10.0.0.11/24',
  fix: 'Use an unused address of the subnet as the VIP.',
  *check({ model, options }) {
    const facts = options.interfaces;
    if (!facts || facts.size === 0) return;
    for (const inst of model.instances) {
      if (inst.dropped) continue;
      for (const e of [...inst.vips, ...inst.excludedVips]) {
        const a = e.addr;
        if (!a) continue;
        for (const [name, addrs] of facts) {
          if (!addrs.some((h) => sameAddress(h, a))) continue;
          yield {
            span: e.word.span,
            message:
              `${a.address} is the host's own address on ${name}, not a free address. keepalived removes its VIPs when it starts ` +
              `and when it leaves MASTER, which deletes ${a.address} from ${name}: the host loses that address and the instance ` +
              `${inst.name} can go to FAULT. Use an unused address as the VIP.`,
          };
          break;
        }
      }
    }
  },
};
