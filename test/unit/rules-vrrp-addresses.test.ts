/** VRRP address rules (VIPs, unicast), one table per rule (see rules-vrrp.test.ts for the table runner). */
import { addressOption } from '../../server/src/language/validation/rules/address-option';
import { unicastNoPeers } from '../../server/src/language/validation/rules/unicast-no-peers';
import { unicastPeerOption } from '../../server/src/language/validation/rules/unicast-peer-option';
import { unicastPeerFamily } from '../../server/src/language/validation/rules/unicast-peer-family';
import { unicastSelfPeer } from '../../server/src/language/validation/rules/unicast-self-peer';
import { unicastTtlNoPeers } from '../../server/src/language/validation/rules/unicast-ttl-no-peers';
import { vipDuplicate } from '../../server/src/language/validation/rules/vip-duplicate';
import { vipFamilyMixed } from '../../server/src/language/validation/rules/vip-family-mixed';
import { vipInvalid } from '../../server/src/language/validation/rules/vip-invalid';
import { vipMissing } from '../../server/src/language/validation/rules/vip-missing';
import { vipOwnAddress } from '../../server/src/language/validation/rules/vip-own-address';
import { instance } from '../support/rules';
import { ruleTable } from './rules-vrrp.test';

const HEAD = 'interface eth0\nvirtual_router_id 51';
/** An instance with these VIP lines (lines 5.. of the text) and extra lines after them. */
const vips = (lines: string[], extra = '', name = 'VI_1') =>
  instance(`${HEAD}\nvirtual_ipaddress {\n${lines.map((l) => `    ${l}`).join('\n')}\n}${extra ? `\n${extra}` : ''}`, name);
const peers = (...p: string[]) => `unicast_peer {\n${p.map((l) => `    ${l}`).join('\n')}\n}`;

ruleTable(
  vipInvalid,
  [
    { name: 'octet over 255', text: vips(['10.0.0.300/24']), golden: '5:9-5:22 warning vip-invalid', says: ['never added'] },
    { name: 'leading zero', text: vips(['192.0.2.010/24']), golden: '5:9-5:23 warning vip-invalid' },
    { name: 'not an address', text: vips(['foo', '192.0.2.100']), golden: '5:9-5:12 warning vip-invalid' },
    {
      name: 'prefix /33 becomes /32',
      text: vips(['192.0.2.100/33']),
      golden: '5:9-5:23 warning vip-invalid',
      says: ['192.0.2.100/32'],
      data: [{ replacement: '192.0.2.100/32' }],
    },
    { name: 'IPv6 prefix /129 becomes /128', text: vips(['fe80::1/129']), golden: '5:9-5:20 warning vip-invalid', data: [{ replacement: 'fe80::1/128' }] },
    {
      name: 'in virtual_ipaddress_excluded',
      text: vips(['192.0.2.100/24'], 'virtual_ipaddress_excluded {\n    192.0.2.400\n}'),
      golden: '8:9-8:20 warning vip-invalid',
    },
    {
      name: 'in a top-level static_ipaddress block',
      text: 'static_ipaddress {\n    192.0.2.5/24 dev eth0\n    bfd_rlimit_rtime 1\n    10.0.0.1/40 dev eth0\n}\n',
      golden: ['3:5-3:21 warning vip-invalid', '4:5-4:16 warning vip-invalid'].join('\n'),
      says: ['static_ipaddress'],
    },
  ],
  [
    { name: 'valid IPv4 with prefix and options', text: vips(['192.0.2.100/24 dev eth0 label eth0:1']) },
    { name: 'valid static_ipaddress lines', text: 'static_ipaddress {\n    192.0.2.5/24 dev eth0\n    2001:db8::5/64 dev eth1 scope global\n}\n' },
    { name: 'without prefix (/32)', text: vips(['192.0.2.100']) },
    { name: 'empty prefix (keepalived ignores it)', text: vips(['192.0.2.100/']) },
    { name: 'IPv6', text: vips(['2001:db8::1/64']) },
  ],
);

