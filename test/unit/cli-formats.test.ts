/**
 * The CI formats against their schemas (ajv): --format sarif against the SARIF 2.1.0 JSON schema
 * GitHub code scanning takes, --format codequality against the fields GitLab's Code Quality
 * report requires. The validators are shown to reject a broken report first, so a pass means
 * something. --format github: each workflow command read back as the runner reads it gives the
 * finding --format json gives.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runCliCaptured } from '../support/cli';
import { codeQualityValidator, sarifValidator } from '../support/npmPackage';
import { repoRoot } from '../support/shared';

const FIX = path.join(repoRoot, 'test/fixtures');
/** Inputs with findings of every severity, in several files, cluster and Kolla ones among them. */
const INPUTS: { name: string; args: string[]; stdin?: string }[] = [
  { name: 'a broken pair of nodes', args: [path.join(FIX, 'cluster/pair-broken')] },
  {
    name: 'a Kolla-Ansible deployment',
    args: ['--globals', path.join(FIX, 'kolla/broken/globals.yml'), '--inventory', path.join(FIX, 'kolla/broken/multinode')],
  },
  { name: 'the examples', args: [path.join(repoRoot, 'examples')] },
  { name: 'standard input', args: ['-'], stdin: 'vrrp_instance VI_1 {\n    priorty 100\n}\n}\n' },
];

describe('cli: SARIF and Code Quality reports against their schemas', () => {
  const sarif = sarifValidator();
  const quality = codeQualityValidator();

  it('the validators reject broken reports', () => {
    const r = runCliCaptured(['-f', 'sarif', path.join(FIX, 'cluster/pair-broken')], repoRoot);
    const doc = JSON.parse(r.stdout) as { runs: { results: { level: string }[] }[] };
    assert.deepEqual(sarif(doc), []);
    doc.runs[0]!.results[0]!.level = 'fatal';
    assert.notDeepEqual(sarif(doc), []);
    assert.notDeepEqual(
      quality([{ description: 'x', check_name: 'y', fingerprint: 'z', severity: 'warning', location: { path: 'a', lines: { begin: 1 } } }]),
      [],
    );
    assert.notDeepEqual(quality([{ description: 'x', check_name: 'y', severity: 'minor', location: { path: 'a', lines: { begin: 1 } } }]), []);
    assert.notDeepEqual(
      quality([{ description: 'x', check_name: 'y', fingerprint: 'z', severity: 'minor', location: { path: '/abs', lines: { begin: 0 } } }]),
      [],
    );
  });

  for (const input of INPUTS) {
    it(`${input.name}: valid SARIF 2.1.0 and a valid Code Quality report, with the same findings`, () => {
      const s = runCliCaptured(['-f', 'sarif', ...input.args], repoRoot, input.stdin);
      const q = runCliCaptured(['-f', 'codequality', ...input.args], repoRoot, input.stdin);
      assert.equal(s.stderr, '');
      assert.equal(q.code, s.code);
      const sDoc = JSON.parse(s.stdout) as { runs: { results: { ruleId: string }[] }[] };
      const qDoc = JSON.parse(q.stdout) as { check_name: string; location: { path: string } }[];
      assert.deepEqual(sarif(sDoc), []);
      assert.deepEqual(quality(qDoc), []);
      assert.ok(qDoc.length > 0);
      assert.deepEqual(
        qDoc.map((d) => d.check_name),
        sDoc.runs[0]!.results.map((r) => r.ruleId),
      );
      for (const d of qDoc) assert.ok(d.location.path === '<stdin>' || fs.existsSync(path.join(repoRoot, d.location.path)), d.location.path);
    });
  }

  it('Code Quality fingerprints do not depend on the line: moving a finding keeps it the same finding', () => {
    const text = 'vrrp_instance VI_1 {\n    priorty 100\n}\n';
    const a = JSON.parse(runCliCaptured(['-f', 'codequality', '--stdin-filename', 'k.conf', '-'], repoRoot, text).stdout) as { fingerprint: string }[];
    const b = JSON.parse(runCliCaptured(['-f', 'codequality', '--stdin-filename', 'k.conf', '-'], repoRoot, `# a comment\n${text}`).stdout) as {
      fingerprint: string;
    }[];
    assert.deepEqual(
      a.map((x) => x.fingerprint),
      b.map((x) => x.fingerprint),
    );
  });
});

/** One GitHub workflow command read back: its level, its properties and its message, unescaped as the runner does. */
function readAnnotation(line: string): { level: string; props: Record<string, string>; message: string } {
  const m = /^::(error|warning|notice) ([A-Za-z]+=[^,:]*(?:,[A-Za-z]+=[^,:]*)*)::(.*)$/.exec(line);
  assert.ok(m, `not a workflow command: ${line}`);
  const unescape = (s: string) => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');
  const props = Object.fromEntries(m[2]!.split(',').map((p) => [p.slice(0, p.indexOf('=')), unescape(p.slice(p.indexOf('=') + 1))]));
  return { level: m[1]!, props, message: unescape(m[3]!) };
}

describe('cli: --format github (GitHub Actions annotations)', () => {
  for (const input of INPUTS) {
    it(`${input.name}: one workflow command per finding, the same findings, places and messages as --format json`, () => {
      const g = runCliCaptured(['-f', 'github', ...input.args], repoRoot, input.stdin);
      const j = runCliCaptured(['-f', 'json', ...input.args], repoRoot, input.stdin);
      assert.equal(g.stderr, '');
      assert.equal(g.code, j.code);
      const want = (
        JSON.parse(j.stdout) as {
          diagnostics: { file: string; line: number; column: number; endLine: number; endColumn: number; severity: string; code: string; message: string }[];
        }
      ).diagnostics;
      assert.ok(want.length > 0);
      assert.ok(g.stdout.endsWith('\n'));
      const got = g.stdout.slice(0, -1).split('\n').map(readAnnotation);
      assert.deepEqual(
        got,
        want.map((d) => ({
          level: d.severity === 'error' ? 'error' : d.severity === 'warning' ? 'warning' : 'notice',
          props: {
            file: path.isAbsolute(d.file) ? path.relative(repoRoot, d.file) : d.file,
            line: String(d.line),
            col: String(d.column),
            endLine: String(d.endLine),
            endColumn: String(d.endColumn),
            title: d.code,
          },
          message: d.message,
        })),
      );
    });
  }

  it('escapes what separates a command: `%`, `,` and `:` in a path, `%` in a message; no findings print nothing', () => {
    const r = runCliCaptured(['-f', 'github', '--stdin-filename', 'a,b:100%.conf', '-'], repoRoot, 'vrrp_instance VI_1 {\n    priorty% 100\n}\n');
    const line = r.stdout.split('\n').find((l) => l.includes('unknown-keyword'))!;
    assert.match(line, /^::warning file=a%2Cb%3A100%25\.conf,line=2,col=5,/);
    assert.match(line, /'priorty%25'/);
    assert.equal(readAnnotation(line).props.file, 'a,b:100%.conf');
    const clean = runCliCaptured(['-f', 'github', '-'], repoRoot, '# nothing\n');
    assert.equal(clean.code, 0);
    assert.equal(clean.stdout, '');
  });
});
