import type { Finding, Rule } from '../rule';

const isTtl = (v: string): boolean => /^\d+$/.test(v) && Number(v) <= 255;

/** Options after a unicast peer address: `min_ttl <0-255>` / `max_ttl <0-255>`, as keepalived reads them in pairs. */
export const unicastPeerOption: Rule = {
  id: 'unicast-peer-option',
  severity: 'warning',
  title: 'A unicast peer option keepalived rejects: a word other than min_ttl/max_ttl, an option without its value, or min_ttl above max_ttl.',
  keepalived:
    'Reports "unknown unicast_peer option", "min_ttl is missing a value" (and stops reading the line) or "min_ttl N > max_ttl M - all packets will be discarded" (and then drops every advert from that peer).',
  example: 'unicast_peer { 192.0.2.12 min_ttl 10 max_ttl 5 }',
  fix: 'Write `<address> [min_ttl <n>] [max_ttl <n>]` with min_ttl ≤ max_ttl.',
  *check({ model }) {
    for (const inst of model.instances) {
      if (inst.dropped) continue;
      for (const p of inst.unicastPeers) {
        if (!p.addr) continue;
        const w = p.stmt.args;
        let min = 0;
        let max = 255;
        const out: Finding[] = [];
        for (let i = 0; i < w.length; i += 2) {
          const opt = w[i]!;
          const value = w[i + 1];
          if (!value) {
            out.push({ span: opt.span, message: `'${opt.value}' needs a value (0..255): keepalived reports it and reads no further on this line.` });
            break;
          }
          // keepalived reads the value first: a bad number is reported as such, and the pair is skipped
          if (!isTtl(value.value)) {
            out.push({ span: value.span, message: `'${value.value}' is not a TTL (0..255): keepalived reports it and ignores '${opt.value} ${value.value}'.` });
            continue;
          }
          if (opt.value === 'min_ttl') min = Number(value.value);
          else if (opt.value === 'max_ttl') max = Number(value.value);
          else {
            out.push({
              span: opt.span,
              message: `'${opt.value}' is not a unicast peer option (min_ttl, max_ttl): keepalived reports it and reads no further on this line.`,
            });
            break;
          }
        }
        if (min > max)
          out.push({
            span: p.stmt.span,
            message: `min_ttl ${min} is above max_ttl ${max}: keepalived warns that every advert from ${p.word.value} will be discarded, so this peer is never heard.`,
          });
        yield* out;
      }
    }
  },
};
