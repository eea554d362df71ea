/**
 * VRRP rules about limits and combinations keepalived 2.2.7 checks when it completes an instance
 * or a sync group (vrrp.c vrrp_complete_instance, vrrp_sync.c), one table per rule. Facts:
 * keepalived 2.2.7 `-t` and a real start.
 */
import * as assert from 'node:assert/strict';
import { instanceOptionIgnored } from '../../server/src/language/validation/rules/instance-option-ignored';
import { strictMode } from '../../server/src/language/validation/rules/strict-mode';
import { vmacConflict } from '../../server/src/language/validation/rules/vmac-conflict';
import { syncGroupOwnerMixed } from '../../server/src/language/validation/rules/sync-group-owner-mixed';
import { maxVips, vipTooMany } from '../../server/src/language/validation/rules/vip-too-many';
import { instance } from '../support/rules';
import { ruleTable } from './rules-vrrp.test';

const vips = (addrs: string[], extra = '') =>
  instance(`interface eth0\nvirtual_router_id 51\n${extra ? `${extra}\n` : ''}virtual_ipaddress {\n${addrs.map((a) => `    ${a}`).join('\n')}\n}`);
const v4 = (n: number) => Array.from({ length: n }, (_, i) => `10.1.${(i + 1) >> 8}.${(i + 1) & 255}/32`);
const v6 = (n: number) => Array.from({ length: n }, (_, i) => `2001:db8::${(i + 1).toString(16)}/64`);

describe('maxVips (room in one advert at MTU 1500)', () => {
  it('IPv4: the one-byte count field', () => assert.equal(maxVips({ family: 4, version: 2, authType: undefined }), 255));
  it('IPv6: 89 addresses of 16 bytes', () => assert.equal(maxVips({ family: 6, version: 3, authType: undefined }), 89));
});

ruleTable(
  vipTooMany,
  [
    { name: '256 IPv4 VIPs', text: vips(v4(256)), golden: '260:9-260:20 warning vip-too-many', says: [['256 VIPs', 'at most 255', 'the 0 after it']] },
    { name: '90 IPv6 VIPs', text: vips(v6(90)), golden: '94:9-94:24 warning vip-too-many', says: ['MTU 1500'] },
  ],
  [
    { name: '255 IPv4 VIPs', text: vips(v4(255)) },
    { name: '89 IPv6 VIPs', text: vips(v6(89)) },
    { name: 'invalid lines do not count', text: vips([...v4(255), '10.999.0.1/32']) },
  ],
);

const member = (name: string, vrid: number, lines: string) =>
  `vrrp_instance ${name} {\n    interface eth0\n    virtual_router_id ${vrid}\n${lines
    .split('\n')
    .map((l) => `    ${l}`)
    .join('\n')}\n    virtual_ipaddress {\n        192.0.2.${vrid}/24\n    }\n}\n`;
const owner = (name: string, vrid: number) => member(name, vrid, 'state MASTER\npriority 255');
const backup = (name: string, vrid: number) => member(name, vrid, 'state BACKUP\npriority 100');
const sg = (...names: string[]) => `vrrp_sync_group SG {\n    group {\n${names.map((n) => `        ${n}\n`).join('')}    }\n}\n`;

// vrrp_sync.c vrrp_sync_set_group: keepalived 2.2.7 logs it when it starts
ruleTable(
  syncGroupOwnerMixed,
  [
    {
      name: 'an owner then a BACKUP',
      text: owner('VI_1', 51) + backup('VI_2', 52) + sg('VI_1', 'VI_2'),
      golden: '22:9-22:13 warning sync-group-owner-mixed',
      says: [['VI_2', 'VI_1']],
    },
    {
      name: 'two owners then a BACKUP',
      text: owner('VI_1', 51) + owner('VI_2', 52) + backup('VI_3', 53) + sg('VI_1', 'VI_2', 'VI_3'),
      golden: '32:9-32:13 warning sync-group-owner-mixed',
    },
  ],
  [
    { name: 'a BACKUP first (the group starts as BACKUP)', text: owner('VI_1', 51) + backup('VI_2', 52) + sg('VI_2', 'VI_1') },
    { name: 'all owners', text: owner('VI_1', 51) + owner('VI_2', 52) + sg('VI_1', 'VI_2') },
    { name: 'MASTER below 255 is not an owner', text: member('VI_1', 51, 'state MASTER\npriority 200') + backup('VI_2', 52) + sg('VI_1', 'VI_2') },
    { name: 'no state line is not BACKUP to keepalived here', text: owner('VI_1', 51) + member('VI_2', 52, 'priority 100') + sg('VI_1', 'VI_2') },
  ],
);

