import { closingSpan } from '../../analysis/blocks';
import { lvsModel } from '../../analysis/lvs';
import type { Rule } from '../rule';

/** A virtual_server_group with no valid entry. */
export const vsgMissingMembers: Rule = {
  id: 'vsg-missing-members',
  severity: 'warning',
  title: 'A virtual_server_group without any valid address, range or fwmark entry.',
  keepalived: 'Reports "virtual server group X has no entries - removing"; virtual servers that use the group are then not set up.',
  example: 'virtual_server_group G { }',
  fix: 'List addresses, ranges or fwmarks in the group.',
  *check({ model }) {
    for (const g of lvsModel(model).groups) {
      if (g.entries.some((e) => e.valid)) continue;
      yield {
        span: closingSpan(g.stmt),
        message: `virtual_server_group '${g.name}' has no ${g.entries.length > 0 ? 'valid ' : ''}entry: keepalived removes it, and virtual servers using it are not set up. List \`<ip>[-<last>] <port>\` or \`fwmark <n>\` lines.`,
        related: [{ span: g.stmt.keyword.span, message: `virtual_server_group '${g.name}' starts here` }],
      };
    }
  },
};
