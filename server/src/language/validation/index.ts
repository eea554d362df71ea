/** The rule list: every rule, grouped by area. Adding a rule = its file + one line in a list. */
import type { CodeInfo, Rule } from './rule';
import { syntaxCodes } from './syntaxCodes';
import { structureRules } from './lists/structure';

export const rules: readonly Rule[] = [...structureRules];

/** Every code a diagnostic can carry, with its default severity and README text. */
export const allCodes: readonly CodeInfo[] = [...syntaxCodes, ...rules.map(({ id, severity, title, keepalived }) => ({ id, severity, title, keepalived }))];

const byId = new Map(allCodes.map((c) => [c.id, c]));
export function codeInfo(id: string): CodeInfo | undefined {
  return byId.get(id);
}
