/**
 * Rules that need the target host's interfaces (`--interface`, settings, Kolla facts): silent when
 * nothing is known, precise when it is.
 */
import * as assert from 'node:assert/strict';
import { unknownInterface } from '../../server/src/language/validation/rules/unknown-interface';
import { vipIsHostAddress } from '../../server/src/language/validation/rules/vip-is-host-address';
import { vipOutsideSubnet } from '../../server/src/language/validation/rules/vip-outside-subnet';
import { rules } from '../../server/src/language/validation/index';
import type { Rule } from '../../server/src/language/validation/rule';
import { instance, lintIssues, ruleGolden } from '../support/rules';

const ETH = { eth0: '10.0.0.11/24', eth1: '192.0.2.11/24' };

const vi = (lines: string) => instance(`interface eth0\nvirtual_router_id 51\npriority 100\n${lines}`);

interface Case {
  readonly name: string;
  readonly text: string;
  readonly interfaces?: Record<string, string | string[]>;
  readonly expect: string;
  readonly message?: RegExp;
}

const TABLE: [Rule, Case[]][] = [
  [
    vipOutsideSubnet,
    [
      { name: 'no interfaces known: silent', text: vi('virtual_ipaddress {\n    198.51.100.1\n}'), interfaces: {}, expect: '' },
      { name: 'VIP inside eth0', text: vi('virtual_ipaddress {\n    10.0.0.100/24\n}'), expect: '' },
      {
        name: 'VIP outside eth0',
        text: vi('virtual_ipaddress {\n    198.51.100.1\n}'),
        expect: '6:9-6:21 warning vip-outside-subnet',
        message: /198\.51\.100\.1 of VI_1 is outside eth0's subnet 10\.0\.0\.0\/24\. keepalived adds it to eth0 anyway \(as a \/32\)/,
      },
      { name: "dev eth1 moves the VIP to eth1's subnet", text: vi('virtual_ipaddress {\n    192.0.2.100/24 dev eth1\n}'), expect: '' },
      {
        name: 'dev eth1 with an eth0 address',
        text: vi('virtual_ipaddress {\n    10.0.0.100/24 dev eth1\n}'),
        expect: '6:9-6:22 warning vip-outside-subnet',
        message: /outside eth1's subnet 192\.0\.2\.0\/24/,
      },
      { name: 'an interface we know nothing about: silent', text: vi('virtual_ipaddress {\n    198.51.100.1 dev eth7\n}'), expect: '' },
      { name: 'an IPv6 VIP when only IPv4 is known: silent', text: vi('virtual_ipaddress {\n    2001:db8::1/64\n}'), expect: '' },
      {
        name: 'IPv6 link-local is always on-link',
        text: vi('virtual_ipaddress {\n    fe80::1/64\n}'),
        interfaces: { eth0: ['10.0.0.11/24', '2001:db8::11/64'] },
        expect: '',
      },
      {
        name: 'several subnets on one interface',
        text: vi('virtual_ipaddress {\n    172.16.0.5\n}'),
        interfaces: { eth0: ['10.0.0.11/24', '172.16.0.1/16'] },
        expect: '',
      },
      { name: 'excluded VIPs too', text: vi('virtual_ipaddress_excluded {\n    198.51.100.1\n}'), expect: '6:9-6:21 warning vip-outside-subnet' },
      {
        name: 'a unicast peer outside the subnet',
        text: vi('unicast_src_ip 10.0.0.11\nunicast_peer {\n    10.9.0.12\n}\nvirtual_ipaddress {\n    10.0.0.100\n}'),
        expect: '7:9-7:18 warning vip-outside-subnet',
        message: /unicast peer 10\.9\.0\.12 of VI_1 is outside eth0's subnet/,
      },
      { name: 'a routed peer with max_ttl is deliberate', text: vi('unicast_peer {\n    10.9.0.12 max_ttl 250\n}'), expect: '' },
    ],
  ],
  [
    unknownInterface,
    [
      { name: 'no interfaces known: silent', text: vi(''), interfaces: {}, expect: '' },
      { name: 'a known interface', text: vi('track_interface {\n    eth1\n}'), expect: '' },
      {
        name: 'the instance interface is missing (fatal)',
        text: instance('interface eth9\nvirtual_router_id 51'),
        expect: '2:15-2:19 error unknown-interface',
        message:
          /eth9 is the interface of vrrp_instance VI_1, but the host has no interface eth9 \(it has eth0, eth1\)\. keepalived -t reports .* refuses to start/,
      },
      { name: 'a VIP dev that is missing (fatal)', text: vi('virtual_ipaddress {\n    10.0.0.100 dev eth9\n}'), expect: '6:24-6:28 error unknown-interface' },
      {
        name: 'a track_interface that is missing (warning)',
        text: vi('track_interface {\n    eth9 weight -10\n}'),
        expect: '6:9-6:13 warning unknown-interface',
        message: /drops this tracker/,
      },
      {
        name: 'a case slip gets a suggestion',
        text: instance('interface ETH0\nvirtual_router_id 51'),
        expect: '2:15-2:19 error unknown-interface',
        message: /Did you mean eth0\?/,
      },
      { name: 'lo always exists', text: vi('virtual_ipaddress {\n    10.0.0.100 dev lo\n}'), expect: '' },
      { name: 'a VMAC interface the config creates', text: vi('use_vmac\nvirtual_routes {\n    10.1.0.0/16 dev vrrp.51\n}'), expect: '' },
      { name: 'a named VMAC interface', text: vi('use_vmac vmac51\nvirtual_ipaddress {\n    10.0.0.100 dev vmac51\n}'), expect: '' },
      {
        name: 'dynamic_interfaces: only a note',
        text: `global_defs {\n    dynamic_interfaces\n}\n${instance('interface eth9\nvirtual_router_id 51')}`,
        expect: '5:15-5:19 information unknown-interface',
        message: /waits for the interface to appear/,
      },
      { name: 'default_interface in global_defs', text: 'global_defs {\n    default_interface bond0\n}\n', expect: '2:23-2:28 warning unknown-interface' },
      { name: 'static_ipaddress dev', text: 'static_ipaddress {\n    10.0.0.5/24 dev eth5\n}\n', expect: '2:21-2:25 error unknown-interface' },
      { name: 'linkbeat_interfaces entry', text: 'linkbeat_interfaces {\n    eth5\n}\n', expect: '2:5-2:9 error unknown-interface' },
      {
        name: "a rule's dev, iif and oif",
        text: 'static_rules {\n    from 10.0.0.0/8 iif eth5 oif eth6 table 5 preference 5\n}\n',
        expect: '2:25-2:29 error unknown-interface\n2:34-2:38 error unknown-interface',
        message: /eth5 is the iif of a rule in static_rules/,
      },
      {
        name: "a route's oif and a nexthop's dev",
        text: 'static_routes {\n    10.1.0.0/16 oif eth0 nexthop via 10.0.0.1 dev eth7\n}\n',
        expect: '2:51-2:55 error unknown-interface',
      },
    ],
  ],
  [
    vipIsHostAddress,
    [
      { name: 'no interfaces known: silent', text: vi('virtual_ipaddress {\n    10.0.0.11\n}'), interfaces: {}, expect: '' },
      { name: 'a free address', text: vi('virtual_ipaddress {\n    10.0.0.100\n}'), expect: '' },
      {
        name: "the host's own address",
        text: vi('virtual_ipaddress {\n    10.0.0.11/24\n}'),
        expect: '6:9-6:21 error vip-is-host-address',
        message: /10\.0\.0\.11 is the host's own address on eth0/,
      },
      { name: 'an address of another interface', text: vi('virtual_ipaddress {\n    192.0.2.11\n}'), expect: '6:9-6:19 error vip-is-host-address' },
    ],
  ],
];

describe('interface rules', () => {
  it('are in the rule list', () => {
    for (const r of [vipOutsideSubnet, unknownInterface, vipIsHostAddress]) assert.ok(rules.includes(r), r.id);
  });

  for (const [rule, cases] of TABLE) {
    describe(rule.id, () => {
      for (const c of cases) {
        it(c.name, () => {
          const interfaces = c.interfaces ?? ETH;
          assert.equal(ruleGolden(rule, c.text, { interfaces }), c.expect);
          if (c.message) {
            const { issues } = lintIssues(c.text, { only: [rule], noSyntax: true, interfaces });
            assert.match(issues[0]!.message, c.message);
          }
        });
      }
    });
  }

  it('say nothing at all on a clean instance without host facts', () => {
    const text = vi('virtual_ipaddress {\n    198.51.100.1 dev eth9\n}\ntrack_interface {\n    eth8\n}');
    const { issues } = lintIssues(text, { only: [vipOutsideSubnet, unknownInterface, vipIsHostAddress], noSyntax: true });
    assert.deepEqual(issues, []);
  });
});