const HEAD = 'interface eth0\nvirtual_router_id 51';
/** An instance with these VIP lines (lines 5.. of the text) and extra lines after them. */
const withVips = (lines: string[], extra = '') =>
  instance(`${HEAD}\nvirtual_ipaddress {\n${lines.map((l) => `    ${l}`).join('\n')}\n}${extra ? `\n${extra}` : ''}`);
const peers = (...p: string[]) => `unicast_peer {\n${p.map((l) => `    ${l}`).join('\n')}\n}`;

// vrrp_complete_instance / vrrp_vrf_handler; keepalived 2.2.7 -t reports each firing case
ruleTable(
  instanceOptionIgnored,
  [
    {
      name: 'vmac_xmit_base without use_vmac',
      text: withVips(['192.0.2.100/24'], 'vmac_xmit_base'),
      golden: '7:5-7:19 warning instance-option-ignored',
      says: ['use_vmac'],
      data: [{ remove: true }],
    },
    {
      name: 'vmac_xmit_base with use_ipvlan',
      text: withVips(['192.0.2.100/24'], 'use_ipvlan 192.0.2.50\nvmac_xmit_base'),
      golden: '8:5-8:19 warning instance-option-ignored',
      says: ['not a VMAC'],
    },
    {
      name: 'mcast_dst_ip with unicast peers',
      text: withVips(['192.0.2.100/24'], `${peers('192.0.2.12')}\nmcast_dst_ip 224.0.0.19`),
      golden: '10:18-10:28 warning instance-option-ignored',
      says: ['unicast peers'],
    },
    {
      name: 'mcast_dst_ip of the other family after the VIPs',
      text: withVips(['192.0.2.100/24'], 'mcast_dst_ip ff02::12'),
      golden: '7:18-7:26 warning instance-option-ignored',
      says: [['IPv6', 'IPv4 instance', '224.0.0.18']],
    },
    {
      name: 'promote_secondaries with use_vmac',
      text: withVips(['192.0.2.100/24'], 'use_vmac\npromote_secondaries'),
      golden: '8:5-8:24 warning instance-option-ignored',
      data: [{ remove: true }],
    },
    {
      name: 'unicast use_vmac without vmac_xmit_base',
      text: withVips(['192.0.2.100/24'], `use_vmac\n${peers('192.0.2.12')}`),
      golden: '7:5-7:13 warning instance-option-ignored',
      says: ['Add vmac_xmit_base'],
    },
    {
      name: 'unicast use_ipvlan (keepalived 2.2.7 reports it whatever the file says)',
      text: withVips(['192.0.2.100/24'], `use_ipvlan 192.0.2.30/24\n${peers('192.0.2.12')}`),
      golden: '7:5-7:15 information instance-option-ignored',
    },
    {
      name: 'use_vmac on a VIP of a use_vmac instance',
      text: withVips(['192.0.2.100/24', '192.0.2.101/24 use_vmac'], 'use_vmac'),
      golden: '6:24-6:32 warning instance-option-ignored',
    },
    {
      name: 'use_vmac on a VIP on another interface with use_vmac_addr',
      text: withVips(['192.0.2.100/24', '198.51.100.5/24 dev eth1 use_vmac'], 'use_vmac_addr'),
      golden: '6:34-6:42 warning instance-option-ignored',
      says: ['another interface'],
    },
    {
      name: 'vrf after interface',
      text: withVips(['192.0.2.100/24'], 'vrf blue'),
      golden: '7:5-7:8 warning instance-option-ignored',
      says: [['interface eth0', 'ignores the vrf line']],
    },
    {
      name: 'vrf before interface',
      text: instance('vrf blue\ninterface eth0\nvirtual_router_id 51'),
      golden: '2:5-2:8 warning instance-option-ignored',
      says: ['ignores the vrf'],
    },
  ],
  [
    { name: 'vmac_xmit_base with use_vmac', text: withVips(['192.0.2.100/24'], 'vmac_xmit_base\nuse_vmac') },
    { name: 'unicast use_vmac with vmac_xmit_base', text: withVips(['192.0.2.100/24'], `use_vmac\nvmac_xmit_base\n${peers('192.0.2.12')}`) },
    { name: 'use_vmac on a VIP on another interface', text: withVips(['192.0.2.100/24', '198.51.100.5/24 dev eth1 use_vmac'], 'use_vmac') },
    { name: 'promote_secondaries without a VMAC', text: withVips(['192.0.2.100/24'], 'promote_secondaries') },
    // keepalived: "A unicast keyword has been specified without any unicast peers" (unicast-no-peers), and multicast it is
    { name: 'mcast_dst_ip with an empty unicast_peer block', text: withVips(['192.0.2.100/24'], `${peers()}\nmcast_dst_ip 224.0.0.19`) },
    { name: 'mcast_dst_ip keepalived refuses (argument-value)', text: withVips(['192.0.2.100/24'], `${peers('192.0.2.12')}\nmcast_dst_ip 192.0.2.1`) },
    {
      name: 'mcast_dst_ip before IPv6 VIPs fixes the family',
      text: instance('interface eth0\nvirtual_router_id 51\nmcast_dst_ip ff02::13\nvirtual_ipaddress {\n    2001:db8::10/64\n}'),
    },
    { name: 'mcast_dst_ip of the instance family', text: withVips(['192.0.2.100/24'], 'mcast_dst_ip 224.0.0.19') },
    { name: 'vrf in a unicast instance without interface', text: instance(`vrf blue\nvirtual_router_id 51\n${peers('192.0.2.12')}`) },
  ],
);

