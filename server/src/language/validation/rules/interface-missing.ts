import type { Rule } from '../rule';

/** Every vrrp_instance needs an `interface` line in keepalived 2.2.7. */
export const interfaceMissing: Rule = {
  id: 'interface-missing',
  severity: 'error',
  title: 'A vrrp_instance without an interface line.',
  keepalived: 'Reports "(VI_1) Unknown interface!" and the VRRP process refuses to start (2.2.7 does not fall back to default_interface or to unicast_src_ip).',
  example: 'vrrp_instance VI_1 { virtual_router_id 51 … }   # no interface',
  fix: 'Add `interface <name>`.',
  *check({ model }) {
    for (const inst of model.instances) {
      if (inst.dropped) continue;
      if (inst.named('interface').length > 0) continue;
      const fallback = model.globals.defaultInterface
        ? ` The global default_interface ${model.globals.defaultInterface.value} does not stand in for it here.`
        : inst.unicastSrcIp
          ? ' A unicast_src_ip does not replace it in keepalived 2.2.x.'
          : '';
      yield {
        span: inst.obj.nameWord.span,
        message: `vrrp_instance ${inst.name} has no \`interface\`: keepalived reports "Unknown interface!" and refuses to start VRRP.${fallback} Add \`interface <name>\` for the link the adverts use.`,
        data: model.globals.defaultInterface ? { interface: model.globals.defaultInterface.value } : undefined,
      };
    }
  },
};
