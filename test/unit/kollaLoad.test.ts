/** globals.yml loading (values as Ansible reads them, with spans), Jinja evaluation, variable resolution. */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { evalTemplate, KOLLA_DEFAULTS, loadVarsFile, VariableResolver } from '../../server/src/language/kolla';
import { resolvePlainYaml11 } from '../../server/src/language/ansible/pyValues';
import { fixtureContext, inlineContext, lineCol, REFERENCE, spanText } from './kollaFixtures.test';

describe('kolla: YAML 1.1 plain scalars (as PyYAML/Ansible read them)', () => {
  const table: [string, unknown, string][] = [
    ['yes', true, 'True'],
    ['No', false, 'False'],
    ['on', true, 'True'],
    ['OFF', false, 'False'],
    ['y', 'y', 'y'],
    ['051', 41, '41'],
    ['0x1F', 31, '31'],
    ['0b101', 5, '5'],
    ['1_000', 1000, '1000'],
    ['1:20', 80, '80'],
    ['1e3', '1e3', '1e3'],
    ['1.5', 1.5, '1.5'],
    ['1.0', 1, '1.0'],
    ['09', '09', '09'],
    ['0o51', '0o51', '0o51'],
    ['~', null, ''],
    ['null', null, ''],
    ['10.0.0.1', '10.0.0.1', '10.0.0.1'],
    ['eth0', 'eth0', 'eth0'],
  ];
  for (const [src, value, printed] of table) {
    it(`${src} → ${JSON.stringify(value)} (prints ${printed || '""'})`, () => {
      const r = resolvePlainYaml11(src);
      assert.equal(r.value, value);
      assert.equal(r.printed, printed);
    });
  }
});

describe('kolla: loading a vars file', () => {
  const text = [
    '---',
    'network_interface: eth0',
    'keepalived_virtual_router_id: 051',
    'quoted_id: "051"',
    'enable_haproxy: no',
    'keepalived_password: !vault |',
    '  $ANSIBLE_VAULT;1.1;AES256',
    '  6162',
    'raw: !unsafe "{{ not_templated }}"',
    'a_list: [1, 2]',
    'empty:',
    'network_interface: bond0',
  ].join('\n');
  const f = loadVarsFile('globals.yml', text, 'globals');

  it('keeps the span of each value', () => {
    const v = f.vars.get('quoted_id');
    assert.ok(v?.span);
    assert.equal(text.slice(v.span.start, v.span.end), '"051"');
    assert.equal(lineCol(text, v.span.start), '4:12');
    assert.equal(v.value, '051');
  });

  it('reads plain scalars as YAML 1.1 (octal, yes/no)', () => {
    assert.equal(f.vars.get('keepalived_virtual_router_id')?.value, 41);
    assert.equal(f.vars.get('enable_haproxy')?.value, false);
  });

  it('marks !vault and !unsafe, lists and empty values', () => {
    assert.equal(f.vars.get('keepalived_password')?.vault, true);
    assert.equal(f.vars.get('raw')?.unsafe, true);
    assert.equal(f.vars.get('a_list')?.complex, 'list');
    assert.equal(f.vars.get('empty')?.value, null);
  });

  it('keeps the last of duplicate keys and warns on the first', () => {
    assert.equal(f.vars.get('network_interface')?.value, 'bond0');
    const dup = f.issues.filter((i) => i.code === 'kolla-yaml-duplicate-key');
    assert.equal(dup.length, 1);
    assert.equal(lineCol(text, dup[0]!.span.start), '2:1');
  });

  it('reports syntax errors and a non-mapping root', () => {
    assert.ok(loadVarsFile('g.yml', 'a: [1, 2\nb: 3\n', 'globals').issues.some((i) => i.code === 'kolla-yaml-syntax'));
    assert.equal(loadVarsFile('g.yml', '- a\n- b\n', 'globals').issues[0]?.code, 'kolla-yaml-syntax');
    assert.deepEqual(loadVarsFile('g.yml', '# all commented\n', 'globals').issues, []);
  });

  it("loads Kolla's own globals.yml without complaint", function () {
    const file = path.join(REFERENCE, 'globals.yml');
    if (!fs.existsSync(file)) this.skip(); // the shared reference folder is not on this machine
    const g = loadVarsFile(file, fs.readFileSync(file, 'utf8'), 'globals');
    assert.deepEqual(g.issues, []);
    assert.equal(g.vars.get('workaround_ansible_issue_8743')?.value, true);
  });
});

describe('kolla: Jinja templates we evaluate', () => {
  const vars: Record<string, unknown> = { a: 'eth0', t: 'yes', n: 51, f: false };
  const lookup = (name: string) => (name in vars ? { defined: true, known: true, value: vars[name] as string } : { defined: false, known: false });
  const table: [string, boolean, unknown][] = [
    ['{{ a }}', true, 'eth0'],
    ['{{a}}', true, 'eth0'],
    ['x-{{ a }}-y', true, 'x-eth0-y'],
    ['{{ t | bool }}', true, true],
    ['{{ f | bool }}', true, false],
    ['{{ n }}', true, 51],
    ['id {{ n }}', true, 'id 51'],
    ["{{ missing | default('z') }}", true, 'z'],
    ['{{ missing | d("z") }}', true, 'z'],
    ["{{ a | default('z') }}", true, 'eth0'],
    ['{{ a | upper }}', true, 'ETH0'],
    ["{{ 'lit' }}", true, 'lit'],
    ['{{ missing }}', false, undefined],
    ['{% if t %}x{% endif %}', false, undefined],
    ['{{ a ~ n }}', false, undefined],
    ["{{ a | replace('e', 'f') }}", false, undefined],
    ["{{ 'api' | kolla_address }}", false, undefined],
    ["{{ groups['loadbalancer'] }}", false, undefined],
    ['{{ a', false, undefined],
  ];
  for (const [tpl, known, value] of table) {
    it(`${tpl} → ${known ? JSON.stringify(value) : 'unknown'}`, () => {
      const r = evalTemplate(tpl, lookup);
      assert.equal(r.known, known);
      if (known) assert.equal(r.value, value);
    });
  }
});

