/**
 * keepalived-lint in-process (runCli with captured output) and once as a child process (the
 * built bin/keepalived-lint.js): output shapes, exit codes, cluster and Kolla modes.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { emptyDir, removeEmptyDir, runCliCaptured, type Run } from '../support/cli';
import { repoRoot } from '../support/shared';

const FIX = path.join(repoRoot, 'test/fixtures');
const PAIR_OK = path.join(FIX, 'cluster/pair-ok');
const PAIR_BROKEN = path.join(FIX, 'cluster/pair-broken');
const KOLLA_CLEAN = path.join(FIX, 'kolla/clean');
const KOLLA_BROKEN = path.join(FIX, 'kolla/broken');

function run(args: string[], cwd = emptyDir()): Run {
  return runCliCaptured([...args], cwd);
}

interface JsonDiag {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly severity: string;
  readonly code: string;
  readonly message: string;
}

function json(r: Run): JsonDiag[] {
  const parsed = JSON.parse(r.stdout) as { diagnostics: JsonDiag[] };
  assert.deepEqual(Object.keys(parsed), ['diagnostics']);
  return parsed.diagnostics;
}

const short = (d: JsonDiag) => `${path.basename(d.file)}:${d.line}:${d.column} ${d.severity} ${d.code}`;

describe('cli: keepalived-lint', () => {
  after(removeEmptyDir);

  it('--help exits 0 with the usage', () => {
    const r = run(['--help']);
    assert.equal(r.code, 0);
    assert.match(r.stdout, /^Usage: keepalived-lint/);
    assert.match(r.stdout, /--globals FILE/);
  });

  it('a clean pair of nodes: exit 0, nothing printed', () => {
    const r = run([path.join(PAIR_OK, 'lb1.conf'), path.join(PAIR_OK, 'lb2.conf')]);
    assert.equal(r.stderr, '');
    assert.equal(r.stdout, '');
    assert.equal(r.code, 0);
  });

  it('several files are also checked as one cluster (json shape kept exactly)', () => {
    const r = run(['--format', 'json', PAIR_BROKEN]);
    assert.equal(r.code, 1);
    const d = json(r);
    for (const x of d) assert.deepEqual(Object.keys(x), ['file', 'line', 'column', 'endLine', 'endColumn', 'severity', 'code', 'message']);
    assert.deepEqual(d.filter((x) => x.code.startsWith('cluster-')).map(short), [
      'lb1.conf:6:5 information cluster-priority-tie',
      'lb1.conf:10:9 error cluster-auth-mismatch',
      'lb1.conf:12:5 error cluster-vip-mismatch',
      'lb2.conf:6:5 information cluster-priority-tie',
      'lb2.conf:10:9 error cluster-auth-mismatch',
      'lb2.conf:12:5 error cluster-vip-mismatch',
    ]);
    assert.ok(path.isAbsolute(d[0]!.file));
  });

  it('--no-cluster checks each file on its own only', () => {
    const d = json(run(['-f', 'json', '--no-cluster', PAIR_BROKEN]));
    assert.deepEqual(
      d.filter((x) => x.code.startsWith('cluster-')),
      [],
    );
  });

  it('text output names files relative to the working directory, with a summary', () => {
    const r = run([PAIR_BROKEN], path.join(FIX, 'cluster'));
    assert.equal(r.code, 1);
    assert.match(r.stdout, /^pair-broken\/lb1\.conf\n {2}6:5 +information +VRID 51: lb1 \(VI_1\) has priority 100/);
    assert.match(r.stdout, /✖ \d+ problems? \(\d+ errors?, \d+ warnings?, 2 notes\)\n$/);
  });

  it('one file alone gets no cluster findings', () => {
    const d = json(run(['-f', 'json', path.join(PAIR_BROKEN, 'lb1.conf')]));
    assert.deepEqual(
      d.filter((x) => x.code.startsWith('cluster-')),
      [],
    );
  });

  describe('--interface', () => {
    const lb1 = path.join(PAIR_OK, 'lb1.conf');
    it('feeds the interface rules', () => {
      const d = json(run(['-f', 'json', '--interface', 'eth0=192.168.1.10/24', lb1]));
      assert.deepEqual(d.filter((x) => x.code === 'vip-outside-subnet').map(short), [
        'lb1.conf:10:9 warning vip-outside-subnet',
        'lb1.conf:17:9 warning vip-outside-subnet',
      ]);
    });
    it('an unknown interface is an error (exit 1)', () => {
      const r = run(['-f', 'json', '--interface', 'eth1=10.0.0.11/24', lb1]);
      assert.equal(r.code, 1);
      assert.ok(json(r).some((x) => x.code === 'unknown-interface' && x.severity === 'error' && x.line === 4));
    });
    it('warnings only: exit 0, but 1 with --max-warnings below their number', () => {
      const args = ['-f', 'json', '--interface', 'eth0=192.168.1.10/24', lb1];
      const n = json(run(args)).filter((x) => x.severity === 'warning').length;
      assert.ok(n >= 2);
      assert.equal(run(args).code, 0);
      assert.equal(run([...args, '--max-warnings', String(n)]).code, 0);
      assert.equal(run([...args, '--max-warnings', String(n - 1)]).code, 1);
    });
    it("with several nodes an address without a node is only a subnet; NODE: gives one node's own", () => {
      const both = [lb1, path.join(PAIR_OK, 'lb2.conf')];
      // 10.0.0.100 is the VIP: as a common entry it says only "eth0 is on 10.0.0.0/24".
      const common = json(run(['-f', 'json', '--interface', 'eth0=10.0.0.100/24', ...both]));
      assert.deepEqual(
        common.filter((x) => x.code === 'vip-is-host-address' || x.code === 'vip-outside-subnet'),
        [],
      );
      const own = json(run(['-f', 'json', '--interface', 'lb2:eth0=10.0.0.100/24', ...both]));
      assert.deepEqual(own.filter((x) => x.code === 'vip-is-host-address').map(short), ['lb2.conf:17:9 error vip-is-host-address']);
      // a node's own interfaces are its whole set: eth1 is unknown on lb1 only
      const set = json(run(['-f', 'json', '--interface', 'lb1:eth1=10.0.0.11/24', '--interface', 'eth0=10.0.0.0/24', ...both]));
      assert.deepEqual(set.filter((x) => x.code === 'unknown-interface').map(short), []);
    });

    it("a node's own address tells the cluster rules who it is", () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kl-uni-'));
      try {
        // no unicast_src_ip: lb2's address comes from --interface lb2:eth0=...
        const text = (prio: number, peer: string) =>
          fs
            .readFileSync(lb1, 'utf8')
            .replace('priority 100', `priority ${prio}`)
            .replace('    unicast_src_ip 10.0.0.11\n', '')
            .replace('        10.0.0.12\n', `        ${peer}\n`);
        fs.writeFileSync(path.join(dir, 'lb1.conf'), text(100, '10.0.0.12'));
        fs.writeFileSync(path.join(dir, 'lb2.conf'), text(90, '10.0.0.11'));
        const files = [path.join(dir, 'lb1.conf'), path.join(dir, 'lb2.conf')];
        assert.deepEqual(
          json(run(['-f', 'json', ...files])).filter((x) => x.code.startsWith('cluster-')),
          [],
        );
        const d = json(run(['-f', 'json', '--interface', 'lb1:eth0=10.0.0.21/24', '--interface', 'lb2:eth0=10.0.0.22/24', ...files]));
        // each lists the other's old address: "does not list" at unicast_peer, "missing" at the interface line
        assert.deepEqual(d.filter((x) => x.code.startsWith('cluster-')).map(short), [
          'lb1.conf:4:5 error cluster-unicast-asymmetric',
          'lb1.conf:8:5 error cluster-unicast-asymmetric',
          'lb2.conf:4:5 error cluster-unicast-asymmetric',
          'lb2.conf:8:5 error cluster-unicast-asymmetric',
        ]);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });

    for (const bad of ['eth0', 'eth0=10.0.0.300/24', 'eth0=10.0.0.1', '=10.0.0.1/24', ':eth0=10.0.0.1/24']) {
      it(`'${bad}' is a usage error (exit 2, no stack trace)`, () => {
        const r = run(['--interface', bad, lb1]);
        assert.equal(r.code, 2);
        assert.match(r.stderr, /^keepalived-lint: --interface expects (NODE:)?NAME=ADDRESS\/PREFIX/);
        assert.doesNotMatch(r.stderr, /\n\s+at /);
        assert.equal(r.stdout, '');
      });
    }
  });

  describe('usage and I/O problems exit 2 with a clear message', () => {
    const cases: [string, string[], RegExp][] = [
      ['no PATH', [], /no PATH given/],
      ['a path that does not exist', ['/nonexistent/keepalived.conf'], /\/nonexistent\/keepalived\.conf: no such file or directory/],
      ['an unknown option', ['--frobnicate', 'x'], /unknown option --frobnicate/],
      ['a bad --format', ['--format', 'xml', 'x'], /--format must be text, json, sarif, codequality or github/],
      ['a bad --max-warnings', ['--max-warnings', 'many', 'x'], /--max-warnings needs a whole number/],
      ['--passwords without --globals', ['--passwords', 'x', PAIR_OK], /--passwords needs --globals/],
      ['an unreadable --globals', ['--globals', '/nonexistent/globals.yml'], /cannot read \/nonexistent\/globals\.yml \(--globals\): no such file/],
      ['a directory as --globals', ['--globals', KOLLA_CLEAN], /cannot read .* \(--globals\): it is a directory/],
    ];
    for (const [name, args, re] of cases) {
      it(name, () => {
        const r = run(args);
        assert.equal(r.code, 2);
        assert.match(r.stderr, re);
        assert.doesNotMatch(r.stderr, /\n\s+at /);
        assert.equal(r.stdout, '');
      });
    }
  });

  it('SARIF output has the 2.1.0 structure', () => {
    const r = run(['--format', 'sarif', PAIR_BROKEN]);
    assert.equal(r.code, 1);
    const s = JSON.parse(r.stdout) as {
      version: string;
      $schema: string;
      runs: {
        tool: { driver: { name: string; rules: { id: string; shortDescription: { text: string } }[] } };
        results: {
          ruleId: string;
          ruleIndex: number;
          level: string;
          message: { text: string };
          locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } } }[];
        }[];
      }[];
    };
    assert.equal(s.version, '2.1.0');
    assert.match(s.$schema, /sarif-2\.1\.0/);
    assert.equal(s.runs.length, 1);
    const run0 = s.runs[0];
    assert.ok(run0);
    assert.equal(run0.tool.driver.name, 'keepalived-lint');
    assert.ok(run0.results.length > 0);
    const ids = run0.tool.driver.rules.map((x) => x.id);
    for (const res of run0.results) {
      assert.ok(['error', 'warning', 'note'].includes(res.level));
      assert.equal(ids[res.ruleIndex], res.ruleId);
      assert.ok(res.message.text.length > 0);
      const [loc] = res.locations;
      assert.equal(res.locations.length, 1);
      assert.ok(loc);
      assert.ok(loc.physicalLocation.region.startLine >= 1 && loc.physicalLocation.region.startColumn >= 1);
      assert.ok(loc.physicalLocation.artifactLocation.uri.length > 0);
    }
    const vip = run0.tool.driver.rules.find((x) => x.id === 'cluster-vip-mismatch');
    assert.ok(vip && vip.shortDescription.text.includes('VIPs'));
  });

  describe('Kolla', () => {
    const clean = [
      '--globals',
      path.join(KOLLA_CLEAN, 'globals.yml'),
      '--inventory',
      path.join(KOLLA_CLEAN, 'multinode'),
      '--passwords',
      path.join(KOLLA_CLEAN, 'passwords.yml'),
    ];
    it('a clean deployment alone (no PATH): exit 0, nothing printed', () => {
      const r = run(clean);
      assert.equal(r.stderr, '');
      assert.equal(r.stdout, '');
      assert.equal(r.code, 0);
    });

    it('--globals alone: the inventory above it, passwords.yml and the custom configs beside it are found, said on stderr, and checked as if named', () => {
      const kolla = path.join(FIX, 'operator/kolla');
      const globals = path.join(kolla, 'etc/kolla/globals.yml');
      const alone = run(['--globals', globals]);
      assert.match(alone.stderr, new RegExp(`using the inventory ${path.join(kolla, 'multinode')} \\(found beside globals\\.yml or above it`));
      assert.match(alone.stderr, new RegExp(`using the custom configs under ${path.join(kolla, 'etc/kolla/config/keepalived')} `));
      assert.doesNotMatch(alone.stderr, /passwords/, 'the fixture has no passwords.yml');
      const named = run(['-f', 'json', '--globals', globals, '--inventory', path.join(kolla, 'multinode'), path.join(kolla, 'etc/kolla/config/keepalived')]);
      const found = run(['-f', 'json', '--globals', globals]);
      assert.equal(found.stderr, '', 'notes only with the text format');
      assert.deepEqual(json(found), json(named));
      assert.ok(
        json(found).some((d) => d.file.endsWith('control01/keepalived.conf')),
        'the custom configs were linted',
      );
      // the election sees Kolla's three hosts, two of them from their custom configs
      const e = run(['election', '--globals', globals]);
      assert.match(e.stdout, /^Nodes: control01, control02, control03 \(Kolla-Ansible hosts\)/);
      // control03's auth_pass is keepalived_password, unknown without passwords.yml: no split brain from our placeholder
      assert.match(e.stdout, /note: control03: auth_pass is a value we could not compute: taken to match the other members/);
      assert.doesNotMatch(e.stdout, /SPLIT BRAIN|different authentication/);
      // --quiet: no notes either
      assert.equal(run(['-q', '--globals', globals]).stderr, '');
      // --fix writes only what a PATH names: the custom configs are not taken, and a warning says so
      const fix = run(['--fix', '--globals', globals]);
      assert.match(fix.stderr, /warning: --fix changes only the files a PATH names: the custom configs under .* are not checked/);
      assert.doesNotMatch(fix.stdout, /control01/);
    });

    it('--globals with no inventory to be found: a warning says the hosts are not checked', () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kl-kolla-'));
      fs.copyFileSync(path.join(KOLLA_CLEAN, 'globals.yml'), path.join(dir, 'globals.yml'));
      const r = run(['--globals', path.join(dir, 'globals.yml')], dir);
      assert.match(
        r.stderr,
        /^keepalived-lint: warning: no inventory given \(--inventory\) nor found beside .*globals\.yml, above it or in the current directory: Kolla's loadbalancer hosts are neither rendered nor checked$/m,
      );
      // Kolla's quick start: the inventory copied into the directory kolla-ansible runs from
      const cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'kl-kolla-cwd-'));
      fs.copyFileSync(path.join(KOLLA_CLEAN, 'multinode'), path.join(cwd, 'multinode'));
      const here = run(['--globals', path.join(dir, 'globals.yml')], cwd);
      assert.match(here.stderr, new RegExp(`using the inventory ${path.join(cwd, 'multinode')} \\(found in the current directory`));
      assert.doesNotMatch(here.stderr, /warning/);
      fs.rmSync(cwd, { recursive: true });
      // a passwords.yml beside it that cannot be read (here a directory) is left out, not an error
      fs.mkdirSync(path.join(dir, 'passwords.yml'));
      const odd = run(['--globals', path.join(dir, 'globals.yml')], dir);
      assert.equal(odd.code, 0, odd.stderr);
      assert.doesNotMatch(odd.stderr, /passwords/);
      fs.rmdirSync(path.join(dir, 'passwords.yml'));
      // passwords.yml beside it is found
      fs.copyFileSync(path.join(KOLLA_CLEAN, 'passwords.yml'), path.join(dir, 'passwords.yml'));
      fs.copyFileSync(path.join(KOLLA_CLEAN, 'multinode'), path.join(dir, 'multinode'));
      const all = run(['--globals', path.join(dir, 'globals.yml')], dir);
      assert.doesNotMatch(all.stderr, /warning/);
      assert.match(all.stderr, /using the passwords .*passwords\.yml \(found beside globals\.yml/);
      const given = run(
        ['--globals', path.join(dir, 'globals.yml'), '--inventory', path.join(dir, 'multinode'), '--passwords', path.join(dir, 'passwords.yml')],
        dir,
      );
      assert.equal(given.stderr, '', 'nothing to say when everything is named');
      assert.equal(all.stdout, given.stdout);
      fs.rmSync(dir, { recursive: true });
    });

    it('issues in globals.yml are printed at their line and column', () => {
      const r = run([
        '-f',
        'json',
        '--globals',
        path.join(KOLLA_BROKEN, 'globals.yml'),
        '--inventory',
        path.join(KOLLA_BROKEN, 'multinode'),
        '--passwords',
        path.join(KOLLA_BROKEN, 'passwords.yml'),
      ]);
      assert.equal(r.code, 1);
      const d = json(r);
      assert.ok(d.some((x) => short(x) === 'globals.yml:8:31 error kolla-vrid-range'));
      assert.ok(d.some((x) => short(x) === 'multinode:10:1 warning kolla-group-var-ignored'));
    });

    it('custom node configs are cross-checked and clustered with the rendered ones: one VRID typo, one finding, in the file', () => {
      const d = json(run(['-f', 'json', ...clean, path.join(FIX, 'cluster/kolla-custom/config')]));
      const mine = d.filter((x) => x.code.startsWith('kolla-') || x.code.startsWith('cluster-')).map(short);
      assert.deepEqual(mine, ['keepalived.conf:12:5 warning kolla-vrid-mismatch']);
    });

    it('a directory holding a Kolla deployment is checked against it, as with --globals; --globals turns the search off', () => {
      const kolla = path.join(repoRoot, 'examples/kolla');
      const found = run(['-f', 'json', kolla]);
      const named = run([
        '-f',
        'json',
        '--globals',
        path.join(kolla, 'etc/kolla/globals.yml'),
        '--inventory',
        path.join(kolla, 'multinode'),
        '--passwords',
        path.join(kolla, 'etc/kolla/passwords.yml'),
        path.join(kolla, 'node_custom_config'),
      ]);
      assert.equal(found.stderr, '');
      assert.deepEqual(json(found), json(named));
      assert.ok(
        json(found).some((x) => x.code.startsWith('kolla-')),
        'Kolla checks ran',
      );
      // another deployment named explicitly: the directory's own globals.yml is not read
      const other = json(run(['-f', 'json', ...clean, path.join(kolla, 'node_custom_config')]));
      assert.ok(!other.some((x) => x.file.startsWith(kolla + '/etc/')), "no finding in the directory's globals.yml or passwords.yml");
      // a directory without globals.yml: no Kolla check
      assert.ok(!json(run(['-f', 'json', path.join(repoRoot, 'examples/haproxy-pair')])).some((x) => x.code.startsWith('kolla-')));
    });

    it("the settings file's kolla section works like --globals (paths relative to it)", () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kl-kolla-'));
      try {
        for (const f of ['globals.yml', 'multinode', 'passwords.yml']) fs.copyFileSync(path.join(KOLLA_BROKEN, f), path.join(dir, f));
        fs.writeFileSync(
          path.join(dir, '.keepalived-lint.json'),
          JSON.stringify({
            kolla: { globals: 'globals.yml', inventory: 'multinode', passwords: 'passwords.yml' },
            rules: { 'kolla-group-var-ignored': 'off' },
          }),
        );
        const sub = path.join(dir, 'sub');
        fs.mkdirSync(sub);
        const r = run(['-f', 'json'], sub);
        assert.equal(r.code, 1);
        const d = json(r);
        assert.ok(d.some((x) => short(x) === 'globals.yml:8:31 error kolla-vrid-range'));
        assert.ok(!d.some((x) => x.code === 'kolla-group-var-ignored'), 'severity settings apply to Kolla codes');
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });
  });

  it('a settings file that cannot be used ends the run with status 2, naming the file and what is wrong', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kl-settings-'));
    try {
      fs.writeFileSync(path.join(dir, 'keepalived.conf'), 'vrrp_instance A {\n  priorty 100\n}\n');
      const missing = run(['--config', 'nope.json', 'keepalived.conf'], dir);
      assert.equal(missing.code, 2);
      assert.equal(missing.stderr, `keepalived-lint: cannot read ${path.join(dir, 'nope.json')} (--config): no such file\n`);
      fs.writeFileSync(path.join(dir, '.keepalived-lint.json'), '{ "rules": ');
      const broken = run(['keepalived.conf'], dir);
      assert.equal(broken.code, 2);
      assert.match(broken.stderr, new RegExp(`^keepalived-lint: ${path.join(dir, '.keepalived-lint.json').replace(/[.]/g, '\\.')}: not JSON \\(`));
      fs.writeFileSync(path.join(dir, '.keepalived-lint.json'), JSON.stringify({ rules: { 'unknown-keyword': 'off' } }));
      const sub = path.join(dir, 'sub');
      fs.mkdirSync(sub);
      const found = run(['../keepalived.conf'], sub);
      assert.ok(!/unknown-keyword/.test(found.stdout), 'the nearest settings file above the current directory applies');
      assert.match(run(['keepalived.conf'], dir).stderr, /^$/);
      // one that is there but cannot be read is reported, not skipped
      fs.rmSync(path.join(dir, '.keepalived-lint.json'));
      fs.mkdirSync(path.join(dir, '.keepalived-lint.json'));
      const unreadable = run(['keepalived.conf'], dir);
      assert.equal(unreadable.code, 2);
      assert.match(unreadable.stderr, /^keepalived-lint: cannot read .*\.keepalived-lint\.json: it is a directory\n$/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("--root / settings root: an absolute include is read under the folder standing for the host's /", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kl-root-'));
    try {
      fs.writeFileSync(path.join(dir, 'main.conf'), 'include /etc/keepalived/conf.d/*.conf\n');
      fs.mkdirSync(path.join(dir, 'rootfs/etc/keepalived/conf.d'), { recursive: true });
      fs.writeFileSync(path.join(dir, 'rootfs/etc/keepalived/conf.d/vi.conf'), 'vrrp_instance VI_1 {\n    priorty 100\n}\n');
      const without = run(['-f', 'json', 'main.conf'], dir);
      assert.deepEqual(json(without).map(short), ['main.conf:1:9 warning include-missing']);
      const rooted = run(['-f', 'json', '--root', 'rootfs', 'main.conf'], dir);
      const found = json(rooted).map(short);
      assert.ok(found.includes('vi.conf:2:5 warning unknown-keyword'), found.join(', '));
      assert.ok(!found.some((f) => f.includes('include-missing')), found.join(', '));
      // the same from .keepalived-lint.json, relative to its folder
      fs.writeFileSync(path.join(dir, '.keepalived-lint.json'), JSON.stringify({ root: 'rootfs' }));
      assert.deepEqual(json(run(['-f', 'json', 'main.conf'], dir)).map(short), found);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the built bin/keepalived-lint.js runs as a child process', function () {
    const bin = path.join(repoRoot, 'bin/keepalived-lint.js');
    if (!fs.existsSync(path.join(repoRoot, 'dist/cli.js'))) this.skip();
    const r = spawnSync(process.execPath, [bin, '--format', 'json', PAIR_BROKEN], { encoding: 'utf8', cwd: emptyDir() });
    assert.equal(r.status, 1, r.stderr);
    const d = (JSON.parse(r.stdout) as { diagnostics: JsonDiag[] }).diagnostics;
    assert.ok(d.some((x) => x.code === 'cluster-vip-mismatch'));
    const bad = spawnSync(process.execPath, [bin, '/nonexistent.conf'], { encoding: 'utf8', cwd: emptyDir() });
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /^keepalived-lint: \/nonexistent\.conf: no such file or directory/);
    const ok = spawnSync(process.execPath, [bin, path.join(PAIR_OK, 'lb1.conf'), path.join(PAIR_OK, 'lb2.conf')], { encoding: 'utf8', cwd: emptyDir() });
    assert.equal(ok.status, 0, ok.stdout + ok.stderr);
  });

  it('runs as installed, through its #!/bin/sh first lines, with nothing on stderr', function () {
    const bin = path.join(repoRoot, 'bin/keepalived-lint.js');
    if (!fs.existsSync(path.join(repoRoot, 'dist/cli.js')) || process.platform === 'win32') this.skip();
    const r = spawnSync(bin, ['--version'], { encoding: 'utf8', cwd: emptyDir() });
    assert.equal(r.stderr, '');
    assert.equal(r.status, 0);
    assert.match(r.stdout, /^\d+\.\d+\.\d+/);
  });

  it('as installed, its options reach keepalived-lint, not node (node 20 reads a --env-file anywhere on its command line)', function () {
    const bin = path.join(repoRoot, 'bin/keepalived-lint.js');
    if (!fs.existsSync(path.join(repoRoot, 'dist/cli.js')) || process.platform === 'win32') this.skip();
    const dir = emptyDir();
    fs.writeFileSync(path.join(dir, 'keepalived.conf.tmpl'), 'vrrp_instance VI_1 {\n    priority ${PRIO}\n}\n');
    const r = spawnSync(bin, ['--env-file', 'missing.env', 'keepalived.conf.tmpl'], { encoding: 'utf8', cwd: dir });
    assert.match(r.stderr, /^keepalived-lint: env file .*missing\.env: cannot read it: no such file/);
    assert.equal(r.status, 2);
  });
});
