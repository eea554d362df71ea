/**
 * The language core's facade: one call from text to diagnostics. The CLI and the language
 * server use this; nothing here knows about LSP or the terminal.
 */
import { analyse, type ConfigModel } from './analysis/model';
import type { ConfigHost } from './host';
import type { Issue } from './issue';
import { parseConfig } from './syntax/index';
import { validate, type ValidationSettings } from './validation/validate';

export interface LintOptions extends ValidationSettings {
  readonly configId?: string;
  /** The directory standing for the target host's `/`: absolute include paths are read under it. */
  readonly root?: string;
}

export interface LintResult {
  readonly model: ConfigModel;
  readonly issues: Issue[];
}

export function lint(path: string, text: string, host: ConfigHost, options: LintOptions = {}): LintResult {
  const parsed = parseConfig(path, text, host, { configId: options.configId, root: options.root });
  const model = analyse(parsed);
  return { model, issues: validate(model, { ...options, fileInfo: options.fileInfo ?? host.stat?.bind(host) }) };
}

export type { Issue, Severity, Span } from './issue';
export type { ConfigHost } from './host';
