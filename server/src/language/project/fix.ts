/**
 * Fixing files unattended (`keepalived-lint --fix`): the safe fixes (FixProvider.safe) of the
 * findings in the files given, applied round after round until nothing is left to fix.
 *
 * A round applies every safe fix that does not overlap another one, then lints again and keeps
 * the round only when, for each severity, the findings anywhere (this file, another node, the
 * cluster) are fewer than before by at least the ones it fixed: a fix that trades its finding for
 * another as bad, such as a keyword the target keepalived version does not know, is left for a
 * person, while one that brings to light what the mistake hid (a misspelt block keyword whose
 * block is now read) goes on, and the next round fixes what it can there. When the round as a
 * whole fails, its fixes are tried one by one and those that fail on their own are not tried again. Only the files given are edited: an included file
 * outside them is read, never written, and template code is never touched (documentView).
 */
import type { ConfigHost, ReadResult } from '../host';
import type { CodeActionPlan, TextEdit } from '../features/codeActions';
import { applyEdits, overlaps } from '../features/fixes/text';
import type { Issue } from '../issue';
import type { ProjectService } from './service';
import type { ProjectFile, ProjectLint } from './types';
import { documentView, viewSafeFixes } from './view';

/** One fix applied: where (1-based line in the text it was applied to), which code, what. */
export interface AppliedFix {
  readonly file: string;
  readonly line: number;
  readonly code: string;
  readonly title: string;
}

export interface FixedFile {
  readonly path: string;
  readonly before: string;
  readonly after: string;
}

export interface FixOutcome {
  /** The files whose text changed, in input order. */
  readonly changed: readonly FixedFile[];
  readonly applied: readonly AppliedFix[];
  /** The findings of the fixed texts: what remains. */
  readonly lint: ProjectLint;
  /** Rounds that changed something. */
  readonly rounds: number;
}

/** Rounds at most (each lints the project at least once). */
const MAX_ROUNDS = 10;
/** Lints at most in the one-by-one tries of all rounds together. */
const MAX_TRIES = 60;

/** The host that serves the texts being fixed instead of the disk's (for includes between them). */
function overlayHost(host: ConfigHost, texts: ReadonlyMap<string, string>): ConfigHost {
  const overlay: ConfigHost = {
    readFile: (p): ReadResult => {
      const t = texts.get(p);
      return t !== undefined ? { kind: 'ok', text: t } : host.readFile(p);
    },
    glob: (pattern, limit) => host.glob(pattern, limit),
    realpath: (p) => host.realpath(p),
  };
  if (host.stat) overlay.stat = (p) => host.stat!(p);
  if (host.listDir) overlay.listDir = (p) => host.listDir!(p);
  if (host.readHead) overlay.readHead = (p, n) => host.readHead!(p, n);
  return overlay;
}

const bySeverity = (issues: readonly Issue[]): Map<string, number> => {
  const m = new Map<string, number>();
  for (const i of issues) m.set(i.severity, (m.get(i.severity) ?? 0) + 1);
  return m;
};

const planKey = (p: CodeActionPlan): string => {
  const i = p.issues[0];
  return `${i?.code}\0${i?.span.file}\0${i?.message}\0${p.title}`;
};

/** The safe fix of every finding in an editable file, each once (two roots may include one file). */
function candidates(service: ProjectService, lint: ProjectLint, editable: ReadonlySet<string>): CodeActionPlan[] {
  const roots = new Set(lint.nodes.map((n) => n.model));
  const models = () => lint.results.map((r) => r.result.model);
  const seen = new Set<string>();
  const out: CodeActionPlan[] = [];
  for (const r of lint.results) {
    if (!roots.has(r.result.model) && !r.result.template) continue;
    const issues = r.result.issues.filter((i) => editable.has(i.span.file));
    if (issues.length === 0) continue;
    const ctx = service.fixContext(r.result.model, r.path, models);
    for (const plan of viewSafeFixes(documentView(r.result, r.path), ctx, r.path, issues)) {
      if (!plan.edits.every((e) => editable.has(e.span.file))) continue;
      const i = plan.issues[0];
      const key = `${i?.code}\0${i?.span.file}\0${i?.span.start}\0${i?.span.end}\0${plan.title}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(plan);
    }
  }
  return out;
}

/** Fix the files (see the module comment). `namedFiles` as for lintProject. */
export function fixProject(service: ProjectService, files: readonly ProjectFile[], namedFiles: boolean, folders: readonly string[] = []): FixOutcome {
  const texts = new Map(files.map((f) => [f.path, f.text]));
  const editable = new Set(texts.keys());
  const svc = service.withHost(overlayHost(service.host, texts));
  const lintNow = () =>
    svc.lintProject(
      files.map((f) => ({ path: f.path, text: texts.get(f.path)! })),
      namedFiles,
      folders,
    );
  let lint = lintNow();
  const applied: AppliedFix[] = [];
  const rejected = new Set<string>();
  let rounds = 0;
  let tries = 0;

  /** Apply plans (not overlapping) and keep them when they pass; the new lint, or undefined (reverted). */
  const attempt = (plans: readonly CodeActionPlan[]): ProjectLint | undefined => {
    const saved = new Map(texts);
    const edits = plans.flatMap((p) => p.edits);
    for (const file of new Set(edits.map((e) => e.span.file)))
      texts.set(
        file,
        applyEdits(
          texts.get(file)!,
          edits.filter((e) => e.span.file === file),
        ),
      );
    const next = lintNow();
    const before = bySeverity(lint.issues);
    const after = bySeverity(next.issues);
    const fixed = bySeverity(plans.flatMap((p) => p.issues));
    if ([...after].every(([severity, n]) => n <= (before.get(severity) ?? 0) - (fixed.get(severity) ?? 0))) {
      for (const p of plans) applied.push(describe(p, saved));
      return next;
    }
    for (const [k, v] of saved) texts.set(k, v);
    return undefined;
  };

  while (rounds < MAX_ROUNDS) {
    const plans = candidates(svc, lint, editable).filter((p) => !rejected.has(planKey(p)));
    const batch: CodeActionPlan[] = [];
    const taken: TextEdit[] = [];
    for (const p of plans) {
      if (overlaps(p.edits, taken)) continue;
      batch.push(p);
      taken.push(...p.edits);
    }
    if (batch.length === 0) break;
    let next = attempt(batch);
    if (!next) {
      // one by one, on this round's text: keep the first that passes, never retry those that fail
      for (const p of batch) {
        if (tries++ >= MAX_TRIES) break;
        next = attempt([p]);
        if (next) break;
        rejected.add(planKey(p));
      }
    }
    if (!next) break;
    lint = next;
    rounds++;
  }
  const changed = files.flatMap((f) => (texts.get(f.path) !== f.text ? [{ path: f.path, before: f.text, after: texts.get(f.path)! }] : []));
  return { changed, applied, lint, rounds };
}

function describe(plan: CodeActionPlan, texts: ReadonlyMap<string, string>): AppliedFix {
  const i = plan.issues[0];
  const file = i?.span.file ?? plan.edits[0]?.span.file ?? '';
  const text = texts.get(file) ?? '';
  const at = i?.span.start ?? plan.edits[0]?.span.start ?? 0;
  return { file, line: text.slice(0, at).split('\n').length, code: i?.code ?? '', title: plan.title };
}
