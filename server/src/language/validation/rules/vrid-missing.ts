import type { Rule } from '../rule';

/** A vrrp_instance without any virtual_router_id line. */
export const vridMissing: Rule = {
  id: 'vrid-missing',
  severity: 'error',
  title: 'A vrrp_instance without a virtual_router_id.',
  keepalived: 'Reports "the virtual router id must be set" and the VRRP process refuses to start.',
  example: 'vrrp_instance VI_1 { interface eth0 … }   # no virtual_router_id',
  fix: 'Add `virtual_router_id <1-255>`, the same on every node.',
  *check({ model }) {
    for (const inst of model.instances) {
      if (inst.dropped || inst.vrid !== undefined) continue;
      // an invalid value is reported by vrid-range on its own line
      if (inst.named('virtual_router_id').some((c) => c.args.length > 0)) continue;
      yield {
        span: inst.obj.nameWord.span,
        message: `vrrp_instance ${inst.name} has no virtual_router_id: keepalived refuses to start VRRP at all. Add \`virtual_router_id <1-255>\`, the same number on every node of this virtual router and unique on the network segment.`,
      };
    }
  },
};
