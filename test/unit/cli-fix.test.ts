/**
 * keepalived-lint --fix / --fix-dry-run: every safe fix, applied by the CLI to a file on disk,
 * clears its finding and changes nothing but its own bytes (the whole file is compared); fixes
 * that pick a value or guess stay in the editor; a fix that would bring a finding as bad as the
 * one it clears is not kept; template code and included files outside the paths given are never
 * written. Also standard input (`-`, --stdin-filename) and --quiet.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { FORMATS, OPTIONS, USAGE } from '../../server/src/cli/args';
import { safeFixKinds } from '../../server/src/language/project/index';
import { runCliCaptured, type Run } from '../support/cli';
import { repoRoot } from '../support/shared';

let dir = '';
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kl-fix-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Write files into the test's folder; the first one's path. */
function files(map: Record<string, string>): string {
  for (const [name, text] of Object.entries(map)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return path.join(dir, Object.keys(map)[0]!);
}

const read = (name: string) => fs.readFileSync(path.join(dir, name), 'utf8');
const run = (args: string[], stdin?: string): Run => runCliCaptured(args, dir, stdin);
const codes = (r: Run) => (JSON.parse(r.stdout) as { diagnostics: { code: string }[] }).diagnostics.map((d) => d.code);

/** A VRRP instance with `body` (indented lines) inside, valid on its own. */
const instance = (body: string, extra = '') => `vrrp_instance VI_1 {
    state BACKUP
    interface eth0
    virtual_router_id 51
    priority 100
${body}    virtual_ipaddress {
        192.0.2.100/24
    }
}
${extra}`;

/** A virtual server with `body` lines (and a protocol and a scheduler unless the body has them). */
const virtualServer = (body: string) => `virtual_server 192.0.2.100 80 {
${body}    protocol TCP
    real_server 192.0.2.21 80 {
        weight 1
    }
}
`;

interface SafeCase {
  readonly name: string;
  readonly code: string;
  readonly before: string;
  readonly after: string;
  readonly args?: readonly string[];
}

const SAFE: SafeCase[] = [
  {
    name: 'a misspelt keyword with one candidate',
    code: 'unknown-keyword',
    before: instance('    advert_in 1\n'),
    after: instance('    advert_int 1\n'),
  },
  {
    name: 'a deprecated keyword renamed like for like',
    code: 'deprecated-keyword',
    before: virtualServer('    lb_algo rr\n    lvs_method NAT\n'),
    after: virtualServer('    lvs_sched rr\n    lvs_method NAT\n'),
  },
  {
    name: 'a deprecated keyword whose new name the target version knows',
    code: 'deprecated-keyword',
    before: `global_defs {\n    lvs_flush_onstop\n}\n${instance('')}`,
    after: `global_defs {\n    lvs_flush_on_stop\n}\n${instance('')}`,
    args: ['--keepalived-version', '2.2.7'],
  },
  { name: 'state in lower case', code: 'state-invalid', before: instance('').replace('BACKUP', 'master'), after: instance('').replace('BACKUP', 'MASTER') },
  { name: 'a boolean in the wrong case', code: 'argument-value', before: instance('    smtp_alert On\n'), after: instance('    smtp_alert on\n') },
  {
    name: 'lvs_method dr → DR',
    code: 'lvs-method',
    before: virtualServer('    lvs_sched rr\n    lvs_method dr\n'),
    after: virtualServer('    lvs_sched rr\n    lvs_method DR\n'),
  },
  {
    name: 'a scheduler in upper case',
    code: 'lvs-scheduler',
    before: virtualServer('    lvs_sched RR\n    lvs_method NAT\n'),
    after: virtualServer('    lvs_sched rr\n    lvs_method NAT\n'),
  },
  {
    name: 'auth_type in lower case',
    code: 'auth-type',
    before: instance('    authentication {\n        auth_type pass\n        auth_pass secret\n    }\n'),
    after: instance('    authentication {\n        auth_type PASS\n        auth_pass secret\n    }\n'),
  },
  {
    name: 'auth_type with a stray semicolon',
    code: 'auth-type',
    before: instance('    authentication {\n        auth_type PASS;\n        auth_pass secret\n    }\n'),
    after: instance('    authentication {\n        auth_type PASS\n        auth_pass secret\n    }\n'),
  },
  {
    name: 'a unicast source address with a prefix keepalived ignores',
    code: 'address-suffix-ignored',
    before: instance('    unicast_src_ip 192.0.2.11/24\n    unicast_peer {\n        192.0.2.12\n    }\n'),
    after: instance('    unicast_src_ip 192.0.2.11\n    unicast_peer {\n        192.0.2.12\n    }\n'),
  },
  {
    name: "a route's gw → via",
    code: 'route-deprecated',
    before: instance('    virtual_routes {\n        198.51.100.0/24 gw 192.0.2.1 dev eth0\n    }\n'),
    after: instance('    virtual_routes {\n        198.51.100.0/24 via 192.0.2.1 dev eth0\n    }\n'),
  },
  {
    name: "a route's or → nexthop",
    code: 'route-deprecated',
    before: instance('    virtual_routes {\n        198.51.100.0/24 via 192.0.2.1 or 192.0.2.2\n    }\n'),
    after: instance('    virtual_routes {\n        198.51.100.0/24 nexthop via 192.0.2.1 nexthop via 192.0.2.2\n    }\n'),
  },
  { name: "a '}' that closes nothing", code: 'extra-close-brace', before: `${instance('')}}\n`, after: instance('') },
  {
    name: "the missing '}' at the end of the file",
    code: 'missing-close-brace',
    before: instance('').replace(/}\n$/, ''),
    after: instance(''),
  },
];

