/**
 * The values of route and rule options, checked as keepalived 2.2.7 reads them (vrrp_iproute.c
 * alloc_route / parse_nexthops / parse_encap, vrrp_iprule.c alloc_rule, rttables.c): numbers out
 * of range, rtt times, realms, encapsulation; names from the host's /etc/iproute2 files are
 * accepted. Each firing case was checked with `keepalived -t` (or a real start for the rtt
 * values keepalived resets).
 */
import { routeInvalid } from '../../server/src/language/validation/rules/route-invalid';
import { routeInvalidAddress } from '../../server/src/language/validation/rules/route-invalid-address';
import { ruleTable } from './rules-vrrp.test';

const routes = (...lines: string[]) => `static_routes {\n${lines.map((l) => `    ${l}`).join('\n')}\n}\n`;
const trackGroup = 'track_group TG {\n    group {\n        VI_1\n    }\n}\n';

ruleTable(
  routeInvalid,
  [
    { name: 'tos over 255', text: routes('192.0.2.0/24 dev eth1 tos 300'), golden: '2:31-2:34 warning route-invalid', says: ['TOS'] },
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
  ],
  [],
);
