/**
 * The CI formats against their schemas (ajv): --format sarif against the SARIF 2.1.0 JSON schema
 * GitHub code scanning takes, --format codequality against the fields GitLab's Code Quality
 * report requires. The validators are shown to reject a broken report first, so a pass means
 * something.
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
