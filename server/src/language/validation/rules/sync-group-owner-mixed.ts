import { syncGroups } from '../../analysis/syncGroups';
import type { VrrpInstance } from '../../analysis/vrrp';
import type { Reference } from '../../analysis/symbols';
import type { Rule } from '../rule';

/**
 * A sync group whose first members are address owners (state MASTER, priority 255) and a later
 * one is a BACKUP: the members cannot start in the same state (vrrp_sync.c vrrp_sync_set_group).
 */
export const syncGroupOwnerMixed: Rule = {
  id: 'sync-group-owner-mixed',
  severity: 'warning',
  title: 'A vrrp_sync_group mixing address owners (state MASTER, priority 255) with BACKUP members.',
  keepalived:
    'Reports "Sync group X has some member(s) as address owner and some not as address owner. This won\'t work." at start: an owner is always MASTER while the group makes all members change state together.',
  example: 'vrrp_sync_group SG { group { VI_OWNER VI_BACKUP } }',
  fix: 'Give every member of the group the same role: all address owners, or none (priority below 255).',
  *check({ model }) {
    const byName = new Map<string, VrrpInstance>();
    for (const inst of model.instances) if (!inst.dropped && !byName.has(inst.name)) byName.set(inst.name, inst);
    for (const g of syncGroups(model)) {
      let state: 'init' | 'owner' | 'backup' = 'init';
      let owner: Reference | undefined;
      for (const m of g.members) {
        const inst = m.status === 'ok' ? byName.get(m.ref.name) : undefined;
        if (!inst) continue;
        if (state === 'owner' && inst.state === 'BACKUP')
          yield {
            span: m.ref.word.span,
            message: `${inst.name} is a BACKUP member of sync group ${g.obj.name}, whose earlier member ${owner?.name ?? ''} owns its addresses (state MASTER, priority 255): an owner is always MASTER, and the group wants all members in one state, so keepalived reports that this will not work. Make every member an owner, or none.`,
            related: owner ? [{ span: owner.word.span, message: 'the address owner' }] : undefined,
          };
        if (state !== 'backup') {
          const isOwner = inst.state === 'MASTER' && inst.priorityValue === 255;
          state = isOwner ? 'owner' : 'backup';
          if (isOwner) owner ??= m.ref;
        }
      }
    }
  },
};
