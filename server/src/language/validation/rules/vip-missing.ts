import type { Rule } from '../rule';

/** An instance left without any usable VIP. */
export const vipMissing: Rule = {
  id: 'vip-missing',
  severity: 'warning',
  title: 'A vrrp_instance without any usable virtual address (fatal with VRRPv3, IPv6 or strict mode).',
  keepalived:
    'VRRPv2: reports "No VIP specified; at least one is sensible" and runs an instance that moves no address. VRRPv3, IPv6 or strict mode: "at least one is required" and VRRP refuses to start.',
  example: 'vrrp_instance VI_1 { … }   # no virtual_ipaddress',
  fix: 'Add the virtual address(es) the instance carries.',
  *check({ model }) {
    for (const inst of model.instances) {
      if (inst.dropped) continue;
      if (inst.vips.some((v) => v.addr && (!inst.family || v.addr.family === inst.family))) continue;
      const fatal = inst.version === 3 || inst.family === 6 || inst.strict;
      const block = inst.last('virtual_ipaddress');
      const why = inst.vips.length > 0 ? 'none of its virtual_ipaddress lines is usable' : 'it has no virtual_ipaddress';
      const mode = inst.strict ? 'strict mode' : inst.family === 6 ? 'an IPv6 instance' : 'VRRPv3';
      yield {
        span: block?.keyword.span ?? inst.obj.nameWord.span,
        message: fatal
          ? `${inst.name} has no usable VIP (${why}), which ${mode} does not allow: keepalived refuses to start VRRP. Add at least one virtual address.`
          : `${inst.name} has no usable VIP (${why}): keepalived runs it, but becoming MASTER moves no address. Add the virtual address(es) this instance should carry.`,
        severity: fatal ? 'error' : undefined,
      };
    }
  },
};
