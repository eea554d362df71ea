/**
 * Route and rule lines (static_routes, virtual_routes, static_rules, virtual_rules): one table
 * per rule. Facts checked line by line against keepalived 2.2.7 `-t` (vrrp_iproute.c alloc_route,
 * vrrp_iprule.c alloc_rule), including its quirk of skipping the word after `inet`/`inet6`.
 */
import { routeDeprecated } from '../../server/src/language/validation/rules/route-deprecated';
import { routeInvalid } from '../../server/src/language/validation/rules/route-invalid';
import { routeInvalidAddress } from '../../server/src/language/validation/rules/route-invalid-address';
import { routeNoInterface } from '../../server/src/language/validation/rules/route-no-interface';
import { ruleInvalid } from '../../server/src/language/validation/rules/rule-invalid';
import { ruleInvalidAddress } from '../../server/src/language/validation/rules/rule-invalid-address';
import { ruleNoPreference } from '../../server/src/language/validation/rules/rule-no-preference';
import { instance } from '../support/rules';
import { ruleTable } from './rules-vrrp.test';

/** `static_routes { <lines> }`: the first line is line 2, each indented by 4. */
const routes = (...lines: string[]) => `static_routes {\n${lines.map((l) => `    ${l}`).join('\n')}\n}\n`;
const rules = (...lines: string[]) => `static_rules {\n${lines.map((l) => `    ${l}`).join('\n')}\n}\n`;
/** An instance whose virtual_routes / virtual_rules start on line 5. */
const virtual = (kw: string, ...lines: string[]) => instance(`interface eth0\nvirtual_router_id 51\n${kw} {\n${lines.map((l) => `    ${l}`).join('\n')}\n}`);

ruleTable(
  routeDeprecated,
  [
    {
      name: 'gw',
      text: routes('0.0.0.0/0 gw 192.168.0.1 dev eth0'),
      golden: '2:15-2:17 warning route-deprecated',
      says: ["'via'"],
      data: [{ replacement: 'via' }],
    },
    {
      name: 'or',
      text: virtual('virtual_routes', '192.168.113.0/24 via 192.168.100.252 or 192.168.100.253 dev eth0'),
      golden: '5:46-5:48 warning route-deprecated',
      says: ['nexthop'],
    },
  ],
  [
    {
      name: 'via and nexthop',
      text: routes('0.0.0.0/0 via 192.168.0.1 dev eth0', '10.0.0.0/8 nexthop via 192.168.0.1 dev eth0 nexthop via 192.168.0.2 dev eth1'),
    },
  ],
);

ruleTable(
  routeNoInterface,
  [
    {
      name: 'virtual route without dev',
      text: virtual('virtual_routes', '192.168.112.0/24 via 192.168.100.254'),
      golden: '5:9-5:25 warning route-no-interface',
      says: ['no_track'],
      data: [{ add: ['dev', 'no_track'] }],
    },
    { name: 'static route without dev', text: routes('192.168.50.0/24 via 192.168.200.254'), golden: '2:5-2:20 warning route-no-interface' },
    { name: 'route type before the destination', text: routes('blackhole 192.168.113.1/32'), golden: '2:15-2:31 warning route-no-interface' },
    { name: 'default', text: routes('default via 10.0.0.1'), golden: '2:5-2:12 warning route-no-interface' },
    {
      name: 'dev only on the nexthops does not count',
      text: routes('10.0.0.0/8 nexthop via 192.168.0.1 dev eth0 nexthop via 192.168.0.2 dev eth1'),
      golden: '2:5-2:15 warning route-no-interface',
    },
  ],
  [
    { name: 'dev given', text: routes('192.168.50.0/24 via 192.168.200.254 dev eth0') },
    { name: 'oif given', text: routes('192.168.50.0/24 oif eth0') },
    { name: 'no_track', text: routes('192.168.50.0/24 via 192.168.200.254 no_track') },
    { name: 'a dropped route is another rule’s', text: routes('192.168.50.0/24 via 10.0.0.300') },
  ],
);