describe('kolla: resolving variables', () => {
  it('follows references through globals.yml and Kolla defaults', () => {
    const ctx = inlineContext('network_interface: bond0\nkolla_internal_vip_address: 10.0.0.5\n');
    const g = ctx.model.globals;
    assert.equal(g.api_interface.text, 'bond0'); // default "{{ network_interface }}"
    assert.equal(g.api_interface.source, 'kolla-default');
    assert.deepEqual(g.api_interface.refs, ['network_interface']);
    assert.equal(g.kolla_external_vip_interface.text, 'bond0');
    assert.equal(g.kolla_external_vip_address.text, '10.0.0.5');
    assert.equal(g.kolla_same_external_internal_vip.value, true);
    assert.equal(g.haproxy_enable_external_vip.text, 'no');
    assert.equal(g.keepalived_virtual_router_id.text, '51');
    assert.equal(g.enable_keepalived.value, true);
  });

  it('gives the span where a value is set, and the origin of a referenced literal', () => {
    const ctx = fixtureContext('clean');
    const api = ctx.model.globals.api_interface;
    assert.equal(api.text, 'eth0');
    assert.equal(spanText(api.def?.span), '"{{ network_interface }}"');
    assert.equal(spanText(api.origin), '"eth0"');
  });

  it('leaves the internal VIP empty when unset (Kolla default)', () => {
    const ctx = inlineContext('');
    assert.equal(ctx.model.globals.kolla_internal_vip_address.known, true);
    assert.equal(ctx.model.globals.kolla_internal_vip_address.text, '');
  });

  const unknowns: [string, string, string][] = [
    ['a cycle', 'api_interface: "{{ network_interface }}"\nnetwork_interface: "{{ api_interface }}"\n', 'cycle'],
    ['an undefined reference', 'api_interface: "{{ my_nic }}"\n', 'undefined'],
    ['a filter we do not evaluate', 'api_interface: "{{ nics | first }}"\n', 'jinja'],
    ['a vault value', 'api_interface: !vault |\n  $ANSIBLE_VAULT;1.1;AES256\n', 'vault'],
  ];
  for (const [what, text, reason] of unknowns) {
    it(`marks ${what} unknown (${reason})`, () => {
      const r = inlineContext(text).model.globals.api_interface;
      assert.equal(r.known, false);
      assert.equal(r.reason, reason);
    });
  }

  it('stops long chains at the depth limit', () => {
    const lines = ['api_interface: "{{ v0 }}"'];
    for (let i = 0; i < 30; i++) lines.push(`v${i}: "{{ v${i + 1} }}"`);
    lines.push('v30: eth0');
    const deep = inlineContext(lines.join('\n'), undefined, undefined, { maxDepth: 10 }).model.globals.api_interface;
    assert.equal(deep.known, false);
    const ok = inlineContext(lines.join('\n'), undefined, undefined, { maxDepth: 40 }).model.globals.api_interface;
    assert.equal(ok.text, 'eth0');
  });

  it('applies Ansible precedence per host', () => {
    const inv = [
      '[control]',
      'c1 api_interface=em1 keepalived_traffic_mode=unicast',
      'c2',
      '[control:vars]',
      'network_interface=eth9',
      'keepalived_traffic_mode=unicast',
      '[loadbalancer:children]',
      'control',
    ].join('\n');
    const ctx = inlineContext('kolla_internal_vip_address: 10.0.0.5\n', inv);
    const r = ctx.resolver;
    assert.equal(r.resolve('api_interface', 'c1').text, 'em1'); // host var beats group_vars/all
    assert.equal(r.resolve('api_interface', 'c2').text, 'eth0'); // [group:vars] loses to group_vars/all
    assert.equal(r.resolve('keepalived_traffic_mode', 'c2').text, 'unicast'); // but beats role defaults
    const withGlobal = inlineContext('api_interface: bond0\n', inv).resolver;
    assert.equal(withGlobal.resolve('api_interface', 'c1').text, 'bond0'); // extra vars win
    assert.ok(r instanceof VariableResolver);
  });

  it('lets passwords.yml beat globals.yml (it is passed after it)', () => {
    const ctx = inlineContext('keepalived_password: fromglobals\n', undefined, 'keepalived_password: frompass\n');
    assert.equal(ctx.model.globals.keepalived_password.text, 'frompass');
  });

  it("matches Kolla's defaults in the reference group_vars and role defaults", function () {
    const files = ['group_vars_all_common.yml', 'group_vars_all_haproxy.yml', 'group_vars_all_keepalived.yml', 'loadbalancer_defaults_main.yml'];
    if (!files.every((f) => fs.existsSync(path.join(REFERENCE, f)))) this.skip(); // reference folder absent
    const all = new Map<string, unknown>();
    for (const f of files) {
      const file = path.join(REFERENCE, f);
      for (const [k, v] of loadVarsFile(file, fs.readFileSync(file, 'utf8'), 'kolla-default').vars) all.set(k, v.value);
    }
    for (const [name, d] of Object.entries(KOLLA_DEFAULTS)) {
      if (!all.has(name)) continue; // e.g. defined in a file we do not have
      assert.equal(String(all.get(name)).replace(/\s+/g, ' ').trim(), String(d.value), name);
    }
  });
});
