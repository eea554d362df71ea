/** keepalived 2.2.7 messages: Virtual servers, real servers and checkers (keepalived/check). See ./types.ts. */
import { type MessageRow, conf, inRealServer, rowsOf } from './types';

/** A virtual_server_group G whose entries start on line 2. */
const inGroup = (...lines: string[]) => `virtual_server_group G {\n${lines.map((l) => `    ${l}\n`).join('')}}\n`;

/** An HTTP_GET with one url (path /) on the real server of inRealServer: the given lines start on line 9, inside the url. */
const inUrl = (...lines: string[]) => inRealServer('HTTP_GET {', '    url {', '        path /', ...lines.map((l) => `        ${l}`), '    }', '}');

const F0 = rowsOf('keepalived/check/check_parser.c');
const F1 = rowsOf('keepalived/check/check_data.c');
const F2 = rowsOf('keepalived/check/check_api.c');
const F3 = rowsOf('keepalived/check/check_http.c');
const F4 = rowsOf('keepalived/check/check_bfd.c');
const F5 = rowsOf('keepalived/check/check_udp.c');
const F6 = rowsOf('keepalived/check/check_misc.c');
const F7 = rowsOf('keepalived/check/check_file.c');
const F8 = rowsOf('keepalived/check/check_dns.c');
const F9 = rowsOf('keepalived/check/check_smtp.c');

