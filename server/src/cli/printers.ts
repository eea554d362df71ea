/** Output formats: eslint-like text, the stable JSON shape, SARIF 2.1.0 for code scanning, GitLab's Code Quality report, GitHub Actions annotations. */
import { isAbsolute, relative, sep } from 'node:path';
import { codeInfo, ruleDocUrl, toRange, type Issue, type Severity, type SourceFile } from '../language/project/index';

export interface Located {
  readonly issue: Issue;
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
}

/** An issue at 1-based lines and columns (the core's one conversion of offsets, toRange). */
export function locate(issue: Issue, files: ReadonlyMap<string, SourceFile>): Located {
  const { start: a, end: b } = toRange(issue.span, files);
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
    out.push(paint((isAbsolute(file) && relative(cwd, file)) || file, '\x1b[4m'));
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
  // (percent-encoded: a URI holds no blank, `<` or `%` of its own)
  const uri = (f: string) => {
    const rel = isAbsolute(f) ? relative(cwd, f) : f;
    return rel.startsWith('..') || isAbsolute(rel) ? `file://${encodeURI(f)}` : encodeURI(rel.split(sep).join('/'));
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

/** GitLab's severities (Code Climate's), from ours. */
const qualitySeverity = (s: Severity) => (s === 'error' ? 'major' : s === 'warning' ? 'minor' : 'info');

/**
 * GitLab's Code Quality report (`artifacts: reports: codequality`): a JSON array of Code Climate
 * issues with the fields GitLab reads — description, check_name, fingerprint, severity,
 * location.path (relative to the repository) and location.lines.begin. The fingerprint is the
 * path, code and message (and which of several identical findings it is), not the line: a
 * finding that moves with its line stays the same finding between the merge request and its
 * target branch.
 */
export function toCodeQuality(items: readonly Located[], cwd: string): string {
  const seen = new Map<string, number>();
  const issues = items.map((l) => {
    const rel = isAbsolute(l.file) ? relative(cwd, l.file).split(sep).join('/') : l.file;
    const key = `${rel}\0${l.issue.code}\0${l.issue.message}`;
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    return {
      type: 'issue',
      check_name: l.issue.code,
      description: l.issue.message,
      categories: ['Bug Risk'],
      severity: qualitySeverity(l.issue.severity),
      fingerprint: crypto().createHash('md5').update(`${key}\0${n}`).digest('hex'),
      location: { path: rel, lines: { begin: l.line, end: l.endLine } },
    };
  });
  return JSON.stringify(issues, null, 2);
}

/** node:crypto, loaded only for the Code Quality format (start-up time of the other formats). */
function crypto(): typeof import('node:crypto') {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded only when needed
  return require('node:crypto') as typeof import('node:crypto');
}

const githubLevel = (s: Severity) => (s === 'error' ? 'error' : s === 'warning' ? 'warning' : 'notice');
/** A workflow command's message: `%`, CR and LF escaped as GitHub's toolkit escapes them. */
const githubData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
/** A workflow command's property value: also `:` and `,`, which separate properties. */
const githubProperty = (s: string) => githubData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/**
 * GitHub Actions workflow commands, one line per finding
 * (`::error file=lb1/keepalived.conf,line=3,col=5,endLine=3,endColumn=12,title=unknown-keyword::…`):
 * printed in a job's log, each becomes an annotation on the file's line in the run and the pull
 * request, without code scanning. Paths relative to the current directory (the workspace).
 */
export function toGithub(items: readonly Located[], cwd: string): string {
  return items
    .map((l) => {
      const rel = isAbsolute(l.file) ? relative(cwd, l.file).split(sep).join('/') : l.file;
      const props: [string, string | number][] = [
        ['file', rel],
        ['line', l.line],
        ['col', l.column],
        ['endLine', l.endLine],
        ['endColumn', l.endColumn],
        ['title', l.issue.code],
      ];
      return `::${githubLevel(l.issue.severity)} ${props.map(([k, v]) => `${k}=${githubProperty(String(v))}`).join(',')}::${githubData(l.issue.message)}\n`;
    })
    .join('');
}
