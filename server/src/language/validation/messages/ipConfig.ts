/** keepalived 2.2.7 messages: Addresses, routes and rules (vrrp_ipaddress.c, vrrp_iproute.c, vrrp_iprule.c). See ./types.ts. */
import { type MessageRow, conf, rowsOf } from './types';

const F0 = rowsOf('keepalived/vrrp/vrrp_ipaddress.c');
const F1 = rowsOf('keepalived/vrrp/vrrp_iproute.c');
const F2 = rowsOf('keepalived/vrrp/vrrp_iprule.c');
const F3 = rowsOf('keepalived/vrrp/vrrp_ip_rule_route_parser.c');

export const ipConfigMessages: readonly MessageRow[] = [
  // ---- keepalived/vrrp/vrrp_ipaddress.c
  F0.yes(
    'Invalid address prefix len %s for address %s - using %d',
    'vip-invalid',
    6,
    conf`
    vrrp_instance VI_1 {
        interface eth0
        virtual_router_id 51
        virtual_ipaddress {
            192.0.2.10/24
            192.0.2.50/33
        }
    }
  `,
  ), // 405 parse_ipaddress
  F0.yes(
    'VRRP parsed invalid IP %s. skipping IP...',
    'vip-invalid',
    6,
    conf`
    vrrp_instance VI_1 {
        interface eth0
        virtual_router_id 51
        virtual_ipaddress {
            192.0.2.10/24
            192.0.2.300/24
        }
    }
  `,
  ), // 415 parse_ipaddress
  F0.yes(
    "'default6' is deprecated - please replace with 'inet6 default'",
    'route-deprecated',
    2,
    conf`
    static_routes {
        default6 via 2001:db8::1 dev eth0
    }
  `,
    { atStart: true, unlined: true },
  ), // 443 parse_route (log)
  F0.no('Unable to allocate new ip_address', 'internal', 'Out of memory.'), // 483 alloc_ipaddress (log)
  F0.yes(
    'Cannot specify ipaddress device more than once for %s',
    'address-option',
    6,
    conf`
    vrrp_instance VI_1 {
        interface eth0
        virtual_router_id 51
        virtual_ipaddress {
            192.0.2.10/24
            192.0.2.50/24 dev eth0 dev eth1
        }
    }
  `,
  ), // 510 alloc_ipaddress
  F0.yes(
    "WARNING - interface %s for ip address %s doesn't exist",
    'unknown-interface',
    6,
    conf`
    vrrp_instance VI_1 {
        interface eth0
        virtual_router_id 51
        virtual_ipaddress {
            192.0.2.10/24
            192.0.2.50/24 dev eth9
        }
    }
  `,
  ), // 515 alloc_ipaddress
  F0.yes(
    "Invalid scope '%s' specified for %s - ignoring",
    'address-option',
    6,
    conf`
    vrrp_instance VI_1 {
        interface eth0
        virtual_router_id 51
        virtual_ipaddress {
            192.0.2.10/24
            192.0.2.50/24 scope foo
        }
    }
  `,
  ), // 528 alloc_ipaddress
  F0.yes(
    'VRRP is trying to assign a broadcast %s to the IPv6 address %s !!?? WTF... skipping VIP...',
    'address-option',
    2,
    conf`
    static_ipaddress {
        2001:db8::50/64 dev eth0 brd 2001:db8::ff
    }
  `,
  ), // 538 alloc_ipaddress
  F0.yes(
    'VRRP is trying to assign invalid broadcast %s. skipping VIP...',
    'address-option',
    6,
    conf`
    vrrp_instance VI_1 {
        interface eth0
        virtual_router_id 51
        virtual_ipaddress {
            192.0.2.10/24
            192.0.2.50/24 brd x
        }
    }
  `,
  ), // 553 alloc_ipaddress
  F0.yes(
    'Address label %s is longer than maximum length %d - removing address',
    'address-option',
    6,
    conf`
    vrrp_instance VI_1 {
        interface eth0
        virtual_router_id 51
        virtual_ipaddress {
            192.0.2.10/24
            192.0.2.50/24 label eth0:abcdefghijklmnop
        }
    }
  `,
  ), // 566 alloc_ipaddress
  F0.yes(
    'Peer %s - another peer has already been specified',
    'address-option',
    6,
    conf`
    vrrp_instance VI_1 {
        interface eth0
        virtual_router_id 51
        virtual_ipaddress {
            192.0.2.10/24
            192.0.2.50 peer 192.0.2.60 peer 192.0.2.61
        }
    }
  `,
  ), // 581 alloc_ipaddress
  F0.yes(
    'Invalid peer address %s',
    'address-option',
    6,
    conf`
    vrrp_instance VI_1 {
        interface eth0
        virtual_router_id 51
        virtual_ipaddress {
            192.0.2.10/24
            192.0.2.50 peer x
        }
    }
  `,
  ), // 586 alloc_ipaddress
  F0.yes(
    'Peer address %s does not match address family',
    'address-option',
    6,
    conf`
    vrrp_instance VI_1 {
        interface eth0
        virtual_router_id 51
        virtual_ipaddress {
            192.0.2.10/24
            192.0.2.50 peer 2001:db8::1
        }
    }
  `,
  ), // 588 alloc_ipaddress
  F0.yes(
    'Cannot specify address prefix when specifying peer address - ignoring',
    'address-option',
    6,
    conf`
    vrrp_instance VI_1 {
        interface eth0
        virtual_router_id 51
        virtual_ipaddress {
            192.0.2.10/24
            192.0.2.50/24 peer 192.0.2.60
        }
    }
  `,
  ), // 592 alloc_ipaddress
  F0.yes(
    'preferred_lft %s is invalid',
    'address-option',
    2,
    conf`
    static_ipaddress {
        2001:db8::50/64 dev eth0 preferred_lft x
    }
  `,
  ), // 636 alloc_ipaddress
  F0.yes(
    'track_group %s is a duplicate',
    'address-option',
    14,
    conf`
    track_group T {
        group {
            VI_1
        }
    }
    vrrp_instance VI_1 {
        interface eth0
        virtual_router_id 51
        virtual_ipaddress {
            192.0.2.10/24
        }
    }
    static_ipaddress {
        198.51.100.50/24 dev eth1 track_group T track_group T
    }
  `,
  ), // 644 alloc_ipaddress
  F0.yes(
    'track_group %s not found',
    'address-option',
    14,
    conf`
    track_group T {
        group {
            VI_1
        }
    }
    vrrp_instance VI_1 {
        interface eth0
        virtual_router_id 51
        virtual_ipaddress {
            192.0.2.10/24
        }
    }
    static_ipaddress {
        198.51.100.50/24 dev eth1 track_group U
    }
  `,
  ), // 648 alloc_ipaddress
  F0.yes(
    "Unknown configuration entry '%s' for ip address - ignoring",
    'address-option',
    6,
    conf`
    vrrp_instance VI_1 {
        interface eth0
        virtual_router_id 51
        virtual_ipaddress {
            192.0.2.10/24
            192.0.2.50/24 foo
        }
    }
  `,
  ), // 652 alloc_ipaddress
  F0.yes(
    'No %s parameter specified for %s',
    'address-option',
    6,
    conf`
    vrrp_instance VI_1 {
        interface eth0
        virtual_router_id 51
        virtual_ipaddress {
            192.0.2.10/24
            192.0.2.50/24 dev
        }
    }
  `,
  ), // 658 alloc_ipaddress
  F0.yes(
    'Cannot specify broadcast and peer addresses - ignoring broadcast address',
    'address-option',
    6,
    conf`
    vrrp_instance VI_1 {
        interface eth0
        virtual_router_id 51
        virtual_ipaddress {
            192.0.2.10/24
            192.0.2.50 peer 192.0.2.60 brd 192.0.2.255
        }
    }
  `,
  ), // 665 alloc_ipaddress
  F0.yes(
    'Address prefix length %d too long for broadcast',
    'address-option',
    6,
    conf`
    vrrp_instance VI_1 {
        interface eth0
        virtual_router_id 51
        virtual_ipaddress {
            192.0.2.10/24
            192.0.2.50/32 brd +
        }
    }
  `,
  ), // 678 alloc_ipaddress
  F0.no('Static address %s requires either an interface or default interface must exist', 'host', 'Whether the default interface exists on the machine.'), // 683 alloc_ipaddress
  F0.yes(
    'Cannot specify scope for IPv6 addresses (%s) - ignoring scope',
    'address-option',
    2,
    conf`
    static_ipaddress {
        2001:db8::50/64 dev eth0 scope link
    }
  `,
  ), // 693 alloc_ipaddress
  F0.yes(
    'Cannot specify label for IPv6 addresses (%s) - ignoring label',
    'address-option',
    2,
    conf`
    static_ipaddress {
        2001:db8::50/64 dev eth0 label x
    }
  `,
  ), // 697 alloc_ipaddress
  F0.no(
    'Static route cannot have track_group if interface not specified',
    'internal',
    'Unreachable in 2.2.7: a static address without dev is given the default interface, or refused when there is none, before this check.',
  ), // 712 alloc_ipaddress
  // ---- keepalived/vrrp/vrrp_iproute.c
  F1.yes(
    'missing address for MPLS encapsulation',
    'route-invalid',
    2,
    conf`
    static_routes {
        192.0.2.0/24 dev eth1 encap mpls
    }
  `,
  ), // 1004 parse_encap_mpls
  F1.yes(
    'invalid mpls address %s for encapsulation',
    'route-invalid',
    2,
    conf`
    static_routes {
        192.0.2.0/24 dev eth1 encap mpls 1048576
    }
  `,
  ), // 1010 parse_encap_mpls
  F1.yes(
    'encap id %s value is invalid',
    'route-invalid',
    2,
    conf`
    static_routes {
        192.0.2.0/24 dev eth1 encap ip id 18446744073709551616
    }
  `,
  ), // 1030
  F1.yes(
    'Invalid encap ip dst %s',
    'route-invalid',
    2,
    conf`
    static_routes {
        192.0.2.0/24 dev eth1 encap ip dst x
    }
  `,
  ), // 1038 parse_encap_ip
  F1.yes(
    'IPv6 address %s not valid for ip encapsulation',
    'route-invalid',
    2,
    conf`
    static_routes {
        192.0.2.0/24 dev eth1 encap ip dst 2001:db8::1
    }
  `,
  ), // 1042,1054 parse_encap_ip
  F1.yes(
    'Invalid encap ip src %s',
    'route-invalid',
    2,
    conf`
    static_routes {
        192.0.2.0/24 dev eth1 encap ip id 5 src x
    }
  `,
  ), // 1050 parse_encap_ip
  F1.yes(
    'dsfield %s not valid for ip encapsulation',
    'route-invalid',
    2,
    conf`
    static_routes {
        192.0.2.0/24 dev eth1 encap ip tos 300 dst 10.0.0.1
    }
  `,
  ), // 1059 parse_encap_ip
  F1.yes(
    'ttl %s is not valid for ip encapsulation',
    'route-invalid',
    2,
    conf`
    static_routes {
        192.0.2.0/24 dev eth1 encap ip ttl 300 dst 10.0.0.1
    }
  `,
  ), // 1064
  F1.yes(
    'flags %s is not valid for ip encapsulation',
    'route-invalid',
    2,
    conf`
    static_routes {
        192.0.2.0/24 dev eth1 encap ip flags 70000 dst 10.0.0.1
    }
  `,
  ), // 1068
  F1.yes(
    'address or id missing for ip encapsulation',
    'route-invalid',
    2,
    conf`
    static_routes {
        192.0.2.0/24 dev eth1 encap ip ttl 5
    }
  `,
  ), // 1078 parse_encap_ip
  F1.yes(
    'missing locator for ILA encapsulation',
    'route-invalid',
    2,
    conf`
    static_routes {
        2001:db8::/64 dev eth1 encap ila
    }
  `,
  ), // 1110 parse_encap_ila
  F1.yes(
    'invalid locator %s for ila encapsulation',
    'route-invalid',
    2,
    conf`
    static_routes {
        2001:db8::/64 dev eth1 encap ila 1:2:3
    }
  `,
  ), // 1117 parse_encap_ila
  F1.yes(
    'id %s value invalid for IPv6 encapsulation',
    'route-invalid',
    2,
    conf`
    static_routes {
        2001:db8::/64 dev eth1 encap ip6 id x
    }
  `,
  ), // 1138
  F1.yes(
    'Invalid encap ip6 dst %s',
    'route-invalid',
    2,
    conf`
    static_routes {
        2001:db8::/64 dev eth1 encap ip6 dst x
    }
  `,
  ), // 1146 parse_encap_ip6
  F1.yes(
    'IPv4 address %s not valid for ip6 encapsulation',
    'route-invalid',
    2,
    conf`
    static_routes {
        2001:db8::/64 dev eth1 encap ip6 dst 10.0.0.1
    }
  `,
  ), // 1150,1162 parse_encap_ip6
  F1.yes(
    'Invalid encap ip6 src %s',
    'route-invalid',
    2,
    conf`
    static_routes {
        2001:db8::/64 dev eth1 encap ip6 id 5 src x
    }
  `,
  ), // 1158 parse_encap_ip6
  F1.yes(
    'tc value %s is invalid for ip6 encapsulation',
    'route-invalid',
    2,
    conf`
    static_routes {
        2001:db8::/64 dev eth1 encap ip6 tc 300 id 5
    }
  `,
  ), // 1167 parse_encap_ip6
  F1.yes(
    'Invalid hoplimit %s specified for ip6 encapsulation',
    'route-invalid',
    2,
    conf`
    static_routes {
        2001:db8::/64 dev eth1 encap ip6 hoplimit 300 id 5
    }
  `,
  ), // 1172
  F1.yes(
    'flags %s is not valid for ip6 encapsulation',
    'route-invalid',
    2,
    conf`
    static_routes {
        2001:db8::/64 dev eth1 encap ip6 flags x id 5
    }
  `,
  ), // 1176
  F1.yes(
    'address or id missing for ip6 encapsulation',
    'route-invalid',
    2,
    conf`
    static_routes {
        2001:db8::/64 dev eth1 encap ip6 hoplimit 5
    }
  `,
  ), // 1186 parse_encap_ip6
  F1.yes(
    'Missing encap type',
    'route-invalid',
    2,
    conf`
    static_routes {
        192.0.2.0/24 dev eth1 encap
    }
  `,
  ), // 1213 parse_encap
  F1.yes(
    'Unknown encap type - %s',
    'route-invalid',
    2,
    conf`
    static_routes {
        192.0.2.0/24 dev eth1 encap gre
    }
  `,
  ), // 1232 parse_encap
  F1.yes(
    'IPv4/6 mismatch for nexthop',
    'route-invalid-address',
    2,
    conf`
    static_routes {
        192.0.2.0/24 nexthop via inet6 2001:db8::1 dev eth1
    }
  `,
  ), // 1272 parse_nexthops
  F1.yes(
    'invalid nexthop address %s',
    'route-invalid-address',
    2,
    conf`
    static_routes {
        192.0.2.0/24 nexthop via 198.51.100.300 dev eth1
    }
  `,
  ), // 1279 parse_nexthops
  F1.yes(
    'Address family mismatch for next hop',
    'route-invalid-address',
    2,
    conf`
    static_routes {
        192.0.2.0/24 nexthop via 2001:db8::1 dev eth1
    }
  `,
  ), // 1283 parse_nexthops
  F1.yes(
    "WARNING - interface %s for VROUTE nexthop doesn't exist",
    'unknown-interface',
    2,
    conf`
    static_routes {
        192.0.2.0/24 nexthop via 198.51.100.1 dev eth9
    }
  `,
  ), // 1293,1534 parse_nexthops
  F1.yes(
    'Invalid weight %s specified for route',
    'route-invalid',
    2,
    conf`
    static_routes {
        192.0.2.0/24 nexthop via 198.51.100.1 dev eth1 weight 300
    }
  `,
  ), // 1298
  F1.yes(
    'Invalid weight 0 specified for route',
    'route-invalid',
    2,
    conf`
    static_routes {
        192.0.2.0/24 nexthop via 198.51.100.1 dev eth1 weight 0
    }
  `,
  ), // 1301 parse_nexthops
  F1.no('%s not supported by kernel', 'host', 'A route feature the running kernel lacks.'), // 1315,1428,1547,1562,1691,1704,1728,1743,1754 parse_nexthops
  F1.yes(
    'Invalid realms %s for route',
    'route-invalid',
    2,
    conf`
    static_routes {
        192.0.2.0/24 dev eth1 realms 300
    }
  `,
  ), // 1321,1645 parse_nexthops
  F1.yes(
    'realms are only supported for IPv4',
    'route-invalid-address',
    2,
    conf`
    static_routes {
        2001:db8::/64 nexthop via 2001:db8::1 dev eth1 realms 3
    }
  `,
  ), // 1327 parse_nexthops
  F1.yes(
    "'as [to]' (nat) not supported",
    'route-invalid',
    2,
    conf`
    static_routes {
        192.0.2.0/24 nexthop via 198.51.100.1 dev eth1 as 10.0.0.1
    }
  `,
  ), // 1334 parse_nexthops
  F1.yes(
    'Route has trailing nonsense after nexthops - %s',
    'route-invalid',
    2,
    conf`
    static_routes {
        192.0.2.0/24 nexthop via 198.51.100.1 dev eth1 foo
    }
  `,
  ), // 1348 parse_nexthops
  F1.no('Unable to allocate new ip_route', 'internal', 'Out of memory.'), // 1373 alloc_route (log)
  F1.yes(
    'inet6 specified for IPv4 route',
    'route-invalid-address',
    2,
    conf`
    static_routes {
        192.0.2.0/24 inet6 via 198.51.100.1 dev eth1
    }
  `,
  ), // 1393 alloc_route
  F1.yes(
    'inet specified for IPv6 route',
    'route-invalid-address',
    2,
    conf`
    static_routes {
        2001:db8::/64 inet via 2001:db8:1::1 dev eth1
    }
  `,
  ), // 1402 alloc_route
  F1.yes(
    'invalid route src address %s',
    'route-invalid-address',
    2,
    conf`
    static_routes {
        src x 192.0.2.0/24 via 198.51.100.1 dev eth1
    }
  `,
  ), // 1412 alloc_route
  F1.yes(
    'Cannot mix IPv4 and IPv6 addresses for route',
    'route-invalid-address',
    2,
    conf`
    static_routes {
        192.0.2.0/24 via 2001:db8::1 dev eth1
    }
  `,
  ), // 1418,1452,1466,1485 alloc_route
  F1.yes(
    '"as to" for MPLS only - ignoring',
    'route-invalid',
    2,
    conf`
    static_routes {
        192.0.2.0/24 dev eth1 as to 10.0.0.1
    }
  `,
  ), // 1426 alloc_route
  F1.yes(
    '"gw" for routes is deprecated. Please use "via"',
    'route-deprecated',
    2,
    conf`
    static_routes {
        192.0.2.0/24 gw 198.51.100.1 dev eth1
    }
  `,
  ), // 1435 alloc_route
  F1.yes(
    'invalid route via address %s',
    'route-invalid-address',
    2,
    conf`
    static_routes {
        192.0.2.0/24 via x dev eth1
    }
  `,
  ), // 1460 alloc_route
  F1.yes(
    'invalid route from address %s',
    'route-invalid-address',
    2,
    conf`
    static_routes {
        2001:db8::/64 from x dev eth1
    }
  `,
  ), // 1475 alloc_route
  F1.yes(
    'route from address only supported with IPv6 (%s)',
    'route-invalid',
    2,
    conf`
    static_routes {
        192.0.2.0/24 from 192.0.2.1 dev eth1
    }
  `,
  ), // 1479 alloc_route
  F1.yes(
    'TOS value %s is invalid',
    'route-invalid',
    2,
    conf`
    static_routes {
        192.0.2.0/24 dev eth1 tos 300
    }
  `,
  ), // 1492 alloc_route
  F1.no('Routing table %s not found for route', 'host', "Any table number is taken; a table name is looked up in the host's /etc/iproute2/rt_tables."), // 1501 alloc_route
  F1.yes(
    'Protocol %s not found or invalid for route',
    'route-invalid',
    2,
    conf`
    static_routes {
        192.0.2.0/24 dev eth1 protocol 256
    }
  `,
  ), // 1508 alloc_route
  F1.yes(
    'Scope %s not found or invalid for route',
    'route-invalid',
    2,
    conf`
    static_routes {
        192.0.2.0/24 dev eth1 scope 256
    }
  `,
  ), // 1517 alloc_route
  F1.yes(
    'Invalid metric %s specified for route',
    'route-invalid',
    2,
    conf`
    static_routes {
        192.0.2.0/24 via 198.51.100.1 dev eth1 metric x
    }
  `,
  ), // 1526
  F1.yes(
    'expires is only valid for IPv6',
    'route-invalid',
    2,
    conf`
    static_routes {
        192.0.2.0/24 via 198.51.100.1 dev eth1 expires 10
    }
  `,
  ), // 1554 alloc_route
  F1.yes(
    'Invalid expires time %s specified for route',
    'route-invalid',
    2,
    conf`
    static_routes {
        2001:db8::/64 dev eth1 expires x
    }
  `,
  ), // 1558
  F1.yes(
    'Invalid MTU %s specified for route',
    'route-invalid',
    2,
    conf`
    static_routes {
        192.0.2.0/24 via 198.51.100.1 dev eth1 mtu x
    }
  `,
  ), // 1570
  F1.yes(
    'Invalid hoplimit %s specified for route',
    'route-invalid',
    2,
    conf`
    static_routes {
        192.0.2.0/24 via 198.51.100.1 dev eth1 hoplimit x
    }
  `,
  ), // 1575
  F1.yes(
    'Invalid advmss %s specified for route',
    'route-invalid',
    2,
    conf`
    static_routes {
        192.0.2.0/24 via 198.51.100.1 dev eth1 advmss x
    }
  `,
  ), // 1585
  F1.yes(
    'Invalid rtt %s for route',
    'route-invalid',
    2,
    conf`
    static_routes {
        192.0.2.0/24 dev eth1 rtt 5x
    }
  `,
  ), // 1595 alloc_route
  F1.yes(
    'Invalid rttvar %s for route',
    'route-invalid',
    2,
    conf`
    static_routes {
        192.0.2.0/24 dev eth1 rttvar 5x
    }
  `,
  ), // 1606 alloc_route
  F1.yes(
    'Invalid reordering value %s specified for route',
    'route-invalid',
    2,
    conf`
    static_routes {
        192.0.2.0/24 via 198.51.100.1 dev eth1 reordering x
    }
  `,
  ), // 1616
  F1.yes(
    'Invalid window value %s specified for route',
    'route-invalid',
    2,
    conf`
    static_routes {
        192.0.2.0/24 via 198.51.100.1 dev eth1 window x
    }
  `,
  ), // 1621
  F1.yes(
    'Invalid cwnd value %s specified for route',
    'route-invalid',
    2,
    conf`
    static_routes {
        192.0.2.0/24 via 198.51.100.1 dev eth1 cwnd x
    }
  `,
  ), // 1630
  F1.yes(
    'Invalid ssthresh value %s specified for route',
    'route-invalid',
    2,
    conf`
    static_routes {
        192.0.2.0/24 via 198.51.100.1 dev eth1 ssthresh x
    }
  `,
  ), // 1639
  F1.yes(
    'realms are only valid for IPv4',
    'route-invalid-address',
    2,
    conf`
    static_routes {
        2001:db8::/64 dev eth1 realms 1
    }
  `,
  ), // 1649 alloc_route
  F1.yes(
    'Invalid rto_min value %s specified for route',
    'route-invalid',
    2,
    conf`
    static_routes {
        192.0.2.0/24 dev eth1 rto_min 5x
    }
  `,
  ), // 1660 alloc_route
  F1.yes(
    'Invalid initcwnd value %s specified for route',
    'route-invalid',
    2,
    conf`
    static_routes {
        192.0.2.0/24 via 198.51.100.1 dev eth1 initcwnd x
    }
  `,
  ), // 1666
  F1.yes(
    'Invalid initrwnd value %s specified for route',
    'route-invalid',
    2,
    conf`
    static_routes {
        192.0.2.0/24 via 198.51.100.1 dev eth1 initrwnd x
    }
  `,
  ), // 1672
  F1.yes(
    'feature %s not supported',
    'route-invalid',
    2,
    conf`
    static_routes {
        192.0.2.0/24 dev eth1 features foo
    }
  `,
  ), // 1681 alloc_route
  F1.yes(
    'Invalid quickack value %s specified for route',
    'route-invalid',
    2,
    conf`
    static_routes {
        192.0.2.0/24 via 198.51.100.1 dev eth1 quickack 5
    }
  `,
  ), // 1686
  F1.yes(
    'pref is only valid for IPv6',
    'route-invalid',
    2,
    conf`
    static_routes {
        192.0.2.0/24 via 198.51.100.1 dev eth1 pref low
    }
  `,
  ), // 1711 alloc_route
  F1.yes(
    'Invalid pref value %s specified for route',
    'route-invalid',
    2,
    conf`
    static_routes {
        2001:db8::/64 dev eth1 pref 300
    }
  `,
  ), // 1722
  F1.yes(
    '%s value %s not recognised',
    'route-invalid',
    2,
    conf`
    static_routes {
        192.0.2.0/24 dev eth1 ttl-propagate on
    }
  `,
  ), // 1740 alloc_route
  F1.yes(
    'Invalid fastopen_no_cookie value %s specified for route',
    'route-invalid',
    2,
    conf`
    static_routes {
        192.0.2.0/24 via 198.51.100.1 dev eth1 fastopen_no_cookie 5
    }
  `,
  ), // 1749
  F1.yes(
    '"or" for routes is deprecated. Please use "nexthop"',
    'route-deprecated',
    2,
    conf`
    static_routes {
        192.0.2.0/24 via 198.51.100.1 dev eth1 or 198.51.100.2
    }
  `,
  ), // 1772 alloc_route
  F1.yes(
    '"or" route already specified - ignoring subsequent',
    'route-invalid',
    2,
    conf`
    static_routes {
        192.0.2.0/24 via 198.51.100.1 dev eth1 or 198.51.100.2 or 198.51.100.3
    }
  `,
  ), // 1775 alloc_route
  F1.yes(
    'Invalid "or" address %s',
    'route-invalid-address',
    2,
    conf`
    static_routes {
        192.0.2.0/24 via 198.51.100.1 dev eth1 or x
    }
  `,
  ), // 1792 alloc_route
  F1.yes(
    'Cannot specify nexthops with "or" route',
    'route-invalid',
    2,
    conf`
    static_routes {
        192.0.2.0/24 via 198.51.100.1 dev eth1 or 198.51.100.2 nexthop via 198.51.100.3
    }
  `,
  ), // 1801 alloc_route
  F1.yes(
    'track_group %s is a duplicate',
    'route-invalid',
    14,
    conf`
    track_group T {
        group {
            VI_1
        }
    }
    vrrp_instance VI_1 {
        interface eth0
        virtual_router_id 51
        virtual_ipaddress {
            192.0.2.10/24
        }
    }
    static_routes {
        192.0.2.0/24 dev eth1 track_group T track_group T
    }
  `,
  ), // 1811 alloc_route
  F1.yes(
    'track_group %s not found',
    'route-invalid',
    2,
    conf`
    static_routes {
        192.0.2.0/24 via 198.51.100.1 dev eth1 track_group T
    }
  `,
  ), // 1815 alloc_route
  F1.no('VRF %s not found for route', 'host', 'The VRF device does not exist on the machine.'), // 1820 alloc_route
  F1.no('Route specified VRF %s is not a VRF', 'host', 'The named device is not a VRF on the machine.'), // 1824 alloc_route
  F1.yes(
    'unknown route keyword %s',
    'route-invalid',
    2,
    conf`
    static_routes {
        192.0.2.0/24 via 198.51.100.1 dev eth1 metrc 5
    }
  `,
  ), // 1844 alloc_route
  F1.yes(
    'Cannot mix IPv4 and IPv6 addresses for route (%s)',
    'route-invalid-address',
    2,
    conf`
    static_routes {
        via 198.51.100.1 dev eth1 2001:db8::/64
    }
  `,
  ), // 1850 alloc_route
  F1.yes(
    'Route has trailing nonsense - %s',
    'route-invalid',
    14,
    conf`
    track_group T {
        group {
            VI_1
        }
    }
    vrrp_instance VI_1 {
        interface eth0
        virtual_router_id 51
        virtual_ipaddress {
            192.0.2.10/24
        }
    }
    static_routes {
        192.0.2.0/24 dev eth1 track_group T track_group T
    }
  `,
  ), // 1860 alloc_route
  F1.yes(
    'Route must have a destination',
    'route-invalid',
    2,
    conf`
    static_routes {
        via 198.51.100.1 dev eth1
    }
  `,
  ), // 1865 alloc_route
  F1.yes(
    'Route cannot be tracked if protocol is not RTPROT_KEEPALIVED(%d), resetting protocol',
    'route-invalid',
    2,
    conf`
    static_routes {
        192.0.2.0/24 via 198.51.100.1 dev eth1 protocol static
    }
  `,
  ), // 1871 alloc_route
  F1.yes(
    'Warning - cannot track route %s with no interface specified, not tracking',
    'route-no-interface',
    2,
    conf`
    static_routes {
        192.0.2.0/24 via 198.51.100.1
    }
  `,
  ), // 1886 alloc_route
  F1.yes(
    'Static route cannot have track group if no oif specified',
    'route-invalid',
    14,
    conf`
    vrrp_instance VI_1 {
        interface eth0
        virtual_router_id 51
        virtual_ipaddress {
            192.0.2.10/24
        }
    }
    track_group T {
        group {
            VI_1
        }
    }
    static_routes {
        192.0.2.0/24 via 198.51.100.1 track_group T
    }
  `,
  ), // 1892 alloc_route
  // ---- keepalived/vrrp/vrrp_iprule.c
  F2.no('Unable to allocate new ip_rule', 'internal', 'Out of memory.'), // 473 __attribute__ (log)
  F2.yes(
    'inet6 specified for IPv4 rule',
    'rule-invalid-address',
    2,
    conf`
    static_rules {
        from 192.0.2.0/24 inet6 table 100 preference 5
    }
  `,
  ), // 492 __attribute__
  F2.yes(
    'inet specified for IPv6 rule',
    'rule-invalid-address',
    2,
    conf`
    static_rules {
        from 2001:db8::/64 inet table 100 preference 5
    }
  `,
  ), // 501 __attribute__
  F2.yes(
    'Invalid rule from address %s',
    'rule-invalid-address',
    2,
    conf`
    static_rules {
        from x table 100 preference 5
    }
  `,
  ), // 511 __attribute__
  F2.yes(
    'rule specification has mixed IPv4 and IPv6',
    'rule-invalid-address',
    2,
    conf`
    static_rules {
        from 192.0.2.0/24 to 2001:db8::/64 table 100 preference 5
    }
  `,
  ), // 518,534 __attribute__
  F2.yes(
    'Invalid rule to address %s',
    'rule-invalid-address',
    2,
    conf`
    static_rules {
        to x table 100 preference 5
    }
  `,
  ), // 527 __attribute__
  F2.no(
    'Routing table %s not found for rule',
    'host',
    "Any table number is taken (0 has its own message); a table name is looked up in the host's /etc/iproute2/rt_tables.",
  ), // 541 __attribute__
  F2.yes(
    'Table 0 is not valid',
    'rule-invalid',
    2,
    conf`
    static_rules {
        from 192.0.2.0/24 table 0 preference 5
    }
  `,
  ), // 545 __attribute__
  F2.yes(
    'Cannot specify more than one of table/nop/goto/blackhole/prohibit/unreachable for rule',
    'rule-invalid',
    2,
    conf`
    static_rules {
        from 192.0.2.0/24 preference 5 l3mdev table 5
    }
  `,
  ), // 550 __attribute__
  F2.yes(
    'Invalid rule preference %s specified',
    'rule-invalid',
    2,
    conf`
    static_rules {
        from 192.0.2.0/24 table 100 preference x
    }
  `,
  ), // 561 __attribute__
  F2.yes(
    'TOS value %s is invalid',
    'rule-invalid',
    2,
    conf`
    static_rules {
        from 192.0.2.0/24 table 100 preference 5 tos 300
    }
  `,
  ), // 570 __attribute__
  F2.yes(
    'Invalid rule fwmark %s specified',
    'rule-invalid',
    2,
    conf`
    static_rules {
        from 192.0.2.0/24 table 100 preference 5 fwmark 5x
    }
  `,
  ), // 606 __attribute__
  F2.yes(
    'invalid realms %s for rule',
    'rule-invalid',
    2,
    conf`
    static_rules {
        from 192.0.2.0/24 table 100 preference 5 realms 300
    }
  `,
  ), // 614 __attribute__
  F2.yes(
    'realms is only valid for IPv4',
    'rule-invalid-address',
    2,
    conf`
    static_rules {
        from 2001:db8::/64 table 100 preference 5 realms 3
    }
  `,
  ), // 623 __attribute__
  F2.yes(
    'Invalid suppress_prefixlength %s specified',
    'rule-invalid',
    2,
    conf`
    static_rules {
        from 192.0.2.0/24 table 100 preference 5 suppress_prefixlength x
    }
  `,
  ), // 630 __attribute__
  F2.yes(
    'suppress_group %s is invalid',
    'rule-invalid',
    2,
    conf`
    static_rules {
        from 192.0.2.0/24 table 100 preference 5 suppress_ifgroup 4294967295
    }
  `,
  ), // 640 __attribute__
  F2.yes(
    "WARNING - interface %s for rule doesn't exist",
    'unknown-interface',
    2,
    conf`
    static_rules {
        from 192.0.2.0/24 table 100 preference 5 iif eth9
    }
  `,
  ), // 652,661 __attribute__
  F2.yes(
    'Invalid tunnel-id %s specified',
    'rule-invalid',
    2,
    conf`
    static_rules {
        from 192.0.2.0/24 table 100 preference 5 tunnel-id 18446744073709551616
    }
  `,
  ), // 670 __attribute__
  F2.yes(
    'Invalid uidrange %s specified',
    'rule-invalid',
    2,
    conf`
    static_rules {
        from 192.0.2.0/24 table 100 preference 5 uidrange 1000
    }
  `,
  ), // 680 __attribute__
  F2.yes(
    'Cannot specify l3mdev with other action',
    'rule-invalid',
    2,
    conf`
    static_rules {
        from 192.0.2.0/24 preference 5 table 5 l3mdev
    }
  `,
  ), // 692 __attribute__
  F2.yes(
    'Invalid protocol %s',
    'rule-invalid',
    2,
    conf`
    static_rules {
        from 192.0.2.0/24 table 100 preference 5 protocol 300
    }
  `,
  ), // 701 __attribute__
  F2.yes(
    'Invalid ipproto %s',
    'rule-invalid',
    2,
    conf`
    static_rules {
        from 192.0.2.0/24 table 100 preference 5 ipproto 200
    }
  `,
  ), // 712 __attribute__
  F2.yes(
    'invalid sport range %s',
    'rule-invalid',
    2,
    conf`
    static_rules {
        from 192.0.2.0/24 table 100 preference 5 sport 1024:65535
    }
  `,
  ), // 728 __attribute__
  F2.yes(
    'invalid dport range %s',
    'rule-invalid',
    2,
    conf`
    static_rules {
        from 192.0.2.0/24 table 100 preference 5 dport 80
    }
  `,
  ), // 744 __attribute__
  F2.yes(
    'track_group %s is a duplicate',
    'rule-invalid',
    14,
    conf`
    track_group T {
        group {
            VI_1
        }
    }
    vrrp_instance VI_1 {
        interface eth0
        virtual_router_id 51
        virtual_ipaddress {
            192.0.2.10/24
        }
    }
    static_rules {
        from 192.0.2.0/24 dev eth1 table 100 preference 5 track_group T track_group T
    }
  `,
  ), // 757 __attribute__
  F2.yes(
    'track_group %s not found',
    'rule-invalid',
    2,
    conf`
    static_rules {
        from 192.0.2.0/24 table 100 preference 5 track_group T
    }
  `,
  ), // 761 __attribute__
  F2.yes(
    'Invalid target %s specified',
    'rule-invalid',
    2,
    conf`
    static_rules {
        from 192.0.2.0/24 goto x
    }
  `,
  ), // 770 __attribute__
  F2.yes(
    'Invalid rule action %s',
    'rule-invalid',
    2,
    conf`
    static_rules {
        from 192.0.2.0/24 preference 5 type local
    }
  `,
  ), // 787 __attribute__
  F2.yes(
    'Unknown rule option %s',
    'rule-invalid',
    2,
    conf`
    static_rules {
        from 192.0.2.0/24 table 100 pref 100
    }
  `,
  ), // 792 __attribute__
  F2.yes(
    'Cannot specify more than one of table/nop/goto/blackhole/prohibit/unreachable/l3mdev for rule',
    'rule-invalid',
    2,
    conf`
    static_rules {
        from 192.0.2.0/24 table 100 blackhole preference 5
    }
  `,
  ), // 796 __attribute__
  F2.yes(
    'Invalid rule - preference %u >= goto target %u',
    'rule-invalid',
    2,
    conf`
    static_rules {
        from 192.0.2.0/24 preference 200 goto 100
    }
  `,
  ), // 807 __attribute__
  F2.yes(
    'Invalid rule - goto target %u specified without preference',
    'rule-invalid',
    2,
    conf`
    static_rules {
        from 192.0.2.0/24 goto 100
    }
  `,
  ), // 811 __attribute__
  F2.yes(
    'No action specified for rule - ignoring',
    'rule-invalid',
    2,
    conf`
    static_rules {
        from 192.0.2.0/24 preference 100
    }
  `,
  ), // 817 __attribute__
  F2.yes(
    'suppressor/realm specified for non table action - skipping',
    'rule-invalid',
    2,
    conf`
    static_rules {
        from 192.0.2.0/24 preference 100 blackhole realms 1
    }
  `,
  ), // 822 __attribute__
  F2.no('table cannot be specified for l3mdev rules', 'internal', 'Unreachable in 2.2.7: table with l3mdev is reported as a second action first.'), // 828 __attribute__
  F2.yes(
    'Rule cannot be tracked if protocol is not RTPROT_KEEPALIVED(%d), resetting protocol',
    'rule-invalid',
    2,
    conf`
    static_rules {
        from 192.0.2.0/24 table 100 preference 5 protocol 5
    }
  `,
  ), // 836 __attribute__
  F2.yes(
    'Static rule cannot have track_group if dev/iif not specified',
    'rule-invalid',
    14,
    conf`
    track_group T {
        group {
            VI_1
        }
    }
    vrrp_instance VI_1 {
        interface eth0
        virtual_router_id 51
        virtual_ipaddress {
            192.0.2.10/24
        }
    }
    static_rules {
        from 192.0.2.0/24 table 100 preference 5 track_group T
    }
  `,
  ), // 843 __attribute__
  F2.yes(
    'Rule has no preference specified - setting to %u. This is probably not what you want.',
    'rule-no-preference',
    2,
    conf`
    static_rules {
        from 192.0.2.0/24 table 100
    }
  `,
  ), // 856 __attribute__
  // ---- keepalived/vrrp/vrrp_ip_rule_route_parser.c
  F3.yes(
    'rtt value exponential form %s no longer supported',
    'route-invalid',
    2,
    conf`
    static_routes {
        192.0.2.0/24 dev eth1 rtt 1e3
    }
  `,
    { atStart: true, unlined: true },
  ), // 189 get_time_rtt (log)
  F3.yes(
    'rtt value %s exceeds maximum %us, resetting',
    'route-invalid',
    2,
    conf`
    static_routes {
        192.0.2.0/24 dev eth1 rtt 500s
    }
  `,
    { atStart: true, unlined: true },
  ), // 207 get_time_rtt (log)
  F3.yes(
    'rtt value %s below minimum %ums, resetting',
    'route-invalid',
    2,
    conf`
    static_routes {
        192.0.2.0/24 dev eth1 rtt 10ms
    }
  `,
    { atStart: true, unlined: true },
  ), // 210 get_time_rtt (log)
];
