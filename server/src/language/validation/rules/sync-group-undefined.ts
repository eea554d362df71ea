import { nearest } from '../../analysis/suggest';
import { syncGroups } from '../../analysis/syncGroups';
import type { Rule } from '../rule';

/** A sync group member that names no vrrp_instance. */
export const syncGroupUndefined: Rule = {
  id: 'sync-group-undefined',
  severity: 'warning',
  title: 'A vrrp_sync_group member that is not a vrrp_instance.',
  keepalived: 'Reports "Virtual router X specified in sync group Y doesn\'t exist - ignoring" and leaves it out of the group.',
  example: 'vrrp_sync_group SG { group { VI_1 VI_MISSING } }',
  fix: 'List only names of existing vrrp_instances.',
  *check({ model }) {
    let known: string[] | undefined;
    const names = (): string[] => (known ??= model.symbols.ofKind('vrrp_instance').map((d) => d.name));
    for (const g of syncGroups(model)) {
      for (const m of g.members) {
        if (m.status !== 'undefined') continue;
        const suggestion = nearest(m.ref.name, names());
        yield {
          span: m.ref.word.span,
          message: `No vrrp_instance '${m.ref.name}' exists: keepalived leaves it out of sync group ${g.obj.name}.${suggestion ? ` Did you mean '${suggestion}'?` : ''}`,
          data: suggestion ? { suggestion } : undefined,
        };
      }
    }
  },
};
