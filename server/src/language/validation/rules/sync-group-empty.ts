import { closingSpan } from '../../analysis/blocks';
import { syncGroups } from '../../analysis/syncGroups';
import { childrenOf } from '../../syntax/ast';
import type { Rule } from '../rule';

/** A sync group with no member instance: keepalived removes it. */
export const syncGroupEmpty: Rule = {
  id: 'sync-group-empty',
  severity: 'warning',
  title: 'A vrrp_sync_group with no member instance (no `group { }` block, an empty one, or only unknown names).',
  keepalived:
    'Reports "Sync group X has no virtual router(s). removing" (and "has empty group block") and removes the group, so its notify scripts and tracking never apply.',
  example: 'vrrp_sync_group VG1 { VI_1 VI_2 }',
  fix: 'List the instances inside `group { }`.',
  *check({ model }) {
    let known: ReadonlySet<string> | undefined;
    const instances = (): ReadonlySet<string> => (known ??= new Set(model.symbols.ofKind('vrrp_instance').map((d) => d.name)));
    for (const g of syncGroups(model)) {
      if (g.effective > 0) continue;
      // Instance names written straight into the sync group body (keepalived.conf.vrrp.lvs_syncd does this).
      const loose = childrenOf(g.stmt).filter((c) => !c.isValue && !c.def && instances().has(c.keyword.value));
      const emptyBlock = g.groupBlock && g.members.length === 0;
      const why =
        loose.length > 0
          ? `the instance names (${loose.map((c) => c.keyword.value).join(', ')}) are written directly in the sync group, where keepalived reads them as unknown keywords: put them inside \`group { }\``
          : !g.groupBlock
            ? 'it has no `group { }` block listing its instances'
            : emptyBlock
              ? 'its `group { }` block is empty'
              : 'none of the names in its `group { }` block is an existing vrrp_instance that is not already in another sync group';
      yield {
        span: emptyBlock && g.groupBlock ? closingSpan(g.groupBlock) : g.obj.nameWord.span,
        message: `Sync group ${g.obj.name} has no member instance: ${why}. keepalived removes the group, so its notify scripts and tracking never apply.`,
        related: loose.length > 0 ? loose.map((c) => ({ span: c.keyword.span, message: `'${c.keyword.value}' belongs inside group { }` })) : undefined,
        data: loose.length > 0 ? { members: loose.map((c) => c.keyword.value) } : undefined,
      };
    }
  },
};
