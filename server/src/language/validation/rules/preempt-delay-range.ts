import { readDecimal } from '../../analysis/values';
import type { Rule } from '../rule';

/** preempt_delay takes 0–1000 seconds. */
export const preemptDelayRange: Rule = {
  id: 'preempt-delay-range',
  severity: 'warning',
  title: 'A preempt_delay outside 0–1000 seconds or not a number.',
  keepalived: 'Reports "Preempt_delay not valid! must be between 0-1000" and runs without a delay.',
  example: 'preempt_delay 1200',
  fix: 'Use 0–1000 seconds.',
  *check({ model }) {
    for (const inst of model.instances) {
      if (inst.dropped) continue;
      for (const line of inst.named('preempt_delay')) {
        const w = line.args[0];
        if (!w) continue;
        const r = readDecimal(w.value, 0, 1000);
        if (r.ok) continue;
        const nearest = r.value === undefined ? undefined : String(Math.min(1000, Math.max(0, r.value)));
        yield {
          span: w.span,
          message: `preempt_delay '${w.value}' ${r.reason === 'invalid' ? 'is not a number' : 'is outside 0–1000 seconds'}: keepalived ignores it and preempts without any delay. Use a number of seconds from 0 to 1000.`,
          data: nearest ? { replacement: nearest } : undefined,
        };
      }
    }
  },
};
