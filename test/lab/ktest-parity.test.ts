/**
 * Parity with the real thing: every findings fixture (test/fixtures/findings) goes through
 * `keepalived -t` inside a network namespace this test creates, and our verdict class must
 * agree with keepalived's:
 *   - clean: keepalived exits 0, and we report no warning or error (except the codes for
 *     mistakes keepalived does not catch, KEEPALIVED_MISSES);
 *   - problem: keepalived exits non-zero, and we report at least one warning or error.
 *
 * The namespace gets the interfaces the fixtures name (eth0, eth1 — veth pairs created inside
 * it, with the lab addresses) and nothing touches the host's own namespace. It is removed
 * afterwards, also when a test fails or the process exits. Needs root, `ip` and `keepalived`;
 * otherwise every test is skipped with a message saying why.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createNodeHost } from '../../server/src/host/nodeHost';
import { lint } from '../../server/src/language/index';
import type { Issue } from '../../server/src/language/issue';
import { interfacesOf } from '../support/rules';
import { repoRoot } from '../support/shared';
import { Namespace, keepaliveT, keepalivedVersion, ktestUnavailable } from './ktest';

const FINDINGS_DIR = path.join(repoRoot, 'test', 'fixtures', 'findings');

/**
 * Codes for mistakes `keepalived -t` accepts (exit 0) that we report on purpose, and codes for
 * what keepalived reports but still exits 0 for (a missing include file).
 */
export const KEEPALIVED_MISSES = new Set([
  'vip-own-address',
  'vip-is-host-address',
  'unicast-self-peer',
  'vip-duplicate',
  'mid-word-comment',
  'unused-script',
  'include-missing',
]);

interface Row {
  readonly row: string;
  readonly file: string;
  readonly rc: number;
  readonly interfaces?: Record<string, string | string[]>;
}

interface Table {
  readonly interfaces: Record<string, string>;
  readonly rows: Row[];
}

function ourProblems(file: string, interfaces: Record<string, string | string[]>): Issue[] {
  const issues = lint(file, fs.readFileSync(file, 'utf8'), createNodeHost(), { interfaces: interfacesOf(interfaces) }).issues;
  return issues.filter((i) => (i.severity === 'error' || i.severity === 'warning') && !KEEPALIVED_MISSES.has(i.code));
}

describe('keepalived -t parity on the findings fixtures (lab)', function () {
  this.timeout(120000);
  const table = JSON.parse(fs.readFileSync(path.join(FINDINGS_DIR, 'rows.json'), 'utf8')) as Table;
  const why = ktestUnavailable();
  const ns = new Namespace();
  let pidDir = '';
  let version = '';

  before(function () {
    let reason = why;
    if (!reason) {
      try {
        ns.create(table.interfaces);
        pidDir = fs.mkdtempSync(path.join(os.tmpdir(), 'klint-pid-'));
        version = keepalivedVersion();
      } catch (e) {
        reason = `the network namespace could not be set up (${(e as Error).message.trim()})`;
      }
    }
    if (reason) {
      console.log(`    skipped: the keepalived -t parity lab needs Linux, root, iproute2 and keepalived — ${reason}`);
      this.skip();
    }
  });

  after(() => {
    ns.remove();
    if (pidDir) fs.rmSync(pidDir, { recursive: true, force: true });
  });

  for (const r of table.rows) {
    it(`row ${r.row} ${r.file}`, () => {
      const file = path.join(FINDINGS_DIR, r.file);
      const k = keepaliveT(ns.name, file, pidDir);
      const ours = ourProblems(file, r.interfaces ?? table.interfaces);
      const keepalivedClean = k.rc === 0;
      const ourClean = ours.length === 0;
      const detail = `keepalived -t rc=${k.rc}${k.output ? `:\n        ${k.output.split('\n').join('\n        ')}` : ''}\n      we report: ${ours.map((i) => `${i.severity} ${i.code}`).join(', ') || 'nothing'}`;
      assert.equal(ourClean, keepalivedClean, `verdicts differ for ${r.file}\n      ${detail}`);
      // the table records what keepalived 2.2.7 returned; other versions may differ in the code
      if (version === '2.2.7') assert.equal(k.rc, r.rc, `keepalived 2.2.7 exit code differs from the table for ${r.file}\n      ${detail}`);
    });
  }
});