ruleTable(
  vipFamilyMixed,
  [
    {
      name: 'IPv6 after IPv4',
      text: vips(['192.0.2.100/24', '2001:db8::100/64']),
      golden: '6:9-6:25 warning vip-family-mixed',
      says: ['192.0.2.100/24'],
      data: [{ moveTo: 'virtual_ipaddress_excluded' }],
    },
    { name: 'IPv4 after IPv6', text: vips(['fe80::1/64', '192.0.2.100/24']), golden: '6:9-6:23 warning vip-family-mixed' },
    {
      name: 'unicast_src_ip written first fixes the family',
      text: instance(`${HEAD}\nunicast_src_ip 2001:db8::1\nvirtual_ipaddress {\n    192.0.2.100/24\n}`),
      golden: '6:9-6:23 warning vip-family-mixed',
      says: ['2001:db8::1'],
    },
    {
      name: 'mcast_dst_ip written first fixes the family (vrrp_parser.c)',
      text: instance(`${HEAD}\nmcast_dst_ip 239.1.1.1\nvirtual_ipaddress {\n    2001:db8::100/64\n}`),
      golden: '6:9-6:25 warning vip-family-mixed',
      says: ['239.1.1.1'],
    },
    {
      name: 'native_ipv6 before the addresses makes the instance IPv6',
      text: instance(`${HEAD}\nnative_ipv6\nvirtual_ipaddress {\n    192.0.2.100/24\n}`),
      golden: '6:9-6:23 warning vip-family-mixed',
      says: ['native_ipv6 makes it IPv6'],
    },
    // keepalived 2.2.7 -t: "(VI_1) Cannot specify native_ipv6 with IPv4 addresses" on the native_ipv6 line, which it ignores
    {
      name: 'native_ipv6 after an IPv4 address is refused',
      text: vips(['192.0.2.100/24'], 'native_ipv6'),
      golden: '7:5-7:16 warning vip-family-mixed',
      says: [['refuses it', 'stays IPv4', '192.0.2.100/24']],
    },
  ],
  [
    { name: 'one family', text: vips(['192.0.2.100/24', '192.0.2.101/24']) },
    { name: 'native_ipv6 after an IPv6 address', text: vips(['2001:db8::100/64'], 'native_ipv6') },
    { name: 'other family in virtual_ipaddress_excluded', text: vips(['192.0.2.100/24'], 'virtual_ipaddress_excluded {\n    2001:db8::1/64\n}') },
  ],
);

ruleTable(
  vipDuplicate,
  [
    {
      name: 'same VIP in two instances',
      text: vips(['192.0.2.100/24']) + instance('interface eth0\nvirtual_router_id 52\nvirtual_ipaddress {\n    192.0.2.100/24\n}', 'VI_2'),
      golden: '12:9-12:23 warning vip-duplicate',
      says: [['VI_1', 'deletes the address']],
      data: [undefined],
    },
    {
      name: 'twice in one instance (a note)',
      text: vips(['192.0.2.100/24', '192.0.2.100 label eth0:1']),
      golden: '6:9-6:20 information vip-duplicate',
      data: [{ remove: true }],
    },
    {
      name: 'different prefix, same address',
      text: vips(['192.0.2.100/24']) + instance('interface eth0\nvirtual_router_id 52\nvirtual_ipaddress {\n    192.0.2.100/25\n}', 'VI_2'),
      golden: '12:9-12:23 warning vip-duplicate',
    },
  ],
  [
    {
      name: 'different VIPs',
      text: vips(['192.0.2.100/24']) + instance('interface eth0\nvirtual_router_id 52\nvirtual_ipaddress {\n    192.0.2.101/24\n}', 'VI_2'),
    },
    { name: 'a dropped duplicate instance', text: vips(['192.0.2.100/24']) + vips(['192.0.2.100/24']) },
  ],
);

