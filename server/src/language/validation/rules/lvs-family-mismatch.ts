import { closingSpan } from '../../analysis/blocks';
import { liveSorryServer, lvsModel, serviceFamily } from '../../analysis/lvs';
import type { Rule } from '../rule';

/** A real or sorry server of the other address family than its virtual server (without tunnelling). */
export const lvsFamilyMismatch: Rule = {
  id: 'lvs-family-mismatch',
  severity: 'warning',
  title: 'A real_server or sorry_server whose address family differs from the virtual server (only tunnelled servers may differ).',
  keepalived:
    "Reports \"Address family of virtual server and real server X don't match - skipping real server.\" (at the real_server's closing brace; for the sorry server at the virtual_server's) and drops it.",
  example: 'virtual_server 192.0.2.1 80 { real_server 2001:db8::1 80 { } }',
  fix: 'Use an address of the virtual server family, or `lvs_method TUN`.',
  *check({ model }) {
    for (const vs of lvsModel(model).virtualServers) {
      if (vs.invalid) continue;
      const { family, dropped } = serviceFamily(vs);
      for (const rs of dropped) {
        yield {
          span: closingSpan(rs.stmt),
          message: `Real server ${rs.address!.address} is IPv${rs.address!.family} but the virtual server is IPv${family}: keepalived skips it. Use an IPv${family} address, or tunnel to it with \`lvs_method TUN\`.`,
          related: [{ span: rs.addressWord!.span, message: `the IPv${rs.address!.family} address` }],
        };
      }
      const sorry = vs.sorryServer;
      if (sorry?.address && !liveSorryServer(vs)) {
        // checked when keepalived reads the virtual_server's closing brace
        yield {
          span: closingSpan(vs.stmt),
          message: `The sorry server ${sorry.address.address} is IPv${sorry.address.family} but the virtual server is IPv${family!}: keepalived drops the sorry server. Use an IPv${family!} address (only TUN may cross families).`,
          related: [{ span: sorry.stmt.span, message: 'the sorry_server line' }],
        };
      }
    }
  },
};
