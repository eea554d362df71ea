/**
 * Free virtual router ids, computed here once for the rules (vrid-duplicate's hint), the quick
 * fixes (vrid-duplicate, vrid-range) and the project (the VRIDs other nodes use).
 */
import { wholeOf, type ConfigModel, type VrrpInstance } from './model';

/** The interface an instance runs on (its own, else global_defs' default_interface). */
export function instanceInterface(model: ConfigModel, inst: VrrpInstance): string | undefined {
  return inst.interface?.value ?? model.globals.defaultInterface?.value;
}

/**
 * VRIDs the other live instances of `model` use on `iface` with `family`, leaving out `except`
 * (an instance object, or every instance of that name: the same virtual router on a peer node).
 */
export function vridsInUse(model: ConfigModel, iface: string | undefined, family: 4 | 6, except?: VrrpInstance | string): Set<number> {
  const used = new Set<number>();
  for (const o of wholeOf(model).instances) {
    if (o === except || o.name === except || o.dropped || o.vrid === undefined) continue;
    if (instanceInterface(model, o) !== iface || (o.family ?? 4) !== family) continue;
    used.add(o.vrid);
  }
  return used;
}

/** The next VRID after `from` (wrapping around 255 → 1) that is not in `used`. */
export function nextFreeVrid(from: number, used: ReadonlySet<number>): number | undefined {
  for (let d = 1; d <= 255; d++) {
    const v = ((from - 1 + d) % 255) + 1;
    if (!used.has(v)) return v;
  }
  return undefined;
}

/** The free VRID nearest to `want` (clamped to 1..255), preferring the upper one on a tie. */
export function nearestFreeVrid(want: number, used: ReadonlySet<number>): number | undefined {
  const w = Math.min(255, Math.max(1, want));
  for (let d = 0; d < 255; d++) {
    if (w + d <= 255 && !used.has(w + d)) return w + d;
    if (w - d >= 1 && !used.has(w - d)) return w - d;
  }
  return undefined;
}