export const lvsMessages: readonly MessageRow[] = [
  // ---- keepalived/check/check_parser.c
  F0.yes(
    'SSL context already specified - replacing',
    'duplicate-keyword',
    4,
    conf`
    SSL {
        ca /etc/ssl/ca.pem
    }
    SSL {
        ca /etc/ssl/ca.pem
    }
  `,
  ), // 64 ssl_handler
  F0.yes(
    'SSL %s missing',
    'argument-missing',
    2,
    conf`
    SSL {
        ca
    }
  `,
  ), // 73 handle_ssl_file
  F0.yes(
    'SSL %s already specified - replacing',
    'duplicate-keyword',
    3,
    conf`
    SSL {
        ca /etc/ssl/a.pem
        ca /etc/ssl/b.pem
    }
  `,
  ), // 78 handle_ssl_file
  F0.yes(
    'virtual server group %s has no entries - removing',
    'vsg-missing-members',
    2,
    conf`
    virtual_server_group G {
    }
  `,
  ), // 137 vsg_handler
  F0.yes(
    'virtual server group %s cannot have IPv4, IPv6 and fwmark without family - removing',
    'vsg-family-mixed',
    5,
    inGroup('10.0.0.1 80', '2001:db8::1 80', 'fwmark 5'),
  ), // 142 vsg_handler
  F0.yes(
    "Address family of virtual server and sorry server %s don't match - skipping sorry server.",
    'lvs-family-mismatch',
    8,
    conf`
    virtual_server 192.0.2.1 80 {
        lb_algo rr
        lb_kind NAT
        sorry_server 2001:db8::30 80
        protocol TCP
        real_server 192.0.2.21 80 {
        }
    }
  `,
  ), // 177 vs_end_handler
  F0.no('IPVS with IPv6 is not supported by this build', 'build', 'Only in builds without IPv6 IPVS support.'), // 225 ip_family_handler
  F0.yes(
    'unknown address family %s',
    'argument-value',
    4,
    conf`
    virtual_server 192.0.2.1 80 {
        lb_algo rr
        lb_kind NAT
        ip_family inet7
        protocol TCP
        real_server 192.0.2.21 80 {
        }
    }
  `,
  ), // 234 ip_family_handler
  F0.yes(
    'Virtual server specified family %s conflicts with server family',
    'lvs-family-mismatch',
    4,
    conf`
    virtual_server 192.0.2.1 80 {
        lb_algo rr
        lb_kind NAT
        ip_family inet6
        protocol TCP
        real_server 192.0.2.21 80 {
        }
    }
  `,
  ), // 240 ip_family_handler
  F0.yes(
    'virtual server connect_timeout %s invalid - ignoring',
    'argument-value',
    4,
    conf`
    virtual_server 192.0.2.1 80 {
        lb_algo rr
        lb_kind NAT
        connect_timeout x
        protocol TCP
        real_server 192.0.2.21 80 {
        }
    }
  `,
  ), // 253 vs_co_timeout_handler
  F0.yes(
    "virtual server delay loop '%s' invalid - ignoring",
    'argument-value',
    4,
    conf`
    virtual_server 192.0.2.1 80 {
        lb_algo rr
        lb_kind NAT
        delay_loop x
        protocol TCP
        real_server 192.0.2.21 80 {
        }
    }
  `,
  ), // 267 vs_delay_handler
  F0.yes(
    "virtual server delay before retry '%s' invalid - ignoring",
    'argument-value',
    4,
    conf`
    virtual_server 192.0.2.1 80 {
        lb_algo rr
        lb_kind NAT
        delay_before_retry -1
        protocol TCP
        real_server 192.0.2.21 80 {
        }
    }
  `,
  ), // 278 vs_delay_before_retry_handler
  F0.yes(
    'retry value invalid - %s',
    'argument-value',
    4,
    conf`
    virtual_server 192.0.2.1 80 {
        lb_algo rr
        lb_kind NAT
        retry x
        protocol TCP
        real_server 192.0.2.21 80 {
        }
    }
  `,
  ), // 287,817 vs_retry_handler
  F0.yes(
    "virtual server warmup '%s' invalid - ignoring",
    'argument-value',
    4,
    conf`
    virtual_server 192.0.2.1 80 {
        lb_algo rr
        lb_kind NAT
        warmup -1
        protocol TCP
        real_server 192.0.2.21 80 {
        }
    }
  `,
  ), // 301 vs_warmup_handler
  F0.yes(
    "Invalid lvs_scheduler '%s' - ignoring",
    'lvs-scheduler',
    4,
    conf`
    virtual_server 192.0.2.1 80 {
        lb_algo rr
        lb_kind NAT
        lvs_sched foo
        protocol TCP
        real_server 192.0.2.21 80 {
        }
    }
  `,
  ), // 314 lbalgo_handler
  F0.yes(
    '%s only applies to sh scheduler - ignoring',
    'lvs-option-ignored',
    4,
    conf`
    virtual_server 192.0.2.1 80 {
        lb_algo rr
        lb_kind NAT
        sh-port
        protocol TCP
        real_server 192.0.2.21 80 {
        }
    }
  `,
  ), // 353 lbflags_handler
  F0.yes(
    'PARSER : unknown [%s] routing method for %s server.',
    'lvs-method',
    4,
    conf`
    virtual_server 192.0.2.1 80 {
        lb_algo rr
        lb_kind NAT
        lvs_method dr
        protocol TCP
        real_server 192.0.2.21 80 {
        }
    }
  `,
  ), // 377 svr_forwarding_handler
  F0.yes(
    'Missing tunnel type for %s server.',
    'lvs-method',
    4,
    conf`
    virtual_server 192.0.2.1 80 {
        lb_algo rr
        lb_kind NAT
        lvs_method TUN type
        protocol TCP
        real_server 192.0.2.21 80 {
        }
    }
  `,
  ), // 385 svr_forwarding_handler
  F0.yes(
    'Unknown tunnel type %s for %s server.',
    'lvs-method',
    4,
    conf`
    virtual_server 192.0.2.1 80 {
        lb_algo rr
        lb_kind NAT
        lvs_method TUN type foo
        protocol TCP
        real_server 192.0.2.21 80 {
        }
    }
  `,
  ), // 397 svr_forwarding_handler
  F0.yes(
    'Missing port for %s server gue tunnel.',
    'lvs-method',
    4,
    conf`
    virtual_server 192.0.2.1 80 {
        lb_algo rr
        lb_kind NAT
        lvs_method TUN type gue port
        protocol TCP
        real_server 192.0.2.21 80 {
        }
    }
  `,
  ), // 403 svr_forwarding_handler
  F0.yes(
    'Invalid gue tunnel port %s for %s server.',
    'lvs-method',
    4,
    conf`
    virtual_server 192.0.2.1 80 {
        lb_algo rr
        lb_kind NAT
        lvs_method TUN type gue port x
        protocol TCP
        real_server 192.0.2.21 80 {
        }
    }
  `,
  ), // 407 svr_forwarding_handler
  F0.yes(
    'Invalid tunnel option %s for %s server.',
    'lvs-method',
    4,
    conf`
    virtual_server 192.0.2.1 80 {
        lb_algo rr
        lb_kind NAT
        lvs_method TUN foo
        protocol TCP
        real_server 192.0.2.21 80 {
        }
    }
  `,
  ), // 421 svr_forwarding_handler
  F0.yes(
    'gue tunnels require port, otherwise cannot have port.',
    'lvs-method',
    4,
    conf`
    virtual_server 192.0.2.1 80 {
        lb_algo rr
        lb_kind NAT
        lvs_method TUN type gue
        protocol TCP
        real_server 192.0.2.21 80 {
        }
    }
  `,
  ), // 427 svr_forwarding_handler
  F0.yes(
    'ipip tunnels do not support checksum option.',
    'lvs-method',
    4,
    conf`
    virtual_server 192.0.2.1 80 {
        lb_algo rr
        lb_kind NAT
        lvs_method TUN type ipip csum
        protocol TCP
        real_server 192.0.2.21 80 {
        }
    }
  `,
  ), // 432 svr_forwarding_handler
  F0.yes(
    'gre tunnels do not support remote checksum option.',
    'lvs-method',
    4,
    conf`
    virtual_server 192.0.2.1 80 {
        lb_algo rr
        lb_kind NAT
        lvs_method TUN type gre remcsum
        protocol TCP
        real_server 192.0.2.21 80 {
        }
    }
  `,
  ), // 438 svr_forwarding_handler
  F0.yes(
    'persistence_timeout invalid',
    'persistence-timeout-range',
    4,
    conf`
    virtual_server 192.0.2.1 80 {
        lb_algo rr
        lb_kind NAT
        persistence_timeout 0
        protocol TCP
        real_server 192.0.2.21 80 {
        }
    }
  `,
  ), // 490 pto_handler
  F0.yes(
    'persistence_name too long, truncating - %s',
    'argument-value',
    4,
    conf`
    virtual_server 192.0.2.1 80 {
        lb_algo rr
        lb_kind NAT
        persistence_engine sip_engine_name_x
        protocol TCP
        real_server 192.0.2.21 80 {
        }
    }
  `,
  ), // 504 pengine_handler
  F0.yes(
    'Invalid IPv6 persistence_granularity specified - %s',
    'argument-value',
    4,
    conf`
    virtual_server 2001:db8::1 80 {
        lb_algo rr
        lb_kind NAT
        persistence_granularity 129
        protocol TCP
        real_server 2001:db8::21 80 {
        }
    }
  `,
  ), // 520 pgr_handler
  F0.yes(
    'Invalid IPv4 persistence_granularity specified - %s',
    'argument-value',
    4,
    conf`
    virtual_server 192.0.2.1 80 {
        lb_algo rr
        lb_kind NAT
        persistence_granularity 255.255.255.0/24
        protocol TCP
        real_server 192.0.2.21 80 {
        }
    }
  `,
  ), // 529 pgr_handler
  F0.yes(
    'Unknown protocol %s - ignoring',
    'lvs-protocol',
    4,
    conf`
    virtual_server 192.0.2.1 80 {
        lb_algo rr
        lb_kind NAT
        protocol HTTP
        protocol TCP
        real_server 192.0.2.21 80 {
        }
    }
  `,
  ), // 574 proto_handler
  F0.yes(
    'Invalid virtual_server smtp_alert parameter %s',
    'argument-value',
    4,
    conf`
    virtual_server 192.0.2.1 80 {
        lb_algo rr
        lb_kind NAT
        smtp_alert maybe
        protocol TCP
        real_server 192.0.2.21 80 {
        }
    }
  `,
  ), // 592 vs_smtp_alert_handler
  F0.yes(
    'virtual server virtualhost missing',
    'argument-missing',
    4,
    conf`
    virtual_server 192.0.2.1 80 {
        lb_algo rr
        lb_kind NAT
        virtualhost
        protocol TCP
        real_server 192.0.2.21 80 {
        }
    }
  `,
  ), // 606 vs_virtualhost_handler
  F0.yes(
    'virtual server snmp_name missing or extra parameters',
    'argument-extra',
    4,
    conf`
    virtual_server 192.0.2.1 80 {
        lb_algo rr
        lb_kind NAT
        snmp_name a b
        protocol TCP
        real_server 192.0.2.21 80 {
        }
    }
  `,
  ), // 620 vs_snmp_name_handler
  F0.yes(
    'Ignoring sorry_server inhibit used before or without sorry_server',
    'lvs-option-ignored',
    4,
    conf`
    virtual_server 192.0.2.1 80 {
        lb_algo rr
        lb_kind NAT
        sorry_server_inhibit
        protocol TCP
        real_server 192.0.2.21 80 {
        }
    }
  `,
  ), // 641 __attribute__
  F0.yes(
    'sorry_server forwarding used without sorry_server',
    'lvs-option-ignored',
    4,
    conf`
    virtual_server 192.0.2.1 80 {
        lb_algo rr
        lb_kind NAT
        sorry_server_lvs_method DR
        protocol TCP
        real_server 192.0.2.21 80 {
        }
    }
  `,
  ), // 651 ss_forwarding_handler
  F0.yes(
    "Address family of virtual server and real server %s don't match - skipping real server.",
    'lvs-family-mismatch',
    6,
    conf`
    virtual_server 192.0.2.1 80 {
        lb_algo rr
        lb_kind NAT
        protocol TCP
        real_server 2001:db8::21 80 {
        }
    }
  `,
  ), // 685 rs_end_handler
  F0.yes(
    'Real server weight %s is outside range 0-%d',
    'argument-value',
    6,
    conf`
    virtual_server 192.0.2.1 80 {
        lb_algo rr
        lb_kind NAT
        protocol TCP
        real_server 192.0.2.21 80 {
            weight -1
        }
    }
  `,
  ), // 699 rs_weight_handler
  F0.yes(
    "Invalid real_server uthreshold '%s' - ignoring",
    'argument-value',
    6,
    conf`
    virtual_server 192.0.2.1 80 {
        lb_algo rr
        lb_kind NAT
        protocol TCP
        real_server 192.0.2.21 80 {
            uthreshold x
        }
    }
  `,
  ), // 721 uthreshold_handler
  F0.yes(
    "Invalid real_server lthreshold '%s' - ignoring",
    'argument-value',
    6,
    conf`
    virtual_server 192.0.2.1 80 {
        lb_algo rr
        lb_kind NAT
        protocol TCP
        real_server 192.0.2.21 80 {
            lthreshold x
        }
    }
  `,
  ), // 734 lthreshold_handler
  F0.yes(
    '(%s) notify_up script already specified - ignoring %s',
    'duplicate-keyword',
    7,
    conf`
    virtual_server 192.0.2.1 80 {
        lb_algo rr
        lb_kind NAT
        protocol TCP
        real_server 192.0.2.21 80 {
            notify_up /bin/true
            notify_up /bin/false
        }
    }
  `,
  ), // 756 notify_up_handler
  F0.yes(
    '(%s) notify_down script already specified - ignoring %s',
    'duplicate-keyword',
    7,
    conf`
    virtual_server 192.0.2.1 80 {
        lb_algo rr
        lb_kind NAT
        protocol TCP
        real_server 192.0.2.21 80 {
            notify_down /bin/true
            notify_down /bin/false
        }
    }
  `,
  ), // 767 notify_down_handler
  F0.yes(
    'real server connect_timeout %s invalid - ignoring',
    'argument-value',
    6,
    conf`
    virtual_server 192.0.2.1 80 {
        lb_algo rr
        lb_kind NAT
        protocol TCP
        real_server 192.0.2.21 80 {
            connect_timeout x
        }
    }
  `,
  ), // 780 rs_co_timeout_handler
  F0.yes(
    "real server delay_loop '%s' invalid - ignoring",
    'argument-value',
    6,
    conf`
    virtual_server 192.0.2.1 80 {
        lb_algo rr
        lb_kind NAT
        protocol TCP
        real_server 192.0.2.21 80 {
            delay_loop x
        }
    }
  `,
  ), // 795 rs_delay_handler
  F0.yes(
    "real server delay_before_retry '%s' invalid - ignoring",
    'argument-value',
    6,
    conf`
    virtual_server 192.0.2.1 80 {
        lb_algo rr
        lb_kind NAT
        protocol TCP
        real_server 192.0.2.21 80 {
            delay_before_retry -1
        }
    }
  `,
  ), // 807 rs_delay_before_retry_handler
  F0.yes(
    "real server warmup '%s' invalid - ignoring",
    'argument-value',
    6,
    conf`
    virtual_server 192.0.2.1 80 {
        lb_algo rr
        lb_kind NAT
        protocol TCP
        real_server 192.0.2.21 80 {
            warmup -1
        }
    }
  `,
  ), // 832 rs_warmup_handler
  F0.yes(
    'Invalid inhibit_on_failure parameter %s',
    'argument-value',
    6,
    conf`
    virtual_server 192.0.2.1 80 {
        lb_algo rr
        lb_kind NAT
        protocol TCP
        real_server 192.0.2.21 80 {
            inhibit_on_failure maybe
        }
    }
  `,
  ), // 844 rs_inhibit_handler
  F0.yes(
    'Invalid alpha parameter %s',
    'argument-value',
    6,
    conf`
    virtual_server 192.0.2.1 80 {
        lb_algo rr
        lb_kind NAT
        protocol TCP
        real_server 192.0.2.21 80 {
            alpha maybe
        }
    }
  `,
  ), // 860 rs_alpha_handler
  F0.yes(
    'Invalid real_server smtp_alert parameter %s',
    'argument-value',
    6,
    conf`
    virtual_server 192.0.2.1 80 {
        lb_algo rr
        lb_kind NAT
        protocol TCP
        real_server 192.0.2.21 80 {
            smtp_alert maybe
        }
    }
  `,
  ), // 876 rs_smtp_alert_handler
  F0.yes(
    'real server virtualhost missing',
    'argument-missing',
    6,
    conf`
    virtual_server 192.0.2.1 80 {
        lb_algo rr
        lb_kind NAT
        protocol TCP
        real_server 192.0.2.21 80 {
            virtualhost
        }
    }
  `,
  ), // 890 rs_virtualhost_handler
  F0.yes(
    'real server snmp_name missing or extra parameters',
    'argument-extra',
    6,
    conf`
    virtual_server 192.0.2.1 80 {
        lb_algo rr
        lb_kind NAT
        protocol TCP
        real_server 192.0.2.21 80 {
            snmp_name a b
        }
    }
  `,
  ), // 905 rs_snmp_name_handler
  F0.yes(
    '(%s) quorum_up script already specified - ignoring %s',
    'duplicate-keyword',
    5,
    conf`
    virtual_server 192.0.2.1 80 {
        lb_algo rr
        lb_kind NAT
        quorum_up /bin/true
        quorum_up /bin/false
        protocol TCP
        real_server 192.0.2.21 80 {
        }
    }
  `,
  ), // 930 quorum_up_handler
  F0.yes(
    '(%s) quorum_down script already specified - ignoring %s',
    'duplicate-keyword',
    5,
    conf`
    virtual_server 192.0.2.1 80 {
        lb_algo rr
        lb_kind NAT
        quorum_down /bin/true
        quorum_down /bin/false
        protocol TCP
        real_server 192.0.2.21 80 {
        }
    }
  `,
  ), // 940 quorum_down_handler
  F0.yes(
    'Quorum %s must be in [1, %u]. Setting to 1.',
    'argument-value',
    4,
    conf`
    virtual_server 192.0.2.1 80 {
        lb_algo rr
        lb_kind NAT
        quorum 0
        protocol TCP
        real_server 192.0.2.21 80 {
        }
    }
  `,
  ), // 952 quorum_handler
  F0.yes(
    'Hysteresis %s must be in [0, %u] - ignoring',
    'argument-value',
    4,
    conf`
    virtual_server 192.0.2.1 80 {
        lb_algo rr
        lb_kind NAT
        hysteresis x
        protocol TCP
        real_server 192.0.2.21 80 {
        }
    }
  `,
  ), // 965 hysteresis_handler
  F0.yes(
    'Virtual server weight %s is outside range 1-%d',
    'argument-value',
    4,
    conf`
    virtual_server 192.0.2.1 80 {
        lb_algo rr
        lb_kind NAT
        weight 0
        protocol TCP
        real_server 192.0.2.21 80 {
        }
    }
  `,
  ), // 978 vs_weight_handler
  // ---- keepalived/check/check_data.c
  F1.yes("(%s): fwmark '%s' must be in [0, %u] - ignoring", 'vsg-entry-invalid', 2, inGroup('fwmark 4294967296')), // 220 alloc_vsg_entry
  F1.yes("(%s): fwmark '%u' family %s unknown - ignoring", 'vsg-entry-invalid', 2, inGroup('fwmark 5 inet7')), // 233 alloc_vsg_entry
  F1.yes('Invalid virtual server group IP address %s %s%s%s - skipping', 'vsg-entry-invalid', 2, inGroup('10.0.0.300 80')), // 257 alloc_vsg_entry
  F1.no('IPVS does not support IPv6 in this build - skipping %s', 'build', 'Only in builds without IPv6 IPVS support.'), // 264 alloc_vsg_entry
  F1.yes('Invalid netmask - %s - skipping', 'vsg-entry-invalid', 2, inGroup('10.0.0.0/33 80')), // 276 alloc_vsg_entry
  F1.yes('Address mask bits not empty - %s - skipping', 'vsg-entry-invalid', 2, inGroup('10.0.0.1/24 80')), // 310 alloc_vsg_entry
  F1.yes('Invalid range end %s - skipping', 'vsg-entry-invalid', 2, inGroup('10.0.0.1-10.0.0.x 80')), // 319 alloc_vsg_entry
  F1.no(
    'Range address families do not match %s - skipping',
    'internal',
    'Cannot happen: both ends take their family from the same word (a colon anywhere in it makes both IPv6).',
  ), // 324 alloc_vsg_entry
  F1.yes('Address range end is less than address range start - %s - skipping', 'vsg-entry-invalid', 2, inGroup('10.0.0.5-10.0.0.1 80')), // 348 alloc_vsg_entry
  F1.yes('Address range end is not greater than address range start - %s - skipping', 'vsg-entry-invalid', 2, inGroup('10.0.0.5-3 80')), // 371 alloc_vsg_entry
  F1.yes(
    'Invalid real server ip address/port %s/%s - skipping',
    'argument-value',
    5,
    conf`
    virtual_server 192.0.2.1 80 {
        lb_algo rr
        lb_kind NAT
        protocol TCP
        real_server 192.0.2.300 80 {
        }
    }
  `,
  ), // 574 alloc_rs
  F1.no('IPVS does not support IPv6 in this build - skipping %s/%s', 'build', 'Only in builds without IPv6 IPVS support.'), // 582 alloc_rs
  F1.no("Your kernel doesn't support mixed IPv4/IPv6 for virtual/real servers", 'host', 'A kernel without mixed-family IPVS.'), // 590 alloc_rs
  F1.yes(
    "virtual server fwmark '%s' must be in [0, %u] - ignoring",
    'virtual-server-invalid',
    1,
    conf`
    virtual_server fwmark 4294967296 {
        lvs_sched rr
        lvs_method DR
        real_server 192.0.2.21 {
        }
    }
  `,
  ), // 791 alloc_vs
  F1.yes(
    'Invalid virtual server IP address%s %s%s%s - skipping',
    'virtual-server-invalid',
    1,
    conf`
    virtual_server localhost 80 {
        lvs_sched rr
        lvs_method NAT
        protocol TCP
        real_server 192.0.2.21 80 {
        }
    }
  `,
  ), // 802 alloc_vs
  F1.no('IPVS with IPv6 is not supported by this build', 'build', 'Only in builds without IPv6 IPVS support.'), // 812 alloc_vs
  F1.yes(
    'Invalid sorry server IP address %s - skipping',
    'argument-value',
    4,
    conf`
    virtual_server 192.0.2.1 80 {
        lb_algo rr
        lb_kind NAT
        sorry_server 192.0.2.300 80
        protocol TCP
        real_server 192.0.2.21 80 {
        }
    }
  `,
  ), // 869 alloc_ssvr
  F1.yes(
    'SECURITY VIOLATION - check scripts are being executed but script_security not enabled.%s',
    'script-security',
    7,
    conf`
    virtual_server 192.0.2.1 80 {
        lb_algo rr
        lb_kind NAT
        protocol TCP
        real_server 192.0.2.21 80 {
            MISC_CHECK {
                misc_path /bin/true
            }
        }
    }
  `,
    { unlined: true },
  ), // 1065 check_check_script_security
  F1.yes(
    'Virtual server %s has no real servers - ignoring',
    'real-server-missing',
    1,
    conf`
    virtual_server 192.0.2.1 80 {
        lb_algo rr
        lb_kind NAT
        protocol TCP
    }
  `,
    { unlined: true },
  ), // 1086 validate_check_config
  F1.yes(
    'Virtual server %s: cannot use ha_suspend with fwmarks - clearing ha_suspend',
    'lvs-option-ignored',
    4,
    conf`
    virtual_server fwmark 1 {
        lb_algo rr
        lb_kind NAT
        ha_suspend
        real_server 192.0.2.21 80 {
        }
    }
  `,
    { unlined: true },
  ), // 1094 validate_check_config
  F1.yes(
    'Virtual server %s: no protocol set - defaulting to UDP',
    'lvs-protocol',
    1,
    conf`
    virtual_server 192.0.2.1 80 {
        lb_algo rr
        lb_kind NAT
        real_server 192.0.2.21 80 {
        }
    }
  `,
    { unlined: true },
  ), // 1107 validate_check_config
  F1.yes(
    'Virtual server %s: one packet scheduling requires UDP - resetting',
    'lvs-option-ignored',
    4,
    conf`
    virtual_server 192.0.2.1 80 {
        lb_algo rr
        lb_kind NAT
        ops
        protocol TCP
        real_server 192.0.2.21 80 {
        }
    }
  `,
    { unlined: true },
  ), // 1115 validate_check_config
  F1.yes(
    'Virtual server %s: zero port only valid for persistent services - setting',
    'lvs-zero-port',
    1,
    conf`
    virtual_server 192.0.2.1 {
        lb_algo rr
        lb_kind NAT
        protocol TCP
        real_server 192.0.2.21 80 {
        }
    }
  `,
    { unlined: true },
  ), // 1124,1135 validate_check_config
  F1.yes(
    'Warning: Virtual server %s: protocol specified for fwmark - protocol will be ignored',
    'fwmark-protocol',
    4,
    conf`
    virtual_server fwmark 1 {
        lb_algo rr
        lb_kind NAT
        protocol TCP
        real_server 192.0.2.21 80 {
        }
    }
  `,
    { unlined: true },
  ), // 1146 validate_check_config
  F1.yes(
    "Virtual server %s: no scheduler set, setting default '%s'",
    'lvs-scheduler',
    1,
    conf`
    virtual_server 192.0.2.1 80 {
        lb_kind NAT
        protocol TCP
        real_server 192.0.2.21 80 {
        }
    }
  `,
    { unlined: true },
  ), // 1152 validate_check_config
  F1.yes(
    'VS %s: real server %s is duplicated - removing second rs',
    'real-server-duplicate',
    7,
    conf`
    virtual_server 192.0.2.1 80 {
        lb_algo rr
        lb_kind NAT
        protocol TCP
        real_server 192.0.2.21 80 {
        }
        real_server 192.0.2.21 80 {
        }
    }
  `,
    { unlined: true },
  ), // 1175 validate_check_config
  F1.yes(
    'Virtual server %s: no forwarding method set, setting default NAT',
    'lvs-method-missing',
    1,
    conf`
    virtual_server 192.0.2.1 80 {
        lb_algo rr
        protocol TCP
        real_server 192.0.2.21 80 {
        }
    }
  `,
    { unlined: true },
  ), // 1188,1249 validate_check_config
  F1.yes(
    'Virtual server %s: real server %s matches sorry server, but inhibit setting differs, %sing on sorry server',
    'lvs-option-ignored',
    5,
    conf`
    virtual_server 192.0.2.1 80 {
        lb_algo rr
        lb_kind NAT
        protocol TCP
        sorry_server 192.0.2.21 80
        real_server 192.0.2.21 80 {
            inhibit_on_failure
        }
    }
  `,
    { unlined: true },
  ), // 1239 validate_check_config
  F1.yes(
    'Warning - quorum %u for %s exceeds total weight of real servers %u, reducing quorum to %u',
    'lvs-quorum',
    4,
    conf`
    virtual_server 192.0.2.1 80 {
        lb_algo rr
        lb_kind NAT
        quorum 5
        protocol TCP
        real_server 192.0.2.21 80 {
        }
    }
  `,
    { unlined: true },
  ), // 1266 validate_check_config
  F1.yes(
    'Virtual server %s: hysteresis %u >= quorum %u; setting hysteresis to %u',
    'lvs-quorum',
    5,
    conf`
    virtual_server 192.0.2.1 80 {
        lb_algo rr
        lb_kind NAT
        quorum 1
        hysteresis 1
        protocol TCP
        real_server 192.0.2.21 80 {
        }
    }
  `,
    { unlined: true },
  ), // 1272 validate_check_config
  F1.yes(
    'WARNING - fwmark virtual server %s, real server %s has port specified - port will be ignored',
    'sorry-server-port',
    7,
    conf`
    virtual_server_group G {
        fwmark 1
    }
    virtual_server group G {
        lb_algo rr
        lb_kind DR
        real_server 192.0.2.21 80 {
        }
    }
  `,
    { unlined: true },
  ), // 1285 validate_check_config
  F1.yes(
    'WARNING - fwmark virtual server %s, sorry server has port specified - port will be ignored',
    'sorry-server-port',
    7,
    conf`
    virtual_server_group G {
        fwmark 1
    }
    virtual_server group G {
        lb_algo rr
        lb_kind DR
        sorry_server 192.0.2.30 80
        real_server 192.0.2.21 {
        }
    }
  `,
    { unlined: true },
  ), // 1289 validate_check_config
  F1.yes(
    "virtual server %s:[%s] and real server %s ports don't match",
    'sorry-server-port',
    8,
    conf`
    virtual_server_group G {
        192.0.2.1 80
    }
    virtual_server group G {
        lb_algo rr
        lb_kind DR
        protocol TCP
        real_server 192.0.2.21 8080 {
        }
    }
  `,
    { unlined: true },
  ), // 1297 validate_check_config
  F1.yes(
    'WARNING - virtual server %s, sorry server has port specified - port will be ignored',
    'sorry-server-port',
    8,
    conf`
    virtual_server_group G {
        192.0.2.1 80
    }
    virtual_server group G {
        lb_algo rr
        lb_kind DR
        protocol TCP
        sorry_server 192.0.2.30 8080
        real_server 192.0.2.21 80 {
        }
    }
  `,
    { unlined: true },
  ), // 1302 validate_check_config
  F1.yes(
    'WARNING - fwmark virtual server %s, real server %s has port specified - clearing',
    'sorry-server-port',
    4,
    conf`
    virtual_server fwmark 1 {
        lb_algo rr
        lb_kind DR
        real_server 192.0.2.21 80 {
        }
    }
  `,
    { unlined: true },
  ), // 1315 validate_check_config
  F1.yes(
    "WARNING - virtual server %s and real server %s ports don't match - resetting",
    'sorry-server-port',
    5,
    conf`
    virtual_server 192.0.2.1 80 {
        lb_algo rr
        lb_kind DR
        protocol TCP
        real_server 192.0.2.21 8080 {
        }
    }
  `,
    { unlined: true },
  ), // 1322 validate_check_config
  F1.yes(
    'WARNING - virtual server %s, sorry server has port specified - clearing',
    'sorry-server-port',
    4,
    conf`
    virtual_server fwmark 1 {
        lb_algo rr
        lb_kind DR
        sorry_server 192.0.2.30 80
        real_server 192.0.2.21 {
        }
    }
  `,
    { unlined: true },
  ), // 1332 validate_check_config
  F1.yes(
    "WARNING - virtual server %s and sorry server ports don't match - resetting",
    'sorry-server-port',
    5,
    conf`
    virtual_server 192.0.2.1 80 {
        lb_algo rr
        lb_kind DR
        protocol TCP
        sorry_server 192.0.2.30 8080
        real_server 192.0.2.21 80 {
        }
    }
  `,
    { unlined: true },
  ), // 1339 validate_check_config
  // ---- keepalived/check/check_api.c
  F2.yes('Checker link local address %s requires a bind_if', 'checker-connection', 8, inRealServer('TCP_CHECK {', '    connect_ip fe80::1', '}')), // 198 check_conn_opts
  F2.yes(
    'Invalid connect_ip address %s - ignoring',
    'argument-value',
    7,
    conf`
    virtual_server 192.0.2.1 80 {
        lb_algo rr
        lb_kind NAT
        protocol TCP
        real_server 192.0.2.21 80 {
            TCP_CHECK {
                connect_ip x
            }
        }
    }
  `,
  ), // 253 co_ip_handler
  F2.yes(
    'connect_ip address %s does not match address family of bindto - skipping',
    'checker-connection',
    8,
    inRealServer('TCP_CHECK {', '    bindto 192.0.2.11', '    connect_ip 2001:db8::7', '}'),
  ), // 256 co_ip_handler
  F2.yes(
    "Invalid checker connect_port '%s'",
    'argument-value',
    7,
    conf`
    virtual_server 192.0.2.1 80 {
        lb_algo rr
        lb_kind NAT
        protocol TCP
        real_server 192.0.2.21 80 {
            TCP_CHECK {
                connect_port x
            }
        }
    }
  `,
  ), // 269 co_port_handler
  F2.yes(
    'Invalid bindto address %s - ignoring',
    'argument-value',
    7,
    conf`
    virtual_server 192.0.2.1 80 {
        lb_algo rr
        lb_kind NAT
        protocol TCP
        real_server 192.0.2.21 80 {
            TCP_CHECK {
                bindto x
            }
        }
    }
  `,
  ), // 282 co_srcip_handler
  F2.yes(
    'bindto address %s does not match address family of connect_ip - skipping',
    'checker-connection',
    7,
    inRealServer('TCP_CHECK {', '    bindto 2001:db8::5', '}'),
    { note: 'Without connect_ip the checker connects to the real server, whose family bindto must then have.' },
  ), // 285 co_srcip_handler
  F2.yes(
    "Invalid checker bind_port '%s'",
    'argument-value',
    7,
    conf`
    virtual_server 192.0.2.1 80 {
        lb_algo rr
        lb_kind NAT
        protocol TCP
        real_server 192.0.2.21 80 {
            TCP_CHECK {
                bind_port x
            }
        }
    }
  `,
  ), // 298 co_srcport_handler
  F2.yes(
    'Interface name %s is too long - ignoring',
    'argument-value',
    7,
    conf`
    virtual_server 192.0.2.1 80 {
        lb_algo rr
        lb_kind NAT
        protocol TCP
        real_server 192.0.2.21 80 {
            TCP_CHECK {
                bind_if eth0123456789abcdef
            }
        }
    }
  `,
  ), // 313 co_srcif_handler
  F2.yes(
    'connect_timeout %s invalid - ignoring',
    'argument-value',
    7,
    conf`
    virtual_server 192.0.2.1 80 {
        lb_algo rr
        lb_kind NAT
        protocol TCP
        real_server 192.0.2.21 80 {
            TCP_CHECK {
                connect_timeout x
            }
        }
    }
  `,
  ), // 327 co_timeout_handler
  F2.yes(
    "Invalid fwmark connection value '%s'",
    'argument-value',
    7,
    conf`
    virtual_server 192.0.2.1 80 {
        lb_algo rr
        lb_kind NAT
        protocol TCP
        real_server 192.0.2.21 80 {
            TCP_CHECK {
                fwmark x
            }
        }
    }
  `,
  ), // 342 co_fwmark_handler
  F2.yes(
    "Invalid retry connection value '%s'",
    'argument-value',
    7,
    conf`
    virtual_server 192.0.2.1 80 {
        lb_algo rr
        lb_kind NAT
        protocol TCP
        real_server 192.0.2.21 80 {
            TCP_CHECK {
                retry x
            }
        }
    }
  `,
  ), // 356 retry_handler
  F2.yes(
    "Invalid delay_before_retry connection value '%s'",
    'argument-value',
    7,
    conf`
    virtual_server 192.0.2.1 80 {
        lb_algo rr
        lb_kind NAT
        protocol TCP
        real_server 192.0.2.21 80 {
            TCP_CHECK {
                delay_before_retry -1
            }
        }
    }
  `,
  ), // 370 delay_before_retry_handler
  F2.yes(
    "Invalid warmup connection value '%s'",
    'argument-value',
    7,
    conf`
    virtual_server 192.0.2.1 80 {
        lb_algo rr
        lb_kind NAT
        protocol TCP
        real_server 192.0.2.21 80 {
            TCP_CHECK {
                warmup -1
            }
        }
    }
  `,
  ), // 385 warmup_handler
  F2.yes(
    "delay_loop '%s' is invalid - ignoring",
    'argument-value',
    7,
    conf`
    virtual_server 192.0.2.1 80 {
        lb_algo rr
        lb_kind NAT
        protocol TCP
        real_server 192.0.2.21 80 {
            TCP_CHECK {
                delay_loop x
            }
        }
    }
  `,
  ), // 399 delay_handler
  F2.yes(
    'Invalid alpha parameter %s',
    'argument-value',
    7,
    conf`
    virtual_server 192.0.2.1 80 {
        lb_algo rr
        lb_kind NAT
        protocol TCP
        real_server 192.0.2.21 80 {
            TCP_CHECK {
                alpha maybe
            }
        }
    }
  `,
  ), // 415 alpha_handler
  F2.yes(
    'Invalid log_all_failures parameter %s',
    'argument-value',
    7,
    conf`
    virtual_server 192.0.2.1 80 {
        lb_algo rr
        lb_kind NAT
        protocol TCP
        real_server 192.0.2.21 80 {
            TCP_CHECK {
                log_all_failures maybe
            }
        }
    }
  `,
  ), // 430 log_all_failures_handler
  // ---- keepalived/check/check_http.c
  F3.yes(
    "nb_get_retry is deprecated - please use 'retry'",
    'deprecated-keyword',
    7,
    conf`
    virtual_server 192.0.2.1 80 {
        lb_algo rr
        lb_kind NAT
        protocol TCP
        real_server 192.0.2.21 80 {
            HTTP_GET {
                nb_get_retry 3
                url {
                    path /
                }
            }
        }
    }
  `,
  ), // 446 http_get_retry_handler
  F3.yes(
    "Invalid nb_get_retry value '%s'",
    'argument-value',
    7,
    conf`
    virtual_server 192.0.2.1 80 {
        lb_algo rr
        lb_kind NAT
        protocol TCP
        real_server 192.0.2.21 80 {
            HTTP_GET {
                nb_get_retry x
                url {
                    path /
                }
            }
        }
    }
  `,
  ), // 449 http_get_retry_handler
  F3.yes(
    'HTTP_GET virtualhost name missing',
    'argument-missing',
    7,
    conf`
    virtual_server 192.0.2.1 80 {
        lb_algo rr
        lb_kind NAT
        protocol TCP
        real_server 192.0.2.21 80 {
            HTTP_GET {
                virtualhost
                url {
                    path /
                }
            }
        }
    }
  `,
  ), // 462 virtualhost_handler
  F3.yes(
    'HTTP/SSL_GET checker has no urls specified - ignoring',
    'checker-no-url',
    7,
    conf`
    virtual_server 192.0.2.1 80 {
        lb_algo rr
        lb_kind NAT
        protocol TCP
        real_server 192.0.2.21 80 {
            HTTP_GET {
            }
        }
    }
  `,
  ), // 475 http_get_check_end
  F3.yes("Digest '%s' is a duplicate", 'duplicate-keyword', 10, inUrl('digest 0123456789abcdef0123456789abcdef', 'digest 0123456789abcdef0123456789abcdef')), // 524 digest_handler
  F3.yes("digest '%s' character length should be %d rather than %zu", 'argument-value', 9, inUrl('digest abc')), // 530 digest_handler
  F3.yes("Unable to interpret hex digit in '%s' at offset %d/%d", 'argument-value', 9, inUrl('digest 0123456789abcdef0123456789abcdeg')), // 541 digest_handler
  F3.yes("Invalid HTTP_GET status code '%s'", 'argument-value', 9, inUrl('status_code 200 299-200')), // 575 status_code_handler
  F3.yes(
    'Missing HTTP_GET virtualhost name',
    'argument-missing',
    9,
    conf`
    virtual_server 192.0.2.1 80 {
        lb_algo rr
        lb_kind NAT
        protocol TCP
        real_server 192.0.2.21 80 {
            HTTP_GET {
                url {
                    path /
                    virtualhost
                }
            }
        }
    }
  `,
  ), // 591 url_virtualhost_handler
  F3.yes(
    'Missing http_protocol version',
    'argument-missing',
    7,
    conf`
    virtual_server 192.0.2.1 80 {
        lb_algo rr
        lb_kind NAT
        protocol TCP
        real_server 192.0.2.21 80 {
            HTTP_GET {
                http_protocol
                url {
                    path /
                }
            }
        }
    }
  `,
  ), // 604 http_protocol_handler
  F3.yes(
    'Invalid http_protocol version %s',
    'argument-value',
    7,
    conf`
    virtual_server 192.0.2.1 80 {
        lb_algo rr
        lb_kind NAT
        protocol TCP
        real_server 192.0.2.21 80 {
            HTTP_GET {
                http_protocol 3.0
                url {
                    path /
                }
            }
        }
    }
  `,
  ), // 616 http_protocol_handler
  F3.yes('Missing or too may options for regex_%s_offset', 'checker-option', 10, inUrl('regex "ok"', 'regex_min_offset 5 6'), { atStart: true, unlined: true }), // 671 regex_offset_handler (log)
  F3.yes('Invalid regex_%s_offset %s specified', 'checker-option', 10, inUrl('regex "ok"', 'regex_max_offset x'), { atStart: true, unlined: true }), // 677 regex_offset_handler (log)
  F3.yes('regex_stack requires start and max values', 'checker-option', 10, inUrl('regex "ok"', 'regex_stack 1'), { atStart: true, unlined: true }), // 713 regex_stack_handler (log)
  F3.yes('regex_stack invalid start value', 'checker-option', 10, inUrl('regex "ok"', 'regex_stack x 5'), { atStart: true, unlined: true }), // 719 regex_stack_handler (log)
  F3.yes('regex_stack invalid max value', 'checker-option', 10, inUrl('regex "ok"', 'regex_stack 5 x'), { atStart: true, unlined: true }), // 725 regex_stack_handler (log)
  F3.yes('regex stack start cannot exceed max value', 'checker-option', 10, inUrl('regex "ok"', 'regex_stack 10 5'), { atStart: true, unlined: true }), // 730 regex_stack_handler (log)
  F3.yes(
    'Invalid enable_sni parameter %s',
    'argument-value',
    7,
    conf`
    virtual_server 192.0.2.1 80 {
        lb_algo rr
        lb_kind NAT
        protocol TCP
        real_server 192.0.2.21 80 {
            SSL_GET {
                enable_sni maybe
                url {
                    path /
                }
            }
        }
    }
  `,
  ), // 815 enable_sni_handler
  F3.yes(
    'Invalid fast_recovery parameter %s',
    'argument-value',
    7,
    conf`
    virtual_server 192.0.2.1 80 {
        lb_algo rr
        lb_kind NAT
        protocol TCP
        real_server 192.0.2.21 80 {
            HTTP_GET {
                fast_recovery maybe
                url {
                    path /
                }
            }
        }
    }
  `,
  ), // 832 fast_recovery_handler
  F3.yes(
    'HTTP/SSL_GET checker url has no path - ignoring',
    'checker-no-url',
    9,
    conf`
    virtual_server 192.0.2.1 80 {
        lb_algo rr
        lb_kind NAT
        protocol TCP
        real_server 192.0.2.21 80 {
            HTTP_GET {
                url {
                    status_code 200
                }
            }
        }
    }
  `,
  ), // 847 url_check
  F3.yes('regex parameters specified without regex', 'checker-option', 9, inUrl('regex_no_match'), { atStart: true, unlined: true }), // 873 url_check (log)
  F3.yes('regex min offset %zu > regex_max_offset %zu - ignoring', 'checker-option', 10, inUrl('regex "ok"', 'regex_min_offset 10', 'regex_max_offset 5'), {
    atStart: true,
    unlined: true,
  }), // 884 url_check (log)
  // ---- keepalived/check/check_bfd.c
  F4.yes(
    '(%s) BFD_CHECK - No or too many names specified - skipping checker',
    'checker-incomplete',
    13,
    conf`
    bfd_instance b1 {
        neighbor_ip 192.0.2.30
    }
    bfd_instance b2 {
        neighbor_ip 192.0.2.31
    }
    virtual_server 192.0.2.1 80 {
        lb_algo rr
        lb_kind NAT
        protocol TCP
        real_server 192.0.2.21 80 {
            BFD_CHECK {
                name b1 b2
            }
        }
    }
  `,
  ), // 164 bfd_name_handler
  F4.yes(
    '(%s) BFD_CHECK - BFD %s not configured',
    'undefined-reference',
    7,
    conf`
    virtual_server 192.0.2.1 80 {
        lb_algo rr
        lb_kind NAT
        protocol TCP
        real_server 192.0.2.21 80 {
            BFD_CHECK {
                name b1
            }
        }
    }
  `,
  ), // 168 bfd_name_handler
  F4.yes(
    '(%s) BFD_CHECK - BFD %s already specified as %s',
    'checker-incomplete',
    14,
    conf`
    bfd_instance b1 {
        neighbor_ip 192.0.2.30
    }
    bfd_instance b2 {
        neighbor_ip 192.0.2.31
    }
    virtual_server 192.0.2.1 80 {
        lb_algo rr
        lb_kind NAT
        protocol TCP
        real_server 192.0.2.21 80 {
            BFD_CHECK {
                name b1
                name b2
            }
        }
    }
  `,
  ), // 172 bfd_name_handler
  F4.yes(
    '(%s) BFD_CHECK - BFD name %s too long',
    'checker-incomplete',
    10,
    conf`
    bfd_instance bfd_abcdefghijklmnopqrstuvwxyz01 {
        neighbor_ip 192.0.2.30
    }
    virtual_server 192.0.2.1 80 {
        lb_algo rr
        lb_kind NAT
        protocol TCP
        real_server 192.0.2.21 80 {
            BFD_CHECK {
                name bfd_abcdefghijklmnopqrstuvwxyz01
            }
        }
    }
  `,
    { note: 'keepalived also refuses the bfd_instance itself (bfd-instance-invalid); its checker process still knows the name.' },
  ), // 177 bfd_name_handler
  F4.yes(
    '(%s) BFD_CHECK - RS already monitoring %s',
    'checker-incomplete',
    16,
    conf`
    bfd_instance b1 {
        neighbor_ip 192.0.2.30
    }
    bfd_instance b2 {
        neighbor_ip 192.0.2.31
    }
    virtual_server 192.0.2.1 80 {
        lb_algo rr
        lb_kind NAT
        protocol TCP
        real_server 192.0.2.21 80 {
            BFD_CHECK {
                name b1
            }
            BFD_CHECK {
                name b1
            }
        }
    }
  `,
  ), // 187 bfd_name_handler
  F4.yes(
    'Invalid alpha parameter %s',
    'argument-value',
    7,
    conf`
    virtual_server 192.0.2.1 80 {
        lb_algo rr
        lb_kind NAT
        protocol TCP
        real_server 192.0.2.21 80 {
            BFD_CHECK {
                alpha maybe
            }
        }
    }
  `,
  ), // 216 bfd_alpha_handler
  F4.yes(
    '(%s) No name has been specified for BFD_CHECKER - skipping',
    'checker-incomplete',
    8,
    conf`
    virtual_server 192.0.2.1 80 {
        lb_algo rr
        lb_kind NAT
        protocol TCP
        real_server 192.0.2.21 80 {
            BFD_CHECK {
                alpha
            }
        }
    }
  `,
  ), // 239 bfd_end_handler
  // ---- keepalived/check/check_udp.c
  F5.yes(
    'UDP_CHECK payload requires a payload',
    'argument-missing',
    7,
    conf`
    virtual_server 192.0.2.1 80 {
        lb_algo rr
        lb_kind NAT
        protocol TCP
        real_server 192.0.2.21 80 {
            UDP_CHECK {
                payload
            }
        }
    }
  `,
  ), // 107 payload_handler
  F5.yes('Invalid hex string for UDP_CHECK payload', 'argument-value', 7, inRealServer('UDP_CHECK {', '    payload 0x41', '}')), // 115 payload_handler
  F5.yes('Invalid hex string for UDP_CHECK reply', 'argument-value', 7, inRealServer('UDP_CHECK {', '    require_reply 4g', '}')), // 135 require_reply_handler
  F5.yes(
    'UDP_CHECK min length %s not valid - must be between 0 & %d',
    'argument-value',
    7,
    conf`
    virtual_server 192.0.2.1 80 {
        lb_algo rr
        lb_kind NAT
        protocol TCP
        real_server 192.0.2.21 80 {
            UDP_CHECK {
                min_reply_length 99999
            }
        }
    }
  `,
  ), // 147 min_length_handler
  F5.yes(
    'UDP_CHECK max length %s not valid - must be between 0 & %d',
    'argument-value',
    7,
    conf`
    virtual_server 192.0.2.1 80 {
        lb_algo rr
        lb_kind NAT
        protocol TCP
        real_server 192.0.2.21 80 {
            UDP_CHECK {
                max_reply_length 99999
            }
        }
    }
  `,
  ), // 161 max_length_handler
  F5.yes(
    'UDP_CHECK min_reply length %d > max_reply_length %d - will always fail',
    'checker-option',
    8,
    inRealServer('UDP_CHECK {', '    min_reply_length 300', '}'),
  ), // 179 udp_check_end_handler
  // ---- keepalived/check/check_misc.c
  F6.yes(
    "Invalid misc_timeout value '%s'",
    'argument-value',
    8,
    conf`
    virtual_server 192.0.2.1 80 {
        lb_algo rr
        lb_kind NAT
        protocol TCP
        real_server 192.0.2.21 80 {
            MISC_CHECK {
                misc_path /bin/true
                misc_timeout x
            }
        }
    }
  `,
  ), // 153 misc_timeout_handler
  F6.yes(
    'No user specified for misc checker script %s',
    'argument-missing',
    8,
    conf`
    virtual_server 192.0.2.1 80 {
        lb_algo rr
        lb_kind NAT
        protocol TCP
        real_server 192.0.2.21 80 {
            MISC_CHECK {
                misc_path /bin/true
                user
            }
        }
    }
  `,
  ), // 176 misc_user_handler
  F6.no('Failed to set uid/gid for misc checker script %s - removing', 'host', 'The user named for the script does not exist on this machine.'), // 181 misc_user_handler
  F6.yes(
    'No script path has been specified for MISC_CHECKER - skipping',
    'script-missing',
    8,
    conf`
    virtual_server 192.0.2.1 80 {
        lb_algo rr
        lb_kind NAT
        protocol TCP
        real_server 192.0.2.21 80 {
            MISC_CHECK {
                misc_timeout 5
            }
        }
    }
  `,
  ), // 196 misc_end_handler
  F6.no('Unable to set default user for misc script %s - removing', 'host', 'The default script user does not exist on this machine.'), // 205 misc_end_handler
  F6.no(
    'Disabling misc script %s due to insecure',
    'host',
    'The permissions of the script on this machine; script-insecure reports it when keepalived-lint runs there.',
  ), // 250 check_misc_script_security (log)
  F6.no('Disabling misc script %s since not found/accessible', 'host', 'The script does not exist, or is not executable, on this machine.'), // 254 check_misc_script_security (log)
  // ---- keepalived/check/check_file.c
  F7.yes(
    'track_file %s not found',
    'undefined-reference',
    7,
    conf`
    virtual_server 192.0.2.1 80 {
        lb_algo rr
        lb_kind NAT
        protocol TCP
        real_server 192.0.2.21 80 {
            FILE_CHECK {
                track_file tf
            }
        }
    }
  `,
  ), // 65 track_file_handler
  F7.yes(
    'track file weight missing',
    'argument-missing',
    11,
    conf`
    track_file tf {
        file /tmp/tf
    }
    virtual_server 192.0.2.1 80 {
        lb_algo rr
        lb_kind NAT
        protocol TCP
        real_server 192.0.2.21 80 {
            FILE_CHECK {
                track_file tf
                weight
            }
        }
    }
  `,
  ), // 97 track_file_weight_handler
  F7.yes(
    'weight for track file must be in [%d..%d] inclusive. Ignoring...',
    'argument-value',
    11,
    conf`
    track_file tf {
        file /tmp/tf
    }
    virtual_server 192.0.2.1 80 {
        lb_algo rr
        lb_kind NAT
        protocol TCP
        real_server 192.0.2.21 80 {
            FILE_CHECK {
                track_file tf
                weight 99999999999
            }
        }
    }
  `,
  ), // 102 track_file_weight_handler
  F7.yes(
    'unknown track file weight option %s - ignoring',
    'argument-value',
    11,
    conf`
    track_file tf {
        file /tmp/tf
    }
    virtual_server 192.0.2.1 80 {
        lb_algo rr
        lb_kind NAT
        protocol TCP
        real_server 192.0.2.21 80 {
            FILE_CHECK {
                track_file tf
                weight 5 reverse_it
            }
        }
    }
  `,
  ), // 113 track_file_weight_handler
  F7.yes(
    'FILE_CHECK has no track_file specified - ignoring',
    'checker-incomplete',
    8,
    conf`
    virtual_server 192.0.2.1 80 {
        lb_algo rr
        lb_kind NAT
        protocol TCP
        real_server 192.0.2.21 80 {
            FILE_CHECK {
                weight 5
            }
        }
    }
  `,
  ), // 133 file_end_handler
  // ---- keepalived/check/check_dns.c
  F8.yes(
    'Unknown DNS check type %s - ignoring',
    'argument-value',
    7,
    conf`
    virtual_server 192.0.2.1 80 {
        lb_algo rr
        lb_kind NAT
        protocol TCP
        real_server 192.0.2.21 80 {
            DNS_CHECK {
                type FOO
            }
        }
    }
  `,
  ), // 490 dns_type_handler
  F8.yes(
    'DNS_CHECK name already specified - ignoring',
    'duplicate-keyword',
    8,
    inRealServer('DNS_CHECK {', '    name example.com', '    name example.org', '}'),
  ), // 505 dns_name_handler
  F8.yes("DNS_CHECK name '%s' has empty label - ignoring", 'argument-value', 7, inRealServer('DNS_CHECK {', '    name www..example.com', '}')), // 523 dns_name_handler
  // ---- keepalived/check/check_smtp.c
  F9.yes(
    'The SMTP_CHECK host block is deprecated. Please define additional checkers.',
    'deprecated-keyword',
    7,
    conf`
    virtual_server 192.0.2.1 80 {
        lb_algo rr
        lb_kind NAT
        protocol TCP
        real_server 192.0.2.21 80 {
            SMTP_CHECK {
                host {
                    connect_ip 192.0.2.21
                }
            }
        }
    }
  `,
    { atStart: true, unlined: true },
  ), // 145 smtp_check_end_handler (log)
  F9.yes(
    'SMTP_CHECK helo name missing',
    'argument-missing',
    7,
    conf`
    virtual_server 192.0.2.1 80 {
        lb_algo rr
        lb_kind NAT
        protocol TCP
        real_server 192.0.2.21 80 {
            SMTP_CHECK {
                helo_name
            }
        }
    }
  `,
  ), // 272 smtp_helo_name_handler
];
