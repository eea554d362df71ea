import type { VrrpInstance } from '../../analysis/vrrp';
import type { Rule } from '../rule';

/** The advert's address count is one byte (VRRP_MAX_ADDR). */
const COUNT_FIELD_MAX = 255;
/** keepalived's DEFAULT_MTU, and the usual Ethernet MTU: the interface's real MTU is a host fact. */
const MTU = 1500;

/** How many VIPs fit in one advert of the instance at MTU 1500 (vrrp.c vrrp_complete_instance). */
export function maxVips(inst: Pick<VrrpInstance, 'family' | 'version' | 'authType'>): number {
  // Ethernet 14 + IP header + VRRP header 8 (+ VRRPv2 authentication 8, + AH 24)
  const room = inst.family === 6 ? (MTU - 14 - 40 - 8) / 16 : (MTU - 14 - 20 - 8 - (inst.version === 2 ? 8 + (inst.authType?.value === 'AH' ? 24 : 0) : 0)) / 4;
  return Math.min(COUNT_FIELD_MAX, Math.floor(room));
}

/** More VIPs than one advert carries: keepalived moves the rest to the excluded addresses. */
export const vipTooMany: Rule = {
  id: 'vip-too-many',
  severity: 'warning',
  title: 'More virtual addresses than fit in one VRRP advert (255 IPv4, 89 IPv6 at MTU 1500).',
  keepalived:
    'Reports "Number of VIPs (N) exceeds maximum/space available in packet - excess moved to eVIPs": the addresses past the limit are still added, but not advertised or checked in received adverts.',
  example: 'virtual_ipaddress { … 256 addresses … }',
  fix: 'Move the addresses past the limit to virtual_ipaddress_excluded, or split them over several instances.',
  *check({ model }) {
    for (const inst of model.instances) {
      if (inst.dropped || inst.vips.length <= COUNT_FIELD_MAX / 3) continue;
      const usable = inst.vips.filter((v) => v.addr && v.addr.family === inst.family);
      const max = maxVips(inst);
      const first = usable[max];
      if (!first) continue;
      yield {
        span: first.word.span,
        message:
          `${inst.name} has ${usable.length} VIPs, but one advert carries at most ${max}${inst.family === 6 ? ' IPv6 addresses at MTU 1500' : ''}: ` +
          `keepalived reports it and moves this one and the ${usable.length - max - 1} after it to the excluded addresses (added, but not advertised). ` +
          'Put them under virtual_ipaddress_excluded, or split them over several instances.',
      };
    }
  },
};
