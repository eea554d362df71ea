import { lvsModel } from '../../analysis/lvs';
import type { Rule } from '../rule';

/** A virtual_server line keepalived cannot read (check_data.c alloc_vs): its service is never set up. */
export const virtualServerInvalid: Rule = {
  id: 'virtual-server-invalid',
  severity: 'error',
  title: 'A virtual_server whose address, port or fwmark keepalived cannot read, or that lacks its address, mark or group name.',
  keepalived:
    'Reports "Invalid virtual server IP address/port ... - skipping" (or "virtual server fwmark ... must be in [0, 4294967295] - ignoring") and skips the whole block; without any word it stops at the missing parameter, and `fwmark` or `group` alone crashes keepalived 2.2.7.',
  example: 'virtual_server localhost 80 {',
  fix: 'Write a numeric IPv4 or IPv6 address and a port 1..65535 (or none), `fwmark <0..4294967295>` or `group <name>`.',
  *check({ model }) {
    for (const vs of lvsModel(model).virtualServers) {
      const p = vs.problem;
      if (!p) continue;
      const word = p.word < 0 ? undefined : vs.stmt.args[p.word];
      yield { span: word ? word.span : vs.stmt.keyword.span, message: `${p.text}.` };
    }
  },
};
