/** keepalived 2.2.7 messages: The checks of VRRP instances and sync groups after reading (vrrp.c and friends). See ./types.ts. */
import { type MessageRow, conf, inInstance, rowsOf } from './types';

const F0 = rowsOf('keepalived/vrrp/vrrp.c');
const F1 = rowsOf('keepalived/vrrp/vrrp_data.c');
const F2 = rowsOf('keepalived/vrrp/vrrp_sync.c');
const F3 = rowsOf('keepalived/vrrp/vrrp_track.c');
const F4 = rowsOf('keepalived/vrrp/vrrp_daemon.c');

export const vrrpCheckMessages: readonly MessageRow[] = [
  // ---- keepalived/vrrp/vrrp.c
  F0.no(
    'Disabling track script %s due to insecure',
    'host',
    'The permissions of the script and its directories on this machine; script-insecure reports it when keepalived-lint runs on that machine (findings row P2b).',
  ), // 191 check_track_script_secure
  F0.no('Disabling track script %s since not found/accessible', 'host', 'The script file does not exist, or is not executable, on this machine.'), // 195 check_track_script_secure
  F0.yes(
    'SECURITY VIOLATION - scripts are being executed but script_security not enabled.%s',
    'script-security',
    2,
    conf`
    vrrp_script chk {
        script /bin/true
    }
    vrrp_instance VI_1 {
        interface eth0
        virtual_router_id 51
        priority 100
        virtual_ipaddress {
            192.0.2.10/24
        }
        track_script {
            chk
        }
    }
  `,
    { unlined: true },
  ), // 261 check_vrrp_script_security
  F0.no('Assigned address %s for interface %s', 'runtime', 'Tells which address of the interface keepalived picked as the source.'), // 2236,2241 add_vrrp_to_interface (log)
  F0.yes(
    '(%s) track_interface %s is configured on VRRP instance and sync group. Remove vrrp instance or sync group config',
    'sync-group-track-duplicate',
    8,
    conf`
    vrrp_instance VI_1 {
        interface eth0
        virtual_router_id 51
        virtual_ipaddress {
            192.0.2.10/24
        }
        track_interface {
            eth1
        }
    }
    vrrp_instance VI_2 {
        interface eth0
        virtual_router_id 52
        virtual_ipaddress {
            192.0.2.11/24
        }
    }
    vrrp_sync_group SG {
        group {
            VI_1
            VI_2
        }
        track_interface {
            eth1
        }
    }
  `,
    { unlined: true },
  ), // 2254 add_vrrp_to_interface
  F0.yes(
    '(%s) the virtual router id must be set',
    'vrid-missing',
    1,
    conf`
    vrrp_instance VI_1 {
        interface eth0
        virtual_ipaddress {
            192.0.2.10/24
        }
    }
  `,
    { unlined: true },
  ), // 2314 chk_min_cfg
  F0.yes(
    '(%s) Unknown interface!',
    'interface-missing',
    1,
    conf`
    vrrp_instance VI_1 {
        virtual_router_id 51
        virtual_ipaddress {
            192.0.2.10/24
        }
    }
  `,
    { unlined: true },
  ), // 2318 chk_min_cfg
  F0.yes(
    '(%s) track_script %s is configured on VRRP instance and sync group. Remove vrrp instance config',
    'sync-group-track-duplicate',
    15,
    conf`
    global_defs {
        enable_script_security
        script_user root
    }
    vrrp_script chk {
        script /bin/true
    }
    vrrp_instance VI_1 {
        interface eth0
        virtual_router_id 51
        virtual_ipaddress {
            192.0.2.10/24
        }
        track_script {
            chk
        }
    }
    vrrp_instance VI_2 {
        interface eth0
        virtual_router_id 52
        virtual_ipaddress {
            192.0.2.11/24
        }
    }
    vrrp_sync_group SG {
        group {
            VI_1
            VI_2
        }
        track_script {
            chk
        }
    }
  `,
    { unlined: true, atStart: true },
  ), // 2691 add_vrrp_to_track_script (log)
  F0.yes(
    '(%s) track_process %s is configured on VRRP instance and sync group. Remove vrrp instance config',
    'sync-group-track-duplicate',
    11,
    conf`
    vrrp_track_process tp {
        process sshd
    }
    vrrp_instance VI_1 {
        interface eth0
        virtual_router_id 51
        virtual_ipaddress {
            192.0.2.10/24
        }
        track_process {
            tp
        }
    }
    vrrp_instance VI_2 {
        interface eth0
        virtual_router_id 52
        virtual_ipaddress {
            192.0.2.11/24
        }
    }
    vrrp_sync_group SG {
        group {
            VI_1
            VI_2
        }
        track_process {
            tp
        }
    }
  `,
    { unlined: true, atStart: true },
  ), // 2723 add_vrrp_to_track_process (log)
  F0.yes(
    '(%s) track_bfd %s is configured on VRRP instance and sync group. Remove vrrp instance config',
    'sync-group-track-duplicate',
    11,
    conf`
    bfd_instance b1 {
        neighbor_ip 192.0.2.12
    }
    vrrp_instance VI_1 {
        interface eth0
        virtual_router_id 51
        virtual_ipaddress {
            192.0.2.10/24
        }
        track_bfd {
            b1
        }
    }
    vrrp_instance VI_2 {
        interface eth0
        virtual_router_id 52
        virtual_ipaddress {
            192.0.2.11/24
        }
    }
    vrrp_sync_group SG {
        group {
            VI_1
            VI_2
        }
        track_bfd {
            b1
        }
    }
  `,
    { unlined: true, atStart: true },
  ), // 2754 add_vrrp_to_track_bfd (log)
  F0.yes(
    '(%s) cannot use IPv6 with VRRP version 2; setting version 3',
    'strict-mode',
    7,
    conf`
    global_defs {
        vrrp_strict
    }
    vrrp_instance VI_1 {
        interface eth0
        virtual_router_id 51
        version 2
        virtual_ipaddress {
            fe80::10/64
        }
    }
  `,
    { unlined: true },
  ), // 2865 vrrp_complete_instance
  F0.yes(
    '(%s) No VIP specified; at least one is required',
    'vip-missing',
    1,
    conf`
    vrrp_instance VI_1 {
        interface eth0
        virtual_router_id 51
        version 3
    }
  `,
    { unlined: true },
  ), // 2897,3818 vrrp_complete_instance
  F0.yes(
    '(%s) No VIP specified; at least one is sensible',
    'vip-missing',
    1,
    conf`
    vrrp_instance VI_1 {
        interface eth0
        virtual_router_id 51
    }
  `,
    { unlined: true },
  ), // 2901,3822 vrrp_complete_instance
  F0.yes(
    '(%s) State MASTER must match being address owner',
    'strict-mode',
    11,
    conf`
    global_defs {
        vrrp_strict
    }
    vrrp_instance VI_1 {
        interface eth0
        virtual_router_id 51
        priority 100
        virtual_ipaddress {
            192.0.2.10/24
        }
        state MASTER
    }
  `,
    { unlined: true },
  ), // 2917 vrrp_complete_instance
  F0.yes(
    '(%s) Strict mode does not support authentication. Ignoring.',
    'auth-ignored',
    11,
    conf`
    global_defs {
        vrrp_strict
    }
    vrrp_instance VI_1 {
        interface eth0
        virtual_router_id 51
        priority 100
        virtual_ipaddress {
            192.0.2.10/24
        }
        authentication {
            auth_type PASS
            auth_pass secret
        }
    }
  `,
    { unlined: true },
  ), // 2924 vrrp_complete_instance
  F0.yes(
    '(%s) VRRP version 3 does not support authentication. Ignoring.',
    'auth-ignored',
    9,
    inInstance('version 3', 'authentication {', '    auth_type PASS', '    auth_pass secret', '}'),
    { unlined: true },
  ), // 2930 vrrp_complete_instance
  F0.yes('(%s) Authentication specified but no password given. Ignoring', 'auth-ignored', 8, inInstance('authentication {', '    auth_type PASS', '}'), {
    unlined: true,
  }), // 2936 vrrp_complete_instance
  F0.no(
    '(%s) Cannot use AH authentication with IPv6. ignoring',
    'internal',
    'Unreachable in 2.2.7: an IPv6 instance is VRRPv3, and the VRRPv3 check drops authentication first ("does not support authentication").',
  ), // 2942 vrrp_complete_instance
  F0.yes(
    '(%s) Initial state master is incompatible with AH authentication - clearing',
    'auth-ah-master',
    8,
    inInstance('state MASTER', 'authentication {', '    auth_type AH', '    auth_pass secret', '}'),
    { unlined: true },
  ), // 2951 vrrp_complete_instance
  F0.no('(%s) Unicast peers are not supported in strict mode', 'internal', 'Unreachable in 2.2.7: the instance is marked unicast only after this check.'), // 2961 vrrp_complete_instance
  F0.no(
    '(%s): Unicast instances must have unicast_src_ip or interface',
    'internal',
    'Unreachable in 2.2.7: an instance without an interface is refused earlier ("Unknown interface!").',
  ), // 2968 vrrp_complete_instance
  F0.no(
    '(%s) Non link-local address required if interface omitted',
    'internal',
    'Unreachable in 2.2.7: an instance without an interface is refused earlier ("Unknown interface!").',
  ), // 2975 vrrp_complete_instance
  F0.yes('(%s) Cannot use unicast without any peers - going to fault state', 'unicast-no-peers', 8, inInstance('unicast_fault_no_peer'), {
    atStart: true,
    unlined: true,
  }), // 2990 vrrp_complete_instance (log)
  F0.yes(
    '(%s) A unicast keyword has been specified without any unicast peers. Defaulting to multicast. This usage is deprecated - please update your configuration.',
    'unicast-no-peers',
    8,
    inInstance('unicast_src_ip 192.0.2.11'),
    { unlined: true },
  ), // 2994 vrrp_complete_instance
  F0.yes(
    '(%s): cannot specify MAC address with strict mode - clearing',
    'strict-mode',
    11,
    conf`
    global_defs {
        vrrp_strict
    }
    vrrp_instance VI_1 {
        interface eth0
        virtual_router_id 51
        priority 100
        virtual_ipaddress {
            192.0.2.10/24
        }
        use_vmac 02:00:00:00:00:01
    }
  `,
    { unlined: true },
  ), // 3000 vrrp_complete_instance
  F0.no('(%s): vmacs are only supported on Ethernet type interfaces', 'host', 'The interface type is a fact of the machine.'), // 3016 vrrp_complete_instance
  F0.no('(%s) interface %s does not support multicast, specify unicast peers - disabling', 'host', 'The interface flags are a fact of the machine.'), // 3024 vrrp_complete_instance
  F0.no('(%s) disabling ARP since interface does not support it', 'host', 'The interface flags are a fact of the machine.'), // 3036 vrrp_complete_instance
  F0.yes(
    '(%s) the first IPv6 VIP address must be link local',
    'strict-mode',
    8,
    conf`
    global_defs {
        vrrp_strict
    }
    vrrp_instance VI_1 {
        interface eth0
        virtual_router_id 51
        virtual_ipaddress {
            2001:db8::10/64
        }
    }
  `,
    { unlined: true },
  ), // 3044 vrrp_complete_instance
  F0.no(
    '(%s) the first IPv6 VIP address should be link local',
    'gap',
    'Deliberately not reported: outside strict mode keepalived only logs it at start, for any IPv6 instance whose first VIP is not link-local, which is common and works; a finding on each such instance would be noise (in strict mode it is an error: strict-mode).',
  ), // 3047 vrrp_complete_instance (log)
  F0.no('(%s) vrf can only be specified with%s - clearing', 'host', 'Needs a VRF device on the machine to get this far.'), // 3055 vrrp_complete_instance
  F0.yes(
    '(%s) Number of VIPs (%u) exceeds maximum/space available in packet (max %zu addresses) - excess moved to eVIPs',
    'vip-too-many',
    263,
    inInstance('virtual_ipaddress {', ...Array.from({ length: 255 }, (_, i) => `    10.1.0.${i + 1}/32`), '}'),
    { unlined: true, note: 'The 256th VIP (the first one past the limit) is the one we point at.' },
  ), // 3085 vrrp_complete_instance
  F0.yes('(%s) nopreempt is incompatible with priority %d. resetting nopreempt', 'nopreempt-master', 9, inInstance('priority 255', 'nopreempt'), {
    unlined: true,
  }), // 3101 vrrp_complete_instance
  F0.yes('(%s) Warning - nopreempt will not work with initial state MASTER - clearing', 'nopreempt-master', 9, inInstance('state MASTER', 'nopreempt'), {
    unlined: true,
  }), // 3112 vrrp_complete_instance
  F0.yes(
    '(%s) Warning - preempt delay will not work with initial state MASTER - clearing',
    'preempt-delay-master',
    9,
    inInstance('state MASTER', 'preempt_delay 5'),
    { unlined: true },
  ), // 3118 vrrp_complete_instance
  F0.yes(
    '(%s) preempt_delay is incompatible with strict mode - resetting',
    'strict-mode',
    11,
    conf`
    global_defs {
        vrrp_strict
    }
    vrrp_instance VI_1 {
        interface eth0
        virtual_router_id 51
        priority 100
        virtual_ipaddress {
            192.0.2.10/24
        }
        preempt_delay 5
    }
  `,
    { unlined: true },
  ), // 3126 vrrp_complete_instance
  F0.yes('(%s) preempt_delay is incompatible with nopreempt mode - resetting', 'preempt-delay-master', 9, inInstance('nopreempt', 'preempt_delay 5'), {
    unlined: true,
  }), // 3132 vrrp_complete_instance
  F0.yes(
    '(%s) down_timer_adverts is incompatible with strict mode - resetting',
    'strict-mode',
    11,
    conf`
    global_defs {
        vrrp_strict
    }
    vrrp_instance VI_1 {
        interface eth0
        virtual_router_id 51
        priority 100
        virtual_ipaddress {
            192.0.2.10/24
        }
        down_timer_adverts 5
    }
  `,
    { unlined: true },
  ), // 3140 vrrp_complete_instance
  F0.yes(
    '(%s) warning - accept mode for VRRP version 2 does not comply with RFC3768 - resetting',
    'strict-mode',
    11,
    conf`
    global_defs {
        vrrp_strict
    }
    vrrp_instance VI_1 {
        interface eth0
        virtual_router_id 51
        priority 100
        virtual_ipaddress {
            192.0.2.10/24
        }
        accept
    }
  `,
    { unlined: true },
  ), // 3164 vrrp_complete_instance
  F0.no('Warning - firewall needed due to use_vmac or no_accept/strict but not configured', 'build', 'Only in builds without nftables or iptables support.'), // 3180 vrrp_complete_instance (log)
  F0.no(
    'use_vmac or no_accept/strict specified, but no firewall configured - using nftables',
    'runtime',
    'A start-up remark that keepalived sets up nftables itself; not a mistake.',
  ), // 3184 vrrp_complete_instance (log)
  F0.yes(
    '(%s) multicast destination specified with unicast - ignoring',
    'instance-option-ignored',
    11,
    inInstance('unicast_peer {', '    192.0.2.12', '}', 'mcast_dst_ip 224.0.0.19'),
    { unlined: true },
  ), // 3200 vrrp_complete_instance
  F0.yes(
    '(%s) Strict mode requires no repeat garps. resetting',
    'strict-mode',
    11,
    conf`
    global_defs {
        vrrp_strict
    }
    vrrp_instance VI_1 {
        interface eth0
        virtual_router_id 51
        priority 100
        virtual_ipaddress {
            192.0.2.10/24
        }
        garp_lower_prio_repeat 3
    }
  `,
    { unlined: true },
  ), // 3207 vrrp_complete_instance
  F0.yes(
    '(%s) Strict mode requires no repeat garp delay. resetting',
    'strict-mode',
    11,
    conf`
    global_defs {
        vrrp_strict
    }
    vrrp_instance VI_1 {
        interface eth0
        virtual_router_id 51
        priority 100
        virtual_ipaddress {
            192.0.2.10/24
        }
        garp_lower_prio_delay 5
    }
  `,
    { unlined: true },
  ), // 3215 vrrp_complete_instance
  F0.yes(
    '(%s) Strict mode requires no lower priority advert. resetting',
    'strict-mode',
    11,
    conf`
    global_defs {
        vrrp_strict
    }
    vrrp_instance VI_1 {
        interface eth0
        virtual_router_id 51
        priority 100
        virtual_ipaddress {
            192.0.2.10/24
        }
        lower_prio_no_advert false
    }
  `,
    { unlined: true },
  ), // 3223 vrrp_complete_instance
  F0.yes(
    '(%s) strict mode requires higher_prio_send_advert to be clear. resetting',
    'strict-mode',
    11,
    conf`
    global_defs {
        vrrp_strict
    }
    vrrp_instance VI_1 {
        interface eth0
        virtual_router_id 51
        priority 100
        virtual_ipaddress {
            192.0.2.10/24
        }
        higher_prio_send_advert
    }
  `,
    { unlined: true },
  ), // 3231 vrrp_complete_instance
  F0.no(
    '(%s) VRRPv2 advertisement interval %.2fs is out of range. Must be less than %ds. Setting to %ds',
    'internal',
    'Unreachable in 2.2.7: advert_int over 255 is already refused when it is read.',
  ), // 3258 vrrp_complete_instance
  F0.yes('(%s) VRRPv2 advertisement interval %fs must be an integer. rounding', 'advert-int', 8, inInstance('advert_int 1.5'), { unlined: true }), // 3267 vrrp_complete_instance
  F0.yes(
    '(%s) VRRPv3 advertisement interval %.2fs is out of range. Must be less than %.2fs. Setting to %.2fs',
    'advert-int',
    9,
    inInstance('version 3', 'advert_int 50'),
    { unlined: true },
  ), // 3280 vrrp_complete_instance
  F0.yes('(%s) VRRPv3 advertisement interval %fs must be in units of 10ms - rounding', 'advert-int', 9, inInstance('version 3', 'advert_int 1.234'), {
    unlined: true,
  }), // 3289 vrrp_complete_instance
  F0.yes(
    '%s: cannot use debounce timers with down_timer_adverts = 1 - resetting',
    'up-down-delay',
    2,
    conf`
    interface_up_down_delays {
        eth0 1
    }
    vrrp_instance VI_1 {
        interface eth0
        virtual_router_id 51
        priority 100
        down_timer_adverts 1
        virtual_ipaddress {
            192.0.2.10/24
        }
    }
  `,
    { unlined: true, atStart: true },
  ), // 3316 vrrp_complete_instance (log)
  F0.yes(
    '%s: interface %s debounce timer(s) not less that %u * advert_int - resetting',
    'up-down-delay',
    2,
    conf`
    interface_up_down_delays {
        eth0 5 1
    }
    vrrp_instance VI_1 {
        interface eth0
        virtual_router_id 51
        priority 100
        virtual_ipaddress {
            192.0.2.10/24
        }
    }
  `,
    { unlined: true, atStart: true },
  ), // 3327 vrrp_complete_instance (log)
  F0.no('(%s) Found matching interface %s', 'host', 'About VMAC interfaces that already exist on the machine.'), // 3390 vrrp_complete_instance (log)
  F0.no('(%s) Deleting old VMAC interface %s', 'host', 'About VMAC interfaces that already exist on the machine.'), // 3396 vrrp_complete_instance (log)
  F0.no('(%s) vmac name mismatch %s <=> %s. changing to %s.', 'host', 'About VMAC interfaces that already exist on the machine.'), // 3404 vrrp_complete_instance (log)
  F0.no('(%s) %s %s already exists but is incompatible. It will be deleted/updated', 'host', 'About VMAC interfaces that already exist on the machine.'), // 3431 vrrp_complete_instance (log)
  F0.no(
    '(%s) %s interface name %s already exists as a non %s interface. ignoring configured name',
    'host',
    'About interfaces that already exist on the machine.',
  ), // 3437 vrrp_complete_instance
  F0.yes(
    '(%s) xmit_base is incompatible with strict mode - resetting',
    'strict-mode',
    12,
    conf`
    global_defs {
        vrrp_strict
    }
    vrrp_instance VI_1 {
        interface eth0
        virtual_router_id 51
        priority 100
        virtual_ipaddress {
            192.0.2.10/24
        }
        use_vmac
        vmac_xmit_base
    }
  `,
    { unlined: true },
  ), // 3462 vrrp_complete_instance
  F0.yes('(%s) promote_secondaries is automatically set for vmacs - ignoring', 'instance-option-ignored', 9, inInstance('use_vmac', 'promote_secondaries'), {
    unlined: true,
  }), // 3488 vrrp_complete_instance
  F0.yes('(%s) IPv4 ipvlan requires a source ip address to be configured. setting instance to fault state', 'option-invalid', 8, inInstance('use_ipvlan'), {
    unlined: true,
  }), // 3509 vrrp_complete_instance
  F0.no(
    '(%s) IPv4 ipvlan address family does not match instance. setting instance to fault state',
    'internal',
    "Unreachable in 2.2.7: a use_ipvlan address of the other family is refused when read (option-invalid), one read first fixes the instance's family, and every later line that would change the family is refused (native_ipv6 after an IPv4 address included).",
  ), // 3515 vrrp_complete_instance
  F0.yes('(%s) Ignoring track_interface %s since own interface', 'track-interface-own', 9, inInstance('track_interface {', '    eth0', '}'), { unlined: true }), // 3531 vrrp_complete_instance
  F0.yes('(%s) vmac_xmit_base is only valid with a vmac', 'instance-option-ignored', 8, inInstance('vmac_xmit_base'), { unlined: true }), // 3552 vrrp_complete_instance
  F0.no('Adding iptables rules to default chains, but chains not configured', 'build', 'Only in builds with iptables support.'), // 3658 vrrp_complete_instance (log)
  F0.yes(
    '(%s) use_vmac specified for VIP/eVIP %s and vrrp instance',
    'instance-option-ignored',
    10,
    inInstance('use_vmac', 'virtual_ipaddress {', '    192.0.2.20/24 use_vmac', '}'),
    { unlined: true },
  ), // 3691 vrrp_complete_instance
  F0.yes(
    '(%s) use_vmac_addr specified and use_vmac specified for VIP/eVIP %s',
    'instance-option-ignored',
    10,
    inInstance('use_vmac_addr', 'virtual_ipaddress {', '    198.51.100.50/24 dev eth1 use_vmac', '}'),
    { unlined: true },
  ), // 3696 vrrp_complete_instance
  F0.no(
    '(%s): no interface for %svip %s - removing',
    'internal',
    'Unreachable in 2.2.7: an instance without an interface is refused earlier ("Unknown interface!").',
  ), // 3769 vrrp_complete_instance
  F0.yes(
    '(%s) ignoring %s tracked interface %sdue to %s',
    'tracker-weight-owner',
    10,
    inInstance('priority 255', 'track_interface {', '    eth1 weight 10', '}'),
    { unlined: true },
  ), // 3838 vrrp_complete_instance
  F0.yes(
    '(%s) ignoring tracked script %s with weights due to %s',
    'tracker-weight-owner',
    17,
    conf`
    global_defs {
        enable_script_security
        script_user root
    }
    vrrp_script chk {
        script /bin/true
    }
    vrrp_instance VI_1 {
        interface eth0
        virtual_router_id 51
        priority 100
        virtual_ipaddress {
            192.0.2.10/24
        }
        priority 255
        track_script {
            chk weight 10
        }
    }
  `,
    { unlined: true },
  ), // 3855 vrrp_complete_instance
  F0.yes(
    '(%s) ignoring weight from tracked file %s due to %s. specify weight 0',
    'tracker-weight-sync-group',
    12,
    conf`
    track_file tf {
        file /tmp/tf
    }
    vrrp_instance VI_1 {
        interface eth0
        virtual_router_id 51
        priority 100
        virtual_ipaddress {
            192.0.2.10/24
        }
        track_file {
            tf
        }
    }
    vrrp_instance VI_2 {
        interface eth0
        virtual_router_id 52
        priority 100
        virtual_ipaddress {
            192.0.2.12/24
        }
    }
    vrrp_sync_group SG {
        group {
            VI_1
            VI_2
        }
    }
  `,
    { unlined: true, note: 'A track_file line without a weight has weight 1, which a sync group member cannot use.' },
  ), // 3868 vrrp_complete_instance
  F0.yes(
    '(%s) ignoring tracked file %s with weight %d due to %s',
    'tracker-weight-owner',
    13,
    conf`
    track_file tf {
        file /tmp/tf
    }
    vrrp_instance VI_1 {
        interface eth0
        virtual_router_id 51
        priority 100
        virtual_ipaddress {
            192.0.2.10/24
        }
        priority 255
        track_file {
            tf weight 10
        }
    }
  `,
    { unlined: true },
  ), // 3878 vrrp_complete_instance
  F0.yes(
    '(%s) ignoring tracked bfd %s with weight %d due to %s',
    'tracker-weight-owner',
    13,
    conf`
    bfd_instance b1 {
        neighbor_ip 192.0.2.12
    }
    vrrp_instance VI_1 {
        interface eth0
        virtual_router_id 51
        priority 100
        virtual_ipaddress {
            192.0.2.10/24
        }
        priority 255
        track_bfd {
            b1 weight 10
        }
    }
  `,
    { unlined: true },
  ), // 3893 vrrp_complete_instance
  F0.no(
    "(%s) Cannot have weighted track script '%s' with priority %d",
    'internal',
    'Unreachable in 2.2.7: weighted scripts of an address owner are dropped earlier ("ignoring tracked script ... due to address_owner").',
  ), // 3913 vrrp_complete_instance
  F0.yes(
    "(%s) Cannot have weighted track script '%s' with member having priority %d - clearing weight",
    'tracker-weight-owner',
    31,
    conf`
    global_defs {
        enable_script_security
        script_user root
    }
    vrrp_script chk {
        script /bin/true
    }
    vrrp_instance VI_1 {
        interface eth0
        virtual_router_id 51
        priority 100
        virtual_ipaddress {
            192.0.2.10/24
        }
        priority 255
    }
    vrrp_instance VI_2 {
        interface eth0
        virtual_router_id 52
        priority 100
        virtual_ipaddress {
            192.0.2.20/24
        }
    }
    vrrp_sync_group SG {
        group {
            VI_1
            VI_2
        }
        track_script {
            chk weight 10
        }
    }
  `,
    { unlined: true },
  ), // 4027 sync_group_tracking_init
  F0.yes(
    "(%s) Cannot have weighted track file '%s' with member having priority %d - setting weight 0",
    'tracker-weight-owner',
    27,
    conf`
    track_file tf {
        file /tmp/tf
    }
    vrrp_instance VI_1 {
        interface eth0
        virtual_router_id 51
        priority 100
        virtual_ipaddress {
            192.0.2.10/24
        }
        priority 255
    }
    vrrp_instance VI_2 {
        interface eth0
        virtual_router_id 52
        priority 100
        virtual_ipaddress {
            192.0.2.20/24
        }
    }
    vrrp_sync_group SG {
        group {
            VI_1
            VI_2
        }
        track_file {
            tf weight 10
        }
    }
  `,
    { unlined: true },
  ), // 4043 sync_group_tracking_init
  F0.yes(
    "(%s) Cannot have weighted track process '%s' with member having priority %d - setting weight 0",
    'tracker-weight-owner',
    27,
    conf`
    vrrp_track_process tp {
        process haproxy
    }
    vrrp_instance VI_1 {
        interface eth0
        virtual_router_id 51
        priority 100
        virtual_ipaddress {
            192.0.2.10/24
        }
        priority 255
    }
    vrrp_instance VI_2 {
        interface eth0
        virtual_router_id 52
        priority 100
        virtual_ipaddress {
            192.0.2.20/24
        }
    }
    vrrp_sync_group SG {
        group {
            VI_1
            VI_2
        }
        track_process {
            tp weight 10
        }
    }
  `,
    { unlined: true },
  ), // 4060 sync_group_tracking_init
  F0.yes(
    "(%s) Cannot have weighted track bfd '%s' with member having priority %d - setting weight 0",
    'tracker-weight-owner',
    27,
    conf`
    bfd_instance b1 {
        neighbor_ip 192.0.2.12
    }
    vrrp_instance VI_1 {
        interface eth0
        virtual_router_id 51
        priority 100
        virtual_ipaddress {
            192.0.2.10/24
        }
        priority 255
    }
    vrrp_instance VI_2 {
        interface eth0
        virtual_router_id 52
        priority 100
        virtual_ipaddress {
            192.0.2.20/24
        }
    }
    vrrp_sync_group SG {
        group {
            VI_1
            VI_2
        }
        track_bfd {
            b1 weight 10
        }
    }
  `,
    { unlined: true },
  ), // 4078 sync_group_tracking_init
  F0.yes(
    "(%s) Cannot have weighted track interface '%s' with member having priority %d - clearing weight",
    'tracker-weight-owner',
    24,
    conf`
    vrrp_instance VI_1 {
        interface eth0
        virtual_router_id 51
        priority 100
        virtual_ipaddress {
            192.0.2.10/24
        }
        priority 255
    }
    vrrp_instance VI_2 {
        interface eth0
        virtual_router_id 52
        priority 100
        virtual_ipaddress {
            192.0.2.20/24
        }
    }
    vrrp_sync_group SG {
        group {
            VI_1
            VI_2
        }
        track_interface {
            eth1 weight 10
        }
    }
  `,
    { unlined: true },
  ), // 4095 sync_group_tracking_init
  F0.no('(%s) Cannot find an IP address to use for interface %s', 'host', 'The interface has no address of the instance family on the machine.'), // 4250 set_vrrp_src_addr
  F0.yes(
    '(%s) duplicate VRID conflict with %s VRID %d',
    'vrid-duplicate',
    15,
    conf`
    vrrp_instance VI_1 {
        interface eth0
        virtual_router_id 51
        priority 100
        unicast_src_ip 192.0.2.11
        unicast_peer {
            192.0.2.12
        }
        virtual_ipaddress {
            192.0.2.10/24
        }
    }
    vrrp_instance VI_2 {
        interface eth0
        virtual_router_id 51
        priority 100
        unicast_src_ip 192.0.2.11
        unicast_peer {
            192.0.2.12
        }
        virtual_ipaddress {
            192.0.2.20/24
        }
    }
  `,
    {
      unlined: true,
      note: 'keepalived names the first instance; we point at the second one’s virtual_router_id, as for multicast. unicast_src_ip makes the example independent of the interface’s own address, which keepalived must know to compare.',
    },
  ), // 4347 check_vrid_conflicts
  F0.no('(%s) - warning, VRID %d for IPv%d is currently duplicated on %s', 'runtime', 'Printed at a reload when a duplicate VRID is being changed.'), // 4384 check_vrid_conflicts (log)
  F0.yes(
    '%s and %s both use VRID %d with IPv%d on interface %s',
    'vrid-duplicate',
    11,
    conf`
    vrrp_instance VI_1 {
        interface eth0
        virtual_router_id 51
        priority 100
        virtual_ipaddress {
            192.0.2.10/24
        }
    }
    vrrp_instance VI_2 {
        interface eth0
        virtual_router_id 51
        priority 100
        virtual_ipaddress {
            192.0.2.20/24
        }
    }
  `,
    { unlined: true },
  ), // 4394 check_vrid_conflicts
  F0.yes(
    '(%s) VIP/eVIP %s uses same VMAC as VRRP instance %s, disabling %s',
    'vmac-conflict',
    6,
    conf`
    vrrp_instance VI_2 {
        interface eth1
        virtual_router_id 51
        priority 100
        virtual_ipaddress {
            192.0.2.20/24 dev eth0 use_vmac
        }
    }
    vrrp_instance VI_1 {
        interface eth0
        virtual_router_id 51
        priority 100
        use_vmac
        virtual_ipaddress {
            192.0.2.10/24
        }
    }
  `,
    { unlined: true, atStart: true },
  ), // 4450 check_vmac_conflicts
  F0.yes(
    '(%s) VIP/eVIP %s uses same VMAC as VRRP instance %s VIP/eVIP %s, disabling %s',
    'vmac-conflict',
    14,
    conf`
    vrrp_instance VI_1 {
        interface eth0
        virtual_router_id 51
        priority 100
        virtual_ipaddress {
            192.0.2.10/24 use_vmac
        }
    }
    vrrp_instance VI_2 {
        interface eth1
        virtual_router_id 51
        priority 100
        virtual_ipaddress {
            192.0.2.20/24 dev eth0 use_vmac
        }
    }
  `,
    { unlined: true, atStart: true },
  ), // 4480 check_vmac_conflicts
  F0.no('Both iptables and nftables have been specified - ignoring iptables', 'build', 'Only in builds with iptables support.'), // 4520 vrrp_complete_init (log)
  F0.no('vrrp_ipsets has been specified but not vrrp_iptables - vrrp_ipsets will be ignored', 'build', 'Only in builds with iptables support.'), // 4533 vrrp_complete_init (log)
  F0.yes(
    'Sync group %s has no virtual router(s). removing',
    'sync-group-empty',
    11,
    conf`
    vrrp_instance VI_1 {
        interface eth0
        virtual_router_id 51
        priority 100
        virtual_ipaddress {
            192.0.2.10/24
        }
    }
    vrrp_sync_group SG {
        group {
        }
    }
  `,
    { unlined: true },
  ), // 4576 vrrp_complete_init
  F0.no('(%s) entering FAULT state', 'runtime', 'State change at start-up.'), // 4712 vrrp_complete_init (log)
  F0.no(
    'Unable to find vrrp instance %s for lvs_syncd - clearing lvs_syncd config',
    'host',
    'lvs-global-option reports an lvs_sync_daemon naming an instance that does not exist, but keepalived prints this only after its VRRP process has started IPVS for the sync daemon, which needs the ip_vs kernel module: without it (as in the lab namespace) keepalived fails before the check, so no example can be confirmed here.',
  ), // 4767 vrrp_complete_init
  F0.yes(
    'Warning - script %s is not used',
    'unused-script',
    5,
    conf`
    global_defs {
        enable_script_security
        script_user root
    }
    vrrp_script chk {
        script /bin/true
    }
    vrrp_instance VI_1 {
        interface eth0
        virtual_router_id 51
        priority 100
        virtual_ipaddress {
            192.0.2.10/24
        }
    }
  `,
    { atStart: true, unlined: true },
  ), // 4790 vrrp_complete_init
  // ---- keepalived/vrrp/vrrp_data.c
  F1.yes(
    'Configuration error: VRRP instance[%s] malformed unicast peer address[%s]. Skipping...',
    'unicast-peer-family',
    9,
    inInstance('unicast_peer {', '    192.0.2.300', '}'),
  ), // 983 alloc_vrrp_unicast_peer
  F1.yes(
    'Configuration error: VRRP instance[%s] and unicast peer address[%s] MUST be of the same family !!! Skipping...',
    'unicast-peer-family',
    9,
    inInstance('unicast_peer {', '    2001:db8::2', '}'),
  ), // 993 alloc_vrrp_unicast_peer
  F1.yes('(%s) %s is missing a value', 'unicast-peer-option', 9, inInstance('unicast_peer {', '    192.0.2.12 min_ttl', '}')), // 1002 alloc_vrrp_unicast_peer
  F1.yes('(%s) unknown unicast_peer option %s', 'unicast-peer-option', 9, inInstance('unicast_peer {', '    192.0.2.12 foo 1', '}')), // 1011 alloc_vrrp_unicast_peer
  F1.yes(
    '(%s) min_ttl %u > max_ttl %u - all packets will be discarded',
    'unicast-peer-option',
    9,
    inInstance('unicast_peer {', '    192.0.2.12 min_ttl 10 max_ttl 5', '}'),
  ), // 1019 alloc_vrrp_unicast_peer
  F1.yes('(%s): address family must match VRRP instance [%s] - ignoring', 'vip-family-mixed', 9, inInstance('virtual_ipaddress {', '    2001:db8::10/64', '}')), // 1131 alloc_vrrp_vip
  // ---- keepalived/vrrp/vrrp_sync.c
  F2.yes(
    "Virtual router %s specified in sync group %s doesn't exist - ignoring",
    'sync-group-undefined',
    11,
    conf`
    vrrp_instance VI_1 {
        interface eth0
        virtual_router_id 51
        priority 100
        virtual_ipaddress {
            192.0.2.10/24
        }
    }
    vrrp_sync_group SG {
        group {
            VI_9
        }
    }
  `,
    { unlined: true },
  ), // 65 vrrp_sync_set_group
  F2.yes(
    'Virtual router %s cannot exist in more than one sync group; ignoring %s',
    'sync-group-twice',
    16,
    conf`
    vrrp_instance VI_1 {
        interface eth0
        virtual_router_id 51
        priority 100
        virtual_ipaddress {
            192.0.2.10/24
        }
    }
    vrrp_sync_group SG {
        group {
            VI_1
        }
    }
    vrrp_sync_group SG2 {
        group {
            VI_1
        }
    }
  `,
    { unlined: true },
  ), // 70 vrrp_sync_set_group
  F2.yes(
    "Sync group %s has some member(s) as address owner and some not as address owner. This won't work.",
    'sync-group-owner-mixed',
    22,
    conf`
    vrrp_instance VI_1 {
        state MASTER
        interface eth0
        virtual_router_id 51
        priority 255
        virtual_ipaddress {
            192.0.2.10/24
        }
    }
    vrrp_instance VI_2 {
        state BACKUP
        interface eth0
        virtual_router_id 52
        priority 100
        virtual_ipaddress {
            192.0.2.12/24
        }
    }
    vrrp_sync_group SG {
        group {
            VI_1
            VI_2
        }
    }
  `,
    { unlined: true, atStart: true },
  ), // 80 vrrp_sync_set_group
  F2.yes(
    'Sync group %s, no matching virtual router found in group declaration - removing',
    'sync-group-empty',
    9,
    conf`
    vrrp_instance VI_1 {
        interface eth0
        virtual_router_id 51
        priority 100
        virtual_ipaddress {
            192.0.2.10/24
        }
    }
    vrrp_sync_group SG {
        group {
            VI_9
        }
    }
  `,
    { unlined: true },
  ), // 98 vrrp_sync_set_group
  F2.yes(
    "Sync group %s has only 1 virtual router(s) - this probably isn't what you want",
    'sync-group-single',
    9,
    conf`
    vrrp_instance VI_1 {
        interface eth0
        virtual_router_id 51
        priority 100
        virtual_ipaddress {
            192.0.2.10/24
        }
    }
    vrrp_sync_group SG {
        group {
            VI_1
        }
    }
  `,
    { unlined: true },
  ), // 106 vrrp_sync_set_group
  // ---- keepalived/vrrp/vrrp_track.c
  F3.yes("(%s) tracked interface %s doesn't exist", 'unknown-interface', 9, inInstance('track_interface {', '    eth9', '}')), // 96 alloc_track_if
  F3.yes('(%s) duplicate track_interface %s - ignoring', 'track-entry-invalid', 10, inInstance('track_interface {', '    eth1', '    eth1', '}')), // 104 alloc_track_if
  F3.yes('(%s) unknown track_interface %s option %s - ignoring', 'track-entry-invalid', 9, inInstance('track_interface {', '    eth1 wieght 10', '}')), // 112 alloc_track_if
  F3.yes(
    '(%s) weight without value specified for track_interface %s - ignoring',
    'track-entry-invalid',
    9,
    inInstance('track_interface {', '    eth1 weight', '}'),
  ), // 119 alloc_track_if
  F3.yes(
    '(%s) weight %s for %s must be between [-253..253] inclusive. Ignoring...',
    'track-weight-range',
    9,
    inInstance('track_interface {', '    eth1 weight 300', '}'),
  ), // 126 alloc_track_if
  F3.yes('(%s) weight for %s cannot be +/-254. Setting to +/-253', 'track-weight-range', 9, inInstance('track_interface {', '    eth1 weight 254', '}')), // 133,254 alloc_track_if
  F3.yes(
    '(%s) unknown track_interace %s weight option %s - ignoring',
    'track-entry-invalid',
    9,
    inInstance('track_interface {', '    eth1 weight 10 revers', '}'),
  ), // 143 alloc_track_if
  F3.yes('(%s) track script %s not found, ignoring...', 'undefined-reference', 9, inInstance('track_script {', '    chk', '}')), // 214 alloc_track_script
  F3.yes(
    '(%s) duplicate track_script %s - ignoring',
    'track-entry-invalid',
    17,
    conf`
    global_defs {
        enable_script_security
        script_user root
    }
    vrrp_script chk {
        script /bin/true
    }
    vrrp_instance VI_1 {
        interface eth0
        virtual_router_id 51
        priority 100
        virtual_ipaddress {
            192.0.2.10/24
        }
        track_script {
            chk
            chk
        }
    }
  `,
  ), // 222 alloc_track_script
  F3.yes(
    '(%s) unknown track script option %s - ignoring',
    'track-entry-invalid',
    16,
    conf`
    global_defs {
        enable_script_security
        script_user root
    }
    vrrp_script chk {
        script /bin/true
    }
    vrrp_instance VI_1 {
        interface eth0
        virtual_router_id 51
        priority 100
        virtual_ipaddress {
            192.0.2.10/24
        }
        track_script {
            chk wieght 10
        }
    }
  `,
  ), // 234 alloc_track_script
  F3.yes(
    '(%s) weight without value specified for track script %s - ignoring',
    'track-entry-invalid',
    16,
    conf`
    global_defs {
        enable_script_security
        script_user root
    }
    vrrp_script chk {
        script /bin/true
    }
    vrrp_instance VI_1 {
        interface eth0
        virtual_router_id 51
        priority 100
        virtual_ipaddress {
            192.0.2.10/24
        }
        track_script {
            chk weight
        }
    }
  `,
  ), // 240 alloc_track_script
  F3.yes(
    '(%s) track script %s: weight must be between [-253..253] inclusive, ignoring...',
    'track-weight-range',
    16,
    conf`
    global_defs {
        enable_script_security
        script_user root
    }
    vrrp_script chk {
        script /bin/true
    }
    vrrp_instance VI_1 {
        interface eth0
        virtual_router_id 51
        priority 100
        virtual_ipaddress {
            192.0.2.10/24
        }
        track_script {
            chk weight 300
        }
    }
  `,
  ), // 248 alloc_track_script
  F3.yes(
    '(%s) unknown track_script %s weight option %s - ignoring',
    'track-entry-invalid',
    16,
    conf`
    global_defs {
        enable_script_security
        script_user root
    }
    vrrp_script chk {
        script /bin/true
    }
    vrrp_instance VI_1 {
        interface eth0
        virtual_router_id 51
        priority 100
        virtual_ipaddress {
            192.0.2.10/24
        }
        track_script {
            chk weight 10 revers
        }
    }
  `,
  ), // 266 alloc_track_script
  F3.no('(%s) track process not supported by kernel', 'host', 'A kernel without process events.'), // 333 alloc_track_process
  F3.yes('(%s) track process %s not found, ignoring...', 'undefined-reference', 9, inInstance('track_process {', '    tp', '}')), // 336 alloc_track_process
  F3.yes(
    '(%s) duplicate track_process %s - ignoring',
    'track-entry-invalid',
    13,
    conf`
    vrrp_track_process tp {
        process haproxy
    }
    vrrp_instance VI_1 {
        interface eth0
        virtual_router_id 51
        priority 100
        virtual_ipaddress {
            192.0.2.10/24
        }
        track_process {
            tp
            tp
        }
    }
  `,
  ), // 344 alloc_track_process
  F3.yes(
    '(%s) unknown track process option %s - ignoring',
    'track-entry-invalid',
    12,
    conf`
    vrrp_track_process tp {
        process haproxy
    }
    vrrp_instance VI_1 {
        interface eth0
        virtual_router_id 51
        priority 100
        virtual_ipaddress {
            192.0.2.10/24
        }
        track_process {
            tp wieght 10
        }
    }
  `,
  ), // 354 alloc_track_process
  F3.yes(
    '(%s) weight without value specified for track process %s - ignoring',
    'track-entry-invalid',
    12,
    conf`
    vrrp_track_process tp {
        process haproxy
    }
    vrrp_instance VI_1 {
        interface eth0
        virtual_router_id 51
        priority 100
        virtual_ipaddress {
            192.0.2.10/24
        }
        track_process {
            tp weight
        }
    }
  `,
  ), // 360 alloc_track_process
  F3.yes(
    '(%s) weight for track process %s must be in [-254..254] inclusive. Ignoring...',
    'track-weight-range',
    12,
    conf`
    vrrp_track_process tp {
        process haproxy
    }
    vrrp_instance VI_1 {
        interface eth0
        virtual_router_id 51
        priority 100
        virtual_ipaddress {
            192.0.2.10/24
        }
        track_process {
            tp weight 300
        }
    }
  `,
  ), // 367 alloc_track_process
  F3.yes(
    '(%s) unknown track_process %s weight option %s - ignoring',
    'track-entry-invalid',
    12,
    conf`
    vrrp_track_process tp {
        process haproxy
    }
    vrrp_instance VI_1 {
        interface eth0
        virtual_router_id 51
        priority 100
        virtual_ipaddress {
            192.0.2.10/24
        }
        track_process {
            tp weight 10 revers
        }
    }
  `,
  ), // 379 alloc_track_process
  F3.yes(
    'BFD name %s too long',
    'bfd-instance-invalid',
    1,
    conf`
    bfd_instance abcdefghijabcdefghijabcdefghij12 {
        neighbor_ip 192.0.2.12
    }
  `,
  ), // 414 alloc_vrrp_tracked_bfd
  F3.yes(
    'BFD %s already specified',
    'duplicate-name',
    4,
    conf`
    bfd_instance b1 {
        neighbor_ip 192.0.2.12
    }
    bfd_instance b1 {
        neighbor_ip 192.0.2.13
    }
  `,
  ), // 421 alloc_vrrp_tracked_bfd
  F3.yes('(%s) track bfd %s not found, ignoring...', 'undefined-reference', 9, inInstance('track_bfd {', '    b1', '}')), // 481 alloc_track_bfd
  F3.yes(
    '(%s) duplicate track_bfd %s - ignoring',
    'track-entry-invalid',
    13,
    conf`
    bfd_instance b1 {
        neighbor_ip 192.0.2.12
    }
    vrrp_instance VI_1 {
        interface eth0
        virtual_router_id 51
        priority 100
        virtual_ipaddress {
            192.0.2.10/24
        }
        track_bfd {
            b1
            b1
        }
    }
  `,
  ), // 489 alloc_track_bfd
  F3.yes(
    '(%s) unknown track bfd %s option %s - ignoring',
    'track-entry-invalid',
    12,
    conf`
    bfd_instance b1 {
        neighbor_ip 192.0.2.12
    }
    vrrp_instance VI_1 {
        interface eth0
        virtual_router_id 51
        priority 100
        virtual_ipaddress {
            192.0.2.10/24
        }
        track_bfd {
            b1 wieght 10
        }
    }
  `,
  ), // 499 alloc_track_bfd
  F3.yes(
    '(%s) weight without value specified for track bfd %s - ignoring',
    'track-entry-invalid',
    12,
    conf`
    bfd_instance b1 {
        neighbor_ip 192.0.2.12
    }
    vrrp_instance VI_1 {
        interface eth0
        virtual_router_id 51
        priority 100
        virtual_ipaddress {
            192.0.2.10/24
        }
        track_bfd {
            b1 weight
        }
    }
  `,
  ), // 505 alloc_track_bfd
  F3.yes(
    '(%s) weight for track bfd %s must be in [-253..253] inclusive. Ignoring...',
    'track-weight-range',
    12,
    conf`
    bfd_instance b1 {
        neighbor_ip 192.0.2.12
    }
    vrrp_instance VI_1 {
        interface eth0
        virtual_router_id 51
        priority 100
        virtual_ipaddress {
            192.0.2.10/24
        }
        track_bfd {
            b1 weight 300
        }
    }
  `,
  ), // 512 alloc_track_bfd
  F3.yes(
    '(%s) unknown track bfd %s weight option %s - ignoring',
    'track-entry-invalid',
    12,
    conf`
    bfd_instance b1 {
        neighbor_ip 192.0.2.12
    }
    vrrp_instance VI_1 {
        interface eth0
        virtual_router_id 51
        priority 100
        virtual_ipaddress {
            192.0.2.10/24
        }
        track_bfd {
            b1 weight 10 revers
        }
    }
  `,
  ), // 524 alloc_track_bfd
  // ---- keepalived/vrrp/vrrp_daemon.c
  F4.yes('Non-existent interface specified in configuration', 'unknown-interface', 8, inInstance('interface eth9'), { unlined: true }), // 526 start_vrrp
  F4.no('Delaying startup for %g seconds', 'runtime', 'Start-up progress (vrrp_startup_delay).'), // 595 start_vrrp (log)
];
