/** The checks that need only globals.yml, passwords.yml and the inventory. */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import type { Issue } from '../../server/src/language/issue';
import { checkKolla, kollaRules, loadKollaModel, type KollaContext, type KollaOptions } from '../../server/src/language/kolla';
import { fixtureContext, golden, inlineContext, lineCol } from './kollaFixtures.test';

function fileTexts(ctx: KollaContext): Record<string, string> {
  const m = ctx.model;
  const out: Record<string, string> = {};
  for (const f of [m.globalsFile.file, m.inventory?.file, m.passwordsFile?.file]) if (f && fs.existsSync(f)) out[f] = fs.readFileSync(f, 'utf8');
  return out;
}

describe('kolla checks', () => {
  it('are silent on the clean deployment (also with the subnets known)', () => {
    assert.deepEqual(checkKolla(fixtureContext('clean')), []);
    const interfaces = { eth0: ['10.20.0.0/24'], eth1: ['198.51.100.0/24'] };
    assert.deepEqual(checkKolla(fixtureContext('clean', { interfaces })), []);
    const hostInterfaces = Object.fromEntries(
      ['control01', 'control02', 'control03'].map((h, i) => [h, { eth0: [`10.20.0.1${i + 1}/24`], eth1: [`198.51.100.1${i + 1}/24`] }]),
    );
    assert.deepEqual(checkKolla(fixtureContext('clean', { hostInterfaces })), []);
  });

  it('fire on the broken deployment, each on its line', () => {
    const ctx = fixtureContext('broken');
    assert.deepEqual(ctx.model.issues, []);
    assert.deepEqual(golden(checkKolla(ctx), fileTexts(ctx)), [
      'globals.yml:8:31-8:32 error kolla-vrid-range',
      'passwords.yml:2:22-2:62 warning kolla-password-truncated',
      'globals.yml:6:29-6:47 warning kolla-vip-family-mismatch',
      'globals.yml:5:29-5:41 error kolla-vip-is-host-address',
      'multinode:3:35-3:53 warning kolla-host-var-shadowed',
      'multinode:10:1-10:23 warning kolla-group-var-ignored',
    ]);
  });

  it('fire on the broken VIPs', () => {
    const ctx = fixtureContext('broken-vip');
    assert.deepEqual(golden(checkKolla(ctx), fileTexts(ctx)), [
      'globals.yml:4:31-4:34 error kolla-vrid-range',
      'globals.yml:2:29-2:42 error kolla-vip-invalid',
      'globals.yml:3:29-3:46 error kolla-vip-invalid',
    ]);
  });

  it('have a unique code list', () => {
    const codes = kollaRules.map((c) => c.id);
    assert.equal(new Set(codes).size, codes.length);
    assert.ok(codes.every((c) => c.startsWith('kolla-')));
  });

  const INV = '[control]\nc1 ansible_host=10.0.0.11\nc2 ansible_host=10.0.0.12\n[loadbalancer:children]\ncontrol\n';
  const VIP = 'kolla_internal_vip_address: 10.0.0.250\n';
  const PW = 'keepalived_password: abcdefgh\n';
  interface Case {
    readonly name: string;
    readonly globals: string;
    readonly inventory?: string;
    readonly passwords?: string;
    readonly options?: KollaOptions;
    /** expected `line:col code` (in the file the issue names), or [] for silence */
    readonly expect: readonly string[];
    readonly message?: RegExp;
  }
  const cases: Case[] = [
    { name: 'vrid 1 is fine', globals: `${VIP}keepalived_virtual_router_id: 1\n`, expect: [] },
    { name: 'vrid 255 is fine', globals: `${VIP}keepalived_virtual_router_id: "255"\n`, expect: [] },
    { name: 'vrid 0', globals: `${VIP}keepalived_virtual_router_id: 0\n`, expect: ['2:31 kolla-vrid-range'], message: /0 is not a valid VRRP router id/ },
    { name: 'vrid 256', globals: `${VIP}keepalived_virtual_router_id: "256"\n`, expect: ['2:31 kolla-vrid-range'], message: /only 1 to 255/ },
    { name: 'vrid not a number', globals: `${VIP}keepalived_virtual_router_id: fifty\n`, expect: ['2:31 kolla-vrid-range'], message: /not a whole number/ },
    { name: 'vrid 0400 is octal 256 in YAML 1.1', globals: `${VIP}keepalived_virtual_router_id: 0400\n`, expect: ['2:31 kolla-vrid-range'], message: /is 256/ },
    { name: 'vrid via a reference', globals: `${VIP}my_id: 999\nkeepalived_virtual_router_id: "{{ my_id }}"\n`, expect: ['3:31 kolla-vrid-range'] },
    { name: 'vrid too complex is left alone', globals: `${VIP}keepalived_virtual_router_id: "{{ 900 + 1 }}"\n`, expect: [] },
    { name: 'password of 8', globals: VIP, passwords: PW, expect: [] },
    {
      name: 'password of 9',
      globals: VIP,
      passwords: 'keepalived_password: abcdefghi\n',
      expect: ['1:22 kolla-password-truncated'],
      message: /first 8.*"abcdefgh"/,
    },
    { name: 'password missing from passwords.yml', globals: VIP, passwords: 'other: x\n', expect: ['1:1 kolla-password-missing'] },
    { name: 'no passwords.yml given: no password check', globals: VIP, expect: [] },
    { name: 'vault password is unknown, silent', globals: VIP, passwords: 'keepalived_password: !vault |\n  $ANSIBLE_VAULT;1.1;AES256\n', expect: [] },
    { name: 'internal VIP unset', globals: 'network_interface: eth0\n', expect: ['1:1 kolla-vip-invalid'], message: /not set/ },
    {
      name: 'internal VIP not an address',
      globals: 'kolla_internal_vip_address: vip.example.org\n',
      expect: ['1:29 kolla-vip-invalid'],
      message: /not a valid IPv4 or IPv6/,
    },
    {
      name: 'internal VIP with a prefix',
      globals: 'kolla_internal_vip_address: 10.0.0.250/24\n',
      expect: ['1:29 kolla-vip-invalid'],
      message: /prefix length/,
    },
    { name: 'external VIP bad, internal fine', globals: `${VIP}kolla_external_vip_address: 300.1.1.1\n`, expect: ['2:29 kolla-vip-invalid'] },
    { name: 'IPv6 VIPs are fine', globals: 'kolla_internal_vip_address: "fd00::250"\nkolla_external_vip_address: "2001:db8::250"\n', expect: [] },
    {
      name: 'mixed families',
      globals: `${VIP}kolla_external_vip_address: "2001:db8::250"\n`,
      expect: ['2:29 kolla-vip-family-mismatch'],
      message: /ignores the external VIP/,
    },
    {
      name: 'mixed families, but the external VIP is switched off',
      globals: `${VIP}kolla_external_vip_address: "2001:db8::250"\nhaproxy_enable_external_vip: no\n`,
      expect: [],
    },
    { name: 'VIP in the subnet', globals: VIP, inventory: INV, options: { interfaces: { eth0: ['10.0.0.0/24'] } }, expect: [] },
    {
      name: 'VIP outside the subnet',
      globals: VIP,
      inventory: INV,
      options: { interfaces: { eth0: ['10.1.0.0/24'] } },
      expect: ['1:29 kolla-vip-subnet'],
      message: /outside eth0's subnet 10\.1\.0\.0\/24 on c1 and c2/,
    },
    {
      name: 'VIP outside the subnet of one host (per-host facts)',
      globals: VIP,
      inventory: INV,
      options: { hostInterfaces: { c1: { eth0: ['10.0.0.11/24'] }, c2: { eth0: ['10.0.1.12/24'] } } },
      expect: ['1:29 kolla-vip-subnet'],
      message: /on c2\b/,
    },
    { name: 'subnet unknown: silent', globals: VIP, inventory: INV, expect: [] },
    { name: 'subnet check without an inventory', globals: VIP, options: { interfaces: { eth0: ['192.0.2.0/24'] } }, expect: ['1:29 kolla-vip-subnet'] },
    {
      name: 'external VIP outside its interface subnet',
      globals: `${VIP}kolla_external_vip_address: 203.0.113.9\nkolla_external_vip_interface: eth1\n`,
      inventory: INV,
      options: { interfaces: { eth0: ['10.0.0.0/24'], eth1: ['198.51.100.0/24'] } },
      expect: ['2:29 kolla-vip-subnet'],
    },
    {
      name: 'VIP is a host address',
      globals: 'kolla_internal_vip_address: 10.0.0.11\n',
      inventory: INV,
      expect: ['1:29 kolla-vip-is-host-address'],
      message: /c1's own address/,
    },
    {
      name: 'VIP is an address from host facts',
      globals: VIP,
      inventory: INV,
      options: { hostInterfaces: { c1: { eth0: ['10.0.0.11/24', '10.0.0.250/24'] }, c2: { eth0: ['10.0.0.12/24'] } } },
      expect: ['1:29 kolla-vip-is-host-address'],
      message: /an address of its eth0/,
    },
    {
      name: 'api_interface missing on a host',
      globals: VIP,
      inventory: INV,
      options: { hostInterfaces: { c1: { eth0: ['10.0.0.11/24'] }, c2: { ens3: ['10.0.0.12/24'] } } },
      expect: ['3:1 kolla-interface-missing'],
      message: /api_interface is eth0 on c2, but c2 has no such interface \(it has ens3\)/,
    },
    {
      name: 'host var shadowed by globals.yml',
      globals: `${VIP}api_interface: eth0\n`,
      inventory: INV.replace('c2 ansible_host=10.0.0.12', 'c2 ansible_host=10.0.0.12 api_interface=em1'),
      expect: ['3:27 kolla-host-var-shadowed'],
      message: /api_interface=em1 on c2 has no effect/,
    },
    {
      name: 'host var not shadowed',
      globals: VIP,
      inventory: INV.replace('c2 ansible_host=10.0.0.12', 'c2 ansible_host=10.0.0.12 api_interface=em1'),
      expect: [],
    },
    {
      name: '[group:vars] for a group_vars/all variable',
      globals: VIP,
      inventory: `${INV}[control:vars]\napi_interface=em1\n`,
      expect: ['7:1 kolla-group-var-ignored'],
    },
    { name: '[group:vars] for a role default is fine', globals: VIP, inventory: `${INV}[control:vars]\nkeepalived_traffic_mode=unicast\n`, expect: [] },
    { name: 'no loadbalancer group', globals: VIP, inventory: '[control]\nc1\n', expect: ['1:1 kolla-loadbalancer-empty'], message: /no loadbalancer group/ },
    { name: 'empty loadbalancer group', globals: VIP, inventory: '[loadbalancer]\n', expect: ['1:2 kolla-loadbalancer-empty'] },
    { name: 'empty loadbalancer group, keepalived disabled', globals: `${VIP}enable_keepalived: no\n`, inventory: '[loadbalancer]\n', expect: [] },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const ctx = inlineContext(c.globals, c.inventory, c.passwords, c.options ?? {});
      const texts: Record<string, string> = { 'globals.yml': c.globals, multinode: c.inventory ?? '', 'passwords.yml': c.passwords ?? '' };
      const issues: Issue[] = checkKolla(ctx);
      assert.deepEqual(
        issues.map((i) => `${lineCol(texts[i.span.file]!, i.span.start)} ${i.code}`),
        c.expect,
        issues.map((i) => i.message).join('\n'),
      );
      if (c.message) assert.match(issues[0]!.message, c.message);
    });
  }

  it('reads the files through a ConfigHost, reporting those it cannot read', () => {
    const files: Record<string, string> = { '/k/globals.yml': VIP, '/k/multinode': INV };
    const host = {
      readFile: (p: string) => {
        const text = files[p];
        return text !== undefined ? { kind: 'ok' as const, text } : { kind: 'missing' as const };
      },
      glob: () => ({ paths: [], truncated: false }),
      realpath: (p: string) => p,
    };
    const m = loadKollaModel(host, { globals: '/k/globals.yml', inventory: '/k/multinode', passwords: '/k/passwords.yml' });
    assert.deepEqual(m.group.hosts, ['c1', 'c2']);
    assert.deepEqual(
      m.issues.map((i) => i.code),
      ['kolla-file-unreadable'],
    );
    assert.match(m.issues[0]!.message, /passwords\.yml: it does not exist/);
  });
});
