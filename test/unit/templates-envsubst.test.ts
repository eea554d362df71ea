/**
 * envsubst / shell-heredoc templates rendered with one env file per node (test/fixtures/templates/
 * envsubst: a kubeadm-style keepalived.conf with ${STATE}, ${PRIORITY}... and two nodes' env files,
 * a heredoc with the shell's expansions, a folder whose .keepalived-lint.json names the env files).
 * The env-file reader, the renderer (each expansion form, offsets back to the template), the
 * findings on the template line with their nodes, the cluster check, the election and the
 * settings route.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { VarDef } from '../../server/src/language/ansible/types';
import { envNodeName, loadEnvFiles, parseEnvFile } from '../../server/src/language/templates/envFile';
import { renderEnvsubst, shellMode, templateOffset } from '../../server/src/language/templates/envsubst';
import { createProjectService } from '../../server/src/language/project/service';
import { templateVariableAt } from '../../server/src/language/project/templates';
import { deploymentLabel } from '../../server/src/language/project/deployments';
import { readSettings } from '../../server/src/language/project/settings';
import { memoryHost } from '../support/memoryHost';
import { runCliCaptured } from '../support/cli';
import { repoRoot } from '../support/shared';

const BASE = path.join(repoRoot, 'test/fixtures/templates/envsubst');
const KUBEADM = path.join(BASE, 'kubeadm/keepalived.conf.tmpl');
const LB1 = path.join(BASE, 'kubeadm/nodes/lb1.env');
const LB2 = path.join(BASE, 'kubeadm/nodes/lb2.env');

interface Json {
  diagnostics: { line: number; column: number; code: string; severity: string; message: string }[];
}
function lint(args: readonly string[], cwd?: string): Json {
  const r = runCliCaptured(['--format', 'json', ...args], cwd);
  assert.notEqual(r.code, 2, r.stderr);
  return JSON.parse(r.stdout) as Json;
}

/** A temporary folder with lb2.env changed by `edit` (and lb1.env as it is). */
function withLb2(edit: (text: string) => string, run: (lb1: string, lb2: string) => void): void {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kl-env-'));
  try {
    const lb1 = path.join(tmp, 'lb1.env');
    const lb2 = path.join(tmp, 'lb2.env');
    fs.copyFileSync(LB1, lb1);
    fs.writeFileSync(lb2, edit(fs.readFileSync(LB2, 'utf8')));
    run(lb1, lb2);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

const vars = (o: Record<string, string>): Map<string, VarDef> =>
  new Map(Object.entries(o).map(([name, value]) => [name, { name, source: 'env-file', value, printed: value }]));

describe('env files (dotenv)', () => {
  const valid: [string, string, Record<string, string>][] = [
    ['a plain line', 'PRIORITY=110\n', { PRIORITY: '110' }],
    ['comments and blank lines', '# node lb2\n\n   # indented comment\nSTATE=BACKUP\n', { STATE: 'BACKUP' }],
    ['export prefix', 'export INTERFACE=eth1\n', { INTERFACE: 'eth1' }],
    ['unquoted values trimmed, spaces around =', 'VIP =  198.51.100.5   \n', { VIP: '198.51.100.5' }],
    ['single quotes are literal', 'AUTH=\'a\\n$b "c"\'\n', { AUTH: 'a\\n$b "c"' }],
    ['double quotes: \\" \\\\ \\n', 'MSG="say \\"hi\\"\\\\x\\ny"\n', { MSG: 'say "hi"\\x\ny' }],
    ['a comment after a closing quote', 'A="x y" # why\n', { A: 'x y' }],
    ['an empty value', 'EMPTY=\n', { EMPTY: '' }],
    ['CRLF line ends', 'A=1\r\nB=2\r\n', { A: '1', B: '2' }],
    ['the later line wins', 'A=1\nA=2\n', { A: '2' }],
  ];
  for (const [name, text, want] of valid) {
    it(`reads ${name}`, () => {
      const f = parseEnvFile('/n/lb2.env', text);
      assert.deepEqual(f.problems, []);
      assert.deepEqual(Object.fromEntries([...f.vars].map(([k, v]) => [k, v.value])), want);
    });
  }

  const invalid: [string, string, number, RegExp][] = [
    ['a line without =', 'A=1\nnot a pair\n', 2, /expected KEY=VALUE/],
    ['a name starting with a digit', '1A=x\n', 1, /'1A' is not a variable name/],
    ['an unclosed double quote', 'A="open\n', 1, /double quote .* not closed/],
    ['an unclosed single quote', "\nA='open\n", 2, /single quote .* not closed/],
    ['text after the closing quote', 'A="x" y\n', 1, /unexpected text after the closing quote/],
    ['a name with a dash', 'MY-VAR=1\n', 1, /'MY-VAR' is not a variable name/],
  ];
  for (const [name, text, line, message] of invalid) {
    it(`reports ${name} with its line`, () => {
      const f = parseEnvFile('/n/lb2.env', text);
      assert.equal(f.problems.length, 1, JSON.stringify(f.problems));
      assert.equal(f.problems[0]!.line, line);
      assert.match(f.problems[0]!.message, message);
    });
  }

  it('keeps where each key and value is (for hover and go to definition)', () => {
    const text = '# x\nexport PRIORITY=110\n';
    const d = parseEnvFile('/n/lb2.env', text).vars.get('PRIORITY')!;
    assert.equal(text.slice(d.keySpan!.start, d.keySpan!.end), 'PRIORITY');
    assert.equal(text.slice(d.span!.start, d.span!.end), '110');
  });

  const names: [string, string][] = [
    ['/x/lb1.env', 'lb1'],
    ['/x/cp-2.prod', 'cp-2'],
    ['/x/nodes/lb3/.env', 'lb3'],
    ['/x/plain', 'plain'],
  ];
  for (const [file, node] of names) it(`names the node of ${file} ${node}`, () => assert.equal(envNodeName(file), node));

  it('two files that would name the same node get their folder in front', () => {
    const { envs } = loadEnvFiles(memoryHost({ '/p/a/lb1.env': 'A=1\n', '/p/b/lb1.env': 'A=2\n', '/p/lb2.env': 'A=3\n' }), [
      '/p/a/lb1.env',
      '/p/b/lb1.env',
      '/p/lb2.env',
    ]);
    assert.deepEqual(
      envs.map((e) => e.node),
      ['a/lb1', 'b/lb1', 'lb2'],
    );
  });
});

describe('the envsubst / heredoc renderer', () => {
  const env = vars({ PRIORITY: '110', STATE: 'BACKUP', EMPTY: '', IFACE: 'eth0' });
  const cases: { name: string; template: string; text?: string; undefined?: string[]; unknowns?: number; mode?: string }[] = [
    { name: '$NAME', template: 'priority $PRIORITY\n', text: 'priority 110\n', mode: 'envsubst' },
    { name: '${NAME}', template: 'state ${STATE}\n', text: 'state BACKUP\n', mode: 'envsubst' },
    { name: 'an unset name: reported, a typed stand-in', template: 'priority ${NOPE}\n', undefined: ['NOPE'], unknowns: 1 },
    { name: '${NAME:-default} when unset', template: 'priority ${NOPE:-90}\n', text: 'priority 90\n', mode: 'heredoc' },
    { name: '${NAME:-default} when empty', template: 'priority ${EMPTY:-90}\n', text: 'priority 90\n' },
    { name: '${NAME-default} when empty', template: 'x${EMPTY-90}y\n', text: 'xy\n' },
    { name: '${NAME:-default} when set', template: 'priority ${PRIORITY:-90}\n', text: 'priority 110\n' },
    { name: 'a nested default', template: 'interface ${NOPE:-${IFACE}}\n', text: 'interface eth0\n' },
    { name: '${NAME:=default} assigns', template: 'a ${N:=7}\nb $N\n', text: 'a 7\nb 7\n' },
    { name: '${NAME:+alternative} when set', template: 'x ${STATE:+yes}\n', text: 'x yes\n' },
    { name: '${NAME:+alternative} when unset', template: 'x ${NOPE:+yes}.\n', text: 'x .\n' },
    { name: '${NAME:?message} when unset', template: 'priority ${NOPE:?give it}\n', undefined: ['NOPE'], unknowns: 1 },
    { name: '${#NAME}', template: 'n ${#STATE}\n', text: 'n 6\n' },
    { name: '${NAME,,} and ${NAME^^}', template: '${STATE,,} ${IFACE^^}\n', text: 'backup ETH0\n' },
    { name: 'command substitution', template: 'router_id $(hostname -s)\n', unknowns: 1 },
    { name: 'backquotes', template: 'router_id `hostname`\n', unknowns: 1 },
    { name: 'arithmetic', template: 'priority $((PRIORITY + 10))\n', unknowns: 1 },
    { name: 'an escaped dollar in a heredoc', template: 'x ${NOPE:-1} \\$HOME\n', text: 'x 1 $HOME\n' },
    { name: 'keepalived’s own $NAME definitions stay', template: '$IF=eth1\ninterface $IF\n', text: '$IF=eth1\ninterface $IF\n' },
  ];
  for (const c of cases) {
    it(`renders ${c.name}`, () => {
      const r = renderEnvsubst(c.template, 'lb1', env);
      if (c.text !== undefined) assert.equal(r.text, c.text);
      assert.deepEqual(r.undefinedNames, c.undefined ?? []);
      assert.equal(r.unknowns.length, c.unknowns ?? 0);
      if (c.mode) assert.equal(shellMode(c.template), c.mode);
    });
  }

  it('a ${NAME:?message} keeps its message for the report', () => {
    assert.equal(renderEnvsubst('p ${P:?set P first}\n', 'lb1', env).undefinedNotes?.get('P'), 'set P first');
  });

  it('maps every rendered offset back to the template (literal text offset by offset, a value to its placeholder)', () => {
    const template = 'vrrp_instance VI {\n    state ${STATE}\n    priority $PRIORITY\n    interface ${NOPE:-eth9}\n}\n';
    const r = renderEnvsubst(template, 'lb1', env);
    const checks: [string, string][] = [
      ['priority', 'priority'],
      ['110', '$PRIORITY'],
      ['BACKUP', '${STATE}'],
      ['eth9', '${NOPE:-eth9}'],
      ['interface', 'interface'],
    ];
    for (const [rendered, inTemplate] of checks) {
      const at = templateOffset(r.segments, r.text.indexOf(rendered));
      assert.equal(at, template.indexOf(inTemplate), rendered);
    }
    assert.equal(templateOffset(r.segments, r.text.lastIndexOf('}')), template.lastIndexOf('}'), 'the closing brace');
    assert.deepEqual(r.lineOf, [0, 1, 2, 3, 4, 5]);
  });

  it('a value with line breaks: its lines come from the placeholder’s line', () => {
    const r = renderEnvsubst('a\nb ${M}\nc\n', 'lb1', vars({ M: 'x\ny' }));
    assert.equal(r.text, 'a\nb x\ny\nc\n');
    assert.deepEqual(r.lineOf, [0, 1, 1, 2, 3]);
  });

  it('Terraform directives are not rendered (the rendering fails on their line)', () => {
    const r = renderEnvsubst('a\n%{ if x }\nb\n%{ endif }\n', 'lb1', env);
    assert.equal(r.error?.line, 1);
  });
});

describe('envsubst templates rendered per node (keepalived-lint)', () => {
  it('the kubeadm-style pair: nothing to report', () => {
    assert.deepEqual(lint(['--env-file', LB1, '--env-file', LB2, KUBEADM]).diagnostics, []);
  });

  it('PRIORITY=300 in lb2.env: priority-range on the template line, for lb2 only', () => {
    withLb2(
      (t) => t.replace('PRIORITY=110', 'PRIORITY=300'),
      (lb1, lb2) => {
        const d = lint(['--env-file', lb1, '--env-file', lb2, KUBEADM]).diagnostics;
        assert.deepEqual(
          d.map((x) => `${x.line}:${x.column} ${x.code}`),
          ['22:14 priority-range'],
        );
        assert.match(d[0]!.message, /\(on lb2\)$/);
      },
    );
  });

  it('a variable one env file lacks: template-undefined where the template reads it, naming that node', () => {
    withLb2(
      (t) => t.replace(/^AUTH_PASS=.*\n/m, ''),
      (lb1, lb2) => {
        const d = lint(['--env-file', lb1, '--env-file', lb2, KUBEADM]).diagnostics;
        assert.deepEqual(
          d.map((x) => `${x.line}:${x.column} ${x.severity} ${x.code}`),
          ['26:19 error template-undefined'],
        );
        assert.match(d[0]!.message, /'AUTH_PASS' is not set in the env file of lb2:/);
      },
    );
  });

  const cluster: [string, (t: string) => string, string, RegExp][] = [
    ['the same priority on both', (t) => t.replace('PRIORITY=110', 'PRIORITY=120'), '22:14 cluster-priority-tie', /on every host: lb1, lb2/],
    ['different VRIDs for one VIP', (t) => t.replace('ROUTER_ID=61', 'ROUTER_ID=62'), '21:23 cluster-vrid-mismatch', /VRID 61 on lb1 .* VRID 62 on lb2/],
    ['different passwords', (t) => t.replace('AUTH_PASS="k8s-vip"', 'AUTH_PASS=other'), '26:19 cluster-auth-mismatch', /auth_pass of lb1/],
  ];
  for (const [name, edit, want, message] of cluster) {
    it(`checks the nodes as one cluster: ${name}`, () => {
      withLb2(edit, (lb1, lb2) => {
        const d = lint(['--env-file', lb1, '--env-file', lb2, KUBEADM]).diagnostics;
        assert.deepEqual(
          d.map((x) => `${x.line}:${x.column} ${x.code}`),
          [want],
        );
        assert.match(d[0]!.message, message);
      });
    });
  }

  it('the heredoc: a ${NAME:?message} one node lacks is reported with the message; command substitutions give no finding', () => {
    const dir = path.join(BASE, 'heredoc');
    const d = lint(['--env-file', path.join(dir, 'lb1.env'), '--env-file', path.join(dir, 'lb2.env'), path.join(dir, 'keepalived.conf.tmpl')]).diagnostics;
    assert.deepEqual(
      d.map((x) => `${x.line}:${x.column} ${x.code}`),
      ['9:14 template-undefined'],
    );
    assert.match(d[0]!.message, /of lb2: the shell stops here \("set PRIORITY in the node file"\)/);
  });

  it('peers a heredoc prints with $(…) may name any node: no unicast finding, and the preview has the nodes hear each other', () => {
    const dir = path.join(BASE, 'heredoc-peers');
    const args = ['--env-file', path.join(dir, 'lb1.env'), '--env-file', path.join(dir, 'lb2.env'), path.join(dir, 'keepalived.conf.tmpl')];
    assert.deepEqual(lint(args).diagnostics, []);
    const r = runCliCaptured(['election', ...args]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /master: +lb1 +decided by priority/);
    assert.doesNotMatch(r.stdout, /SPLIT BRAIN|falls back to multicast/);
  });

  it('a block a heredoc fills with $(…) may hold anything: no finding that something is missing there (here, that chk_web is not tracked)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kl-env-'));
    try {
      const tmpl = path.join(dir, 'keepalived.conf.tmpl');
      fs.writeFileSync(
        tmpl,
        'vrrp_script chk_web {\n    script "/usr/bin/true"\n}\nvrrp_instance VI_1 {\n    interface eth0\n    virtual_router_id 61\n    priority ${PRIORITY}\n' +
          '    track_script {\n$(for s in ${CHECKS}; do echo "        $s"; done)\n    }\n    virtual_ipaddress {\n        192.0.2.61/24\n    }\n}\n',
      );
      fs.writeFileSync(path.join(dir, 'lb1.env'), 'PRIORITY=110\nCHECKS=chk_web\n');
      fs.writeFileSync(path.join(dir, 'lb2.env'), 'PRIORITY=100\nCHECKS=chk_web\n');
      const codes = lint(['--env-file', path.join(dir, 'lb1.env'), '--env-file', path.join(dir, 'lb2.env'), tmpl]).diagnostics.map((d) => d.code);
      assert.ok(!codes.includes('unused-script'), codes.join(', '));
      // the same without the command: the script is really not tracked
      fs.writeFileSync(tmpl, fs.readFileSync(tmpl, 'utf8').replace(/^\$\(for .*\n/m, ''));
      const plain = lint(['--env-file', path.join(dir, 'lb1.env'), '--env-file', path.join(dir, 'lb2.env'), tmpl]).diagnostics.map((d) => d.code);
      assert.ok(plain.includes('unused-script'), plain.join(', '));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('--host names the env-file nodes to render: PRIORITY=300 on lb2 is found for lb2, not when only lb1 is rendered', () => {
    withLb2(
      (t) => t.replace(/^PRIORITY=.*$/m, 'PRIORITY=300'),
      (lb1, lb2) => {
        const only = (host: string) =>
          lint(['--env-file', lb1, '--env-file', lb2, '--host', host, KUBEADM]).diagnostics.map((d) => `${d.code} ${/\(on [^)]*\)$/.exec(d.message)?.[0]}`);
        assert.deepEqual(only('lb1'), []);
        assert.deepEqual(only('lb2'), ['priority-range (on lb2)']);
      },
    );
  });

  it('keepalived-lint election previews the nodes of the env files', () => {
    const r = runCliCaptured(['election', '--env-file', LB1, '--env-file', LB2, KUBEADM]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^Nodes: lb1, lb2$/m);
    assert.match(r.stdout, /master: +lb1 +decided by priority/);
  });

  it('without env files the template is linted on its own (no node, no template-undefined)', () => {
    const d = lint([KUBEADM]).diagnostics;
    assert.deepEqual(d, []);
    const r = runCliCaptured(['election', KUBEADM]);
    assert.doesNotMatch(r.stdout, /lb1/);
  });

  it('the settings route: .keepalived-lint.json templates.envFiles, relative to its folder; --env-file replaces it', () => {
    const dir = path.join(BASE, 'settings');
    const d = lint(['keepalived.conf.tmpl'], dir).diagnostics;
    assert.deepEqual(
      d.map((x) => `${x.line}:${x.column} ${x.code} ${/\(on every host: lb1, lb2\)$/.test(x.message)}`),
      ['22:14 cluster-priority-tie true'],
    );
    assert.deepEqual(lint(['--env-file', LB1, '--env-file', LB2, 'keepalived.conf.tmpl'], dir).diagnostics, []);
  });

  const inputErrors: [string, string, RegExp][] = [
    ['a malformed line', 'STATE=BACKUP\nPRIORITY 110\n', /lb2\.env:2: expected KEY=VALUE/],
    ['an unclosed quote', 'AUTH_PASS="x\n', /lb2\.env:1: the double quote/],
  ];
  for (const [name, text, message] of inputErrors) {
    it(`an env file with ${name} is an input error (status 2) naming the file and line`, () => {
      withLb2(
        () => text,
        (lb1, lb2) => {
          const r = runCliCaptured(['--env-file', lb1, '--env-file', lb2, KUBEADM]);
          assert.equal(r.code, 2);
          assert.match(r.stderr, message);
        },
      );
    });
  }

  it('an env file that does not exist is an input error', () => {
    const r = runCliCaptured(['--env-file', path.join(BASE, 'nowhere.env'), KUBEADM]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /nowhere\.env: cannot read it: no such file/);
  });
});

describe('envsubst templates in the project service (the editor)', () => {
  const template =
    'vrrp_instance VI_1 {\n    state BACKUP\n    interface eth0\n    virtual_router_id ${VRID}\n    priority ${PRIO}\n    virtual_ipaddress {\n        192.0.2.50/24\n    }\n}\n';
  const files = {
    '/w/keepalived.conf.tmpl': template,
    '/w/nodes/a.env': 'VRID=51\nPRIO=100\n',
    '/w/nodes/b.env': 'VRID=51\nPRIO=90\nbroken line\n',
  };
  const { settings } = readSettings({ templates: { envFiles: ['nodes/a.env', 'nodes/b.env'] } });
  const service = createProjectService(memoryHost(files), { settings, settingsBase: '/w', folders: ['/w'] });

  it('renders for each env file, shows what a node gets, and reports a malformed line on the template', () => {
    const r = service.lintFile('/w/keepalived.conf.tmpl', template);
    assert.deepEqual(
      r.rendered?.nodes.map((n) => n.name),
      ['a', 'b'],
    );
    assert.match(service.renderedConfig('/w/keepalived.conf.tmpl', template, 'b').text ?? '', /priority 90\n/);
    assert.deepEqual(
      r.issues.map((i) => `${i.code} ${i.message}`),
      ['template-render Env file /w/nodes/b.env:3: expected KEY=VALUE, a # comment or a blank line.'],
    );
  });

  it('a variable under the cursor shows its value on each node and where it is set', () => {
    const r = service.lintFile('/w/keepalived.conf.tmpl', template);
    const v = templateVariableAt(r, '/w/keepalived.conf.tmpl', template.indexOf('PRIO}'));
    assert.deepEqual(
      v?.hosts.map((h) => `${h.host}=${h.value}`),
      ['a=100', 'b=90'],
    );
    assert.match(v?.markdown ?? '', /the env file: a\.env:2/);
  });

  it("the workspace model (Clusters view, election preview) holds the env files' nodes as one cluster", () => {
    const file = service.readWorkspaceFile('/w/keepalived.conf.tmpl');
    assert.ok(file?.template);
    const ws = service.workspaceModel([file], ['/w'], () => service.templateNodes(service.lintFile('/w/keepalived.conf.tmpl', template)));
    assert.deepEqual(
      ws.deployments.map((d) => `${deploymentLabel(d, ['/w'])} ${d.clusters.map((c) => c.nodes.map((n) => n.node.name).join('+')).join(' ')}`),
      ['Templates: w/ a+b'],
    );
    assert.deepEqual(ws.deployments[0]?.sources, ['/w/keepalived.conf.tmpl', '/w/nodes/a.env', '/w/nodes/b.env']);
  });
});
