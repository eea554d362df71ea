/**
 * The values of route and rule options, checked as keepalived 2.2.7 reads them (vrrp_iproute.c
 * alloc_route / parse_nexthops / parse_encap, vrrp_iprule.c alloc_rule, rttables.c): numbers out
 * of range, rtt times, realms, encapsulation; names from the host's /etc/iproute2 files are
 * accepted. Each firing case was checked with `keepalived -t` (or a real start for the rtt
 * values keepalived resets).
 */
import { argumentMissing } from '../../server/src/language/validation/rules/argument-missing';
import { routeInvalid } from '../../server/src/language/validation/rules/route-invalid';
import { routeInvalidAddress } from '../../server/src/language/validation/rules/route-invalid-address';
import { ruleInvalid } from '../../server/src/language/validation/rules/rule-invalid';
import { ruleInvalidAddress } from '../../server/src/language/validation/rules/rule-invalid-address';
import { ruleTable } from './rules-vrrp.test';

const routes = (...lines: string[]) => `static_routes {\n${lines.map((l) => `    ${l}`).join('\n')}\n}\n`;
const rules = (...lines: string[]) => `static_rules {\n${lines.map((l) => `    ${l}`).join('\n')}\n}\n`;
/** A rule with its action and preference, then `more`. */
const rule = (more: string) => rules(`from 192.0.2.0/24 table 100 preference 5 ${more}`);
const trackGroup = 'track_group TG {\n    group {\n        VI_1\n    }\n}\n';

ruleTable(
  routeInvalid,
  [
    { name: 'tos over 255', text: routes('192.0.2.0/24 dev eth1 tos 300'), golden: '2:31-2:34 warning route-invalid', says: ['TOS'] },
    // keepalived 2.2.7 -t: "route from address only supported with IPv6 (default)" (parse_route gives default no family)
    { name: 'from default', text: routes('2001:db8::/64 from default dev eth1'), golden: '2:24-2:31 warning route-invalid', says: ['IPv6'] },
    { name: 'protocol over 255', text: routes('192.0.2.0/24 dev eth1 protocol 256'), golden: '2:36-2:39 warning route-invalid', says: ['protocol'] },
    { name: 'scope over 255 (hex)', text: routes('192.0.2.0/24 dev eth1 scope 0x100'), golden: '2:33-2:38 warning route-invalid', says: ['scope'] },
    { name: 'realms out of range', text: routes('192.0.2.0/24 dev eth1 realms 1/300'), golden: '2:34-2:39 warning route-invalid', says: ['realm'] },
    {
      name: 'nexthop realms out of range',
      text: routes('192.0.2.0/24 nexthop via 198.51.100.1 dev eth1 realms 300'),
      golden: '2:59-2:62 warning route-invalid',
    },
    { name: 'rtt with an unknown unit', text: routes('192.0.2.0/24 dev eth1 rtt 5seconds'), golden: '2:31-2:39 warning route-invalid', says: ['unit'] },
    { name: 'rtt with an exponent', text: routes('192.0.2.0/24 dev eth1 rtt 1e3'), golden: '2:31-2:34 warning route-invalid', says: ['exponent'] },
    { name: 'rttvar over 120 s in its own unit', text: routes('192.0.2.0/24 dev eth1 rttvar 480001'), golden: '2:34-2:40 warning route-invalid' },
    { name: 'rto_min not a number', text: routes('192.0.2.0/24 dev eth1 rto_min lock x'), golden: '2:40-2:41 warning route-invalid' },
    { name: 'rtt over 120 s is reset', text: routes('192.0.2.0/24 dev eth1 rtt 500s'), golden: '2:31-2:35 warning route-invalid', says: ['120 s'] },
    { name: 'rtt under 0.2 s is reset', text: routes('192.0.2.0/24 dev eth1 rtt 10ms'), golden: '2:31-2:35 warning route-invalid', says: ['0.2 s'] },
    { name: 'a bare rtt counts eighths of a ms', text: routes('192.0.2.0/24 dev eth1 rtt 1000'), golden: '2:31-2:35 warning route-invalid', says: ['1/8 ms'] },
    {
      name: 'rtt with more than three decimals of seconds',
      text: routes('192.0.2.0/24 dev eth1 rtt 0.3005s'),
      golden: '2:31-2:38 warning route-invalid',
      says: ['rounds'],
    },
    { name: 'unknown feature', text: routes('192.0.2.0/24 dev eth1 features sack'), golden: '2:36-2:40 warning route-invalid', says: ["'ecn'"] },
    { name: 'pref value', text: routes('2001:db8::/64 dev eth1 pref 256'), golden: '2:33-2:36 warning route-invalid' },
    { name: 'ttl-propagate value', text: routes('192.0.2.0/24 dev eth1 ttl-propagate on'), golden: '2:41-2:43 warning route-invalid', says: ['disabled'] },
    { name: 'as to', text: routes('192.0.2.0/24 dev eth1 as to 10.0.0.1'), golden: '2:27-2:29 warning route-invalid', says: ['MPLS'] },
    { name: 'a second or', text: routes('192.0.2.0/24 via 198.51.100.1 dev eth1 or 198.51.100.2 or 198.51.100.3'), golden: '2:60-2:62 warning route-invalid' },
    {
      name: 'nexthop after or',
      text: routes('192.0.2.0/24 via 198.51.100.1 dev eth1 or 198.51.100.2 nexthop via 198.51.100.3'),
      golden: '2:60-2:67 warning route-invalid',
    },
    { name: 'two track_groups', text: trackGroup + routes('192.0.2.0/24 dev eth1 track_group TG track_group TG'), golden: '7:42-7:53 warning route-invalid' },
  ],
  [
    {
      name: 'values keepalived takes',
      text: routes(
        '192.0.2.0/24 dev eth1 tos 0x10 protocol 255 scope link realms 3/4 rtt 300ms rttvar lock 1s rto_min 200 features ecn ttl-propagate enabled no_track',
        '2001:db8::/64 dev eth1 pref medium',
        '2001:db8:1::/64 dev eth1 pref 3',
        // read_unsigned takes a leading '+' (keepalived 2.2.7 -t silent)
        '192.0.2.0/24 dev eth1 mtu +1400',
        '192.0.2.0/24 dev eth1 tos 4294967296',
        '192.0.2.0/24 nexthop via 198.51.100.1 dev eth1 realms 5 nexthop via 198.51.100.2 dev eth1',
      ),
    },
    { name: 'host names are accepted', text: routes('192.0.2.0/24 dev eth1 tos lowdelay scope mine realms cosmos/5 protocol ospf no_track') },
  ],
);

