import { liveRealServers, lvsModel } from '../../analysis/lvs';
import type { Rule } from '../rule';
import { spanOfWords } from '../support';

/** A virtual server with no forwarding method for (some of) its real servers. */
export const lvsMethodMissing: Rule = {
  id: 'lvs-method-missing',
  severity: 'warning',
  title: 'A virtual server without `lvs_method`/`lb_kind` (for real servers that set none): keepalived uses NAT.',
  keepalived:
    'Reports "Virtual server X: no forwarding method set, setting default NAT" and forwards with NAT, which breaks a direct-routing or tunnelling set-up.',
  example: 'virtual_server 192.0.2.1 80 { ... }   # no lb_kind',
  fix: 'Add `lvs_method DR` (or NAT, TUN).',
  *check({ model }) {
    for (const vs of lvsModel(model).virtualServers) {
      if (vs.invalid || vs.method || vs.methodLines.length > 0) continue;
      const without = liveRealServers(vs).filter((r) => !r.ownMethod);
      if (without.length === 0) continue;
      yield {
        span: spanOfWords(vs.stmt.keyword, vs.stmt.args[vs.stmt.args.length - 1] ?? vs.stmt.keyword),
        message: `This virtual server sets no forwarding method${without.length < liveRealServers(vs).length ? ' for some of its real servers' : ''}: keepalived uses NAT and reports it. Add \`lvs_method NAT|DR|TUN\` (DR for direct routing, the usual LVS set-up).`,
        data: { add: 'lvs_method' },
      };
    }
  },
};