interface UnsafeCase {
  readonly name: string;
  readonly code: string;
  readonly text: string;
  readonly args?: readonly string[];
}

/** Findings with a quick fix in the editor that --fix leaves alone. */
const UNSAFE: UnsafeCase[] = [
  { name: 'a misspelling near two keywords', code: 'unknown-keyword', text: instance('    track_scrip chk\n') },
  { name: 'a priority out of range (the fix picks one)', code: 'priority-range', text: instance('').replace('priority 100', 'priority 300') },
  {
    name: 'a duplicate VRID (the fix picks one)',
    code: 'vrid-duplicate',
    text: instance('', instance('').replace('VI_1', 'VI_2')),
  },
  {
    name: 'a long password (the fix shortens what the user wrote)',
    code: 'auth-pass-length',
    text: instance('    authentication {\n        auth_type PASS\n        auth_pass longsecret\n    }\n'),
  },
  {
    name: 'words keepalived never reads (they may be the real mistake)',
    code: 'argument-extra',
    text: instance('').replace('interface eth0', 'interface eth0 eth1'),
  },
  { name: 'a scheduler guessed from a misspelling', code: 'lvs-scheduler', text: virtualServer('    lvs_sched rrr\n    lvs_method NAT\n') },
  {
    name: 'a deprecated keyword whose new name older hosts may not know (no --keepalived-version)',
    code: 'deprecated-keyword',
    text: `global_defs {\n    lvs_flush_onstop\n}\n${instance('')}`,
  },
  {
    name: 'a unicast peer written as a range (several peers may have been meant)',
    code: 'address-suffix-ignored',
    text: instance('    unicast_src_ip 192.0.2.11\n    unicast_peer {\n        192.0.2.12-15\n    }\n'),
  },
  {
    name: "a missing '}' the indentation places inside the file",
    code: 'missing-close-brace',
    text: `vrrp_instance VI_1 {\n    state BACKUP\n    interface eth0\n    virtual_router_id 51\n    priority 100\n    virtual_ipaddress {\n        192.0.2.100/24\n}\n`,
  },
  {
    name: 'a fix to a keyword the target version does not know (keyword-version would replace unknown-keyword)',
    code: 'unknown-keyword',
    text: instance('    down_timer_advert 3\n'),
    args: ['--keepalived-version', '2.2.0'],
  },
];

