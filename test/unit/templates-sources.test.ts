/**
 * A Jinja2 template's variables that Ansible cannot read or load — an inventory or variables file
 * that is missing, a YAML syntax error in group_vars or host_vars — stop the play before any host
 * is rendered: the editor reports it on the template (which is then checked on its own, not with
 * values Ansible would never use), and the command line refuses to run on a file it cannot read.
 * Hosts to render for that name nothing (a typo in --host) are said, not silently skipped.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createNodeHost } from '../../server/src/host/nodeHost';
import { createProjectService } from '../../server/src/language/project/service';
import { runCliCaptured } from '../support/cli';

const TEMPLATE = [
  'vrrp_instance VI_1 {',
  '    state master',
  '    interface eth0',
  '    virtual_router_id {{ vrid }}',
  '    priority {{ prio }}',
  '    virtual_ipaddress {',
  '        192.0.2.50/24',
  '    }',
  '}',
  '',
].join('\n');

interface Case {
  readonly name: string;
  /** Files of the project besides the template (relative to its root). */
  readonly files: Readonly<Record<string, string>>;
  readonly vars?: readonly string[];
  /** The template-render finding's message (a pattern), or none: every host rendered. */
  readonly problem?: RegExp;
}

const INVENTORY = '[lb]\nlb1\nlb2\n';
const GROUP_VARS = '---\nvrid: 51\nprio: 100\n';

const CASES: readonly Case[] = [
  { name: 'all files load: each host rendered', files: { 'inv/hosts.ini': INVENTORY, 'inv/group_vars/lb.yml': GROUP_VARS } },
  {
    name: 'a YAML syntax error in group_vars',
    files: { 'inv/hosts.ini': INVENTORY, 'inv/group_vars/lb.yml': '---\nvrid: 51\nprio: [100\n' },
    problem: /inv\/group_vars\/lb\.yml:\d+: .*Ansible refuses to load this file.* No host's rendering is checked/,
  },
  {
    name: 'a YAML syntax error in one host_vars file',
    files: { 'inv/hosts.ini': INVENTORY, 'inv/group_vars/lb.yml': GROUP_VARS, 'inv/host_vars/lb2.yml': 'prio: {90\n' },
    problem: /inv\/host_vars\/lb2\.yml:\d+: /,
  },
  {
    name: 'a variables file that is not a mapping',
    files: { 'inv/hosts.ini': INVENTORY, 'inv/group_vars/lb.yml': '- vrid\n- 51\n' },
    problem: /inv\/group_vars\/lb\.yml: A variables file must be a mapping/,
  },
  { name: 'an inventory that does not exist', files: {}, problem: /Cannot read the inventory .*inv\/hosts\.ini\. No host's rendering is checked/ },
  {
    name: 'a variables file that does not exist',
    files: { 'inv/hosts.ini': INVENTORY, 'inv/group_vars/lb.yml': GROUP_VARS },
    vars: ['extra.yml'],
    problem: /Cannot read the variables file .*extra\.yml/,
  },
];

function project(c: Case): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'kl-tplsrc-'));
  fs.mkdirSync(path.join(root, 'roles/keepalived/templates'), { recursive: true });
  fs.writeFileSync(path.join(root, 'roles/keepalived/templates/keepalived.conf.j2'), TEMPLATE);
  for (const [rel, text] of Object.entries(c.files)) {
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.writeFileSync(path.join(root, rel), text);
  }
  return root;
}