ruleTable(
  vipMissing,
  [
    { name: 'no virtual_ipaddress (VRRPv2)', text: instance(HEAD), golden: '1:15-1:19 warning vip-missing', says: ['moves no address'] },
    { name: 'only invalid VIPs', text: vips(['10.0.0.300/24']), golden: '4:5-4:22 warning vip-missing', says: ['none of its virtual_ipaddress lines'] },
    { name: 'VRRPv3: fatal', text: instance(`${HEAD}\nversion 3`), golden: '1:15-1:19 error vip-missing', says: ['refuses to start'] },
    { name: 'strict mode: fatal', text: `global_defs {\n    vrrp_strict\n}\n${instance(HEAD)}`, golden: '4:15-4:19 error vip-missing' },
    {
      name: 'IPv6 instance whose VIPs are all IPv4: fatal',
      text: instance(`${HEAD}\nunicast_src_ip 2001:db8::1\nvirtual_ipaddress {\n    192.0.2.100/24\n}`),
      golden: '5:5-5:22 error vip-missing',
    },
  ],
  [
    { name: 'one VIP', text: vips(['192.0.2.100/24']) },
    { name: 'a bad prefix keeps the address', text: vips(['192.0.2.100/33']) },
  ],
);

ruleTable(
  vipOwnAddress,
  [
    {
      name: 'VIP = unicast_src_ip',
      text: instance(`${HEAD}\nunicast_src_ip 192.0.2.11\n${peers('192.0.2.12')}\nvirtual_ipaddress {\n    192.0.2.11/24\n}`),
      golden: '9:9-9:22 error vip-own-address',
      says: [['unicast_src_ip', 'FAULT']],
    },
    { name: 'VIP = mcast_src_ip', text: vips(['192.0.2.11'], 'mcast_src_ip 192.0.2.11'), golden: '5:9-5:19 error vip-own-address', says: ['mcast_src_ip'] },
  ],
  [
    { name: 'separate VIP', text: instance(`${HEAD}\nunicast_src_ip 192.0.2.11\n${peers('192.0.2.12')}\nvirtual_ipaddress {\n    192.0.2.100/24\n}`) },
    { name: 'an interface address is vip-is-host-address’s to report', text: vips(['192.0.2.11/24']), interfaces: { eth0: '192.0.2.11/24' } },
  ],
);

ruleTable(
  unicastSelfPeer,
  [
    {
      name: 'unicast_src_ip in the peers',
      text: vips(['192.0.2.100/24'], `unicast_src_ip 192.0.2.11\n${peers('192.0.2.11', '192.0.2.12')}`),
      golden: '9:9-9:19 warning unicast-self-peer',
      says: ['unicast_src_ip'],
      data: [{ remove: true }],
    },
    {
      name: 'interface address in the peers (--interface)',
      text: vips(['192.0.2.100/24'], peers('192.0.2.11', '192.0.2.12')),
      interfaces: { eth0: '192.0.2.11/24' },
      golden: '8:9-8:19 warning unicast-self-peer',
      says: ['on eth0'],
    },
  ],
  [
    { name: 'only other nodes', text: vips(['192.0.2.100/24'], `unicast_src_ip 192.0.2.11\n${peers('192.0.2.12', '192.0.2.13')}`) },
    { name: 'peers without unicast_src_ip', text: vips(['192.0.2.100/24'], peers('192.0.2.12')) },
  ],
);

