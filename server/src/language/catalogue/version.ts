/**
 * keepalived versions and the catalogue: which keywords a given keepalived knows (`since`,
 * `absentIn`). Shared by the keyword-version rule, its fixes and completion.
 */
import type { KeywordDef } from './types';

/** `2.2.7` gives [2, 2, 7]; undefined when it is not a version. */
function parts(v: string): [number, number, number] | undefined {
  const m = /^(\d+)\.(\d+)(?:\.(\d+))?/.exec(v.trim());
  return m ? [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)] : undefined;
}

/** Is version `a` newer than `b`? */
export function newer(a: string, b: string): boolean {
  const x = parts(a);
  const y = parts(b);
  if (!x || !y) return false;
  return x[0] !== y[0] ? x[0] > y[0] : x[1] !== y[1] ? x[1] > y[1] : x[2] > y[2];
}

/** Is `target` this version or an older one? (false when either is not a version) */
export const atOrBefore = (target: string, v: string): boolean => parts(target) !== undefined && parts(v) !== undefined && !newer(target, v);

/** Why keepalived `target` does not know the keyword, or undefined when it does. */
export function unknownIn(def: KeywordDef, target: string): string | undefined {
  if (def.since && newer(def.since, target)) return `arrived in keepalived ${def.since}`;
  if (def.absentIn && atOrBefore(target, def.absentIn)) return `arrived after keepalived ${def.absentIn}`;
  return undefined;
}
