/** The Ansible INI inventory: ranges, sections, host variables, groups['loadbalancer'] order. */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { expandHostRange, groupMembers, hostGroupVars, parseInventory } from '../../server/src/language/kolla';
import { fixture, lineCol, REFERENCE } from './kollaFixtures.test';

describe('kolla: host ranges', () => {
  const table: [string, string[] | RegExp][] = [
    ['control01', ['control01']],
    ['control[01:03]', ['control01', 'control02', 'control03']],
    ['node[1:3]', ['node1', 'node2', 'node3']],
    ['node[8:11]', ['node8', 'node9', 'node10', 'node11']],
    ['node[1:9:4]', ['node1', 'node5', 'node9']],
    ['web[a:c].example.org', ['weba.example.org', 'webb.example.org', 'webc.example.org']],
    ['r[1:2]n[1:2]', ['r1n1', 'r1n2', 'r2n1', 'r2n2']],
    ['node[:2]', ['node0', 'node1', 'node2']],
    ['node[01:3]', /equal-length/],
    ['node[1]', /begin:end/],
    ['node[c:a]', /begin <= end/],
    ['node[1:]', /end value/],
  ];
  for (const [pattern, expected] of table) {
    it(`${pattern} → ${expected instanceof RegExp ? `error ${expected.source}` : expected.join(' ')}`, () => {
      if (expected instanceof RegExp) assert.throws(() => expandHostRange(pattern), expected);
      else assert.deepEqual(expandHostRange(pattern), expected);
    });
  }
});

describe('kolla: INI inventory parsing', () => {
  const text = [
    'lonely ansible_host=192.0.2.9', // before any section: ungrouped
    '[control]',
    '# a comment',
    'control[01:02]   ansible_user=kolla   # trailing comment',
    'control03 ansible_host=10.0.0.13 api_interface="bond 0" prio=5',
    'control04:2222',
    '',
    '[loadbalancer:children]',
    'network',
    'control   # children may be declared later',
    '',
    '[network:children]',
    'control',
    '',
    '[network:vars]',
    'keepalived_traffic_mode = "unicast"',
  ].join('\n');
  const inv = parseInventory('multinode', text);

  it('parses without issues', () => assert.deepEqual(inv.issues, []));

  it('expands ranges and keeps host vars with their spans', () => {
    assert.deepEqual([...(inv.groups.get('control')?.hosts ?? [])], ['control01', 'control02', 'control03', 'control04']);
    assert.equal(inv.hosts.get('control02')?.vars.get('ansible_user')?.value, 'kolla');
    const api = inv.hosts.get('control03')?.vars.get('api_interface');
    assert.equal(api?.value, 'bond 0');
    assert.ok(api?.span && api.keySpan);
    assert.equal(text.slice(api.span.start, api.span.end), '"bond 0"');
    assert.equal(text.slice(api.keySpan.start, api.keySpan.end), 'api_interface');
    assert.equal(lineCol(text, api.span.start), '5:48');
    assert.equal(inv.hosts.get('control03')?.vars.get('prio')?.value, 5);
    assert.ok(inv.hosts.has('control04'));
    assert.deepEqual([...(inv.groups.get('ungrouped')?.hosts ?? [])], ['lonely']);
  });

  it("accepts children declared later, in Ansible's order (when the child is declared)", () => {
    assert.deepEqual([...(inv.groups.get('loadbalancer')?.children ?? [])], ['control', 'network']);
  });

  it('reads [group:vars] as Python literals', () => {
    assert.equal(inv.groups.get('network')?.vars.get('keepalived_traffic_mode')?.value, 'unicast');
    assert.equal(hostGroupVars(inv, 'control01').get('keepalived_traffic_mode')?.value, 'unicast');
  });

  const errors: [string, string, RegExp][] = [
    ['an unknown section type', '[control:hostz]\nc1\n', /unknown type: hostz/],
    ['a host word without =', '[control]\nc1 ansible_host\n', /Expected key=value host variable/],
    ['a child group never declared', '[loadbalancer:children]\nnetwrok\n', /includes undefined group: netwrok/],
    ['vars for a group never declared', '[ghost:vars]\na=1\n', /not valid for undefined group: ghost/],
    ['an unclosed quote', '[control]\nc1 a="x\n', /No closing quotation/],
    ['a bad range', '[control]\nc[01:3]\n', /equal-length/],
  ];
  for (const [what, src, message] of errors) {
    it(`reports ${what}`, () => {
      const issues = parseInventory('inv', src).issues;
      assert.equal(issues.length, 1, JSON.stringify(issues));
      assert.equal(issues[0]!.code, 'kolla-inventory-syntax');
      assert.match(issues[0]!.message, message);
    });
  }
});

describe("kolla: groups['loadbalancer']", () => {
  it('follows children to the controllers of the clean fixture', () => {
    const src = fixture('clean/multinode');
    const inv = parseInventory(src.file, src.text);
    assert.deepEqual(inv.issues, []);
    const lb = groupMembers(inv, 'loadbalancer');
    assert.deepEqual(lb.hosts, ['control01', 'control02', 'control03']);
    assert.equal(lb.orderCertain, true);
    assert.deepEqual(groupMembers(inv, 'compute').hosts, ['compute01', 'compute02']);
    assert.deepEqual(groupMembers(inv, 'letsencrypt').hosts, ['control01', 'control02', 'control03']);
  });

  it("puts the group's own hosts first, then its children's, without duplicates", () => {
    const inv = parseInventory('i', '[a]\na1\nshared\n[b]\nb1\nshared\n[lb]\nlb0\n[lb:children]\nb\na\n');
    assert.deepEqual(groupMembers(inv, 'lb').hosts, ['lb0', 'b1', 'shared', 'a1']);
    assert.equal(groupMembers(inv, 'lb').orderCertain, true);
  });

  it('flags grandchildren from several children as order-uncertain (Ansible walks them from a set)', () => {
    const inv = parseInventory('i', '[x]\nx1\n[y]\ny1\n[a:children]\nx\n[b:children]\ny\n[lb:children]\na\nb\n');
    const lb = groupMembers(inv, 'lb');
    assert.deepEqual([...lb.hosts].sort(), ['x1', 'y1']);
    assert.equal(lb.orderCertain, false);
  });

  it('is empty for a missing group', () => {
    assert.deepEqual(groupMembers(parseInventory('i', '[a]\nh\n'), 'loadbalancer').hosts, []);
  });

  it("reads Kolla's own multinode: the loadbalancer group is the network nodes", function () {
    const file = path.join(REFERENCE, 'multinode');
    if (!fs.existsSync(file)) this.skip(); // the shared reference folder is not on this machine
    const inv = parseInventory(file, fs.readFileSync(file, 'utf8'));
    assert.deepEqual(inv.issues, []);
    assert.deepEqual(groupMembers(inv, 'loadbalancer').hosts, ['network01', 'network02']);
    assert.deepEqual(groupMembers(inv, 'control').hosts, ['control01', 'control02', 'control03']);
    assert.ok(groupMembers(inv, 'openvswitch').hosts.includes('compute01'));
  });
});
