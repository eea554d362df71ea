import { decimalOrUndefined } from '../../analysis/values';
import type { Rule } from '../rule';

/** preempt_delay is cleared for an instance that starts as MASTER, and for one with nopreempt. */
export const preemptDelayMaster: Rule = {
  id: 'preempt-delay-master',
  severity: 'warning',
  title: 'preempt_delay with state MASTER (or priority 255) or with nopreempt, where keepalived clears it.',
  keepalived:
    'Prints "preempt delay will not work with initial state MASTER - clearing" or "preempt_delay is incompatible with nopreempt mode - resetting" and runs without the delay.',
  example: 'state MASTER … preempt_delay 30',
  fix: 'Use `state BACKUP`, or drop preempt_delay.',
  *check({ model }) {
    for (const inst of model.instances) {
      const line = inst.last('preempt_delay');
      if (inst.dropped || !line || !decimalOrUndefined(line.args[0]?.value, 0, 1000)) continue;
      if (inst.wantState === 'MASTER') {
        yield {
          span: line.keyword.span,
          message: `preempt_delay has no effect on ${inst.name} because it starts as MASTER${inst.last('state') ? '' : ' (priority 255)'}: keepalived clears it. A delay only applies to a node that starts as BACKUP; set \`state BACKUP\` or remove preempt_delay.`,
          data: { state: 'BACKUP' },
        };
      } else if (inst.nopreempt) {
        yield {
          span: line.keyword.span,
          message: `preempt_delay has no effect together with nopreempt (a node that never preempts has nothing to delay): keepalived resets it. Remove one of the two.`,
          related: inst.nopreemptStmt ? [{ span: inst.nopreemptStmt.keyword.span, message: 'nopreempt' }] : undefined,
          data: { remove: true },
        };
      }
    }
  },
};
