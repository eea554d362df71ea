/**
 * The keepalived 2.2.7 mistake table (shared/recipes/vrrp-lab/findings.md, Part A), row by
 * row, on our own fixtures in test/fixtures/findings: each mistake is reported on the line
 * keepalived names (or, for messages keepalived prints without a line, where the mistake is
 * written), with keepalived's class turned into a severity — FATAL → error, WARN/CORRECTED →
 * warning, a silent but real mistake → what its rule says — and the clean rows draw no
 * warning or error at all. Rows `x-…` go beyond the table: one fixture per further VRRP rule,
 * with what `keepalived -t` said about it.
 *
 * The table itself is data (test/fixtures/findings/rows.json) so that the keepalived -t parity
 * test (test/lab/ktest-parity.test.ts) runs the same rows. Rows owned by other rule areas
 * (references, structure, scripts, sync groups, includes, interfaces) are in the table with the
 * code they must produce.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createNodeHost } from '../../server/src/host/nodeHost';
import { runCli } from '../../server/src/cli/main';
import { lint } from '../../server/src/language/index';
import type { Issue, Severity } from '../../server/src/language/issue';
import { interfacesOf } from '../support/rules';
import { repoRoot } from '../support/shared';

export const FINDINGS_DIR = path.join(repoRoot, 'test', 'fixtures', 'findings');

/** keepalived's class for a row (findings.md): what `-t` and a real start showed. */
export type KeepalivedClass = 'FATAL' | 'WARN' | 'CORRECTED' | 'SILENT' | 'OK';

export interface Expect {
  /** 1-based line in the fixture; absent = anywhere (keepalived names no line and neither do we). */
  readonly line?: number;
  readonly code: string;
  /** `problem` = warning or error (the brace rows: keepalived runs on, but the parser's codes are errors). */
  readonly severity: Severity | 'problem' | 'any';
}

export interface Row {
  readonly row: string;
  readonly file: string;
  readonly keepalived: KeepalivedClass;
  /** keepalived -t exit code on this fixture (in a namespace with the lab interfaces). */
  readonly rc: number;
  readonly expect: readonly Expect[];
  /** The rule area that implements the expected code, when it is not the VRRP rules. */
  readonly owner?: string;
  /** The host's interfaces for this row (default: the lab interfaces). */
  readonly interfaces?: Record<string, string | string[]>;
  readonly note?: string;
}

/** The table (test/fixtures/findings/rows.json), shared with the keepalived -t parity lab test. */
export function findingsTable(): { interfaces: Record<string, string>; rows: Row[] } {
  return JSON.parse(fs.readFileSync(path.join(FINDINGS_DIR, 'rows.json'), 'utf8')) as { interfaces: Record<string, string>; rows: Row[] };
}

const warn = (code: string, line?: number): Expect => ({ code, line, severity: 'warning' });

/** Lint a fixture as the CLI would (include files resolved next to it), with the lab host's interfaces. */
export function lintFixture(file: string, interfaces: Record<string, string | string[]>): Issue[] {
  return lint(file, fs.readFileSync(file, 'utf8'), createNodeHost(), { interfaces: interfacesOf(interfaces) }).issues;
}

