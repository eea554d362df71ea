import { inetAtonValue } from '../../analysis/addresses';
import { lvsModel, serviceFamily } from '../../analysis/lvs';
import type { Finding, Rule } from '../rule';

/** A netmask of leading ones (255.255.255.0): anything else groups clients by scattered bits. */
function solid(mask: number): boolean {
  const inverted = ~mask >>> 0;
  return ((inverted + 1) & inverted) >>> 0 === 0;
}

const dotted = (m: number) => [24, 16, 8, 0].map((s) => (m >>> s) & 255).join('.');
const prefixMask = (n: number) => (n === 0 ? 0 : (0xffffffff << (32 - n)) >>> 0);

/**
 * An IPv4 service's persistence_granularity that keepalived takes but is no prefix of ones:
 * `24` is the address 0.0.0.24 to inet_aton, not /24, so clients that differ in other bits of
 * their address are not kept on one real server.
 */
export const persistenceMask: Rule = {
  id: 'persistence-mask',
  severity: 'warning',
  title: 'An IPv4 persistence_granularity that is not a netmask of leading ones (`24` is read as 0.0.0.24, not /24).',
  keepalived:
    'Takes any IPv4 address as the netmask without a word (it reads `24` as 0.0.0.24); persistence then groups clients by those scattered bits instead of by network.',
  example: 'virtual_server 192.0.2.1 80 { persistence_granularity 24 ... }',
  fix: 'Write the netmask in dotted form: 255.255.255.0 for a /24.',
  *check({ model }) {
    for (const vs of lvsModel(model).virtualServers) {
      if (vs.invalid) continue;
      for (const [stmt, read] of serviceFamily(vs).granularity) {
        const w = stmt.args[0];
        const mask = read.family === 4 && w ? inetAtonValue(w.value) : undefined;
        if (mask === undefined || solid(mask)) continue;
        const n = /^\d+$/.test(w!.value) ? Number(w!.value) : undefined;
        const meant = n !== undefined && n >= 1 && n <= 32 ? dotted(prefixMask(n)) : undefined;
        const finding: Finding = {
          span: w!.span,
          message: `persistence_granularity '${w!.value}' is the netmask ${dotted(mask)} to keepalived${n !== undefined ? `, not /${n}` : ''}: it is not a prefix of ones, so clients are kept together by scattered address bits, not by network.${meant ? ` For /${n} write ${meant}.` : ' Write a netmask such as 255.255.255.0.'}`,
          ...(meant ? { data: { replacement: meant } } : {}),
        };
        yield finding;
      }
    }
  },
};
