import { lvsModel } from '../../analysis/lvs';
import type { Rule } from '../rule';

/** A virtual_server_group entry keepalived skips (check_data.c alloc_vsg_entry, utils.c inet_stor). */
export const vsgEntryInvalid: Rule = {
  id: 'vsg-entry-invalid',
  severity: 'warning',
  title: 'A virtual_server_group entry keepalived cannot read: a bad address, port, mask or range, or a fwmark out of range or with an unknown family.',
  keepalived:
    'Reports the entry ("Invalid virtual server group IP address", "Invalid netmask", "Address mask bits not empty", "Address range end is not greater than address range start", "fwmark ... must be in [0, 4294967295]"...) and skips it; a `fwmark` without its number stops the configuration.',
  example: 'virtual_server_group G { 10.0.0.5-3 80 }',
  fix: 'Write `<address> <port>`, `<address>-<last octet> <port>`, `<address>-<end address> <port>`, `<network>/<mask> <port>` or `fwmark <n> [inet|inet6]`.',
  *check({ model }) {
    for (const g of lvsModel(model).groups) {
      for (const e of g.entries) {
        const p = e.read.problem;
        if (!p) continue;
        const word = p.word === 0 ? e.stmt.keyword : (e.stmt.args[p.word - 1] ?? e.stmt.keyword);
        yield {
          span: e.read.fatal ? e.stmt.span : word.span,
          severity: e.read.fatal ? 'error' : undefined,
          message: e.read.fatal
            ? `virtual_server_group '${g.name}': ${p.text}.`
            : `virtual_server_group '${g.name}': ${p.text}; keepalived reports it and skips this entry.`,
        };
      }
    }
  },
};
