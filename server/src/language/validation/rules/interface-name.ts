import { statementsNamed } from '../../syntax/ast';
import type { Rule } from '../rule';

/** Linux interface names have at most 15 characters (IFNAMSIZ 16 with the terminating NUL). */
export const interfaceName: Rule = {
  id: 'interface-name',
  severity: 'warning',
  title: 'An interface name longer than the 15 characters Linux allows, or the loopback interface lo for a vrrp_instance.',
  keepalived:
    'Reports "Interface name too long - ignoring" or "cannot use a loopback interface (lo) for vrrp - ignoring"; a vrrp_instance is then left without an interface and VRRP refuses to start.',
  example: 'interface enp0s31f6.100-extra',
  fix: 'Use the name `ip link` shows (at most 15 characters).',
  *check({ model }) {
    for (const s of statementsNamed(model.parsed.statements, 'interface')) {
      const w = s.args[0];
      if (s.isValue || !s.def || s.keyword.value !== 'interface' || !w) continue;
      const inInstance = s.blockId === 'vrrp_instance';
      if (inInstance && w.value === 'lo') {
        yield {
          span: w.span,
          message:
            'lo is the loopback interface, which cannot carry VRRP adverts: keepalived reports it and ignores the line, the instance has no interface, and VRRP refuses to start. Use the interface that faces the peers (and put the address on lo with `dev lo` if needed).',
          severity: 'error',
        };
        continue;
      }
      if (w.value.length <= 15) continue;
      yield {
        span: w.span,
        message:
          `'${w.value}' has ${w.value.length} characters; Linux interface names have at most 15, so no such interface can exist. ` +
          (inInstance
            ? 'keepalived ignores the line, the instance has no interface, and VRRP refuses to start. '
            : 'keepalived cannot find it and reports the configuration as using a non-existent interface. ') +
          'Use the name `ip link` shows.',
        severity: inInstance ? 'error' : undefined,
      };
    }
  },
};