ruleTable(
  unicastPeerFamily,
  [
    {
      name: 'IPv6 peer in an IPv4 instance',
      text: vips(['192.0.2.100/24'], peers('2001:db8::2')),
      golden: '8:9-8:20 warning unicast-peer-family',
      says: [['IPv6', 'falls back to multicast']],
    },
    {
      name: 'malformed peer',
      text: vips(['192.0.2.100/24'], peers('192.0.2.300', '192.0.2.12')),
      golden: '8:9-8:20 warning unicast-peer-family',
      says: ['not a valid peer address'],
    },
    {
      name: 'unicast_src_ip of the other family',
      text: vips(['192.0.2.100/24'], `unicast_src_ip 2001:db8::1\n${peers('192.0.2.12')}`),
      golden: '7:20-7:31 warning unicast-peer-family',
      says: ['unicast_src_ip'],
    },
  ],
  [
    { name: 'same family', text: vips(['192.0.2.100/24'], `unicast_src_ip 192.0.2.11\n${peers('192.0.2.12')}`) },
    { name: 'IPv6 throughout', text: vips(['fe80::1/64'], `unicast_src_ip 2001:db8::1\n${peers('2001:db8::2')}`) },
  ],
);

ruleTable(
  unicastTtlNoPeers,
  [
    { name: 'no unicast_peer', text: vips(['192.0.2.100/24'], 'unicast_ttl 10'), golden: '7:5-7:16 warning unicast-ttl-no-peers', data: [{ remove: true }] },
    {
      name: 'only unusable peers',
      text: vips(['192.0.2.100/24'], `unicast_ttl 10\n${peers('2001:db8::2')}`),
      golden: '7:5-7:16 warning unicast-ttl-no-peers',
      says: ['that keepalived accepts'],
    },
  ],
  [{ name: 'with peers', text: vips(['192.0.2.100/24'], `unicast_ttl 10\n${peers('192.0.2.12')}`) }],
);

ruleTable(
  unicastNoPeers,
  [
    {
      name: 'unicast_src_ip without peers',
      text: 'vrrp_instance VI_1 {\n    interface eth0\n    virtual_router_id 51\n    unicast_src_ip 192.0.2.11\n}\n',
      golden: '4:5-4:19 warning unicast-no-peers',
    },
    {
      name: 'an empty unicast_peer block',
      text: 'vrrp_instance VI_1 {\n    interface eth0\n    virtual_router_id 51\n    unicast_peer {\n    }\n}\n',
      golden: '4:5-4:17 warning unicast-no-peers',
    },
    {
      name: 'unicast_fault_no_peer: FAULT instead',
      text: 'vrrp_instance VI_1 {\n    interface eth0\n    virtual_router_id 51\n    unicast_fault_no_peer\n}\n',
      golden: '4:5-4:26 warning unicast-no-peers',
    },
  ],
  [
    {
      name: 'with a peer',
      text: 'vrrp_instance VI_1 {\n    interface eth0\n    virtual_router_id 51\n    unicast_src_ip 192.0.2.11\n    unicast_peer {\n        192.0.2.12\n    }\n}\n',
    },
    {
      name: "peers that are all invalid are unicast-peer-family's",
      text: 'vrrp_instance VI_1 {\n    interface eth0\n    virtual_router_id 51\n    unicast_peer {\n        192.0.2.300\n    }\n}\n',
    },
    { name: 'multicast', text: 'vrrp_instance VI_1 {\n    interface eth0\n    virtual_router_id 51\n    mcast_src_ip 192.0.2.11\n}\n' },
  ],
);

