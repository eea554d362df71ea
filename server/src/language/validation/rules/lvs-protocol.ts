import { liveRealServers, lvsModel } from '../../analysis/lvs';
import type { Rule } from '../rule';
import { spanOfWords } from '../support';

/** `protocol` that is not TCP/UDP/SCTP, or an address-based virtual server without one. */
export const lvsProtocol: Rule = {
  id: 'lvs-protocol',
  severity: 'warning',
  title: 'A virtual server `protocol` that is not TCP, UDP or SCTP, or an address-based virtual server without `protocol`.',
  keepalived: 'Reports "Unknown protocol X - ignoring"; without a protocol it reports "no protocol set - defaulting to UDP" and sets the service up for UDP.',
  example: 'protocol HTTP',
  fix: 'Use TCP, UDP or SCTP; set it on every address-based virtual server.',
  *check({ model }) {
    const lvs = lvsModel(model);
    for (const vs of lvs.virtualServers) {
      if (vs.invalid) continue;
      for (const line of vs.protocolLines) {
        const w = line.args[0];
        if (!w || ['TCP', 'UDP', 'SCTP'].includes(w.value.toUpperCase())) continue;
        yield {
          span: w.span,
          message: `'${w.value}' is not a protocol keepalived knows: it ignores this line${vs.protocol ? ` and keeps ${vs.protocol}` : ''}. Use TCP, UDP or SCTP.`,
        };
      }
      if (vs.protocol || vs.protocolLines.length > 0 || liveRealServers(vs).length === 0) continue;
      const byAddress =
        vs.kind === 'address' || (vs.kind === 'group' && (lvs.group(vs.target?.value ?? '')?.entries.some((e) => e.valid && !e.fwmark) ?? false));
      if (!byAddress) continue;
      yield {
        span: spanOfWords(vs.stmt.keyword, vs.stmt.args[vs.stmt.args.length - 1] ?? vs.stmt.keyword),
        message:
          'This virtual server sets no protocol: keepalived sets the service up for UDP and reports it, so a TCP service gets no traffic. Add `protocol TCP` (or UDP, SCTP).',
        data: { add: 'protocol' },
      };
    }
  },
};
