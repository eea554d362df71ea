import { effectiveMethod, liveRealServers, liveSorryServer, lvsModel, type VirtualServer } from '../../analysis/lvs';
import type { Finding, Rule } from '../rule';

function* check(vs: VirtualServer, groupEntries: { hasFwmark: boolean; ports: number[] } | undefined): Generator<Finding> {
  // a sorry server keepalived drops for its family (lvs-family-mismatch) gets no port check
  const sorry = liveSorryServer(vs);
  const servers = [
    ...liveRealServers(vs).map((rs) => ({ what: 'real server', portWord: rs.portWord, port: rs.port, method: effectiveMethod(vs, rs) })),
    ...(sorry ? [{ what: 'sorry server', portWord: sorry.portWord, port: sorry.port, method: sorry.method as string | undefined }] : []),
  ];
  for (const s of servers) {
    if (s.method === 'NAT' || !s.portWord || s.port === 0) continue;
    const how = s.method ?? 'a method other than NAT';
    if (vs.kind === 'fwmark' || groupEntries?.hasFwmark) {
      yield {
        span: s.portWord.span,
        message: `A fwmark virtual server forwarding with ${how} cannot send to a port: keepalived ${vs.kind === 'fwmark' ? 'clears' : 'ignores'} the ${s.what} port ${s.port}. Remove it (only NAT can change the port).`,
        data: { remove: true },
      };
    } else if (vs.kind === 'address' && s.port !== vs.port) {
      yield {
        span: s.portWord.span,
        message: `With ${how} the ${s.what} receives packets on the virtual server port ${vs.port}: keepalived resets port ${s.port} to ${vs.port}. Use port ${vs.port}, or NAT to change the port.`,
        data: { replacement: String(vs.port) },
      };
    } else if (groupEntries && groupEntries.ports.some((p) => p !== 0 && p !== s.port)) {
      yield {
        span: s.portWord.span,
        message: `With ${how} the ${s.what} receives packets on the virtual server group's ports (${[...new Set(groupEntries.ports)].join(', ')}), not on ${s.port}: keepalived reports the mismatch. Use the same port, or NAT to change the port.`,
      };
    }
  }
}

/** A real or sorry server port that differs from the virtual server port while not using NAT. */
export const sorryServerPort: Rule = {
  id: 'sorry-server-port',
  severity: 'warning',
  title: 'A real_server or sorry_server port that differs from the virtual server port (or any port with fwmark) while forwarding with DR or TUN.',
  keepalived:
    'Reports "virtual server X and real server Y ports don\'t match - resetting" (or "sorry server ports don\'t match", or "has port specified - clearing" for fwmark) and changes the port.',
  example: 'lb_kind DR ... real_server 10.0.0.1 8080',
  fix: 'Use the virtual server port with DR/TUN, or NAT to change ports.',
  *check({ model }) {
    const lvs = lvsModel(model);
    for (const vs of lvs.virtualServers) {
      if (vs.invalid) continue;
      let groupEntries: { hasFwmark: boolean; ports: number[] } | undefined;
      if (vs.kind === 'group') {
        const g = lvs.group(vs.target?.value ?? '');
        if (!g) continue;
        const valid = g.entries.filter((e) => e.valid);
        // check_data.c validate_check_config: a group with any fwmark entry gets the fwmark warnings
        groupEntries = { hasFwmark: valid.some((e) => e.fwmark), ports: valid.filter((e) => !e.fwmark).map((e) => e.port) };
      }
      yield* check(vs, groupEntries);
    }
  },
};
