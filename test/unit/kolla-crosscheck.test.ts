/**
 * Kolla-Ansible cross-checks: globals.yml against the node configurations, and the cluster rules
 * over the nodes keepalived would really run (custom configs, or Kolla's rendered ones), with
 * findings on rendered configs moved to the operator's files.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { ClusterNode } from '../../server/src/language/analysis/cluster';
import { analyse } from '../../server/src/language/analysis/model';
import type { Issue } from '../../server/src/language/issue';
import { crossCheckKolla, kollaCrossRules, renderedNode, renderedSource, type KollaContext } from '../../server/src/language/kolla';
import { parseConfig } from '../../server/src/language/syntax/index';
import { nodeName } from '../../server/src/language/project/nodes';
import { lintKolla } from '../../server/src/language/project/kolla';
import { memoryHost } from '../support/memoryHost';
import { FIXTURES, fixture, fixtureContext, inlineContext, lineCol } from './kollaFixtures.test';

const CLEAN = fixtureContext('clean');
const CUSTOM_DIR = '/etc/kolla/config/keepalived';
const EXPECTED = (host: string) => fs.readFileSync(path.join(FIXTURES, 'clean/expected', `${host}.conf`), 'utf8');

/** Node configurations from `{ host: text }` at Kolla's custom-config paths. */
function customNodes(configs: Record<string, string>): ClusterNode[] {
  const files = Object.fromEntries(Object.entries(configs).map(([h, t]) => [`${CUSTOM_DIR}/${h}/keepalived.conf`, t]));
  const host = memoryHost(files);
  return Object.entries(files).map(([p, t]) => ({ name: nodeName(p), model: analyse(parseConfig(p, t, host)) }));
}

/** `file:L:C severity code` for issues in Kolla files (read from disk) and node configs. */
function golden(issues: readonly Issue[], nodes: readonly ClusterNode[] = [], ctx: KollaContext = CLEAN): string[] {
  return issues.map((i) => {
    const node = nodes.find((n) => n.model.parsed.files.has(i.span.file));
    const text =
      node?.model.parsed.files.get(i.span.file)?.text ?? (fs.existsSync(i.span.file) ? fs.readFileSync(i.span.file, 'utf8') : inlineText(ctx, i.span.file));
    const name = node ? `${node.name}/keepalived.conf` : path.basename(i.span.file);
    return `${name}:${lineCol(text, i.span.start)} ${i.severity} ${i.code}`;
  });
}

const inline: Record<string, string> = {};
function inlineText(_ctx: KollaContext, file: string): string {
  return inline[file] ?? '';
}

function ctxInline(globals: string, inventory: string, passwords: string): KollaContext {
  inline['globals.yml'] = globals;
  inline.multinode = inventory;
  inline['passwords.yml'] = passwords;
  return inlineContext(globals, inventory, passwords);
}

describe('kolla cross-check: the clean three-controller deployment', () => {
  it('gives no issue at all from its rendered configs', () => {
    const r = lintKolla(CLEAN, []);
    assert.deepEqual(r.issues, []);
    assert.deepEqual(
      r.nodes.map((n) => n.name),
      ['control01', 'control02', 'control03'],
    );
    assert.equal(r.rendered.length, 3);
  });

  it("gives no issue with the operator's copies of the rendered configs as custom configs", () => {
    const nodes = customNodes({ control01: EXPECTED('control01'), control02: EXPECTED('control02'), control03: EXPECTED('control03') });
    const r = lintKolla(CLEAN, nodes);
    assert.deepEqual(r.issues, []);
    assert.deepEqual(r.rendered, []);
    assert.deepEqual(
      crossCheckKolla(
        CLEAN,
        nodes.map((node) => ({ node, host: node.name })),
      ),
      [],
    );
  });

  it('gives no issue with the subnets known', () => {
    const ctx = fixtureContext('clean', { interfaces: { eth0: ['10.20.0.0/24'], eth1: ['198.51.100.0/24'] } });
    assert.deepEqual(lintKolla(ctx, []).issues, []);
  });

  it('parses the rendered configs without syntax issues', () => {
    for (const h of CLEAN.model.hosts) assert.deepEqual(renderedNode(CLEAN, h).node.model.parsed.syntaxIssues, [], h.name);
  });
});

