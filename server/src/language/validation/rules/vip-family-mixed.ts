import { familyOrigin } from '../../analysis/vrrp';
import type { Rule } from '../rule';

/** All VIPs of an instance have the instance's family (set by its first address). */
export const vipFamilyMixed: Rule = {
  id: 'vip-family-mixed',
  severity: 'warning',
  title:
    'A VIP of the other address family than the instance (IPv4 and IPv6 mixed in virtual_ipaddress), or native_ipv6 in an instance an IPv4 address made IPv4.',
  keepalived:
    'Reports "address family must match VRRP instance ... - ignoring" and drops that VIP; "Cannot specify native_ipv6 with IPv4 addresses" and ignores a native_ipv6 that comes after an IPv4 address.',
  example: 'virtual_ipaddress { 192.0.2.10/24  2001:db8::10/64 }',
  fix: 'Move the other family to virtual_ipaddress_excluded or to its own instance.',
  *check({ model }) {
    for (const inst of model.instances) {
      const origin = familyOrigin(inst);
      if (inst.dropped || !inst.family || !inst.familyWord || !origin) continue;
      for (const v of inst.vips) {
        if (!v.addr || v.addr.family === inst.family) continue;
        yield {
          span: v.word.span,
          message:
            `${v.word.value} is IPv${v.addr.family} but ${inst.name} is an IPv${inst.family} instance (${origin.note}): keepalived drops this VIP. ` +
            'Put addresses of the other family in virtual_ipaddress_excluded, or in a second vrrp_instance.',
          related: [{ span: inst.familyWord.span, message: origin.related }],
          data: { moveTo: 'virtual_ipaddress_excluded' },
        };
      }
      // vrrp_parser.c vrrp_native_ipv6_handler: refused once an address made the instance IPv4
      if (inst.family !== 4) continue;
      for (const n of inst.named('native_ipv6')) {
        yield {
          span: n.keyword.span,
          message: `native_ipv6 comes after an IPv4 address that made ${inst.name} an IPv4 instance (${origin.note}): keepalived refuses it and the instance stays IPv4. Remove native_ipv6, or make the instance's addresses IPv6.`,
          related: [{ span: inst.familyWord.span, message: origin.related }],
        };
      }
    }
  },
};