ruleTable(
  routeInvalidAddress,
  [
    {
      name: 'bad gateway',
      text: routes('192.168.56.0/24 via 192.168.200.3333 dev eth0'),
      golden: '2:25-2:41 warning route-invalid-address',
      says: ['drops this whole route'],
    },
    { name: 'bad destination after a route type', text: routes('unreachable 10.0.0./24'), golden: '2:17-2:27 warning route-invalid-address' },
    { name: 'bad source', text: routes('src 10.1.1 10.0.0.0/8 dev eth0'), golden: '2:9-2:15 warning route-invalid-address' },
    { name: 'IPv6 gateway for an IPv4 route', text: routes('192.168.116.0/24 via 2001:db8::1 dev eth0'), golden: '2:26-2:37 warning route-invalid-address' },
    { name: 'bad second gateway after or', text: routes('10.0.0.0/8 via 10.1.1.1 or 10.1.1.x dev eth0'), golden: '2:32-2:40 warning route-invalid-address' },
    { name: 'prefix too long: /32 is used', text: routes('192.168.117.0/33 dev eth0'), golden: '2:5-2:21 warning route-invalid-address', says: ['/32'] },
  ],
  [
    {
      name: 'valid IPv4 and IPv6 routes',
      text: routes('src 192.168.100.1 192.168.209.0/24 via 192.168.200.254 dev eth0', '2001:db8:1::/64 via fe80::1 dev eth0', 'to 192.168.60.0/24 dev eth0'),
    },
  ],
);

ruleTable(
  routeInvalid,
  [
    {
      name: 'unknown word',
      text: routes('192.168.55.0/24 dev eth0 bogus'),
      golden: '2:30-2:35 warning route-invalid',
      says: ['neither a route option nor a destination'],
    },
    { name: 'no destination', text: routes('dev eth0'), golden: '2:5-2:13 warning route-invalid' },
    { name: 'metric not a number', text: routes('192.168.61.0/24 dev eth0 metric abc'), golden: '2:37-2:40 warning route-invalid' },
    { name: 'expires on IPv4', text: routes('192.168.67.0/24 dev eth0 expires 5'), golden: '2:30-2:37 warning route-invalid' },
    {
      name: 'inet6 makes keepalived skip the next word',
      text: routes('inet6 2001:db8:5::/64 dev eth0'),
      golden: '2:5-2:35 warning route-invalid\n2:11-2:26 warning route-invalid',
      says: ['no destination', 'never read'],
    },
    {
      name: 'a protocol other than keepalived on a tracked route',
      text: routes('192.168.54.0/24 dev eth0 protocol static'),
      golden: '2:39-2:45 warning route-invalid',
      says: ['replaces'],
    },
    { name: 'track_group not defined before', text: routes('192.168.66.0/24 dev eth0 track_group TG'), golden: '2:42-2:44 warning route-invalid' },
    {
      name: 'track_group without dev',
      text: 'track_group TG {\n    group {\n        VI_1\n    }\n}\n' + routes('192.168.67.0/24 via 10.0.0.1 track_group TG no_track'),
      golden: '7:46-7:48 warning route-invalid',
    },
    {
      name: 'track_group is not accepted in virtual_routes',
      text: virtual('virtual_routes', '192.168.66.0/24 dev eth0 track_group TG'),
      golden: '5:34-5:45 warning route-invalid',
    },
  ],
  [
    {
      name: 'many options',
      text: routes(
        '192.168.64.0/24 dev eth0 mtu lock 1400 metric 10 table main scope link onlink',
        '2001:db8:1::/64 dev eth0 expires 5 pref high',
        'inet6 to 2001:db8:6::/64 dev eth0',
      ),
    },
    { name: 'host-dependent names are accepted', text: routes('192.168.63.0/24 dev eth0 table foo', '192.168.64.0/24 dev eth0 protocol bird no_track') },
    { name: 'track_group defined before', text: 'track_group TG {\n    group {\n        VI_1\n    }\n}\n' + routes('192.168.66.0/24 dev eth0 track_group TG') },
  ],
);

