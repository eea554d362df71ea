/** The rule list: every rule, grouped by area. Adding a rule = its file + one line in its area's list. */
import type { CodeInfo, Rule } from './rule';
import { syntaxCodes } from './syntaxCodes';
import { clusterRules } from './lists/cluster';
import { interfaceRules } from './lists/interfaces';
import { lvsRules } from './lists/lvs';
import { referencesRules } from './lists/references';
import { structureRules } from './lists/structure';
import { vrrpRules } from './lists/vrrp';

export const rules: readonly Rule[] = [...structureRules, ...vrrpRules, ...referencesRules, ...lvsRules, ...interfaceRules];

/** Rules that look at several configurations at once (the nodes of a cluster). */
export { clusterRules };

/** The codes of keepalived files (reader, parser, per-file and cluster rules); project/codes.ts adds Kolla's. */
export const keepalivedCodes: readonly CodeInfo[] = [...syntaxCodes, ...rules, ...clusterRules];