const v6inst = (first: string, extra = '') =>
  instance(`interface eth0\nvirtual_router_id 51\n${extra ? `${extra}\n` : ''}virtual_ipaddress {\n    ${first}\n    2001:db8::11/64\n}`);
const strict = (body: string) => `global_defs {\n    vrrp_strict\n}\n${body}`;

// vrrp_complete_instance: keepalived 2.2.7 -t reports "cannot use IPv6 with VRRP version 2; setting version 3"
ruleTable(
  strictMode,
  [
    {
      name: 'version 2 before the IPv6 VIPs',
      text: strict(v6inst('fe80::10/64', 'version 2')),
      golden: '7:13-7:14 warning strict-mode',
      says: ['version 3'],
      data: [{ replacement: '3' }],
    },
  ],
  [
    { name: 'version 2 after an IPv6 VIP (the parser ignores it)', text: strict(v6inst('fe80::10/64').replace(/}\n$/, '    version 2\n}\n')) },
    { name: 'version 3', text: strict(v6inst('fe80::10/64', 'version 3')) },
    { name: 'not strict', text: v6inst('fe80::10/64', 'version 2') },
  ],
);

const vmacInst = (name: string, iface: string, lines: string, vips: string[]) =>
  `vrrp_instance ${name} {\n    interface ${iface}\n    virtual_router_id 51\n${lines ? `    ${lines}\n` : ''}    virtual_ipaddress {\n${vips.map((v) => `        ${v}\n`).join('')}    }\n}\n`;

// vrrp.c check_vmac_conflicts: keepalived 2.2.7 reports each firing case when it starts
ruleTable(
  vmacConflict,
  [
    {
      name: 'an address with use_vmac on the VMAC of a later use_vmac instance',
      text: vmacInst('VI_2', 'eth1', '', ['192.0.2.20/24 dev eth0 use_vmac']) + vmacInst('VI_1', 'eth0', 'use_vmac', ['192.0.2.10/24']),
      golden: '5:32-5:40 error vmac-conflict\n13:9-13:22 error vmac-conflict',
      says: [['VMAC interface of VI_1', 'FAULT'], 'same VMAC interface'],
    },
    {
      name: 'addresses of two instances with use_vmac on one interface',
      text: vmacInst('VI_1', 'eth0', '', ['192.0.2.10/24 use_vmac']) + vmacInst('VI_2', 'eth1', '', ['192.0.2.20/24 dev eth0 use_vmac']),
      golden: '12:32-12:40 error vmac-conflict',
    },
  ],
  [
    {
      name: 'in one sync group',
      text: vmacInst('VI_1', 'eth0', '', ['192.0.2.10/24 use_vmac']) + vmacInst('VI_2', 'eth1', '', ['192.0.2.20/24 dev eth0 use_vmac']) + sg('VI_1', 'VI_2'),
    },
    {
      name: 'use_vmac on other interfaces',
      text: vmacInst('VI_1', 'eth0', 'use_vmac', ['192.0.2.10/24']) + vmacInst('VI_2', 'eth1', 'use_vmac', ['198.51.100.10/24']),
    },
    {
      name: 'IPv4 and IPv6 VMACs differ',
      text: vmacInst('VI_1', 'eth0', 'use_vmac', ['192.0.2.10/24']) + vmacInst('VI_2', 'eth1', '', ['2001:db8::10/64 dev eth0 use_vmac']),
    },
    {
      name: 'multicast duplicates are vrid-duplicate’s',
      text: vmacInst('VI_1', 'eth0', 'use_vmac', ['192.0.2.10/24']) + vmacInst('VI_2', 'eth0', 'use_vmac', ['192.0.2.20/24']),
    },
  ],
);