ruleTable(
  routeInvalidAddress,
  [
    {
      name: 'realms on an IPv6 nexthop',
      text: routes('2001:db8::/64 nexthop via 2001:db8::1 dev eth1 realms 3'),
      golden: '2:52-2:58 warning route-invalid-address',
    },
    {
      name: 'a destination of the other family after the gateway',
      text: routes('via 198.51.100.1 dev eth1 2001:db8::/64'),
      golden: '2:31-2:44 warning route-invalid-address',
    },
    // keepalived 2.2.7 -t: "invalid route via address default" / "invalid route src address default" (parse_ipaddress)
    { name: 'via default', text: routes('192.0.2.0/24 via default dev eth1'), golden: '2:22-2:29 warning route-invalid-address' },
    { name: 'src all', text: routes('192.0.2.0/24 dev eth1 src all'), golden: '2:31-2:34 warning route-invalid-address' },
  ],
  [{ name: 'default as the destination', text: routes('default via 198.51.100.1 dev eth1', 'inet6 default via 2001:db8::1 dev eth1') }],
);

ruleTable(
  ruleInvalid,
  [
    { name: 'tos over 255', text: rule('tos 300'), golden: '2:50-2:53 warning rule-invalid' },
    { name: 'fwmark with a unit', text: rule('fwmark 5x'), golden: '2:53-2:55 warning rule-invalid', says: ['firewall mark'] },
    { name: 'fwmark over 32 bits', text: rule('fwmark 0x1/0x100000000'), golden: '2:53-2:68 warning rule-invalid' },
    { name: 'realms out of range', text: rule('realms 300'), golden: '2:53-2:56 warning rule-invalid' },
    { name: 'suppress_prefixlength not a number', text: rule('suppress_prefixlength x'), golden: '2:68-2:69 warning rule-invalid', says: ['prefix length'] },
    { name: 'suppress_ifgroup over INT32_MAX', text: rule('sup_group 2147483648'), golden: '2:56-2:66 warning rule-invalid' },
    { name: 'tunnel-id over 64 bits', text: rule('tunnel-id 18446744073709551616'), golden: '2:56-2:76 warning rule-invalid', says: ['64 bits'] },
    { name: 'tunnel-id negative', text: rule('tunnel-id -1'), golden: '2:56-2:58 warning rule-invalid', says: ['negative'] },
    { name: 'uidrange of one uid', text: rule('uidrange 1000'), golden: '2:55-2:59 warning rule-invalid', says: ['FIRST-LAST'] },
    { name: 'protocol over 255 is ignored', text: rule('protocol 300 no_track'), golden: '2:55-2:58 warning rule-invalid', says: ['ignores'] },
    { name: 'a protocol other than keepalived on a tracked rule', text: rule('protocol 5'), golden: '2:55-2:56 warning rule-invalid', says: ['replaces'] },
    { name: 'ipproto over 127', text: rule('ipproto 200'), golden: '2:54-2:57 warning rule-invalid', says: ['127'] },
    { name: 'a single sport', text: rule('sport 80'), golden: '2:52-2:54 warning rule-invalid', says: ["'80-80'"] },
    { name: 'a dport range with a colon', text: rule('dport 1024:65535'), golden: '2:52-2:62 warning rule-invalid', says: ['not a port range'] },
    // keepalived 2.2.7 -t: "invalid number '08'" and "Invalid rule preference order specified" (base 0: a leading 0 is octal)
    {
      name: 'a preference that is not octal after its leading 0',
      text: rules('from 192.0.2.0/24 table 100 order 08'),
      golden: '2:39-2:41 warning rule-invalid',
    },
    {
      name: 'two track_groups: the rest is not read',
      text: trackGroup + rules('from 192.0.2.0/24 dev eth1 track_group TG track_group TG table 100 preference 5'),
      golden: '7:5-7:84 warning rule-invalid\n7:47-7:58 warning rule-invalid',
      says: ['no action', 'one track_group'],
    },
    {
      name: 'track_group without dev or iif',
      text: trackGroup + rules('from 192.0.2.0/24 oif eth1 table 100 preference 5 track_group TG'),
      golden: '7:67-7:69 warning rule-invalid',
    },
  ],
  [
    {
      name: 'values keepalived takes',
      text: rules(
        'from 192.0.2.0/24 table 100 preference 5 tos 0x10 fwmark 0x10/0xff realms 3/4 sup_pl 0 sup_group 7 tunnel-id 18446744073709551615',
        'from 192.0.2.0/24 table 100 preference 6 uidrange 1000-2000 protocol 18 ipproto 127 sport 80-80 dport 1024-65535',
        'from 192.0.2.0/24 table 100 preference 7 protocol 5 no_track tos lowdelay ipproto tcp fwmark 5/',
      ),
    },
    // keepalived 2.2.7 -t is silent: the preference is read with strtoul base 0
    { name: 'preference in hex or octal', text: rules('from 192.0.2.0/24 table 100 preference 0x10', 'from 192.0.2.1 table 100 priority 010') },
    { name: 'track_group with iif', text: trackGroup + rules('from 192.0.2.0/24 iif eth1 table 100 preference 5 track_group TG') },
  ],
);

