import { readInteger } from '../../analysis/values';
import { statementsNamed } from '../../syntax/ast';
import type { Rule } from '../rule';

/** down_timer_adverts takes 1–100 (the global vrrp_down_timer_adverts is checked by argument-value). */
export const downTimerAdvertsRange: Rule = {
  id: 'down-timer-adverts-range',
  severity: 'warning',
  title: 'A down_timer_adverts outside 1–100 or not a whole number.',
  keepalived: 'Reports "Invalid down_timer_adverts [1:100]" and ignores it, keeping the RFC value 3.',
  example: 'down_timer_adverts 0',
  fix: 'Use 1–100 (3 is the RFC value).',
  *check({ model }) {
    for (const s of statementsNamed(model.parsed.statements, 'down_timer_adverts')) {
      const w = s.args[0];
      const kw = s.keyword.value;
      if (s.isValue || !w) continue;
      if (kw !== 'down_timer_adverts' || s.blockId !== 'vrrp_instance') continue;
      const r = readInteger(w.value, 1, 100);
      if (r.ok) continue;
      yield {
        span: w.span,
        message: `${kw} '${w.value}' ${r.reason === 'invalid' ? 'is not a whole number' : 'is outside 1–100'}: keepalived ignores it and declares the MASTER down after the usual 3 missed adverts. Write a number from 1 to 100 (3 is the RFC value), the same on every node.`,
        data: r.value === undefined ? undefined : { replacement: String(Math.max(1, Math.min(100, r.value))) },
      };
    }
  },
};
