import { problemsOf, routeModel } from '../../analysis/routes';
import type { Rule } from '../rule';

/** A route line whose destination, gateway or source address keepalived cannot read, or that mixes IPv4 and IPv6. */
export const routeInvalidAddress: Rule = {
  id: 'route-invalid-address',
  severity: 'warning',
  title: 'A route with an invalid destination, gateway or source address, or mixing IPv4 and IPv6.',
  keepalived:
    'Reports "VRRP parsed invalid IP X. skipping IP..." (or "Cannot mix IPv4 and IPv6 addresses for route") and drops the whole route; a too-long prefix is replaced by /32 or /128.',
  example: '192.168.56.0/24 via 192.168.200.3333 dev eth0',
  fix: 'Write valid addresses of one family.',
  *check({ model }) {
    for (const { problem: p, span, sentence } of problemsOf(routeModel(model).routes, ['address', 'family', 'prefix']))
      yield {
        span,
        message:
          p.kind === 'prefix'
            ? `In this route, ${p.message}.`
            : p.ignored
              ? `${sentence}: keepalived ignores ${p.ignored}.`
              : `${sentence}: keepalived drops this whole route.`,
      };
  },
};
