import { syncGroups } from '../../analysis/syncGroups';
import type { Rule } from '../rule';

/** A sync group left with a single instance: it synchronises nothing. */
export const syncGroupSingle: Rule = {
  id: 'sync-group-single',
  severity: 'warning',
  title: 'A vrrp_sync_group with only one (existing) member instance.',
  keepalived: 'Reports "Sync group X has only 1 virtual router(s) - this probably isn\'t what you want" and keeps the group.',
  example: 'vrrp_sync_group SG { group { VI_1 } }',
  fix: 'List all the instances that must fail over together, or drop the group.',
  *check({ model }) {
    for (const g of syncGroups(model)) {
      if (g.effective !== 1) continue;
      const only = g.members.find((m) => m.status === 'ok')!;
      const dropped = g.members.length - 1;
      yield {
        span: g.obj.nameWord.span,
        message: `Sync group ${g.obj.name} ends up with one instance (${only.ref.name})${dropped > 0 ? ` after keepalived drops ${dropped} other entr${dropped === 1 ? 'y' : 'ies'}` : ''}: a sync group makes several instances change state together, so with one it only adds the group's restrictions (tracking weights are ignored). List the other instances or remove the group.`,
        related: [{ span: only.ref.word.span, message: `the only member` }],
      };
    }
  },
};