function lineOf(file: string, issue: Issue): number {
  const text = fs.readFileSync(issue.span.file, 'utf8');
  let line = 1;
  for (let i = 0; i < issue.span.start && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return issue.span.file === file ? line : -line;
}

const matches = (s: Severity, want: Expect['severity']) => want === 'any' || s === want || (want === 'problem' && (s === 'error' || s === 'warning'));

/** What is wrong with our issues for one row, as readable lines (empty = as expected). */
export function rowProblems(row: Pick<Row, 'expect'>, file: string, issues: readonly Issue[]): string[] {
  const problems: string[] = [];
  const at = issues.map((i) => ({ i, line: lineOf(file, i) }));
  for (const e of row.expect) {
    const hit = at.find((x) => x.i.code === e.code && (e.line === undefined || x.line === e.line));
    if (!hit) problems.push(`missing ${e.code}${e.line ? ` on line ${e.line}` : ''} (${e.severity})`);
    else if (!matches(hit.i.severity, e.severity)) problems.push(`${e.code} on line ${hit.line} is ${hit.i.severity}, expected ${e.severity}`);
  }
  const allowed = new Set(row.expect.map((e) => e.code));
  for (const { i, line } of at) {
    if ((i.severity === 'error' || i.severity === 'warning') && !allowed.has(i.code))
      problems.push(`unexpected line ${line} ${i.severity} ${i.code}: ${i.message}`);
  }
  return problems;
}

describe('findings.md Part A: every mistake, as keepalived 2.2.7 classes it', () => {
  const table = findingsTable();
  for (const r of table.rows) {
    const owner = r.owner ? ` [${r.owner}]` : '';
    it(`row ${r.row} ${r.file} (${r.keepalived}, rc ${r.rc})${owner}`, () => {
      const file = path.join(FINDINGS_DIR, r.file);
      assert.deepEqual(rowProblems(r, file, lintFixture(file, r.interfaces ?? table.interfaces)), []);
    });
  }

  it('every fixture has a row', () => {
    const files = fs.readdirSync(FINDINGS_DIR).filter((f) => f.endsWith('.conf'));
    assert.deepEqual(
      files.filter((f) => !table.rows.some((r) => r.file === f)),
      [],
    );
  });

  it('row – a missing main configuration file: keepalived exits 0, the CLI refuses (exit 2)', () => {
    const err: string[] = [];
    const code = runCli([path.join(FINDINGS_DIR, 'no-such-keepalived.conf')], {
      stdout: () => undefined,
      stderr: (s) => err.push(s),
      cwd: FINDINGS_DIR,
      isTty: false,
    });
    assert.equal(code, 2);
    assert.match(err.join(''), /no-such-keepalived\.conf/);
  });

  describe('rows P2, P2b, P2c: script location and script security [scripts]', () => {
    let dir: string;
    before(function () {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kl-findings-'));
      for (const [sub, mode] of [
        ['sticky', 0o1777],
        ['open', 0o777],
      ] as const) {
        fs.mkdirSync(path.join(dir, sub));
        fs.chmodSync(path.join(dir, sub), mode);
        fs.writeFileSync(path.join(dir, sub, 'chk.sh'), '#!/bin/sh\nexit 0\n');
        fs.chmodSync(path.join(dir, sub, 'chk.sh'), 0o755);
      }
    });
    after(() => fs.rmSync(dir, { recursive: true, force: true }));
    const conf = (security: boolean, sub: string) =>
      `global_defs {\n    router_id lab1\n${security ? '    enable_script_security\n    script_user root\n' : ''}}\n` +
      `vrrp_script chk {\n    script "${'$DIR'}/${sub}/chk.sh"\n}\n` +
      'vrrp_instance VI_1 {\n    interface eth0\n    virtual_router_id 51\n    track_script {\n        chk\n    }\n    virtual_ipaddress {\n        192.0.2.100/24\n    }\n}\n';
    const run = (security: boolean, sub: string, expect: Expect[]) => {
      const file = path.join(dir, `${sub}-${security}.conf`);
      fs.writeFileSync(file, conf(security, sub).replace('$DIR', dir));
      assert.deepEqual(rowProblems({ expect }, file, lintFixture(file, table.interfaces)), []);
    };
    it('P2: script in a sticky world-writable directory, with script security: clean', () => run(true, 'sticky', []));
    it('P2b: script in a non-sticky world-writable directory: keepalived disables the tracker', () => run(true, 'open', [warn('script-insecure', 7)]));
    it('P2c: the same script without enable_script_security', () => run(false, 'open', [warn('script-security')]));
  });
});
