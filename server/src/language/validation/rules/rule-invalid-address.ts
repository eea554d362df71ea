import { problemsOf, routeModel } from '../../analysis/routes';
import type { Rule } from '../rule';

/** A rule whose from/to address keepalived cannot read, or that mixes IPv4 and IPv6. */
export const ruleInvalidAddress: Rule = {
  id: 'rule-invalid-address',
  severity: 'warning',
  title: 'An ip rule with an invalid `from`/`to` address, or mixing IPv4 and IPv6.',
  keepalived:
    'Reports "Invalid rule to address X" / "rule specification has mixed IPv4 and IPv6" and drops the rule; a too-long prefix is replaced by /32 or /128.',
  example: 'to 192.168.100./24 table 1',
  fix: 'Write valid from/to addresses of one family.',
  *check({ model }) {
    for (const { problem: p, span, sentence } of problemsOf(routeModel(model).rules, ['address', 'family', 'prefix']))
      yield { span, message: p.kind === 'prefix' ? `In this rule, ${p.message}.` : `${sentence}: keepalived drops this rule.` };
  },
};