ruleTable(
  unicastPeerOption,
  [
    {
      name: 'min_ttl without a value',
      text: 'vrrp_instance VI_1 {\n    interface eth0\n    virtual_router_id 51\n    unicast_peer {\n        192.0.2.12 min_ttl\n    }\n}\n',
      golden: '5:20-5:27 warning unicast-peer-option',
    },
    {
      name: 'an unknown option',
      text: 'vrrp_instance VI_1 {\n    interface eth0\n    virtual_router_id 51\n    unicast_peer {\n        192.0.2.12 ttl 5\n    }\n}\n',
      golden: '5:20-5:23 warning unicast-peer-option',
    },
    {
      name: 'min_ttl above max_ttl',
      text: 'vrrp_instance VI_1 {\n    interface eth0\n    virtual_router_id 51\n    unicast_peer {\n        192.0.2.12 min_ttl 10 max_ttl 5\n    }\n}\n',
      golden: '5:9-5:40 warning unicast-peer-option',
    },
    {
      name: 'a TTL over 255',
      text: 'vrrp_instance VI_1 {\n    interface eth0\n    virtual_router_id 51\n    unicast_peer {\n        192.0.2.12 max_ttl 300\n    }\n}\n',
      golden: '5:28-5:31 warning unicast-peer-option',
    },
  ],
  [
    {
      name: 'both TTLs',
      text: 'vrrp_instance VI_1 {\n    interface eth0\n    virtual_router_id 51\n    unicast_peer {\n        192.0.2.12 min_ttl 1 max_ttl 255\n    }\n}\n',
    },
    { name: 'no option', text: 'vrrp_instance VI_1 {\n    interface eth0\n    virtual_router_id 51\n    unicast_peer {\n        192.0.2.12\n    }\n}\n' },
  ],
);

