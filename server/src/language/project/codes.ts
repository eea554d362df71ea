/**
 * Every code a diagnostic can carry — the reader's and parser's, the per-file, cluster and Kolla
 * rules' — with its default severity and README text: for settings, SARIF, the README table and
 * the manifest's list. Each code is declared next to its check; this only collects them.
 */
import { kollaCrossRules, kollaLoadCodes, kollaRules } from '../kolla/index';
import { templateCodes } from '../templates/codes';
import { nearest } from '../analysis/suggest';
import type { CodeInfo } from '../validation/rule';
import { keepalivedCodes } from '../validation/index';

const info = ({ id, severity, title, keepalived, example, fix }: CodeInfo): CodeInfo => ({ id, severity, title, keepalived, example, fix });

export const allCodes: readonly CodeInfo[] = [...keepalivedCodes, ...kollaRules, ...kollaLoadCodes, ...kollaCrossRules, ...templateCodes].map(info);

const byId = new Map(allCodes.map((c) => [c.id, c]));

export function codeInfo(id: string): CodeInfo | undefined {
  return byId.get(id);
}

/** The codes asked for (`keepalived-lint explain`), in order; each unknown one with the nearest known code, if one is close. */
export function explainCodes(ids: readonly string[]): { found: CodeInfo[]; unknown: { id: string; suggestion?: string }[] } {
  const found: CodeInfo[] = [];
  const unknown: { id: string; suggestion?: string }[] = [];
  for (const id of ids) {
    const c = byId.get(id) ?? byId.get(id.toLowerCase());
    if (c) found.push(c);
    else {
      const suggestion = nearest(id, byId.keys());
      unknown.push(suggestion ? { id, suggestion } : { id });
    }
  }
  return { found, unknown };
}
