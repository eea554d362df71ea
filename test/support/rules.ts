/**
 * Rule test helpers: lint a string (or a file set) and get compact golden text, one issue per
 * line: `L:C-L:C severity code` (1-based), optionally with `: message`.
 */
import { analyse } from '../../server/src/language/analysis/model';
import type { ParsedAddress } from '../../server/src/language/analysis/addresses';
import { parseAddress } from '../../server/src/language/analysis/addresses';
import type { ReadResult } from '../../server/src/language/host';
import type { Issue } from '../../server/src/language/issue';
import type { Rule } from '../../server/src/language/validation/rule';
import { validate, type SeveritySetting } from '../../server/src/language/validation/validate';
import { MAIN, parseFiles, where } from './parse';

export interface LintTestOptions {
  /** Run only these rules (syntax issues from the reader/parser are always included unless `noSyntax`). */
  readonly only?: readonly Rule[];
  readonly noSyntax?: boolean;
  readonly configId?: string;
  /** `eth0: '192.0.2.10/24'` */
  readonly interfaces?: Record<string, string | string[]>;
  readonly severities?: Record<string, SeveritySetting>;
  /** Extra files (absolute paths); the text under test is /etc/keepalived/keepalived.conf. */
  readonly files?: Record<string, string | ReadResult>;
  readonly messages?: boolean;
  /** The target hosts' keepalived version (keyword-version). */
  readonly keepalivedVersion?: string;
}

export function interfacesOf(spec: Record<string, string | string[]> = {}): Map<string, ParsedAddress[]> {
  const m = new Map<string, ParsedAddress[]>();
  for (const [k, v] of Object.entries(spec))
    m.set(
      k,
      (Array.isArray(v) ? v : [v]).map((c) => parseAddress(c, true)!),
    );
  return m;
}

export function lintIssues(text: string, o: LintTestOptions = {}): { issues: Issue[]; golden: string } {
  const parsed = parseFiles({ [MAIN]: text, ...(o.files ?? {}) }, o.configId);
  const model = analyse(parsed);
  let issues = validate(model, { only: o.only, interfaces: interfacesOf(o.interfaces), severities: o.severities, keepalivedVersion: o.keepalivedVersion });
  if (o.noSyntax) issues = issues.filter((i) => !parsed.syntaxIssues.includes(i) && o.only?.some((r) => r.id === i.code));
  const golden = issues.map((i) => `${where(parsed, i.span, true)} ${i.severity} ${i.code}${o.messages ? `: ${i.message}` : ''}`).join('\n');
  return { issues, golden };
}

/** Golden text of the issues `rule` reports on `text` (only that rule's code). */
export function ruleGolden(rule: Rule, text: string, o: LintTestOptions = {}): string {
  return lintIssues(text, { ...o, only: [rule], noSyntax: true }).golden;
}

/** A minimal valid instance, with overridable lines, for table tests. */
export function instance(body: string, name = 'VI_1'): string {
  return `vrrp_instance ${name} {\n${body
    .split('\n')
    .map((l) => `    ${l}`)
    .join('\n')}\n}\n`;
}
