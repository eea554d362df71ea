/**
 * The one diagnostic type of the language core. LSP adapters and CLI printers convert it;
 * nothing in the core knows about LSP ranges.
 */

export type Severity = 'error' | 'warning' | 'information' | 'hint';

/** A place in a source file: `file` is a path (or URI string) exactly as the host named it; offsets are UTF-16 code units. */
export interface Span {
  readonly file: string;
  readonly start: number;
  readonly end: number;
}

export interface RelatedInfo {
  readonly span: Span;
  readonly message: string;
}

export interface Issue {
  /** Stable rule id, e.g. `vrid-range`; also the diagnostic `code` and the README anchor. */
  readonly code: string;
  readonly severity: Severity;
  readonly message: string;
  readonly span: Span;
  readonly related?: readonly RelatedInfo[];
  /** Rule-specific data a quick fix needs (plain JSON). */
  readonly data?: unknown;
}

export const severityRank: Record<Severity, number> = { error: 0, warning: 1, information: 2, hint: 3 };
