import { liveRealServers, lvsModel } from '../../analysis/lvs';
import type { Rule } from '../rule';
import { spanOfWords } from '../support';

/** Two real_servers with the same address and port in one virtual server. */
export const realServerDuplicate: Rule = {
  id: 'real-server-duplicate',
  severity: 'warning',
  title: 'The same real_server (address and port) twice in one virtual_server.',
  keepalived: 'Reports "real server X is duplicated - removing second rs" and drops the second block with its checkers.',
  example: 'real_server 10.0.0.1 80 { ... }  real_server 10.0.0.1 80 { ... }',
  fix: 'Merge the two blocks.',
  *check({ model }) {
    for (const vs of lvsModel(model).virtualServers) {
      if (vs.invalid) continue;
      const seen = new Map<string, (typeof vs.realServers)[number]>();
      for (const rs of liveRealServers(vs)) {
        const key = `${rs.address!.address}\0${rs.port}`;
        const first = seen.get(key);
        if (!first) {
          seen.set(key, rs);
          continue;
        }
        yield {
          span: spanOfWords(rs.stmt.keyword, rs.stmt.args[rs.stmt.args.length - 1] ?? rs.stmt.keyword),
          message: `This real_server repeats ${rs.addressWord!.value}${rs.port ? ` port ${rs.port}` : ''}: keepalived removes this second block and its checkers. Merge the two blocks.`,
          related: [{ span: first.stmt.keyword.span, message: 'the real_server keepalived keeps' }],
        };
      }
    }
  },
};
