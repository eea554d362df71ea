import { readDecimal } from '../../analysis/values';
import type { Finding, Rule } from '../rule';

const fmt = (n: number): string => String(Math.round(n * 1e6) / 1e6);

/** advert_int: ignored when invalid, rounded to whole seconds for VRRPv2 and to 10 ms for VRRPv3, capped below 40.96 s for VRRPv3. */
export const advertInt: Rule = {
  id: 'advert-int',
  severity: 'warning',
  title: 'An advert_int keepalived ignores (0, over 255, not a number), rounds (fractions under VRRPv2) or caps (VRRPv3 ≥ 40.96 s).',
  keepalived:
    'An invalid value is reported and ignored (the default 1 s applies); VRRPv2 rounds fractions to whole seconds; VRRPv3 counts in centiseconds and sets 40.95 s when the value is 40.96 s or more.',
  example: 'advert_int 0.5   # VRRPv2',
  fix: 'Whole seconds 1–255 for VRRPv2; up to 40.95 in 0.01 steps for VRRPv3.',
  *check({ model }) {
    for (const inst of model.instances) {
      if (inst.dropped) continue;
      // the value of each advert_int line
      const values = inst.named('advert_int').flatMap((l) => (l.args[0] ? [l.args[0]] : []));
      let inEffect = -1;
      values.forEach((w, i) => {
        if (readDecimal(w.value, 0.01, 255).ok) inEffect = i;
      });
      for (const [i, w] of values.entries()) {
        const r = readDecimal(w.value, 0.01, 255);
        let f: Finding | undefined;
        if (!r.ok) {
          const uses = inEffect >= 0 ? `the ${fmt(inst.advertInt)} s of the other advert_int line` : 'the default of 1 second';
          const why =
            r.reason === 'invalid'
              ? 'is not a number'
              : r.value !== undefined && r.value <= 0
                ? 'must be more than 0'
                : r.value !== undefined && r.value > 255
                  ? 'is over 255 seconds'
                  : 'is below 0.01 s';
          f = {
            span: w.span,
            message: `advert_int '${w.value}' ${why}: keepalived ignores it and uses ${uses}. Write a number of seconds from 1 to 255 (VRRPv3 also allows fractions down to 0.01), the same on every node.`,
            data: { replacement: r.value !== undefined && r.value > 255 ? (inst.version === 3 ? '40.95' : '255') : '1' },
          };
        } else if (i === inEffect) {
          // only the value in effect is completed by keepalived
          const v = r.value;
          if (inst.version === 2 && Math.abs(v - Math.round(v)) > 1e-9) {
            const used = Math.max(1, Math.round(v));
            f = {
              span: w.span,
              message: `advert_int ${w.value} is not a whole number of seconds, which VRRPv2 requires: keepalived rounds it to ${used} s. Write ${used}, or use \`version 3\` on every node for sub-second adverts.`,
              data: { replacement: String(used) },
            };
          } else if (inst.version === 3 && v >= 40.96) {
            f = {
              span: w.span,
              message: `advert_int ${w.value} is too long for VRRPv3, which counts in hundredths of a second up to 40.95 s: keepalived uses 40.95 s. Use at most 40.95, or VRRPv2 for longer intervals.`,
              data: { replacement: '40.95' },
            };
          } else if (inst.version === 3 && Math.abs(v * 100 - Math.round(v * 100)) > 1e-6) {
            const used = fmt(Math.max(1, Math.round(v * 100)) / 100);
            f = {
              span: w.span,
              message: `advert_int ${w.value} is finer than the 10 ms steps VRRPv3 uses: keepalived rounds it to ${used} s. Write ${used}.`,
              data: { replacement: used },
            };
          }
        }
        if (f) yield f;
      }
    }
  },
};
