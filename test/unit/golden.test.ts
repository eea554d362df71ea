/**
 * Golden CLI output: keepalived-lint's text, JSON and SARIF on the bundled examples and on every
 * configuration of ../shared/corpus, byte for byte. Restructuring the code must not change what
 * users and tools read; a change in findings is made on purpose and the goldens are regenerated
 * with `UPDATE_GOLDEN=1 npx mocha out/test/unit/golden.test.js` (then reviewed in the diff).
 *
 * Absolute paths are written as <root> (this clone) and <shared> (the corpus folder), so the
 * goldens hold on any checkout. The corpus part says plainly when ../shared is absent.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createHash } from 'node:crypto';
import { runCliCaptured } from '../support/cli';
import { repoRoot, sharedDir } from '../support/shared';

const GOLDEN_DIR = path.join(repoRoot, 'test/golden');
const update = process.env.UPDATE_GOLDEN === '1';

interface Case {
  readonly name: string;
  readonly args: readonly string[];
  readonly cwd: string;
}

function normalise(s: string, shared: string | undefined): string {
  let out = s.split(repoRoot).join('<root>');
  if (shared) out = out.split(path.resolve(shared)).join('<shared>');
  // SARIF carries the tool version; keep the goldens independent of releases
  return out.replace(/"version":"\d+\.\d+\.\d+[^"]*"/g, '"version":"<version>"');
}

function output(c: Case, shared: string | undefined): string {
  const r = runCliCaptured(c.args, c.cwd);
  return normalise(`exit ${r.code}\n--- stdout\n${r.stdout}\n--- stderr\n${r.stderr}`, shared);
}

/** Compare with (or, with UPDATE_GOLDEN=1, write) test/golden/<name>.txt. */
function compare(name: string, actual: string, what: string): void {
  const file = path.join(GOLDEN_DIR, `${name}.txt`);
  if (update || !fs.existsSync(file)) {
    if (!update) assert.fail(`no golden for ${name}: run with UPDATE_GOLDEN=1 to create ${path.relative(repoRoot, file)}`);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, actual);
    return;
  }
  assert.equal(actual, fs.readFileSync(file, 'utf8'), `${what} differs from ${path.relative(repoRoot, file)}`);
}

function check(c: Case, shared: string | undefined): void {
  compare(c.name, output(c, shared), `output of keepalived-lint ${c.args.join(' ')}`);
}

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

const ex = (p: string) => path.join(repoRoot, 'examples', p);
const kolla = ['--globals', ex('kolla/etc/kolla/globals.yml'), '--inventory', ex('kolla/multinode'), '--passwords', ex('kolla/etc/kolla/passwords.yml')];

const exampleCases: Case[] = [];
for (const format of ['text', 'json', 'sarif']) {
  exampleCases.push({ name: `examples/haproxy-pair.${format}`, args: ['--format', format, ex('haproxy-pair')], cwd: repoRoot });
  exampleCases.push({ name: `examples/lvs-director.${format}`, args: ['--format', format, ex('lvs-director')], cwd: repoRoot });
  exampleCases.push({ name: `examples/kolla.${format}`, args: ['--format', format, ...kolla, ex('kolla/node_custom_config')], cwd: repoRoot });
}
exampleCases.push({ name: 'examples/kolla-only.json', args: ['--format', 'json', ...kolla], cwd: repoRoot });
for (const format of ['text', 'json']) {
  exampleCases.push({ name: `examples/election-pair.${format}`, args: ['election', '--format', format, ex('haproxy-pair')], cwd: repoRoot });
  exampleCases.push({
    name: `examples/election-kolla.${format}`,
    args: ['election', '--format', format, ...kolla, ex('kolla/node_custom_config')],
    cwd: repoRoot,
  });
}
exampleCases.push({ name: 'examples/election-pair-fail.text', args: ['election', '--fail', 'lb1:chk_haproxy', ex('haproxy-pair')], cwd: repoRoot });

describe('golden CLI output', function () {
  this.timeout(60_000);

  describe('bundled examples', () => {
    for (const c of exampleCases) it(c.name, () => check(c, sharedDir()));
  });

  describe('../shared/corpus, one file at a time and each folder as a whole', () => {
    const shared = sharedDir();
    if (!shared) {
      it('skipped: ../shared is not beside this clone (CI always has it)', function () {
        this.skip();
      });
      return;
    }
    const corpus = path.join(shared, 'corpus');
    for (const set of ['keepalived-samples', 'real-world']) {
      const dir = fs.existsSync(path.join(corpus, set, 'files')) ? path.join(corpus, set, 'files') : path.join(corpus, set);
      const files = fs
        .readdirSync(dir)
        .filter((f) => !/\.(txt|md)$/.test(f) && fs.statSync(path.join(dir, f)).isFile())
        .sort();
      // one golden per set and format: text and JSON in full, SARIF (long, derived from the same
      // findings) as a SHA-256 per file
      for (const format of ['text', 'json', 'sarif']) {
        it(`${set}: every file on its own, ${format}`, () => {
          const parts = files.map((f) => {
            const out = output({ name: f, args: ['--format', format, '--no-cluster', path.join(dir, f)], cwd: shared }, shared);
            return `=== ${f}\n${format === 'sarif' ? `sha256 ${sha256(out)}\n` : out}`;
          });
          compare(`corpus/${set}.${format}`, parts.join('\n'), `keepalived-lint --format ${format} on ${set}`);
        });
      }
      it(`${set}: the files together as one run (cluster rules included)`, () => {
        check({ name: `corpus/${set}.all.json`, args: ['--format', 'json', ...files.map((f) => path.join(dir, f))], cwd: shared }, shared);
      });
    }
  });
});
