import { liveRealServers, lvsModel } from '../../analysis/lvs';
import type { Rule } from '../rule';

/** `protocol` in a fwmark virtual server: the mark, not the protocol, selects the traffic. */
export const fwmarkProtocol: Rule = {
  id: 'fwmark-protocol',
  severity: 'warning',
  title: '`protocol` in a fwmark virtual server (or one whose group has only fwmarks): it is ignored.',
  keepalived: 'Reports "Warning: Virtual server FWM n: protocol specified for fwmark - protocol will be ignored".',
  example: 'virtual_server fwmark 1 { protocol TCP ... }',
  fix: 'Remove `protocol` from the fwmark service.',
  *check({ model }) {
    const lvs = lvsModel(model);
    for (const vs of lvs.virtualServers) {
      if (vs.invalid || !vs.protocol || liveRealServers(vs).length === 0) continue;
      let fwmark = vs.kind === 'fwmark';
      if (vs.kind === 'group') {
        const valid = lvs.group(vs.target?.value ?? '')?.entries.filter((e) => e.valid) ?? [];
        fwmark = valid.length > 0 && valid.every((e) => e.fwmark);
      }
      if (!fwmark) continue;
      for (const line of vs.protocolLines) {
        if (!line.args[0]) continue;
        yield {
          span: line.span,
          message:
            'A fwmark virtual server matches packets by their firewall mark, whatever the protocol: keepalived ignores this `protocol` line and warns. Remove it (select the protocol in the rule that sets the mark).',
          data: { remove: true },
        };
      }
    }
  },
};
