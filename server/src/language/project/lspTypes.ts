/**
 * The one place where core offsets and spans become LSP positions and ranges (through the
 * SourceFile line tables), and Issues become Diagnostics: types from vscode-languageserver-types
 * only, never the server library. URIs are the caller's (`uriOf`): the document store knows them.
 */
import { DiagnosticSeverity, type Diagnostic, type Location, type Range } from 'vscode-languageserver-types';
import type { Issue, Severity, Span } from '../issue';
import type { SourceFile } from '../syntax/source';
import { ruleDocUrl } from '../validation/docs';

/** A path's URI, as the editor knows the document. */
export type UriOf = (path: string) => string;

const NOWHERE: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/** A span as an LSP range, in the file of `files` it names (the start of nothing when it is not there). */
export function toRange(span: Span, files: ReadonlyMap<string, SourceFile>): Range {
  const f = files.get(span.file);
  if (!f) return NOWHERE;
  return { start: f.positionAt(span.start), end: f.positionAt(span.end) };
}

export function toLocation(span: Span, files: ReadonlyMap<string, SourceFile>, uriOf: UriOf): Location {
  return { uri: uriOf(span.file), range: toRange(span, files) };
}

export function sameRange(a: Range, b: Range): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toDiagnostic(issue: Issue, files: ReadonlyMap<string, SourceFile>, uriOf: UriOf): Diagnostic {
  return {
    range: toRange(issue.span, files),
    severity: SEVERITY[issue.severity],
    code: issue.code,
    codeDescription: { href: ruleDocUrl(issue.code) },
    source: 'keepalived',
    message: issue.message,
    relatedInformation: issue.related?.filter((r) => files.has(r.span.file)).map((r) => ({ location: toLocation(r.span, files, uriOf), message: r.message })),
    data: issue.data,
  };
}