describe('kolla cross-check: custom configs against globals.yml', () => {
  const c01 = EXPECTED('control01');
  interface Case {
    readonly name: string;
    readonly config: string;
    readonly expect: readonly string[];
    readonly message?: RegExp;
  }
  const cases: Case[] = [
    {
      name: 'another virtual_router_id than keepalived_virtual_router_id',
      config: c01.replace('virtual_router_id 73', 'virtual_router_id 51'),
      expect: ['control01/keepalived.conf:12:5 warning kolla-vrid-mismatch'],
      message: /virtual_router_id is 51 in kolla_internal_vip_73 \(node control01\), but globals\.yml sets keepalived_virtual_router_id to 73/,
    },
    {
      name: 'the internal VIP is missing',
      config: c01.replace('        10.20.0.250 dev eth0\n', '        10.20.0.251 dev eth0\n'),
      expect: ['control01/keepalived.conf:20:5 error kolla-vip-mismatch'],
      message: /globals\.yml sets kolla_internal_vip_address to 10\.20\.0\.250, but no vrrp_instance of node control01 has it as a VIP/,
    },
    {
      name: 'the external VIP on the wrong interface',
      config: c01.replace('198.51.100.250 dev eth1', '198.51.100.250 dev eth0'),
      expect: ['control01/keepalived.conf:22:9 warning kolla-vip-mismatch'],
      message: /198\.51\.100\.250 is on eth0 in node control01, but globals\.yml sets kolla_external_vip_interface to eth1/,
    },
    {
      name: 'a file without any instance',
      config: 'global_defs {\n    router_id x\n}\n',
      expect: ['control01/keepalived.conf:1:1 error kolla-vip-mismatch', 'control01/keepalived.conf:1:1 error kolla-vip-mismatch'],
    },
    { name: 'the same as Kolla would render', config: c01, expect: [] },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const nodes = customNodes({ control01: c.config });
      const issues = crossCheckKolla(
        CLEAN,
        nodes.map((node) => ({ node, host: node.name })),
      );
      assert.deepEqual(golden(issues, nodes).sort(), [...c.expect].sort());
      if (c.message) assert.match(issues[0]!.message, c.message);
      for (const i of issues) assert.ok((i.related ?? []).length > 0, `${i.code} has related information`);
    });
  }

  it('a config for a host Kolla does not know is still compared (without host)', () => {
    const files = { '/etc/keepalived/lb9.conf': c01.replace('virtual_router_id 73', 'virtual_router_id 9') };
    const node = { name: 'lb9', model: analyse(parseConfig('/etc/keepalived/lb9.conf', files['/etc/keepalived/lb9.conf'], memoryHost(files))) };
    const r = lintKolla(CLEAN, [node]);
    assert.deepEqual(golden(r.issues, [node]), ['lb9/keepalived.conf:12:5 warning kolla-vrid-mismatch']);
    assert.deepEqual(r.rendered, [], 'a config that names no host is not mixed with rendered ones');
  });
});

