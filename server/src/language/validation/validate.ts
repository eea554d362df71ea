/**
 * Runs every per-file rule over an analysed configuration, after the reader's and parser's own
 * findings, and finishes the result (validation/run.ts). Pure.
 */
import type { ConfigModel } from '../analysis/model';
import type { Issue, Severity } from '../issue';
import { rules } from './index';
import type { Rule, ValidationOptions } from './rule';
import { finishIssues, runRules } from './run';

export type SeveritySetting = Severity | 'off';

export interface ValidationSettings extends ValidationOptions {
  /** Per-code severity overrides (`keepalived.rules.<code>` / `.keepalived-lint.json`). */
  readonly severities?: Readonly<Record<string, SeveritySetting>>;
  /** Run only these rules (tests). */
  readonly only?: readonly Rule[];
}

export function validate(model: ConfigModel, settings: ValidationSettings = {}): Issue[] {
  const raw = [...model.parsed.syntaxIssues, ...runRules(settings.only ?? rules, { model, options: settings })];
  return finish(raw, model, settings.severities);
}

/** Finish issues found in one configuration (suppression comments read from its files). */
export function finish(raw: readonly Issue[], model: ConfigModel, severities?: Readonly<Record<string, SeveritySetting>>): Issue[] {
  return finishIssues(raw, { severities, fileOf: (p) => model.parsed.files.get(p) });
}
