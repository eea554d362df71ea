import { authenticationOf } from '../../analysis/authentication';
import type { Rule } from '../rule';

/** IPsec AH authentication exists only for IPv4. */
export const authAhIpv6: Rule = {
  id: 'auth-ah-ipv6',
  severity: 'warning',
  title: 'AH authentication in an IPv6 instance.',
  keepalived: 'Reports "Cannot use AH authentication with IPv6 - ignoring" and sends adverts without authentication.',
  example: 'virtual_ipaddress { fe80::1/64 } … auth_type AH',
  fix: 'Use PASS with VRRPv2, or no authentication.',
  *check({ model }) {
    for (const inst of model.instances) {
      if (inst.dropped) continue;
      const auth = authenticationOf(inst);
      if (!auth || auth.ignored !== 'ah-ipv6' || !auth.typeWord) continue;
      yield {
        span: auth.typeWord.span,
        message: `${inst.name} is an IPv6 instance and AH authentication only exists for IPv4: keepalived drops it and sends adverts unauthenticated. Use \`auth_type PASS\` with VRRPv2, or no authentication.`,
        data: { replacement: 'PASS' },
      };
    }
  },
};
