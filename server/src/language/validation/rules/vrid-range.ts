import { readInteger } from '../../analysis/values';
import type { Rule } from '../rule';

/** virtual_router_id must be a whole number 1–255. */
export const vridRange: Rule = {
  id: 'vrid-range',
  severity: 'error',
  title: 'A virtual_router_id outside 1–255 or not a number.',
  keepalived: 'Reports "VRID not valid - must be between 1 & 255"; an instance left without a valid VRID stops the VRRP process from starting.',
  example: 'virtual_router_id 256',
  fix: 'Use 1–255, the same on every node of the virtual router.',
  *check({ model }) {
    for (const inst of model.instances) {
      if (inst.dropped) continue;
      for (const line of inst.named('virtual_router_id')) {
        const w = line.args[0];
        if (!w) continue;
        const r = readInteger(w.value, 1, 255);
        if (r.ok) continue;
        const nearest = r.value === undefined ? undefined : String(Math.min(255, Math.max(1, r.value)));
        const fatal = inst.vrid === undefined;
        yield {
          span: w.span,
          message:
            `virtual_router_id '${w.value}' is ${r.reason === 'invalid' ? 'not a whole number' : 'outside 1–255'}: keepalived rejects it` +
            (fatal
              ? ` and, with no valid VRID left, refuses to start VRRP ("the virtual router id must be set").`
              : ` and keeps the VRID ${inst.vrid} set earlier in the instance.`) +
            ` Use a number from 1 to 255, the same on every node of this virtual router.`,
          data: nearest ? { replacement: nearest } : undefined,
        };
      }
    }
  },
};
