/**
 * Templates rendered with their variables: an Ansible role of our own (templates/keepalived.conf.j2,
 * defaults, an inventory with group_vars and host_vars, two load balancers and a web host). Each
 * host's rendering is linted like a plain file and the hosts form a cluster; findings land on the
 * template line and say on which hosts they occur.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { loadAnsibleProject, hostVariables, templateHosts, groupsTable } from '../../server/src/language/ansible/project';
import { parseAnyInventory } from '../../server/src/language/ansible/inventory';
import { createNodeHost } from '../../server/src/host/nodeHost';
import { renderForHost } from '../../server/src/language/templates/render';
import { runCliCaptured } from '../support/cli';
import { repoRoot } from '../support/shared';

const BASE = path.join(repoRoot, 'test/fixtures/templates/ansible');
const TEMPLATE = path.join(BASE, 'roles/keepalived/templates/keepalived.conf.j2');
const inventory = (name: string) => path.join(BASE, `inventories/${name}/hosts.ini`);

interface Json {
  diagnostics: { line: number; column: number; code: string; severity: string; message: string }[];
}
function lint(args: readonly string[]): Json {
  const r = runCliCaptured(['--format', 'json', ...args]);
  assert.notEqual(r.code, 2, r.stderr);
  return JSON.parse(r.stdout) as Json;
}

describe('templates rendered per host (Ansible inventory)', () => {
  const host = createNodeHost();

  it('variables come in Ansible precedence: role defaults < group_vars < host_vars', () => {
    const p = loadAnsibleProject(host, { inventory: inventory('good'), roleDir: path.join(BASE, 'roles/keepalived') });
    const lb1 = hostVariables(p, 'lb1');
    assert.equal(lb1.get('keepalived_priority')?.value, 150, 'host_vars/lb1.yml');
    assert.equal(lb1.get('keepalived_priority')?.source, 'host_vars');
    assert.equal(lb1.get('keepalived_unicast')?.value, true, 'group_vars/lb.yml over the role default false');
    assert.equal(lb1.get('keepalived_vrid')?.source, 'role-defaults');
    assert.equal(lb1.get('ansible_host')?.value, '192.0.2.11', 'the inventory host line');
    assert.deepEqual(templateHosts(p), ['lb1', 'lb2'], 'the lb group, not the web host');
    assert.deepEqual(templateHosts(p, 'web'), ['web1']);
  });

  it('renders as Ansible does (trim_blocks, a filtered loop, hostvars), each line knowing its template line', () => {
    const p = loadAnsibleProject(host, { inventory: inventory('good'), roleDir: path.join(BASE, 'roles/keepalived') });
    const text = fs.readFileSync(TEMPLATE, 'utf8');
    const r = renderForHost(TEMPLATE, text, p, 'lb2', host);
    assert.equal(r.error, undefined);
    assert.deepEqual(r.undefinedNames, []);
    const lines = r.text.split('\n');
    const peerAt = lines.findIndex((l) => l.trim() === 'unicast_peer {');
    assert.equal(lines[peerAt + 1]!.trim(), '192.0.2.11', "lb2's peer is lb1 (the loop filter leaves lb2 out)");
    assert.equal(lines[peerAt + 2]!.trim(), '}');
    const prio = lines.findIndex((l) => l.includes('priority 100'));
    assert.equal(text.split('\n')[r.lineOf[prio]!], '    priority {{ keepalived_priority }}');
  });

  it('values nothing defines, glued as address/prefix, stand for an address and a prefix length', () => {
    const p = loadAnsibleProject(host, { inventory: inventory('good'), roleDir: path.join(BASE, 'roles/keepalived') });
    const text = 'vrrp_instance VI_1 {\n    virtual_ipaddress {\n        {{ nowhere_vip }}/{{ nowhere_prefix }}\n    }\n}\n';
    const r = renderForHost(TEMPLATE, text, p, 'lb1', host);
    assert.match(r.text.split('\n')[2]!.trim(), /^192\.0\.2\.\d+\/24$/);
  });

  it('a clean pair: nothing to report', () => {
    assert.deepEqual(lint(['--inventory', inventory('good'), TEMPLATE]).diagnostics, []);
  });

  it('equal priorities in host_vars: the tie is reported on the template line, with both hosts', () => {
    const d = lint(['--inventory', inventory('tie'), TEMPLATE]).diagnostics;
    assert.deepEqual(
      d.map((x) => `${x.line}:${x.column} ${x.code}`),
      ['18:14 cluster-priority-tie'],
    );
    assert.match(d[0]!.message, /on every host: lb1, lb2/);
  });

  it('priority 300 in one host_vars: priority-range on the template line, for that host only', () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kl-role-'));
    try {
      fs.cpSync(BASE, tmp, { recursive: true });
      fs.writeFileSync(path.join(tmp, 'inventories/good/host_vars/lb1.yml'), '---\nkeepalived_priority: 300\n');
      const d = lint([
        '--inventory',
        path.join(tmp, 'inventories/good/hosts.ini'),
        path.join(tmp, 'roles/keepalived/templates/keepalived.conf.j2'),
      ]).diagnostics;
      const range = d.find((x) => x.code === 'priority-range');
      assert.ok(range, d.map((x) => x.code).join(', '));
      assert.equal(range.line, 18);
      assert.match(range.message, /\(on lb1\)$/);
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });

  it('a line whitespace control joins is reported with what each host gets', () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kl-role-'));
    try {
      fs.cpSync(BASE, tmp, { recursive: true });
      const t = path.join(tmp, 'roles/keepalived/templates/keepalived.conf.j2');
      fs.writeFileSync(t, fs.readFileSync(t, 'utf8').replace('{% if keepalived_unicast | bool %}', '{%- if keepalived_unicast | bool %}'));
      const d = lint(['--inventory', path.join(tmp, 'inventories/good/hosts.ini'), t]).diagnostics;
      // Ansible renders `advert_int 1    unicast_src_ip <address>` on line 19
      assert.ok(
        d.some((x) => x.line === 21 && x.code === 'template-joined-line'),
        d.map((x) => `${x.line} ${x.code}`).join(', '),
      );
      assert.ok(
        d.some((x) => x.line === 19 && x.code === 'argument-extra' && /\(on every host: lb1, lb2\)$/.test(x.message)),
        JSON.stringify(d),
      );
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });

  it("a keyword whitespace control glues to its value: template-glued-keyword, not each host's unknown `priority150`", () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kl-role-'));
    try {
      fs.cpSync(BASE, tmp, { recursive: true });
      const t = path.join(tmp, 'roles/keepalived/templates/keepalived.conf.j2');
      fs.writeFileSync(t, fs.readFileSync(t, 'utf8').replace('priority {{ keepalived_priority }}', 'priority {{- keepalived_priority }}'));
      const d = lint(['--inventory', path.join(tmp, 'inventories/good/hosts.ini'), t]).diagnostics;
      const on18 = d.filter((x) => x.line === 18).map((x) => `${x.column} ${x.code}`);
      assert.deepEqual(on18, ['5 template-glued-keyword'], JSON.stringify(d));
      // without the `-`, neither
      fs.writeFileSync(t, fs.readFileSync(t, 'utf8').replace('priority {{- keepalived_priority }}', 'priority {{ keepalived_priority }}'));
      assert.deepEqual(
        lint(['--inventory', path.join(tmp, 'inventories/good/hosts.ini'), t]).diagnostics.filter((x) => x.line === 18),
        [],
      );
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });

  it('a variable nothing defines is reported where the template reads it', () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kl-role-'));
    try {
      fs.cpSync(BASE, tmp, { recursive: true });
      const t = path.join(tmp, 'roles/keepalived/templates/keepalived.conf.j2');
      fs.writeFileSync(t, fs.readFileSync(t, 'utf8').replace('{{ keepalived_vip_prefix }}', '{{ keepalived_vip_prefixx }}'));
      const d = lint(['--inventory', path.join(tmp, 'inventories/good/hosts.ini'), t]).diagnostics;
      assert.deepEqual(
        d.map((x) => `${x.line} ${x.severity} ${x.code}`),
        ['33 error template-undefined'],
      );
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });

  it('reads YAML inventories too', () => {
    const inv = parseAnyInventory(
      '/inv.yml',
      'all:\n  children:\n    lb:\n      hosts:\n        lb1:\n          ansible_host: 192.0.2.11\n        lb2: {}\n      vars:\n        keepalived_vip: 192.0.2.100\n',
    );
    const p = {
      sources: {},
      inventory: inv,
      groupVars: new Map(),
      hostVars: new Map(),
      roleDefaults: new Map(),
      roleVars: new Map(),
      extraVars: new Map(),
      issues: [],
      files: new Map(),
    };
    assert.deepEqual(groupsTable(p).lb, ['lb1', 'lb2']);
    assert.equal(hostVariables(p, 'lb2').get('keepalived_vip')?.value, '192.0.2.100');
    assert.equal(hostVariables(p, 'lb1').get('ansible_host')?.value, '192.0.2.11');
  });

  it('the election preview runs on the hosts a template is rendered for', () => {
    const r = runCliCaptured(['election', '--format', 'json', '--inventory', inventory('good'), TEMPLATE]);
    assert.equal(r.code, 0, r.stderr);
    const j = JSON.parse(r.stdout) as { instances: { name: string; master: string | null; nodes: { node: string; priority: number }[] }[] };
    assert.deepEqual(
      j.instances.map((i) => [i.name, i.master, i.nodes.map((n) => `${n.node}:${n.priority}`).join(' ')]),
      [['VI_HAPROXY', 'lb1', 'lb1:150 lb2:100']],
    );
  });
});
