/**
 * The built keepalived-lint as installed (bin/keepalived-lint.js → dist/cli.js): it loads yaml and
 * nunjucks from their own bundles on first use (esbuild.mjs, server/src/cli/vendor/) and keeps V8's
 * code cache in the user's cache directory. Here: a Kolla deployment (YAML, the Jinja renderer) and
 * a template rendered with an Ansible inventory print what the in-process CLI prints; the code
 * cache is written, used, replaced when damaged and skipped when its directory is not the user's own,
 * the output staying the same.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { emptyDir, runCliCaptured } from '../support/cli';
import { repoRoot } from '../support/shared';

const FIX = path.join(repoRoot, 'test/fixtures');
const bin = path.join(repoRoot, 'bin/keepalived-lint.js');
const built = fs.existsSync(path.join(repoRoot, 'dist/cli.js')) && fs.existsSync(path.join(repoRoot, 'dist/vendor/yaml.js'));

function runBuilt(args: readonly string[], env: NodeJS.ProcessEnv = {}) {
  return spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', cwd: emptyDir(), env: { ...process.env, ...env } });
}

describe('keepalived-lint as built (dist/cli.js)', function () {
  this.timeout(60_000);
  let cacheHome: string;
  before(function () {
    if (!built) this.skip();
    cacheHome = fs.mkdtempSync(path.join(os.tmpdir(), 'kl-cache-'));
  });
  after(() => {
    if (cacheHome) fs.rmSync(cacheHome, { recursive: true, force: true });
  });

  const cases: [string, string[]][] = [
    [
      'a Kolla deployment (YAML files, the keepalived.conf Kolla renders)',
      [
        '-f',
        'json',
        '--globals',
        path.join(FIX, 'kolla/broken/globals.yml'),
        '--inventory',
        path.join(FIX, 'kolla/broken/multinode'),
        '--passwords',
        path.join(FIX, 'kolla/broken/passwords.yml'),
      ],
    ],
    [
      'a Jinja2 template rendered for the hosts of an Ansible inventory',
      [
        '-f',
        'json',
        '--inventory',
        path.join(FIX, 'templates/ansible/inventories/tie/hosts.ini'),
        path.join(FIX, 'templates/ansible/roles/keepalived/templates/keepalived.conf.j2'),
      ],
    ],
  ];
  for (const [name, args] of cases) {
    it(`${name}: prints what the in-process CLI prints`, () => {
      const want = runCliCaptured(args);
      assert.ok(want.stdout.length > 20, `the case finds something: ${want.stdout}${want.stderr}`);
      const got = runBuilt(args, { XDG_CACHE_HOME: cacheHome });
      assert.equal(got.stderr, want.stderr);
      assert.equal(got.stdout, want.stdout);
      assert.equal(got.status, want.code);
    });
  }

  it('keeps its code cache in the user cache directory, uses it, and replaces a damaged one', () => {
    const home = fs.mkdtempSync(path.join(os.tmpdir(), 'kl-cache-'));
    try {
      const args = ['-f', 'json', path.join(FIX, 'findings/01-vrid-0.conf')];
      const plain = runBuilt(args, { KEEPALIVED_LINT_NO_CODE_CACHE: '1', XDG_CACHE_HOME: home });
      assert.equal(fs.existsSync(path.join(home, 'keepalived-lint')), false, 'no cache when switched off');
      const first = runBuilt(args, { XDG_CACHE_HOME: home });
      const dir = path.join(home, 'keepalived-lint');
      const files = fs.readdirSync(dir).filter((f) => f.endsWith('.cache'));
      assert.equal(files.length, 1, 'one cache written');
      assert.equal((fs.statSync(dir).mode & 0o777).toString(8), '700');
      const second = runBuilt(args, { XDG_CACHE_HOME: home });
      fs.writeFileSync(path.join(dir, files[0]!), 'not a code cache');
      const damaged = runBuilt(args, { XDG_CACHE_HOME: home });
      assert.notEqual(fs.readFileSync(path.join(dir, files[0]!), 'utf8'), 'not a code cache', 'rewritten');
      for (const r of [first, second, damaged]) {
        assert.equal(r.stdout, plain.stdout);
        assert.equal(r.stderr, '');
        assert.equal(r.status, plain.status);
      }
    } finally {
      fs.rmSync(home, { recursive: true, force: true });
    }
  });

  it('writes no cache after --version or a usage error, and one per command after runs that did their work', () => {
    const home = fs.mkdtempSync(path.join(os.tmpdir(), 'kl-cache-'));
    try {
      const dir = path.join(home, 'keepalived-lint');
      const caches = () => fs.readdirSync(dir).filter((f) => f.endsWith('.cache'));
      assert.equal(runBuilt(['--version'], { XDG_CACHE_HOME: home }).status, 0);
      assert.equal(runBuilt(['--no-such-option'], { XDG_CACHE_HOME: home }).status, 2);
      assert.deepEqual(caches(), [], 'a cache from such a run would lack the linter');
      const conf = path.join(FIX, 'findings/01-vrid-0.conf');
      assert.equal(runBuilt(['-f', 'json', conf], { XDG_CACHE_HOME: home }).status, 1);
      assert.equal(runBuilt(['election', conf], { XDG_CACHE_HOME: home }).status, 0);
      assert.deepEqual(
        caches()
          .map((f) => f.replace(/^cli-[0-9a-f]+-([a-z]+)-.*$/, '$1'))
          .sort(),
        ['election', 'lint'],
      );
    } finally {
      fs.rmSync(home, { recursive: true, force: true });
    }
  });

  it('is ASCII: node reads a bundle with one other character as a string of twice the size, on every start', () => {
    const text = fs.readFileSync(path.join(repoRoot, 'dist/cli.js'), 'latin1');
    const at = [...text].findIndex((c) => c.charCodeAt(0) > 0x7f);
    assert.equal(at, -1, `a non-ASCII byte in dist/cli.js: ${text.slice(Math.max(0, at - 60), at + 20)}`);
  });

  it('does not use a cache directory others may write to', function () {
    if (process.platform === 'win32') this.skip();
    const home = fs.mkdtempSync(path.join(os.tmpdir(), 'kl-cache-'));
    try {
      const dir = path.join(home, 'keepalived-lint');
      fs.mkdirSync(dir);
      fs.chmodSync(dir, 0o777);
      const r = runBuilt(['-f', 'json', path.join(FIX, 'findings/01-vrid-0.conf')], { XDG_CACHE_HOME: home });
      assert.equal(r.stderr, '');
      assert.equal(r.status, 1);
      assert.deepEqual(fs.readdirSync(dir), [], 'nothing written there');
    } finally {
      fs.rmSync(home, { recursive: true, force: true });
    }
  });
});
