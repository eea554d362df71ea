/** Output formats: eslint-like text, the stable JSON shape, and SARIF 2.1.0 for code scanning. */
import * as path from 'node:path';
import type { Issue, Severity } from '../language/issue';
import type { SourceFile } from '../language/syntax/source';
import type { CodeInfo } from '../language/validation/rule';
import { allCodes, codeInfo as ruleCodeInfo } from '../language/validation/index';
import { ruleDocUrl } from '../language/validation/docs';

export interface Located {
  readonly issue: Issue;
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
}

export function locate(issue: Issue, files: ReadonlyMap<string, SourceFile>): Located {
  const f = files.get(issue.span.file);
  const a = f ? f.positionAt(issue.span.start) : { line: 0, character: 0 };
  const b = f ? f.positionAt(issue.span.end) : a;
  return { issue, file: issue.span.file, line: a.line + 1, column: a.character + 1, endLine: b.line + 1, endColumn: b.character + 1 };
}

/** `{"diagnostics":[...]}` — a stable shape other tools depend on. */
export function toJson(items: readonly Located[]): string {
  return JSON.stringify({
    diagnostics: items.map((l) => ({
      file: l.file,
      line: l.line,
      column: l.column,
      endLine: l.endLine,
      endColumn: l.endColumn,
      severity: l.issue.severity,
      code: l.issue.code,
      message: l.issue.message,
    })),
  });
}

const colours = { error: '\x1b[31m', warning: '\x1b[33m', information: '\x1b[36m', hint: '\x1b[90m' } as const;

export function toText(items: readonly Located[], color: boolean, cwd: string): string {
  const paint = (s: string, c: string) => (color ? `${c}${s}\x1b[0m` : s);
  const out: string[] = [];
  const byFile = new Map<string, Located[]>();
  for (const l of items) {
    const list = byFile.get(l.file) ?? [];
    list.push(l);
    byFile.set(l.file, list);
  }
  const count: Record<Severity, number> = { error: 0, warning: 0, information: 0, hint: 0 };
  for (const [file, list] of byFile) {
    out.push(paint(path.relative(cwd, file) || file, '\x1b[4m'));
    for (const l of list) {
      count[l.issue.severity]++;
      const pos = `${l.line}:${l.column}`.padEnd(8);
      const sev = l.issue.severity.padEnd(11);
      out.push(`  ${paint(pos, '\x1b[90m')}${paint(sev, colours[l.issue.severity])} ${l.issue.message}  ${paint(l.issue.code, '\x1b[90m')}`);
    }
    out.push('');
  }
  const total = items.length;
  if (total === 0) return '';
  const parts = [`${count.error} error${count.error === 1 ? '' : 's'}`, `${count.warning} warning${count.warning === 1 ? '' : 's'}`];
  if (count.information + count.hint > 0) parts.push(`${count.information + count.hint} note${count.information + count.hint === 1 ? '' : 's'}`);
  out.push(paint(`✖ ${total} problem${total === 1 ? '' : 's'} (${parts.join(', ')})`, count.error > 0 ? colours.error : colours.warning));
  return `${out.join('\n')}\n`;
}

/** README metadata of a code: rules, syntax codes, then codes reported outside the rule lists (Kolla). */
function codeInfo(id: string): CodeInfo | undefined {
  return ruleCodeInfo(id);
}

const sarifLevel = (s: Severity) => (s === 'error' ? 'error' : s === 'warning' ? 'warning' : 'note');

export function toSarif(items: readonly Located[], version: string, cwd: string): string {
  const used = [...new Set(items.map((l) => l.issue.code))];
  const rules = used.map((id) => {
    const info = codeInfo(id);
    return {
      id,
      name: id,
      shortDescription: { text: info?.title ?? id },
      fullDescription: { text: info ? `${info.title} keepalived: ${info.keepalived}` : id },
      helpUri: ruleDocUrl(id),
      defaultConfiguration: { level: sarifLevel(info?.severity ?? 'warning') },
    };
  });
  const index = new Map(used.map((id, i) => [id, i]));
  const uri = (f: string) => {
    const rel = path.relative(cwd, f);
    return rel.startsWith('..') || path.isAbsolute(rel) ? `file://${f}` : rel.split(path.sep).join('/');
  };
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'keepalived-lint', version, informationUri: ruleDocUrl('').replace(/#$/, ''), rules } },
        originalUriBaseIds: { SRCROOT: { uri: `file://${cwd.endsWith('/') ? cwd : `${cwd}/`}` } },
        results: items.map((l) => ({
          ruleId: l.issue.code,
          ruleIndex: index.get(l.issue.code),
          level: sarifLevel(l.issue.severity),
          message: { text: l.issue.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: uri(l.file), uriBaseId: uri(l.file).startsWith('file://') ? undefined : 'SRCROOT' },
                region: {
                  startLine: l.line,
                  startColumn: l.column,
                  endLine: l.endLine,
                  endColumn: Math.max(l.endColumn, l.line === l.endLine ? l.column + 1 : 1),
                },
              },
            },
          ],
        })),
      },
    ],
  };
  return JSON.stringify(sarif, null, 2);
}

export { allCodes };
