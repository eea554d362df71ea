import { readInteger } from '../../analysis/values';
import { statementsNamed } from '../../syntax/ast';
import type { Rule } from '../rule';

/** vrrp_script weight is −253..253; keepalived reports a value outside but keeps it. */
export const scriptWeightRange: Rule = {
  id: 'script-weight-range',
  severity: 'warning',
  title: 'A vrrp_script weight outside −253..253 or not a number.',
  keepalived: 'Reports "weight must be in [-253, 253]" but keeps an out-of-range number (the effective priority is still held within 1..254).',
  example: 'vrrp_script chk { weight 254 }',
  fix: 'Use −253..253.',
  *check({ model }) {
    for (const s of statementsNamed(model.parsed.statements, 'weight')) {
      const w = s.args[0];
      if (s.isValue || s.blockId !== 'vrrp_script' || s.keyword.value !== 'weight' || !w) continue;
      const r = readInteger(w.value, -253, 253, false);
      if (!r.ok) {
        const clamp = r.value === undefined ? undefined : String(Math.max(-253, Math.min(253, r.value)));
        yield {
          span: w.span,
          message:
            r.reason === 'invalid'
              ? `vrrp_script weight '${w.value}' is not a whole number: keepalived reports it and does not use it. Write a number from -253 to 253 (0: a failure puts tracking instances in FAULT).`
              : `vrrp_script weight ${w.value} is outside -253..253: keepalived reports it but uses it anyway, and the priority it produces is held within 1..254, so the extra amount changes nothing. Use ${clamp}, or a weight that just bridges the gap between your nodes' priorities.`,
          data: clamp ? { replacement: clamp } : undefined,
        };
      }
      const opt = s.args[1];
      if (opt && opt.value !== 'reverse')
        yield {
          span: opt.span,
          message: `'${opt.value}' is not a weight option: keepalived reports it and ignores it. The only option is \`reverse\`.`,
          data: { remove: true },
        };
    }
  },
};
