import { liveRealServers, lvsModel } from '../../analysis/lvs';
import type { Rule } from '../rule';
import { spanOfWords } from '../support';

/** An address-based virtual server without a port that is not persistent. */
export const lvsZeroPort: Rule = {
  id: 'lvs-zero-port',
  severity: 'warning',
  title: 'A virtual_server with an address but no port (or port 0) that is not persistent.',
  keepalived: 'Reports "zero port only valid for persistent services - setting" and makes the service persistent for 360 seconds.',
  example: 'virtual_server 192.0.2.1 { ... }',
  fix: 'Give the port, or set persistence_timeout.',
  *check({ model }) {
    for (const vs of lvsModel(model).virtualServers) {
      if (vs.invalid || vs.kind !== 'address' || vs.port !== 0 || vs.persistent) continue;
      if (liveRealServers(vs).length === 0) continue;
      yield {
        span: spanOfWords(vs.stmt.keyword, vs.stmt.args[vs.stmt.args.length - 1] ?? vs.stmt.keyword),
        message:
          'This virtual server has no port: an all-ports service must be persistent, so keepalived turns persistence on (360 s) and reports it. Give the port, or set `persistence_timeout` yourself.',
      };
    }
  },
};
