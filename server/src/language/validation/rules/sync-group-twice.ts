import { syncGroups } from '../../analysis/syncGroups';
import type { Rule } from '../rule';

/** An instance listed in two sync groups (or twice in one). */
export const syncGroupTwice: Rule = {
  id: 'sync-group-twice',
  severity: 'warning',
  title: 'A vrrp_instance listed in more than one vrrp_sync_group (or twice in one).',
  keepalived: 'Reports "Virtual router X cannot exist in more than one sync group; ignoring Y" and keeps the instance only in the first group.',
  example: 'group { VI_1 VI_2 } ... group { VI_2 VI_3 }',
  fix: 'Put each instance in one sync group only.',
  *check({ model }) {
    const groups = syncGroups(model);
    const owner = new Map(groups.flatMap((g) => g.members.filter((m) => m.status === 'ok').map((m) => [m.ref, g.obj.name] as const)));
    for (const g of groups) {
      for (const m of g.members) {
        if (m.status !== 'twice' || !m.first) continue;
        const firstGroup = owner.get(m.first) ?? g.obj.name;
        const same = firstGroup === g.obj.name;
        yield {
          span: m.ref.word.span,
          message: same
            ? `vrrp_instance '${m.ref.name}' is listed twice in sync group ${g.obj.name}: keepalived keeps the first entry and reports the second. Remove it.`
            : `vrrp_instance '${m.ref.name}' is already in sync group ${firstGroup}: an instance can belong to one sync group only, so keepalived leaves it out of ${g.obj.name}.`,
          related: [{ span: m.first.word.span, message: `'${m.ref.name}' first listed here (sync group ${firstGroup})` }],
        };
      }
    }
  },
};