describe('kolla cross-check: cluster rules over custom and rendered nodes', () => {
  it('a custom config with another VRID splits the cluster: reported once, in the file, pointing at globals.yml', () => {
    const nodes = customNodes({ control01: EXPECTED('control01').replace('virtual_router_id 73', 'virtual_router_id 51') });
    const r = lintKolla(CLEAN, nodes);
    assert.deepEqual(
      r.nodes.map((n) => n.name),
      ['control01', 'control02', 'control03'],
    );
    assert.equal(r.rendered.length, 2);
    assert.deepEqual(golden(r.issues, nodes), ['control01/keepalived.conf:12:5 warning kolla-vrid-mismatch']);
    const [only] = r.issues;
    assert.ok(only?.related?.some((ri) => ri.span.file.endsWith('globals.yml')));
    // the fix changes the file, never globals.yml (the hosts Kolla renders follow globals.yml)
    assert.deepEqual(
      (only?.data?.choices ?? []).map((c) => c.title),
      ['Use VRID 73 from globals.yml'],
    );
  });

  it('every custom config agrees and globals.yml differs: reported once, in globals.yml, with the fix that sets it', () => {
    const vip = (t: string) => t.replace('10.20.0.250 dev eth0', '10.20.0.205 dev eth0');
    const nodes = customNodes({ control01: vip(EXPECTED('control01')), control02: vip(EXPECTED('control02')), control03: vip(EXPECTED('control03')) });
    const r = lintKolla(CLEAN, nodes);
    assert.deepEqual(golden(r.issues, nodes), ['globals.yml:12:29 error kolla-vip-mismatch']);
    const [only] = r.issues;
    assert.match(
      only!.message,
      /kolla_internal_vip_address is 10\.20\.0\.250, but the keepalived\.conf of control01, control02 and control03 all have 10\.20\.0\.205 instead/,
    );
    assert.equal(only!.related?.length, 3);
    assert.deepEqual(
      (only!.data?.choices ?? []).map((c) => c.title),
      ['Set kolla_internal_vip_address to 10.20.0.205 in globals.yml'],
    );
  });

  it('one custom config with a VIP typo: reported once, in that file, and the fix replaces the typo', () => {
    const nodes = customNodes({
      control01: EXPECTED('control01').replace('10.20.0.250 dev eth0', '10.20.0.205 dev eth0'),
      control02: EXPECTED('control02'),
    });
    const r = lintKolla(CLEAN, nodes);
    assert.deepEqual(golden(r.issues, nodes), ['control01/keepalived.conf:20:5 error kolla-vip-mismatch']);
    assert.deepEqual(
      (r.issues[0]!.data?.choices ?? []).map((c) => c.title),
      ["Replace 10.20.0.205 with '10.20.0.250 dev eth0'"],
    );
  });

  it("a host variable that changes one host's unicast_src_ip breaks the peer lists (reported in the inventory)", () => {
    const inventory = fixture('clean/multinode').text.replace(
      'control02 ansible_host=10.20.0.12',
      'control02 ansible_host=10.20.0.12 api_interface_address=10.20.0.22',
    );
    const ctx = ctxInline(fixture('clean/globals.yml').text, inventory, fixture('clean/passwords.yml').text);
    const r = lintKolla(ctx, []);
    const g = golden(r.issues, [], ctx);
    assert.ok(g.length > 0);
    assert.ok(
      g.every((l) => /^multinode:\d+:\d+ error cluster-unicast-asymmetric$/.test(l)),
      g.join('\n'),
    );
    // control01 and control03 (their host lines) do not list control02's new address (its host variable).
    assert.deepEqual(g, [
      'multinode:3:1 error cluster-unicast-asymmetric',
      'multinode:4:57 error cluster-unicast-asymmetric',
      'multinode:5:1 error cluster-unicast-asymmetric',
    ]);
  });

  it('placeholders for values we cannot compute never produce findings', () => {
    const globals = fixture('clean/globals.yml').text.replace(
      'kolla_internal_vip_address: "10.20.0.250"',
      "kolla_internal_vip_address: \"{{ lookup('env', 'VIP') }}\"",
    );
    const ctx = ctxInline(globals, fixture('clean/multinode').text, fixture('clean/passwords.yml').text);
    assert.ok(ctx.model.hosts[0]!.unknowns.length > 0);
    const r = lintKolla(ctx, []);
    assert.deepEqual(
      r.issues.filter((i) => i.code.startsWith('cluster-')),
      [],
    );
  });

  it('maps rendered lines to the variable behind them', () => {
    const h = CLEAN.model.hosts[1];
    assert.ok(h);
    const text = h.configText;
    const at = (s: string) => renderedSource(CLEAN, h, text.indexOf(s));
    const where = (s: string) => {
      const src = at(s);
      return `${path.basename(src.span.file)}:${lineCol(fs.readFileSync(src.span.file, 'utf8'), src.span.start)}`;
    };
    assert.equal(where('virtual_router_id'), 'globals.yml:23:31');
    assert.equal(where('auth_pass'), 'passwords.yml:4:22');
    assert.equal(where('10.20.0.250 dev'), 'globals.yml:12:29');
    assert.equal(where('198.51.100.250 dev'), 'globals.yml:14:29');
    assert.equal(where('priority'), 'multinode:4:1');
    assert.equal(at('priority').lineNumber, 13);
  });

  it('with enable_keepalived off there is nothing to cross-check or cluster', () => {
    const globals = `${fixture('clean/globals.yml').text}\nenable_keepalived: "no"\n`.replace('enable_keepalived: "{{ enable_haproxy | bool }}"\n', '');
    const ctx = ctxInline(globals, fixture('clean/multinode').text, fixture('clean/passwords.yml').text);
    assert.equal(ctx.model.keepalivedEnabled, false);
    const nodes = customNodes({ control01: EXPECTED('control01').replace('virtual_router_id 73', 'virtual_router_id 51') });
    const r = lintKolla(ctx, nodes);
    assert.deepEqual(
      r.issues.filter((i) => i.code.startsWith('cluster-') || i.code.endsWith('-mismatch')),
      [],
    );
  });

  it('has README texts for its codes', () => {
    assert.deepEqual(
      kollaCrossRules.map((c) => c.id),
      ['kolla-vrid-mismatch', 'kolla-vip-mismatch'],
    );
  });
});
