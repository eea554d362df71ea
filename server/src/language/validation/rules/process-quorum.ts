import { readInteger } from '../../analysis/values';
import type { Rule } from '../rule';

/**
 * vrrp_track_process `quorum` / `quorum_max` that keepalived refuses because of the other one.
 * keepalived checks each line against what the lines before it set (quorum starts at 1,
 * quorum_max unlimited), so which line is refused depends on their order.
 */
export const processQuorum: Rule = {
  id: 'process-quorum',
  severity: 'warning',
  title: 'A vrrp_track_process `quorum` above its `quorum_max`, or a `quorum_max` below its `quorum`.',
  keepalived:
    'Reads the lines in order and refuses the one that contradicts what is already set: "Quorum is greater than quorum_max - ignoring" on a quorum after a smaller quorum_max, "quorum_max is less than quorum - ignoring" on a quorum_max after a larger quorum; the earlier value stays.',
  example: 'vrrp_track_process p { process nginx  quorum 3  quorum_max 2 }',
  fix: 'Make quorum ≤ quorum_max (quorum_max 0 alone means the process must not run).',
  *check({ model }) {
    for (const s of model.parsed.statements) {
      if (s.isValue || s.keyword.value !== 'vrrp_track_process' || !s.def || !s.body) continue;
      const name = s.args[0]?.value ?? '';
      let quorum = 1;
      let max = Infinity;
      for (const line of s.body.statements) {
        const w = line.args[0];
        if (line.isValue || !line.def || !w) continue;
        if (line.keyword.value === 'quorum') {
          const r = readInteger(w.value, 1, 65535, true);
          if (!r.ok) continue; // argument-value
          if (r.value > max) {
            yield {
              span: w.span,
              message: `quorum ${r.value} of vrrp_track_process '${name}' is above its quorum_max ${max}, set above: keepalived ignores this quorum and keeps ${quorum}. Raise quorum_max or lower the quorum.`,
            };
            continue;
          }
          quorum = r.value;
        } else if (line.keyword.value === 'quorum_max') {
          const r = readInteger(w.value, 0, 65535, true);
          if (!r.ok) continue; // argument-value
          if ((r.value !== 0 || quorum > 1) && r.value < quorum) {
            yield {
              span: w.span,
              message: `quorum_max ${r.value} of vrrp_track_process '${name}' is below its quorum ${quorum}, set above: keepalived ignores this quorum_max and keeps ${max === Infinity ? 'no upper limit' : max}. Raise quorum_max or lower the quorum.`,
            };
            continue;
          }
          max = r.value;
          if (max === 0) quorum = 0;
          else if (quorum === 0) quorum = 1;
        }
      }
    }
  },
};
