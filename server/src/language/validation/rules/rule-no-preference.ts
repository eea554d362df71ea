import { routeModel } from '../../analysis/routes';
import type { Rule } from '../rule';

/** A static or virtual rule without a preference: keepalived numbers it itself. */
export const ruleNoPreference: Rule = {
  id: 'rule-no-preference',
  severity: 'warning',
  title: 'An ip rule without `preference` (or `priority`/`order`).',
  keepalived:
    'Reports "Rule has no preference specified - setting to 16384. This is probably not what you want." and numbers such rules downwards from 16384 in file order.',
  example: 'from 192.168.100.0/24 table 1',
  fix: 'Add `preference <n>`.',
  *check({ model }) {
    const next = { 4: 16384, 6: 16384 };
    for (const r of routeModel(model).rules) {
      if (r.dropped || r.hasPreference) continue;
      const n = next[r.family]--;
      yield {
        span: r.stmt.span,
        message: `This rule has no preference: keepalived gives it ${n} (counting down from 16384 for each such IPv${r.family} rule), so its place among the kernel's rules depends on the order of the configuration. Add \`preference <n>\`.`,
        data: { assigned: n, add: 'preference' },
      };
    }
  },
};
