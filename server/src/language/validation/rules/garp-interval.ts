import { readDecimal } from '../../analysis/values';
import type { Rule } from '../rule';

const MAX = 4294.967295;

/** vrrp_garp_interval / vrrp_gna_interval take 0.000001–4294.967295 s; 0 is rejected. */
export const garpInterval: Rule = {
  id: 'garp-interval',
  severity: 'warning',
  title: 'A vrrp_garp_interval / vrrp_gna_interval keepalived rejects: 0, negative, more than 6 decimals, over 4294.967295 or not a number.',
  keepalived: 'Reports "vrrp_garp_interval is invalid" and ignores it, so gratuitous ARPs / neighbour adverts are sent without any pause.',
  example: 'vrrp_garp_interval 0',
  fix: 'Delete the line for no pause, or give a positive number of seconds.',
  *check({ model }) {
    for (const g of model.globals.globalDefs) {
      for (const line of g.body?.statements ?? []) {
        const w = line.args[0];
        const kw = line.keyword.value;
        if (line.isValue || (kw !== 'vrrp_garp_interval' && kw !== 'vrrp_gna_interval') || !w) continue;
        const decimals = /\.(\d+)/.exec(w.value)?.[1]?.length ?? 0;
        const r = readDecimal(w.value, 0.000001, MAX);
        if (r.ok && decimals <= 6) continue;
        const zero = r.value === 0;
        const why = zero
          ? '0 is not accepted (the smallest pause is 0.000001 s)'
          : !r.ok && r.reason === 'invalid'
            ? 'is not a number'
            : decimals > 6
              ? 'has more than 6 decimals'
              : r.value !== undefined && r.value < 0
                ? 'is negative'
                : `is over ${MAX} s`;
        yield {
          span: w.span,
          message:
            `${kw} '${w.value}': ${why}. keepalived reports the configuration as invalid and ignores the line, so it sends without any pause. ` +
            (zero ? 'That is what 0 asks for: delete the line.' : 'Write a number of seconds such as 0.001.'),
          data: zero ? { remove: true } : r.value !== undefined && r.value > MAX ? { replacement: String(MAX) } : undefined,
        };
      }
    }
  },
};