ruleTable(
  addressOption,
  [
    {
      name: 'dev twice',
      text: 'vrrp_instance VI_1 {\n    interface eth0\n    virtual_router_id 51\n    virtual_ipaddress {\n        192.0.2.10/24 dev eth0 dev eth1\n    }\n}\n',
      golden: '5:32-5:35 warning address-option',
    },
    {
      name: 'an unknown word',
      text: 'vrrp_instance VI_1 {\n    interface eth0\n    virtual_router_id 51\n    virtual_ipaddress {\n        192.0.2.10/24 devv eth0\n    }\n}\n',
      golden: '5:23-5:27 warning address-option\n5:28-5:32 warning address-option',
    },
    {
      name: 'an option without its value',
      text: 'vrrp_instance VI_1 {\n    interface eth0\n    virtual_router_id 51\n    virtual_ipaddress {\n        192.0.2.10/24 dev\n    }\n}\n',
      golden: '5:23-5:26 warning address-option',
    },
    {
      name: 'a bad scope',
      text: 'vrrp_instance VI_1 {\n    interface eth0\n    virtual_router_id 51\n    virtual_ipaddress {\n        192.0.2.10/24 scope foo\n    }\n}\n',
      golden: '5:29-5:32 warning address-option',
    },
    { name: 'broadcast on IPv6', text: 'static_ipaddress {\n    2001:db8::10/64 dev eth0 brd 2001:db8::ff\n}\n', golden: '2:30-2:33 warning address-option' },
    {
      name: 'a bad broadcast',
      text: 'vrrp_instance VI_1 {\n    interface eth0\n    virtual_router_id 51\n    virtual_ipaddress {\n        192.0.2.10/24 brd x\n    }\n}\n',
      golden: '5:27-5:28 warning address-option',
    },
    {
      name: 'a label too long',
      text: 'vrrp_instance VI_1 {\n    interface eth0\n    virtual_router_id 51\n    virtual_ipaddress {\n        192.0.2.10/24 label eth0:abcdefghijklmnop\n    }\n}\n',
      golden: '5:29-5:50 warning address-option',
    },
    {
      name: 'two peers',
      text: 'vrrp_instance VI_1 {\n    interface eth0\n    virtual_router_id 51\n    virtual_ipaddress {\n        192.0.2.10 peer 192.0.2.20 peer 192.0.2.21\n    }\n}\n',
      golden: '5:36-5:40 warning address-option',
    },
    {
      name: 'a bad peer',
      text: 'vrrp_instance VI_1 {\n    interface eth0\n    virtual_router_id 51\n    virtual_ipaddress {\n        192.0.2.10 peer x\n    }\n}\n',
      golden: '5:25-5:26 warning address-option',
    },
    {
      name: 'a peer of the other family',
      text: 'vrrp_instance VI_1 {\n    interface eth0\n    virtual_router_id 51\n    virtual_ipaddress {\n        192.0.2.10 peer 2001:db8::1\n    }\n}\n',
      golden: '5:25-5:36 warning address-option',
    },
    {
      name: 'a prefix with a peer',
      text: 'vrrp_instance VI_1 {\n    interface eth0\n    virtual_router_id 51\n    virtual_ipaddress {\n        192.0.2.10/24 peer 192.0.2.20\n    }\n}\n',
      golden: '5:9-5:22 warning address-option',
    },
    {
      name: 'a bad preferred_lft',
      text: 'static_ipaddress {\n    2001:db8::10/64 dev eth0 preferred_lft soon\n}\n',
      golden: '2:44-2:48 warning address-option',
    },
    {
      name: 'broadcast and peer',
      text: 'vrrp_instance VI_1 {\n    interface eth0\n    virtual_router_id 51\n    virtual_ipaddress {\n        192.0.2.10 peer 192.0.2.20 brd 192.0.2.255\n    }\n}\n',
      golden: '5:36-5:39 warning address-option',
    },
    {
      name: 'brd + on a /32',
      text: 'vrrp_instance VI_1 {\n    interface eth0\n    virtual_router_id 51\n    virtual_ipaddress {\n        192.0.2.10/32 brd +\n    }\n}\n',
      golden: '5:23-5:26 warning address-option',
    },
    { name: 'scope on IPv6', text: 'static_ipaddress {\n    2001:db8::10/64 dev eth0 scope link\n}\n', golden: '2:36-2:40 warning address-option' },
    { name: 'label on IPv6', text: 'static_ipaddress {\n    2001:db8::10/64 dev eth0 label x\n}\n', golden: '2:36-2:37 warning address-option' },
    { name: 'use_vmac in static_ipaddress', text: 'static_ipaddress {\n    192.0.2.10/24 dev eth0 use_vmac\n}\n', golden: '2:28-2:36 warning address-option' },
    {
      name: 'a track_group not defined before the static address',
      text: 'static_ipaddress {\n    192.0.2.10/24 dev eth0 track_group TG\n}\ntrack_group TG {\n    group {\n        VI_1\n    }\n}\n',
      golden: '2:40-2:42 warning address-option',
      says: ['defined before'],
    },
    {
      name: 'a second track_group: the rest of the line is not read',
      text: 'track_group TG {\n    group {\n        VI_1\n    }\n}\nstatic_ipaddress {\n    192.0.2.10/24 dev eth0 track_group TG track_group TG bogus\n}\n',
      golden: '7:43-7:54 warning address-option',
      says: ['one track_group'],
    },
  ],
  [
    {
      name: 'common options',
      text: 'vrrp_instance VI_1 {\n    interface eth0\n    virtual_router_id 51\n    virtual_ipaddress {\n        192.0.2.10/24 dev eth0 scope global brd + label eth0:vip no_track\n    }\n}\n',
    },
    { name: 'IPv6 with preferred_lft', text: 'static_ipaddress {\n    2001:db8::10/64 dev eth0 preferred_lft forever\n}\n' },
    {
      name: 'scope global (0, the default) on IPv6',
      text: 'static_ipaddress {\n    2001:db8::10/64 dev eth0 scope global\n    2001:db8::11/64 dev eth0 scope 0\n}\n',
    },
    {
      name: 'use_vmac on a VIP',
      text: 'vrrp_instance VI_1 {\n    interface eth0\n    virtual_router_id 51\n    virtual_ipaddress {\n        192.0.2.10/24 use_vmac\n    }\n}\n',
    },
    {
      name: "an invalid address is vip-invalid's",
      text: 'vrrp_instance VI_1 {\n    interface eth0\n    virtual_router_id 51\n    virtual_ipaddress {\n        192.0.2.300/24 dev eth0 dev eth1\n    }\n}\n',
    },
  ],
);
