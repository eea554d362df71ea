import { closingSpan } from '../../analysis/blocks';
import { lvsModel } from '../../analysis/lvs';
import type { Rule } from '../rule';

/** A virtual_server_group with IPv4 and IPv6 entries and a fwmark without a family (check_parser.c vsg_handler). */
export const vsgFamilyMixed: Rule = {
  id: 'vsg-family-mixed',
  severity: 'warning',
  title: 'A virtual_server_group mixing IPv4 and IPv6 entries with a fwmark that names no family.',
  keepalived:
    'Reports "virtual server group X cannot have IPv4, IPv6 and fwmark without family - removing" and removes the group; virtual servers using it are not set up.',
  example: 'virtual_server_group G { 10.0.0.1 80  2001:db8::1 80  fwmark 5 }',
  fix: 'Give the fwmark its family (`fwmark 5 inet` or `inet6`), or split the group by family.',
  *check({ model }) {
    for (const g of lvsModel(model).groups) {
      if (!g.mixed) continue;
      const bare = g.entries.filter((e) => e.valid && e.fwmark && e.read.family === undefined);
      yield {
        span: closingSpan(g.stmt),
        message: `virtual_server_group '${g.name}' holds IPv4 and IPv6 entries and a fwmark without a family: keepalived removes the group, and virtual servers using it are not set up. Add \`inet\` or \`inet6\` after the fwmark, or split the group by family.`,
        related: bare.map((e) => ({ span: e.stmt.span, message: 'a fwmark without a family' })),
      };
    }
  },
};
