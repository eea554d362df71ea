import type { Rule } from '../rule';

/** timer_expired_backup only matters for a nopreempt instance. */
export const timerExpiredBackup: Rule = {
  id: 'timer-expired-backup',
  severity: 'warning',
  title: 'timer_expired_backup in an instance without nopreempt, where it does nothing.',
  keepalived: 'Accepts it (2.2.8 and later; 2.2.7 does not know the keyword) but only uses it for nopreempt instances.',
  example: 'timer_expired_backup   # without nopreempt',
  fix: 'Add nopreempt (with state BACKUP) or remove the line.',
  *check({ model }) {
    for (const inst of model.instances) {
      const line = inst.last('timer_expired_backup');
      if (inst.dropped || !line || inst.nopreempt) continue;
      yield {
        span: line.keyword.span,
        message: `timer_expired_backup only changes what a nopreempt instance does after a long stall; ${inst.name} preempts, so it has no effect. Add nopreempt (with state BACKUP) or remove the line.`,
        data: { remove: true },
      };
    }
  },
};
