import { liveRealServers, lvsModel } from '../../analysis/lvs';
import type { Rule } from '../rule';
import { spanOfWords } from '../support';

/** A virtual server without any (valid) real server. */
export const realServerMissing: Rule = {
  id: 'real-server-missing',
  severity: 'warning',
  title: 'A virtual_server without any real_server.',
  keepalived: 'Reports "Virtual server X has no real servers - ignoring" and does not set the service up.',
  example: 'virtual_server 192.0.2.1 80 { lb_algo rr }',
  fix: 'Add at least one real_server.',
  *check({ model }) {
    for (const vs of lvsModel(model).virtualServers) {
      if (vs.invalid || liveRealServers(vs).length > 0) continue;
      yield {
        span: spanOfWords(vs.stmt.keyword, vs.stmt.args[vs.stmt.args.length - 1] ?? vs.stmt.keyword),
        message:
          'This virtual server has no real_server: keepalived ignores it entirely (no IPVS service, no sorry server). Add `real_server <ip> <port> { ... }`.',
      };
    }
  },
};
