import { problemsOf, routeModel } from '../../analysis/routes';
import type { Rule } from '../rule';

/** A rule keepalived rejects: unknown option, no action, bad value. */
export const ruleInvalid: Rule = {
  id: 'rule-invalid',
  severity: 'warning',
  title: 'An ip rule keepalived rejects: an unknown option (e.g. `pref`, `prio`), no action, a bad value.',
  keepalived:
    'Reports it ("Unknown rule option X", "No action specified for rule - ignoring", ...) and drops the rule; a bad protocol, ipproto or port range is only ignored.',
  example: 'from 10.0.0.0/8 table 1 pref 100',
  fix: "Use keepalived's option names (`preference`) and give one action.",
  *check({ model }) {
    for (const { problem: p, span, sentence } of problemsOf(routeModel(model).rules, ['invalid', 'corrected'])) {
      const hint = p.word && (p.word.value === 'pref' || p.word.value === 'prio') ? " The option is spelt 'preference' (or 'priority', 'order')." : '';
      yield {
        span,
        message: p.kind === 'invalid' ? `${sentence}: keepalived drops this rule.${hint}` : `${sentence}.`,
        data: hint ? { replacement: 'preference' } : undefined,
      };
    }
  },
};
