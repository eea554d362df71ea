import { routeModel } from '../../analysis/routes';
import type { Rule } from '../rule';

/** A tracked route without `dev`: keepalived cannot track it. */
export const routeNoInterface: Rule = {
  id: 'route-no-interface',
  severity: 'warning',
  title: 'A static or virtual route without `dev` (and without `no_track`): keepalived cannot track it.',
  keepalived: 'Reports "Warning - cannot track route X with no interface specified, not tracking", installs the route but does not watch it.',
  example: '192.168.112.0/24 via 192.168.100.254',
  fix: 'Add `dev <interface>`, or `no_track`.',
  *check({ model }) {
    for (const r of routeModel(model).routes) {
      if (r.dropped || r.noTrack || r.hasOif) continue;
      const dest = r.dest?.value ?? 'this route';
      yield {
        span: r.dest?.span ?? r.stmt.span,
        message: `Route ${dest} has no 'dev': keepalived tracks routes through their interface, so it installs this one but does not watch it (it will not notice if the route disappears). Add \`dev <interface>\`, or \`no_track\` if you do not want it tracked.`,
        data: { add: ['dev', 'no_track'] },
      };
    }
  },
};
