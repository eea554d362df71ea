/** The one place where core spans become LSP ranges and Issues become Diagnostics. */
import { DiagnosticSeverity, type Diagnostic, type Range } from 'vscode-languageserver/node';
import { URI } from 'vscode-uri';
import { ruleDocUrl, type Issue, type Severity, type SourceFile, type Span } from '../language/project/index';

export function uriToPath(uri: string): string {
  return uri.startsWith('file:') ? URI.parse(uri).fsPath : uri;
}

export function pathToUri(p: string): string {
  return p.startsWith('/') ? URI.file(p).toString() : p;
}

export function toRange(span: Span, files: ReadonlyMap<string, SourceFile>): Range {
  const f = files.get(span.file);
  if (!f) return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  return { start: f.positionAt(span.start), end: f.positionAt(span.end) };
}

const severityMap: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toDiagnostic(issue: Issue, files: ReadonlyMap<string, SourceFile>): Diagnostic {
  return {
    range: toRange(issue.span, files),
    severity: severityMap[issue.severity],
    code: issue.code,
    codeDescription: { href: ruleDocUrl(issue.code) },
    source: 'keepalived',
    message: issue.message,
    relatedInformation: issue.related
      ?.filter((r) => files.has(r.span.file))
      .map((r) => ({ location: { uri: pathToUri(r.span.file), range: toRange(r.span, files) }, message: r.message })),
    data: issue.data,
  };
}
