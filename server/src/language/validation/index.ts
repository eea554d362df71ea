/** The rule list: every rule, grouped by area. Adding a rule = its file + one line in its area's list. */
import type { CodeInfo, Rule } from './rule';
import { syntaxCodes } from './syntaxCodes';
import { KOLLA_CODES } from '../kolla/codes';
import { clusterRules } from './lists/cluster';
import { interfaceRules } from './lists/interfaces';
import { lvsRules } from './lists/lvs';
import { referencesRules } from './lists/references';
import { structureRules } from './lists/structure';
import { vrrpRules } from './lists/vrrp';

export const rules: readonly Rule[] = [...structureRules, ...vrrpRules, ...referencesRules, ...lvsRules, ...interfaceRules];

/** Rules that look at several configurations at once (the nodes of a cluster). */
export { clusterRules };

/** Every code a diagnostic can carry, with its default severity and README text. */
export const allCodes: readonly CodeInfo[] = [
  ...syntaxCodes,
  ...[...rules, ...clusterRules].map(({ id, severity, title, keepalived, example, fix }) => ({ id, severity, title, keepalived, example, fix })),
  ...KOLLA_CODES,
];

const byId = new Map(allCodes.map((c) => [c.id, c]));
export function codeInfo(id: string): CodeInfo | undefined {
  return byId.get(id);
}