describe("a template's variables Ansible cannot load", () => {
  const roots: string[] = [];
  after(() => {
    for (const r of roots) fs.rmSync(r, { recursive: true, force: true });
  });

  for (const c of CASES) {
    it(c.name, () => {
      const root = project(c);
      roots.push(root);
      const tpl = path.join(root, 'roles/keepalived/templates/keepalived.conf.j2');
      const service = createProjectService(createNodeHost(), {
        templates: { inventory: path.join(root, 'inv/hosts.ini'), vars: (c.vars ?? []).map((v) => path.join(root, v)) },
      });
      const r = service.lintFile(tpl, TEMPLATE);
      const render = r.issues.filter((i) => i.code === 'template-render');
      if (!c.problem) {
        assert.deepEqual(render, []);
        assert.deepEqual(
          r.rendered?.hosts.map((h) => h.host),
          ['lb1', 'lb2'],
        );
        return;
      }
      assert.equal(render.length, 1, render.map((i) => i.message).join('\n'));
      assert.match(render[0]!.message, c.problem);
      assert.deepEqual({ file: render[0]!.span.file, start: render[0]!.span.start }, { file: tpl, start: 0 });
      // no host rendered with values Ansible would never use; the template's own checks still run
      assert.equal(r.rendered, undefined);
      // the rendered-config view says why (not "no inventory")
      assert.deepEqual(service.renderedConfig(tpl, TEMPLATE, 'lb1'), { hosts: [], problem: render[0]!.message });
      assert.ok(
        r.issues.some((i) => i.code === 'state-invalid'),
        r.issues.map((i) => i.code).join(' '),
      );
    });
  }

  const HOSTS: readonly { hosts: string; rendered: readonly string[]; unknown?: RegExp }[] = [
    { hosts: 'lb', rendered: ['lb1', 'lb2'] },
    { hosts: 'lb2', rendered: ['lb2'] },
    {
      hosts: 'lb1, nohost',
      rendered: ['lb1'],
      unknown: /name 'nohost', which is not a host or group of the inventory: nothing is rendered for it\. Known: 'lb1', 'lb2'\./,
    },
    { hosts: 'lbx,lby', rendered: [], unknown: /name 'lbx', 'lby', which are not a host or group/ },
  ];
  for (const h of HOSTS) {
    it(`hosts to render for: '${h.hosts}'`, () => {
      const root = project(CASES[0]!);
      roots.push(root);
      const tpl = path.join(root, 'roles/keepalived/templates/keepalived.conf.j2');
      const service = createProjectService(createNodeHost(), { templates: { inventory: path.join(root, 'inv/hosts.ini'), vars: [], hosts: h.hosts } });
      const r = service.lintFile(tpl, TEMPLATE);
      assert.deepEqual(r.rendered?.hosts.map((x) => x.host) ?? [], h.rendered);
      const unknown = r.issues.filter((i) => i.code === 'template-render');
      if (!h.unknown) return assert.deepEqual(unknown, []);
      assert.equal(unknown.length, 1);
      assert.equal(unknown[0]!.severity, 'warning');
      assert.match(unknown[0]!.message, h.unknown);
    });
  }

  it('env-file nodes to render for that name no env file', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'kl-tplsrc-env-'));
    roots.push(root);
    const tpl = path.join(root, 'keepalived.conf.tmpl');
    fs.writeFileSync(tpl, 'vrrp_instance VI_1 {\n    priority ${PRIO}\n}\n');
    fs.writeFileSync(path.join(root, 'lb1.env'), 'PRIO=100\n');
    const service = createProjectService(createNodeHost(), { templates: { envFiles: [path.join(root, 'lb1.env')], hosts: 'lb1,lb3' } });
    const r = service.lintFile(tpl, fs.readFileSync(tpl, 'utf8'));
    assert.deepEqual(
      r.rendered?.hosts.map((x) => x.host),
      ['lb1'],
    );
    assert.deepEqual(
      r.issues.filter((i) => i.code === 'template-render').map((i) => i.message),
      [
        "The hosts to render for (keepalived.templates.hosts, --host) name 'lb3', which is not the node of any env file: nothing is rendered for it. Known: 'lb1'.",
      ],
    );
  });

  it('the command line refuses a --host that names no host, group or env-file node (exit status 2)', () => {
    const root = project(CASES[0]!);
    roots.push(root);
    const tpl = path.join(root, 'roles/keepalived/templates/keepalived.conf.j2');
    const r = runCliCaptured(['--inventory', path.join(root, 'inv/hosts.ini'), '--host', 'lb1,nohost', tpl]);
    assert.equal(r.code, 2, r.stdout);
    assert.match(r.stderr, /nohost \(--host, or templates\.hosts in the settings\): no host or group of that name in the inventory/);
    fs.writeFileSync(path.join(root, 'keepalived.conf.tmpl'), 'vrrp_instance VI_1 {\n    priority ${PRIO}\n}\n');
    fs.writeFileSync(path.join(root, 'lb1.env'), 'PRIO=100\n');
    const env = runCliCaptured(['--env-file', path.join(root, 'lb1.env'), '--host', 'lb2', path.join(root, 'keepalived.conf.tmpl')]);
    assert.equal(env.code, 2, env.stdout);
    assert.match(env.stderr, /lb2 \(--host, or templates\.hosts in the settings\): no env file is for a node of that name \(lb1\)/);
  });

  it('the command line refuses an inventory or variables file it cannot read (exit status 2)', () => {
    const c = CASES[0]!;
    const root = project(c);
    roots.push(root);
    const tpl = path.join(root, 'roles/keepalived/templates/keepalived.conf.j2');
    const missing = runCliCaptured(['--inventory', path.join(root, 'inv/nowhere.ini'), tpl]);
    assert.equal(missing.code, 2, missing.stdout);
    assert.match(missing.stderr, /cannot read .*nowhere\.ini \(the Ansible inventory templates are rendered with\): no such file/);
    const dir = runCliCaptured(['--inventory', path.join(root, 'inv/hosts.ini'), '--vars', path.join(root, 'inv'), tpl]);
    assert.equal(dir.code, 2, dir.stdout);
    assert.match(dir.stderr, /cannot read .*inv \(a variables file templates are rendered with\): it is a directory/);
    // a YAML error is a finding, not an input error
    fs.writeFileSync(path.join(root, 'inv/group_vars/lb.yml'), 'vrid: [51\n');
    const yaml = runCliCaptured(['--format', 'json', '--inventory', path.join(root, 'inv/hosts.ini'), tpl]);
    assert.equal(yaml.code, 1, yaml.stderr);
    assert.match(yaml.stdout, /template-render/);
  });
});