describe('cli: keepalived-lint --fix', () => {
  describe('each safe fix clears its finding and changes nothing else', () => {
    for (const c of SAFE) {
      it(`${c.code}: ${c.name}`, () => {
        const file = files({ 'keepalived.conf': c.before });
        const args = c.args ?? [];
        assert.ok(codes(run(['-f', 'json', ...args, file])).includes(c.code), `the case has no ${c.code} finding`);
        const r = run(['--fix', ...args, file]);
        assert.equal(r.stderr, '');
        assert.equal(read('keepalived.conf'), c.after);
        assert.ok(!codes(run(['-f', 'json', ...args, file])).includes(c.code), `${c.code} is still reported`);
        assert.match(r.stdout, /Fixed \d+ problems? in 1 file\./);
      });
    }
  });

  describe('fixes that choose, guess or would bring another finding stay in the editor', () => {
    for (const c of UNSAFE) {
      it(`${c.code}: ${c.name}`, () => {
        const file = files({ 'keepalived.conf': c.text });
        const args = c.args ?? [];
        assert.ok(codes(run(['-f', 'json', ...args, file])).includes(c.code), `the case has no ${c.code} finding`);
        const r = run(['--fix', ...args, file]);
        assert.equal(read('keepalived.conf'), c.text);
        assert.match(r.stdout, new RegExp(`${c.code}\\n`));
        assert.match(r.stdout, /Nothing has a safe fix: no file changed\./);
      });
    }
  });

  it('fixes again until nothing changes: a misspelt block keyword, then what its block now shows', () => {
    const before = instance('    authentcation {\n        auth_type pass\n        auth_pass secret\n    }\n');
    const file = files({ 'keepalived.conf': before });
    const r = run(['--fix', file]);
    assert.equal(read('keepalived.conf'), instance('    authentication {\n        auth_type PASS\n        auth_pass secret\n    }\n'));
    assert.equal(r.code, 0);
    assert.equal(r.stdout, 'Fixed 2 problems in 1 file.\n');
    // stable: a second run changes nothing
    assert.equal(run(['--fix', file]).stdout, 'Nothing has a safe fix: no file changed.\n');
  });

  it('exits as a lint of the fixed files would: 1 while an error remains', () => {
    const text = `${instance('    advert_in 1\n')}}\n`.replace('virtual_router_id 51', 'virtual_router_id 300');
    const file = files({ 'keepalived.conf': text });
    const r = run(['--fix', file]);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /vrid-range/);
    assert.doesNotMatch(r.stdout, /unknown-keyword|extra-close-brace/);
    assert.equal(read('keepalived.conf'), instance('    advert_int 1\n').replace('virtual_router_id 51', 'virtual_router_id 300'));
  });

  it('never writes an included file that is not among the paths given', () => {
    const main = files({
      'main.conf': `include inc.conf\n${instance('    advert_in 1\n')}`,
      'inc.conf': 'global_defs {\n    router_id LB1\n    lvs_flush_onstop\n}\n',
    });
    const inc = read('inc.conf');
    let r = run(['--fix', '--keepalived-version', '2.2.7', main]);
    assert.equal(read('inc.conf'), inc);
    assert.match(read('main.conf'), /advert_int 1/);
    assert.match(r.stdout, /inc\.conf\n.*deprecated-keyword/);
    r = run(['--fix', '--keepalived-version', '2.2.7', main, path.join(dir, 'inc.conf')]);
    assert.equal(read('inc.conf'), inc.replace('lvs_flush_onstop', 'lvs_flush_on_stop'));
    assert.equal(r.code, 0);
  });

  it('never touches template code: literal text of a template is fixed, values printed by tags are not', () => {
    const template = `${instance('    advert_in 1\n').replace('state BACKUP', 'state {{ state }}')}`;
    files({ 'roles/lb/templates/keepalived.conf.j2': template, 'inventory.ini': '[keepalived]\nlb1 state=master\nlb2 state=BACKUP\n' });
    const t = path.join(dir, 'roles/lb/templates/keepalived.conf.j2');
    const r = run(['--fix', '--inventory', path.join(dir, 'inventory.ini'), t]);
    assert.equal(read('roles/lb/templates/keepalived.conf.j2'), template.replace('advert_in 1', 'advert_int 1'));
    // `master` comes from a variable: the finding stays, on the tag
    assert.match(r.stdout, /state-invalid/);
  });

  it('--fix-dry-run prints a unified diff that git apply takes, writes nothing, reports the rest on standard error', () => {
    const before = `${instance('    advert_in 1\n').replace('state BACKUP', 'state master')}}\n`.replace('priority 100', 'priority 300');
    const file = files({ 'keepalived.conf': before });
    const r = run(['--fix-dry-run', file]);
    assert.equal(read('keepalived.conf'), before);
    assert.match(r.stdout, /^--- a\/keepalived\.conf\n\+\+\+ b\/keepalived\.conf\n@@ -1,/);
    assert.match(r.stderr, /priority-range/);
    assert.match(r.stderr, /3 problems in 1 file would be fixed/);
    assert.equal(r.code, 0);
    fs.writeFileSync(path.join(dir, 'fix.diff'), r.stdout);
    const git = spawnSync('git', ['apply', '--unsafe-paths', 'fix.diff'], { cwd: dir, encoding: 'utf8' });
    assert.equal(git.status, 0, git.stderr);
    const applied = read('keepalived.conf');
    fs.writeFileSync(file, before);
    run(['--fix', file]);
    assert.equal(applied, read('keepalived.conf'));
  });

  it('keeps CRLF line endings; a last line without a line break is shown as such in the diff', () => {
    const crlf = instance('    advert_in 1\n').replace(/\n/g, '\r\n');
    const before = `${crlf}}`;
    const file = files({ 'keepalived.conf': before });
    const diff = run(['--fix-dry-run', file]).stdout;
    assert.match(diff, /- {4}advert_in 1\r\n\+ {4}advert_int 1\r\n/);
    assert.match(diff, / }\r\n-}\n\\ No newline at end of file\n$/);
    run(['--fix', file]);
    assert.equal(read('keepalived.conf'), crlf.replace('advert_in', 'advert_int'));
  });

  it('the README lists the safe fixes the providers declare', () => {
    const readme = fs.readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
    const section = /<!-- safe-fixes -->([\s\S]*?)<!-- \/safe-fixes -->/.exec(readme)?.[1] ?? '';
    const firstCells = [...section.matchAll(/^\| (`[^|]+) \|/gm)].map((m) => m[1]!);
    const listed = firstCells.flatMap((c) => [...c.matchAll(/`([a-z0-9-]+)`/g)].map((m) => m[1])).sort();
    assert.deepEqual(
      listed,
      safeFixKinds()
        .flatMap((k) => k.codes)
        .sort(),
    );
  });
});

describe('cli: options documented', () => {
  it('every option is in the usage text and the README; --format lists every format in both', () => {
    const readme = fs.readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
    for (const name of Object.keys(OPTIONS)) {
      assert.match(USAGE, new RegExp(`--${name}\\b`), `usage: --${name}`);
      assert.match(readme, new RegExp(`--${name}\\b`), `README: --${name}`);
    }
    const row = /^\| `-f, --format ([^`]+)`/m.exec(readme)?.[1];
    assert.equal(row, FORMATS.join('\\|'));
    for (const f of FORMATS) assert.match(/--format FORMAT[^\n]*\n[^\n]*\n/.exec(USAGE)?.[0] ?? '', new RegExp(`\\b${f}\\b`));
  });
});

describe('cli: standard input, --quiet', () => {
  it('- reads the text from standard input, named <stdin>', () => {
    const r = run(['-'], instance('    advert_in 1\n'));
    assert.equal(r.code, 0);
    assert.match(r.stdout, /^<stdin>\n {2}6:5 /);
    const j = JSON.parse(run(['-f', 'json', '-'], instance('    advert_in 1\n')).stdout) as { diagnostics: { file: string }[] };
    assert.equal(j.diagnostics[0]?.file, '<stdin>');
  });

  it('--stdin-filename: includes beside it, the settings file above it, messages name it', () => {
    files({
      'etc/keepalived/conf.d/vips.conf': 'global_defs {\n    advert_in 1\n}\n',
      'etc/.keepalived-lint.json': JSON.stringify({ rules: { 'unknown-keyword': 'error' } }),
    });
    const named = path.join(dir, 'etc/keepalived/keepalived.conf');
    const r = runCliCaptured(['--stdin-filename', named, '-f', 'json', '-'], os.tmpdir(), `include conf.d/vips.conf\n${instance('')}`);
    const d = (JSON.parse(r.stdout) as { diagnostics: { file: string; code: string; severity: string }[] }).diagnostics;
    assert.deepEqual(
      d.map((x) => [path.relative(dir, x.file), x.code, x.severity]),
      [['etc/keepalived/conf.d/vips.conf', 'unknown-keyword', 'error']],
    );
    assert.equal(r.code, 1);
  });

  it('--fix-dry-run on standard input prints the diff; --fix refuses it', () => {
    const r = run(['--fix-dry-run', '--stdin-filename', 'lb1.conf', '-'], instance('    advert_in 1\n'));
    assert.match(r.stdout, /^--- a\/lb1\.conf\n\+\+\+ b\/lb1\.conf\n/);
    assert.ok(!fs.existsSync(path.join(dir, 'lb1.conf')));
    const refused = run(['--fix', '-'], instance(''));
    assert.equal(refused.code, 2);
    assert.match(refused.stderr, /--fix .*cannot write back to standard input: use --fix-dry-run/);
  });

  it('usage problems: --stdin-filename without -, - twice, --fix with --fix-dry-run', () => {
    for (const [args, message] of [
      [['--stdin-filename', 'x.conf', 'a.conf'], /give '-' as a PATH too/],
      [['-', '-'], /can be given once/],
      [['--fix', '--fix-dry-run', 'a.conf'], /either --fix or --fix-dry-run/],
      [['election', '--fix', 'a.conf'], /not for the election preview/],
    ] as const) {
      const r = run([...args], '');
      assert.equal(r.code, 2, args.join(' '));
      assert.match(r.stderr, message);
    }
  });

  it('--quiet reports errors only; the exit status counts everything as before', () => {
    const text = `${instance('    advert_in 1\n')}}\n`;
    const file = files({ 'keepalived.conf': text });
    const loud = run([file]);
    const quiet = run(['-q', file]);
    assert.match(loud.stdout, /unknown-keyword/);
    assert.doesNotMatch(quiet.stdout, /unknown-keyword| warning /);
    assert.match(quiet.stdout, /extra-close-brace/);
    assert.equal(quiet.code, loud.code);
    const warningsOnly = files({ 'w.conf': instance('    advert_in 1\n') });
    const r = run(['--quiet', '--max-warnings', '0', warningsOnly]);
    assert.equal(r.stdout, '');
    assert.equal(r.code, 1);
    assert.deepEqual(codes(run(['--quiet', '-f', 'json', file])), ['extra-close-brace']);
  });
});
