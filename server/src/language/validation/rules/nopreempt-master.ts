import type { Rule } from '../rule';

/** nopreempt only works for an instance that starts as BACKUP below priority 255. */
export const nopreemptMaster: Rule = {
  id: 'nopreempt-master',
  severity: 'warning',
  title: 'nopreempt with state MASTER or priority 255, where keepalived clears it.',
  keepalived:
    'Prints "nopreempt will not work with initial state MASTER - clearing" (or "nopreempt is incompatible with priority 255") without a line number and runs the instance with preemption on.',
  example: 'state MASTER … nopreempt',
  fix: 'Use `state BACKUP` on every node, or drop nopreempt.',
  *check({ model }) {
    for (const inst of model.instances) {
      const np = inst.nopreemptStmt;
      if (inst.dropped || !np) continue;
      if (inst.effectivePriority === 255) {
        yield {
          span: np.keyword.span,
          message: `nopreempt has no effect on ${inst.name}: with priority 255 this node owns the addresses and always takes over, so keepalived clears nopreempt. Remove it, or use a priority below 255 with state BACKUP on every node.`,
          data: { remove: true },
        };
      } else if (inst.wantState === 'MASTER') {
        const stateWord = inst.last('state')?.args[0];
        yield {
          span: np.keyword.span,
          message: `nopreempt has no effect on ${inst.name} because it starts as MASTER: keepalived clears it and this node will take the VIPs back whenever it has the highest priority. For nopreempt, set \`state BACKUP\` on every node.`,
          related: stateWord ? [{ span: stateWord.span, message: 'the initial state MASTER' }] : undefined,
          data: { state: 'BACKUP' },
        };
      }
    }
  },
};