ruleTable(
  ruleInvalidAddress,
  [{ name: 'realms on an IPv6 rule', text: rules('from 2001:db8::/64 table 100 preference 5 realms 3'), golden: '2:47-2:53 warning rule-invalid-address' }],
  [],
);

/** keepalived reports a bad encapsulation without dropping the route, and reads on where parse_encap stopped. */
ruleTable(
  routeInvalid,
  [
    { name: 'encap without a type', text: routes('192.0.2.0/24 dev eth1 encap'), golden: '2:27-2:32 warning route-invalid', says: ['needs a type'] },
    {
      name: 'unknown encap type: the word after it is skipped',
      text: routes('192.0.2.0/24 dev eth1 encap gre x metric 5'),
      golden: '2:33-2:36 warning route-invalid',
      says: ["skips 'x'"],
    },
    { name: 'mpls without a label', text: routes('192.0.2.0/24 dev eth1 encap mpls'), golden: '2:33-2:37 warning route-invalid' },
    { name: 'mpls label over 20 bits', text: routes('192.0.2.0/24 dev eth1 encap mpls 1048576'), golden: '2:38-2:45 warning route-invalid' },
    { name: 'mpls with three labels', text: routes('192.0.2.0/24 dev eth1 encap mpls 1/2/3'), golden: '2:38-2:43 warning route-invalid' },
    { name: 'ila locator of three groups', text: routes('2001:db8::/64 dev eth1 encap ila 1:2:3'), golden: '2:38-2:43 warning route-invalid' },
    {
      name: 'bad ip dst: keepalived then reads dst as a route word',
      text: routes('192.0.2.0/24 dev eth1 encap ip dst x'),
      golden: '2:36-2:39 warning route-invalid\n2:40-2:41 warning route-invalid',
      says: ['neither a route option', "from 'dst'"],
    },
    {
      name: 'ip encap of an IPv6 address',
      text: routes('192.0.2.0/24 dev eth1 encap ip id 5 dst 2001:db8::1'),
      golden: '2:41-2:44 warning route-invalid\n2:45-2:56 warning route-invalid',
    },
    {
      name: 'ip encap ttl over 255',
      text: routes('192.0.2.0/24 dev eth1 encap ip ttl 300 dst 10.0.0.1'),
      golden: '2:36-2:39 warning route-invalid\n2:40-2:43 warning route-invalid',
    },
    {
      name: 'ip encap id over 64 bits',
      text: routes('192.0.2.0/24 dev eth1 encap ip id 18446744073709551616'),
      golden: '2:36-2:38 warning route-invalid\n2:39-2:59 warning route-invalid',
    },
    {
      name: 'ip encap without dst or id',
      text: routes('192.0.2.0/24 dev eth1 encap ip ttl 5 tos 4'),
      golden: '2:33-2:35 warning route-invalid',
      says: ["'dst ADDRESS' or 'id N'"],
    },
    {
      name: 'ip6 encap of an IPv4 address',
      text: routes('2001:db8::/64 dev eth1 encap ip6 dst 10.0.0.1'),
      golden: '2:38-2:41 warning route-invalid\n2:42-2:50 warning route-invalid',
    },
    {
      name: 'ip6 encap flags not a number',
      text: routes('2001:db8::/64 dev eth1 encap ip6 flags x id 5'),
      golden: '2:38-2:43 warning route-invalid\n2:44-2:45 warning route-invalid',
    },
    {
      name: 'a bad nexthop is dropped with the ones after it, the route is kept',
      text: routes('192.0.2.0/24 dev eth1 nexthop via 198.51.100.1 weight 0 nexthop via 198.51.100.2'),
      golden: '2:59-2:60 warning route-invalid',
      says: ['this nexthop and any after it'],
    },
    {
      name: 'an encap error inside a nexthop ends the nexthops',
      text: routes('192.0.2.0/24 dev eth1 nexthop via 198.51.100.1 encap ip dst x'),
      golden: '2:61-2:64 warning route-invalid\n2:65-2:66 warning route-invalid',
      says: ['the words after the nexthops'],
    },
  ],
  [
    {
      name: 'encapsulations keepalived takes',
      text: routes(
        '192.0.2.0/24 dev eth1 encap mpls 100/200 metric 5',
        '192.0.2.0/24 dev eth1 encap ip dst 10.0.0.1 ttl 5 tos 4 flags 1 id 5 metric 6',
        '2001:db8::/64 dev eth1 encap ip6 dst 2001:db8::2 hoplimit 5 tc 3 src 2001:db8::3',
        '2001:db8:1::/64 dev eth1 encap ila 2001:db8:0:1',
        '2001:db8:2::/64 dev eth1 encap ip6 id 18446744073709551615',
        '192.0.2.0/24 dev eth1 nexthop via 198.51.100.1 encap mpls 5 weight 2 nexthop via 198.51.100.2',
      ),
    },
  ],
);

