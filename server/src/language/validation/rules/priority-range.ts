import { readInteger } from '../../analysis/values';
import type { Rule } from '../rule';

/** priority must be a whole number 1–255; anything else becomes 100 (not the nearest bound). */
export const priorityRange: Rule = {
  id: 'priority-range',
  severity: 'warning',
  title: 'A priority outside 1–255 or not a number (keepalived runs with 100 instead).',
  keepalived: 'Reports "Priority not valid! must be between 1 & 255. Using default 100" and runs the instance with priority 100 — it does not clamp.',
  example: 'priority 300',
  fix: 'Use 1–254 (255 only for the address owner).',
  *check({ model }) {
    for (const inst of model.instances) {
      if (inst.dropped) continue;
      for (const line of inst.named('priority')) {
        const w = line.args[0];
        if (!w) continue;
        const r = readInteger(w.value, 1, 255);
        if (r.ok) continue;
        const clamped = r.value === undefined ? undefined : String(Math.min(255, Math.max(1, r.value)));
        // the replacement keeps the node what it was meant to be: 254 at most, never the address owner's 255
        const nearest = r.value === undefined ? undefined : String(Math.min(254, Math.max(1, r.value)));
        const what = r.reason === 'invalid' ? 'is not a whole number' : r.reason === 'negative' ? 'is negative' : 'is outside 1–255';
        yield {
          span: w.span,
          message:
            `priority '${w.value}' ${what}: keepalived throws it away and runs this node with priority 100` +
            `${clamped ? ` (not ${clamped}: it does not clamp)` : ''}, which can change who becomes MASTER. ` +
            `Use a number from 1 to 254 (255 only for the address owner), different on each node.`,
          data: { replacement: nearest ?? '100', keepalivedUses: '100' },
        };
      }
    }
  },
};
