/**
 * Runs every rule over an analysed configuration and applies the user's choices:
 * per-code severities (or `off`) and `disable-next-line` comments. Pure.
 */
import type { ConfigModel } from '../analysis/model';
import { severityRank, type Issue, type Severity } from '../issue';
import { rules } from './index';
import type { Rule, ValidationOptions } from './rule';
import { suppressions } from './suppress';

export type SeveritySetting = Severity | 'off';

export interface ValidationSettings extends ValidationOptions {
  /** Per-code severity overrides (`keepalived.rules.<code>` / `.keepalived-lint.json`). */
  readonly severities?: Readonly<Record<string, SeveritySetting>>;
  /** Run only these rules (tests). */
  readonly only?: readonly Rule[];
}

export function validate(model: ConfigModel, settings: ValidationSettings = {}): Issue[] {
  const raw: Issue[] = [...model.parsed.syntaxIssues];
  const ctx = { model, options: settings };
  for (const rule of settings.only ?? rules) {
    for (const f of rule.check(ctx)) {
      raw.push({ code: rule.id, severity: f.severity ?? rule.severity, message: f.message, span: f.span, related: f.related, data: f.data });
    }
  }
  return finish(raw, model, settings.severities);
}

/** Severity overrides, suppressions, de-duplication and ordering (file, offset, severity). */
export function finish(raw: readonly Issue[], model: ConfigModel, severities?: Readonly<Record<string, SeveritySetting>>): Issue[] {
  const sup = new Map<string, Map<number, Set<string>>>();
  const suppressed = (i: Issue): boolean => {
    const file = model.parsed.files.get(i.span.file);
    if (!file) return false;
    let m = sup.get(file.path);
    if (!m) {
      m = suppressions(file);
      sup.set(file.path, m);
    }
    if (m.size === 0) return false;
    const set = m.get(file.positionAt(i.span.start).line);
    return !!set && (set.has('*') || set.has(i.code));
  };
  const seen = new Set<string>();
  const out: Issue[] = [];
  for (const i of raw) {
    const setting = severities?.[i.code];
    if (setting === 'off') continue;
    const issue = setting ? { ...i, severity: setting } : i;
    const key = `${issue.code}\0${issue.span.file}\0${issue.span.start}\0${issue.span.end}\0${issue.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (suppressed(issue)) continue;
    out.push(issue);
  }
  out.sort((a, b) =>
    a.span.file < b.span.file ? -1 : a.span.file > b.span.file ? 1 : a.span.start - b.span.start || severityRank[a.severity] - severityRank[b.severity],
  );
  return out;
}
