import { closingSpan } from '../../analysis/blocks';
import { liveSorryServer, lvsModel, serviceFamily, type FamilySource } from '../../analysis/lvs';
import type { RelatedInfo } from '../../issue';
import type { Rule } from '../rule';

/** How a line other than the service's own address made the service `family` (for the messages), and where. */
function setBy(source: FamilySource | undefined, family: 4 | 6 | undefined): { text: string; related: RelatedInfo[] } {
  if (!source || (source.kind !== 'ip_family' && source.kind !== 'persistence_granularity')) return { text: '', related: [] };
  const line = `${source.kind} ${source.stmt.args[0]?.value ?? ''}`;
  const why = source.kind === 'persistence_granularity' && family === 6 ? ', a value without a dot, which keepalived reads as an IPv6 prefix length' : '';
  return {
    text: ` (made IPv${family} by \`${line}\`${why})`,
    related: [{ span: source.stmt.span, message: `this sets the service's family to IPv${family}` }],
  };
}

/** A real or sorry server of the other address family than its virtual server (without tunnelling), or an ip_family contradicting it. */
export const lvsFamilyMismatch: Rule = {
  id: 'lvs-family-mismatch',
  severity: 'warning',
  title:
    'A real_server or sorry_server whose address family differs from the virtual server (only tunnelled servers may differ), or an `ip_family` contradicting the family the service already has.',
  keepalived:
    'Reports "Address family of virtual server and real server X don\'t match - skipping real server." (at the real_server\'s closing brace; for the sorry server at the virtual_server\'s) and drops it; "Virtual server specified family X conflicts with server family" and ignores the ip_family line.',
  example: 'virtual_server 192.0.2.1 80 { real_server 2001:db8::1 80 { } }',
  fix: 'Use an address of the virtual server family, or `lvs_method TUN`; remove an ip_family that contradicts the addresses.',
  *check({ model }) {
    for (const vs of lvsModel(model).virtualServers) {
      if (vs.invalid) continue;
      const { family, source, dropped, refused } = serviceFamily(vs);
      for (const r of refused) {
        const by =
          r.source.kind === 'address'
            ? `its address ${vs.address?.address ?? ''}`
            : r.source.kind === 'real_server'
              ? `its real server ${r.source.stmt.args[0]?.value ?? ''}`
              : `\`${r.source.kind} ${r.source.stmt.args[0]?.value ?? ''}\` above`;
        yield {
          span: r.stmt.span,
          message: `ip_family ${r.family === 4 ? 'inet' : 'inet6'} contradicts the family the service already has, IPv${r.current} (from ${by}): keepalived reports it and ignores the line. Remove it${r.source.kind === 'address' ? ' (an address-based service takes its family from its address)' : ''}.`,
          related: [
            { span: r.source.kind === 'address' ? (vs.target?.span ?? vs.stmt.span) : r.source.stmt.span, message: `this makes the service IPv${r.current}` },
          ],
        };
      }
      const set = setBy(source, family);
      for (const rs of dropped) {
        yield {
          span: closingSpan(rs.stmt),
          message: `Real server ${rs.address!.address} is IPv${rs.address!.family} but the virtual server is IPv${family}${set.text}: keepalived skips it. Use an IPv${family} address, or tunnel to it with \`lvs_method TUN\`.`,
          related: [{ span: rs.addressWord!.span, message: `the IPv${rs.address!.family} address` }, ...set.related],
        };
      }
      const sorry = vs.sorryServer;
      if (sorry?.address && !liveSorryServer(vs)) {
        // checked when keepalived reads the virtual_server's closing brace
        yield {
          span: closingSpan(vs.stmt),
          message: `The sorry server ${sorry.address.address} is IPv${sorry.address.family} but the virtual server is IPv${family!}${set.text}: keepalived drops the sorry server. Use an IPv${family!} address (only TUN may cross families).`,
          related: [{ span: sorry.stmt.span, message: 'the sorry_server line' }, ...set.related],
        };
      }
    }
  },
};
