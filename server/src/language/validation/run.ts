/**
 * Running rules and finishing their findings — once, for every kind of rule (one file, the nodes
 * of a cluster, a Kolla-Ansible deployment): findings become issues with the rule's code and
 * default severity; then the user's choices apply (per-code severities or `off`, and
 * `disable-next-line` comments), repeats go and the issues are ordered by file, offset, severity.
 */
import { severityRank, type Issue } from '../issue';
import type { SourceFile } from '../syntax/source';
import type { Finding, Rule } from './rule';
import { suppressions } from './suppress';
import type { SeveritySetting } from './validate';

/** Run `rules` on `ctx`; `keep` may drop findings (e.g. on text whose value is unknown). */
export function runRules<C>(rules: readonly Rule<C>[], ctx: C, keep?: (f: Finding) => boolean): Issue[] {
  const out: Issue[] = [];
  for (const rule of rules) {
    for (const f of rule.check(ctx)) {
      if (keep && !keep(f)) continue;
      out.push({ code: rule.id, severity: f.severity ?? rule.severity, message: f.message, span: f.span, related: f.related, data: f.data });
    }
  }
  return out;
}

export interface FinishOptions {
  /** Per-code severity overrides. */
  readonly severities?: Readonly<Record<string, SeveritySetting>>;
  /** The keepalived source file a path names, for `disable-next-line` comments (none: nothing is suppressed there). */
  readonly fileOf?: (path: string) => SourceFile | undefined;
}

/** Severity overrides, suppressions, de-duplication and ordering (file, offset, severity). */
export function finishIssues(raw: readonly Issue[], options: FinishOptions = {}): Issue[] {
  const { severities, fileOf } = options;
  const sup = new Map<string, Map<number, Set<string>>>();
  const suppressed = (i: Issue): boolean => {
    const file = fileOf?.(i.span.file);
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
  return sortIssues(out);
}

/** File, offset, severity order (stable for equal keys). */
export function sortIssues(issues: Issue[]): Issue[] {
  return issues.sort((a, b) =>
    a.span.file < b.span.file ? -1 : a.span.file > b.span.file ? 1 : a.span.start - b.span.start || severityRank[a.severity] - severityRank[b.severity],
  );
}