/** A route or rule line that ends where an option needs its value: keepalived exits ("missing a parameter"). */
ruleTable(
  argumentMissing,
  [
    { name: 'route dev at the end', text: routes('192.0.2.0/24 dev'), golden: '2:18-2:21 error argument-missing' },
    { name: 'route mtu lock at the end', text: routes('192.0.2.0/24 dev eth1 mtu lock'), golden: '2:31-2:35 error argument-missing' },
    { name: "route 'as' at the end", text: routes('192.0.2.0/24 dev eth1 as'), golden: '2:27-2:29 error argument-missing' },
    { name: 'nexthop dev at the end', text: routes('192.0.2.0/24 dev eth1 nexthop via 198.51.100.1 dev'), golden: '2:52-2:55 error argument-missing' },
    { name: 'a route type without a destination', text: routes('192.0.2.0/24 dev eth1 blackhole'), golden: '2:27-2:36 error argument-missing' },
    {
      name: 'rule table at the end',
      text: rules('from 192.0.2.0/24 preference 5 table'),
      golden: '2:36-2:41 error argument-missing',
      says: ['missing a parameter'],
    },
    { name: "rule 'type' at the end", text: rules('from 192.0.2.0/24 table 5 preference 5 type'), golden: '2:44-2:48 error argument-missing' },
  ],
  [
    {
      name: 'options that read nothing after them',
      text: routes(
        '192.0.2.0/24 dev eth1 as to',
        '192.0.2.0/24 via 198.51.100.1 dev eth1 or 198.51.100.2 or',
        '192.0.2.0/24 dev eth1 expires',
        '192.0.2.0/24 dev eth1 encap ip dst 10.0.0.1 ttl',
      ),
    },
  ],
);
