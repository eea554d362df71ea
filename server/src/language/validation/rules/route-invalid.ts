import { problemsOf, routeModel } from '../../analysis/routes';
import type { Rule } from '../rule';

/** A route line keepalived cannot use: an unknown word, no destination, a bad option value. */
export const routeInvalid: Rule = {
  id: 'route-invalid',
  severity: 'warning',
  title: 'A route line keepalived rejects: an unknown word, no destination, a bad option value.',
  keepalived:
    'Reports the problem ("unknown route keyword X", "Route must have a destination", "Invalid metric ...") and drops the whole route; a bad nexthop is dropped with the ones after it, a bad encapsulation only reported.',
  example: '192.168.55.0/24 dev eth0 metrc 10',
  fix: 'Fix the option name or value; give a destination.',
  *check({ model }) {
    for (const { problem: p, span, sentence } of problemsOf(routeModel(model).routes, ['invalid', 'corrected']))
      yield {
        span,
        message: p.ignored
          ? `${sentence}: keepalived ignores ${p.ignored}.`
          : p.kind === 'invalid'
            ? `${sentence}: keepalived drops this whole route.`
            : `${sentence}.`,
      };
  },
};