ruleTable(
  ruleNoPreference,
  [
    {
      name: 'numbered downwards in file order, per family',
      text: rules('from 192.168.100.0/24 table 1', 'from 2001:db8::/64 table 1') + virtual('virtual_rules', 'from 192.168.200.0/24 table 2').replace(/^/, ''),
      golden: '2:5-2:34 warning rule-no-preference\n3:5-3:31 warning rule-no-preference\n9:9-9:38 warning rule-no-preference',
      says: ['16384', '16384', '16383'],
      data: [
        { assigned: 16384, add: 'preference' },
        { assigned: 16384, add: 'preference' },
        { assigned: 16383, add: 'preference' },
      ],
    },
  ],
  [
    {
      name: 'preference, priority, order',
      text: rules('from 10.0.0.0/8 table 1 preference 100', 'from 10.1.0.0/16 table 1 priority 101', 'from 10.2.0.0/16 table 1 order 102'),
    },
    { name: 'a dropped rule gets no number', text: rules('to 192.168.100./24 table 1') },
  ],
);

ruleTable(
  ruleInvalidAddress,
  [
    { name: 'bad to address (keepalived.conf.vrrp.rules)', text: rules('to 192.168.100./24 table 1'), golden: '2:8-2:23 warning rule-invalid-address' },
    { name: 'bad from address', text: rules('from 10.0.0.256 table 1 priority 5'), golden: '2:10-2:20 warning rule-invalid-address' },
    { name: 'mixed families', text: rules('from 192.168.107.0/24 to 2001:db8::/64 table 1 priority 109'), golden: '2:30-2:43 warning rule-invalid-address' },
  ],
  [{ name: 'from all, from default', text: rules('from all table 1 priority 105', 'from default table 3 priority 203') }],
);

ruleTable(
  ruleInvalid,
  [
    {
      name: "'pref' is not keepalived's spelling",
      text: rules('from 10.0.0.0/8 table 1 pref 102'),
      golden: '2:29-2:33 warning rule-invalid',
      says: ["'preference'"],
      data: [{ replacement: 'preference' }],
    },
    { name: 'unknown option', text: rules('from 10.0.0.0/8 bogus 1 priority 106'), golden: '2:21-2:26 warning rule-invalid' },
    { name: 'no action', text: rules('from 10.0.0.0/8 priority 107'), golden: '2:5-2:33 warning rule-invalid', says: ['no action'] },
    { name: 'table 0', text: rules('from 10.0.0.0/8 table 0 priority 5'), golden: '2:27-2:28 warning rule-invalid' },
    { name: 'goto without preference', text: rules('from 10.0.0.0/8 goto 100'), golden: '2:5-2:29 warning rule-invalid' },
    { name: 'goto target not after the preference', text: rules('from 10.0.0.0/8 priority 200 goto 100'), golden: '2:5-2:42 warning rule-invalid' },
    { name: 'a route type is not a rule action', text: rules('from 10.0.0.0/8 unicast priority 201'), golden: '2:21-2:28 warning rule-invalid' },
    { name: 'two actions', text: rules('from 10.0.0.0/8 table 3 table 4 priority 204'), golden: '2:29-2:34 warning rule-invalid' },
    {
      name: 'inet makes keepalived skip the next word',
      text: rules('inet from 10.0.0.0/8 table 3 priority 6'),
      golden: '2:10-2:14 warning rule-invalid\n2:15-2:25 warning rule-invalid',
    },
  ],
  [
    {
      name: 'valid rules',
      text: rules(
        'from 10.0.0.0/8 table 1 priority 1',
        'from 10.0.0.0/8 not to 10.1.0.0/16 lookup 2 preference 2',
        'iif eth0 blackhole priority 3',
        'from 10.0.0.0/8 priority 4 goto 100',
        'fwmark 0x10/0xff table 5 priority 5 no_track',
      ),
    },
  ],
);
