/** keepalived 2.2.7 messages: The VRRP keywords (keepalived/vrrp/vrrp_parser.c). See ./types.ts. */
import { type MessageRow, conf, inGlobal, inInstance, rowsOf } from './types';

const F = rowsOf('keepalived/vrrp/vrrp_parser.c');

export const vrrpParserMessages: readonly MessageRow[] = [
  // ---- keepalived/vrrp/vrrp_parser.c
  F.yes(
    'track_group must have a name - skipping',
    'argument-missing',
    1,
    conf`
    track_group {
        group {
            VI_1
        }
    }
  `,
    { note: 'The same message for a line of more than one word, which argument-extra reports; the block is skipped unread either way.' },
  ), // 87 static_track_group_handler
  F.yes(
    'track_group %s already defined',
    'duplicate-name',
    3,
    conf`
    track_group T {
    }
    track_group T {
    }
  `,
  ), // 97 static_track_group_handler
  F.yes(
    'Group list already specified for sync group %s',
    'duplicate-keyword',
    13,
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
        group {
            VI_1
        }
    }
  `,
  ), // 114,242 static_track_group_group_handler
  F.yes(
    'Warning - track group %s has empty group block',
    'empty-block',
    3,
    conf`
    track_group T {
        group {
        }
    }
  `,
  ), // 122 static_track_group_group_handler
  F.yes(
    'unknown interface %s specified for linkbeat interface',
    'unknown-interface',
    2,
    conf`
    linkbeat_interfaces {
        eth9
    }
  `,
  ), // 169 alloc_linkbeat_interface
  F.no('(%s): linkbeat not supported for vmacs since netlink works', 'host', 'A linkbeat interface that is a VMAC interface on the machine.'), // 176 alloc_linkbeat_interface (log)
  F.yes(
    'extra characters %s in linkbeat interface',
    'option-invalid',
    2,
    conf`
    linkbeat_interfaces {
        eth0 mii
    }
  `,
  ), // 190 alloc_linkbeat_interface
  F.yes(
    'vrrp_sync_group must have a name - skipping',
    'argument-missing',
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
    vrrp_sync_group {
        group {
            VI_1
        }
    }
  `,
    { note: 'The same message for a line of more than one word, which argument-extra reports; the block is skipped unread either way.' },
  ), // 217 vrrp_sync_group_handler
  F.yes(
    'vrrp sync group %s already defined',
    'duplicate-name',
    14,
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
    vrrp_sync_group SG {
        group {
            VI_1
        }
    }
  `,
  ), // 227 vrrp_sync_group_handler
  F.yes(
    'Warning - sync group %s has empty group block',
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
  ), // 251 vrrp_group_handler
  F.yes(
    'vrrp group %s: notify_backup script already specified - ignoring %s',
    'duplicate-keyword',
    14,
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
        notify_backup /bin/true
        notify_backup /bin/false
    }
  `,
  ), // 300 vrrp_gnotify_backup_handler
  F.yes(
    'vrrp group %s: notify_master script already specified - ignoring %s',
    'duplicate-keyword',
    14,
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
        notify_master /bin/true
        notify_master /bin/false
    }
  `,
  ), // 311 vrrp_gnotify_master_handler
  F.yes(
    'vrrp group %s: notify_fault script already specified - ignoring %s',
    'duplicate-keyword',
    14,
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
        notify_fault /bin/true
        notify_fault /bin/false
    }
  `,
  ), // 322 vrrp_gnotify_fault_handler
  F.yes(
    'vrrp group %s: notify_stop script already specified - ignoring %s',
    'duplicate-keyword',
    14,
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
        notify_stop /bin/true
        notify_stop /bin/false
    }
  `,
  ), // 333 vrrp_gnotify_stop_handler
  F.yes(
    'vrrp group %s: notify script already specified - ignoring %s',
    'duplicate-keyword',
    14,
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
        notify /bin/true
        notify /bin/false
    }
  `,
  ), // 344 vrrp_gnotify_handler
  F.yes(
    'Invalid vrrp_group smtp_alert parameter %s',
    'argument-value',
    13,
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
        smtp_alert maybe
    }
  `,
  ), // 359 __attribute__
  F.yes(
    '(%s) global_tracking is deprecated. Use track_interface/script/file on the sync group',
    'deprecated-keyword',
    13,
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
        global_tracking
    }
  `,
  ), // 371 __attribute__
  F.yes(
    "(%s) Invalid value '%s' for sync group notify_priority_changes specified",
    'argument-value',
    13,
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
        notify_priority_changes maybe
    }
  `,
  ), // 389 vrrp_sg_notify_priority_changes_handler
  F.yes(
    'vrrp_instance must have a name',
    'argument-missing',
    1,
    conf`
    vrrp_instance {
        interface eth0
        virtual_router_id 51
    }
  `,
    { note: 'The same message for a line of more than one word, which argument-extra reports; the block is skipped unread either way.' },
  ), // 408 vrrp_handler
  F.yes(
    'vrrp instance %s already defined',
    'duplicate-name',
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
    vrrp_instance VI_1 {
        interface eth0
        virtual_router_id 51
        priority 100
        virtual_ipaddress {
            192.0.2.10/24
        }
    }
  `,
  ), // 418 vrrp_handler
  F.no(
    '(%s): Cannot use VMAC/ipvlan with unicast and no interface - clearing use_vmac',
    'covered',
    'keepalived 2.2.7 then refuses the instance for having no interface ("Unknown interface!"), which interface-missing reports.',
  ), // 439 vrrp_end_handler
  F.yes(
    '(%s) unicast with use_vmac requires vmac_xmit_base - setting',
    'instance-option-ignored',
    12,
    inInstance('use_vmac', 'unicast_peer {', '    192.0.2.12', '}'),
    { ourLine: 8, note: 'keepalived checks at the end of the instance and names its closing brace; we point at use_vmac.' },
  ), // 446 vrrp_end_handler
  F.yes('(%s): Cannot use unicast_ttl without unicast peers - resetting', 'unicast-ttl-no-peers', 9, inInstance('unicast_ttl 5'), {
    ourLine: 8,
    note: 'keepalived checks at the end of the instance and names its closing brace; we point at unicast_ttl.',
  }), // 453 vrrp_end_handler
  F.yes('VMAC interface address already specified', 'option-invalid', 8, inInstance('use_vmac 02:00:00:00:00:01 02:00:00:00:00:02')), // 501 vrrp_vmac_handler
  F.yes('VMAC invalid MAC address %s', 'option-invalid', 8, inInstance('use_vmac 02:00:00:00:00:0g')), // 506 vrrp_vmac_handler
  F.yes('VMAC invalid MAC address %s - ignored', 'option-invalid', 8, inInstance('use_vmac 02:00:00:00')), // 536 vrrp_vmac_handler
  F.yes('VMAC MAC address is multicast %s - ignoring', 'option-invalid', 8, inInstance('use_vmac 01:00:5e:00:00:01')), // 538 vrrp_vmac_handler
  F.yes('VMAC MAC address not allowed to be RFC5798 address (%s) - ignoring', 'option-invalid', 8, inInstance('use_vmac 00:00:5e:00:01:33')), // 540 vrrp_vmac_handler
  F.yes('VMAC interface name already specified', 'option-invalid', 8, inInstance('use_vmac vrrp.51 vrrp.52')), // 547 vrrp_vmac_handler
  F.yes("VMAC interface name '%s' too long or invalid characters - ignoring", 'option-invalid', 8, inInstance('use_vmac vrrp.5123456789012345')), // 552 vrrp_vmac_handler
  F.yes(
    '(%s) VRRP instance %s is already using %s - ignoring name',
    'option-invalid',
    17,
    conf`
    vrrp_instance VI_1 {
        interface eth0
        virtual_router_id 51
        priority 100
        virtual_ipaddress {
            192.0.2.10/24
        }
        use_vmac vm1
    }
    vrrp_instance VI_2 {
        interface eth0
        virtual_router_id 52
        priority 100
        virtual_ipaddress {
            192.0.2.11/24
        }
        use_vmac vm1
    }
  `,
  ), // 559,704 vrrp_vmac_handler
  F.no(
    '(%s) interface %s already exists and is not a private macvlan; ignoring vmac if_name',
    'host',
    'An interface of that name already exists on the machine.',
  ), // 575 vrrp_vmac_handler
  F.yes('(%s) use_ipvlan already specified', 'duplicate-keyword', 9, inInstance('use_ipvlan', 'use_ipvlan')), // 610 vrrp_ipvlan_handler
  F.yes("(%s) ipvlan type already specified - ignoring '%s'", 'option-invalid', 8, inInstance('use_ipvlan 192.0.2.50/24 bridge private')), // 619,630,645 vrrp_ipvlan_handler
  F.no("(%s) kernel doesn't support ipvlan type %s", 'host', 'The kernel lacks that ipvlan mode.'), // 635,650 vrrp_ipvlan_handler
  F.yes("(%s) ipvlan address already specified - ignoring '%s'", 'option-invalid', 8, inInstance('use_ipvlan 192.0.2.50/24 192.0.2.51/24')), // 661 vrrp_ipvlan_handler
  F.yes('(%s) ipvlan address[%s] MUST match vrrp instance family !!! Skipping...', 'option-invalid', 8, inInstance('use_ipvlan 2001:db8::5 192.0.2.50')), // 668 vrrp_ipvlan_handler
  F.yes("(%s) IPVLAN interface already specified - ignoring '%s'", 'option-invalid', 8, inInstance('use_ipvlan 192.0.2.50 ipv1 ipv2')), // 691 vrrp_ipvlan_handler
  F.yes("(%s) IPVLAN interface name '%s' too long - ignoring", 'option-invalid', 8, inInstance('use_ipvlan 192.0.2.50 ipvlanabcdefghijk')), // 697 vrrp_ipvlan_handler
  F.no('(%s) interface %s already exists and is not an l2 ipvlan; ignoring ipvlan if_name', 'host', 'An interface of that name already exists on the machine.'), // 720 vrrp_ipvlan_handler
  F.yes('(%s) Unknown old_unicast_chksum mode %s - ignoring', 'argument-value', 8, inInstance('old_unicast_checksum foo')), // 766 vrrp_unicast_chksum_handler
  F.yes('(%s) Cannot specify native_ipv6 with IPv4 addresses', 'vip-family-mixed', 8, inInstance('native_ipv6')), // 778 __attribute__
  F.yes('(%s) state previously set as MASTER - ignoring BACKUP', 'state-invalid', 9, inInstance('state MASTER', 'state BACKUP')), // 796 vrrp_state_handler
  F.yes("(%s) unknown state '%s', defaulting to BACKUP", 'state-invalid', 8, inInstance('state master')), // 801 vrrp_state_handler
  F.yes("Interface name '%s' too long - ignoring", 'interface-name', 8, inInstance('interface eth0123456789abcdef')), // 812 vrrp_int_handler
  F.yes("WARNING - interface %s for vrrp_instance %s doesn't exist", 'unknown-interface', 8, inInstance('interface eth9')), // 818 vrrp_int_handler
  F.yes('(%s) cannot use a loopback interface (%s) for vrrp - ignoring', 'interface-name', 2, inInstance().replace('interface eth0', 'interface lo'), {
    note: 'We know the loopback interface by its name, lo; keepalived by its type, so another name for a loopback device is not caught.',
  }), // 820 vrrp_int_handler
  F.yes("(%s) VRF interface name '%s' too long - ignoring", 'argument-value', 8, inInstance('vrf vrfabcdefghijklmnopq')), // 837 vrrp_vrf_handler
  F.yes('(%s) Cannot specify VRF interface and interface - ignoring', 'instance-option-ignored', 8, inInstance('vrf blue')), // 842 vrrp_vrf_handler
  F.no("(%s) VRF interface already specified as '%s' - ignoring", 'host', 'Needs a VRF device on the machine to get this far.'), // 847 vrrp_vrf_handler
  F.no("(%s) WARNING - VRF interface %s doesn't exist", 'host', 'The VRF device does not exist on the machine.'), // 853 vrrp_vrf_handler
  F.no('(%s) cannot use a loopback interface (%s) for VRF - ignoring', 'host', 'About the interfaces of the machine.'), // 855 vrrp_vrf_handler
  F.yes("(%s) 'linkbeat_use_polling' in vrrp instance deprecated - use linkbeat_interfaces block", 'deprecated-keyword', 8, inInstance('linkbeat_use_polling')), // 868 __attribute__
  F.yes('Configuration error: VRRP instance[%s] malformed src address[%s]. Skipping...', 'argument-value', 8, inInstance('unicast_src_ip 192.0.2.300')), // 913 vrrp_srcip_handler
  F.yes(
    'Configuration error: VRRP instance[%s] and src address[%s] MUST be of the same family !!! Skipping...',
    'unicast-peer-family',
    8,
    inInstance('unicast_src_ip 2001:db8::1'),
  ), // 924 vrrp_srcip_handler
  F.yes('(%s) malformed mcast dest address %s. Skipping...', 'argument-value', 8, inInstance('mcast_dst_ip x')), // 948 vrrp_mcast_dstip_handler
  F.yes('(%s) mcast dest address %s MUST match VRRP instance family. Skipping...', 'instance-option-ignored', 8, inInstance('mcast_dst_ip ff02::12')), // 957 vrrp_mcast_dstip_handler
  F.yes('(%s) mcast_dst_ip %s not%s multicast. Skipping...', 'argument-value', 8, inInstance('mcast_dst_ip 192.0.2.1')), // 965 vrrp_mcast_dstip_handler
  F.yes(
    "(%s): VRID '%s' not valid - must be between 1 & 255",
    'vrid-range',
    3,
    conf`
    vrrp_instance VI_1 {
        interface eth0
        virtual_router_id 256
        virtual_ipaddress {
            192.0.2.10/24
        }
    }
  `,
  ), // 985 vrrp_vrid_handler
  F.yes("(%s): TTL '%s' not valid - must be between 0 & 255", 'argument-value', 8, inInstance('unicast_ttl 300', 'unicast_peer {', '    192.0.2.12', '}')), // 998 vrrp_ttl_handler
  F.yes('(%s) Priority not valid! must be between 1 & %d. Using default %d', 'priority-range', 8, inInstance('priority 300')), // 1011 vrrp_prio_handler
  F.yes('(%s) Advert interval (%s) not valid! Must be > 0 - ignoring', 'advert-int', 8, inInstance('advert_int 0')), // 1028 vrrp_adv_handler
  F.yes("(%s) Debug value '%s' not valid; must be between 0-4", 'argument-value', 8, inInstance('debug 9')), // 1039 vrrp_debug_handler
  F.yes('(%s) invalid skip_check_adv_addr %s specified', 'argument-value', 8, inInstance('skip_check_adv_addr maybe')), // 1054 vrrp_skip_check_adv_addr_handler
  F.yes('(%s) invalid strict_mode %s specified', 'argument-value', 8, inInstance('strict_mode maybe')), // 1071 vrrp_strict_mode_handler
  F.yes('(%s) Preempt_delay not valid! must be between 0-%u', 'preempt-delay-range', 8, inInstance('preempt_delay 2000')), // 1096 vrrp_preempt_delay_handler
  F.yes('(%s) notify_backup script already specified - ignoring %s', 'duplicate-keyword', 9, inInstance('notify_backup /bin/true', 'notify_backup /bin/false')), // 1107 vrrp_notify_backup_handler
  F.yes('(%s) notify_master script already specified - ignoring %s', 'duplicate-keyword', 9, inInstance('notify_master /bin/true', 'notify_master /bin/false')), // 1118 vrrp_notify_master_handler
  F.yes('(%s) notify_fault script already specified - ignoring %s', 'duplicate-keyword', 9, inInstance('notify_fault /bin/true', 'notify_fault /bin/false')), // 1129 vrrp_notify_fault_handler
  F.yes('(%s) notify_stop script already specified - ignoring %s', 'duplicate-keyword', 9, inInstance('notify_stop /bin/true', 'notify_stop /bin/false')), // 1140 vrrp_notify_stop_handler
  F.yes('(%s) notify_deleted already specified - ignoring %s', 'duplicate-keyword', 9, inInstance('notify_deleted /bin/true', 'notify_deleted /bin/false')), // 1151 vrrp_notify_deleted_handler
  F.yes('(%s) notify script already specified - ignoring %s', 'duplicate-keyword', 9, inInstance('notify /bin/true', 'notify /bin/false')), // 1166 vrrp_notify_handler
  F.yes(
    '(%s) notify_master_rx_lower_pri script already specified - ignoring %s',
    'duplicate-keyword',
    9,
    inInstance('notify_master_rx_lower_pri /bin/true', 'notify_master_rx_lower_pri /bin/false'),
  ), // 1177 vrrp_notify_master_rx_lower_pri
  F.yes('Invalid vrrp_instance smtp_alert parameter %s', 'argument-value', 8, inInstance('smtp_alert maybe')), // 1192 __attribute__
  F.yes("(%s) Invalid value '%s' for notify_priority_changes specified", 'argument-value', 8, inInstance('notify_priority_changes maybe')), // 1208 vrrp_notify_priority_changes_handler
  F.yes('(%s) Specifying lvs_sync_daemon_interface against a vrrp is deprecated.', 'deprecated-keyword', 8, inInstance('lvs_sync_daemon_interface eth0')), // 1221 vrrp_lvs_syncd_handler
  F.yes('      %*sPlease use global lvs_sync_daemon', 'deprecated-keyword', 8, inInstance('lvs_sync_daemon_interface eth0')), // 1222 vrrp_lvs_syncd_handler
  F.yes(
    '(%s) lvs_sync_daemon_interface has already been specified as %s - ignoring',
    'lvs-global-option',
    11,
    inGlobal('lvs_sync_daemon eth0') + inInstance('lvs_sync_daemon_interface eth1'),
  ), // 1225 vrrp_lvs_syncd_handler
  F.yes("(%s): garp_master_delay '%s' invalid - ignoring", 'argument-value', 8, inInstance('garp_master_delay x')), // 1240 vrrp_garp_delay_handler
  F.yes("(%s): Invalid garp_master_refresh '%s' - ignoring", 'argument-value', 8, inInstance('garp_master_refresh x')), // 1253 vrrp_garp_refresh_handler
  F.yes("(%s): garp_master_repeat '%s' invalid - ignoring", 'argument-value', 8, inInstance('garp_master_repeat x')), // 1269 vrrp_garp_rep_handler
  F.yes('(%s): garp_master_repeat must be greater than 0, setting to 1', 'argument-value', 8, inInstance('garp_master_repeat 0')), // 1274 vrrp_garp_rep_handler
  F.yes("(%s): garp_master_refresh_repeat '%s' invalid - ignoring", 'argument-value', 8, inInstance('garp_master_refresh_repeat x')), // 1289 vrrp_garp_refresh_rep_handler
  F.yes('(%s): garp_master_refresh_repeat must be greater than 0, setting to 1', 'argument-value', 8, inInstance('garp_master_refresh_repeat 0')), // 1294 vrrp_garp_refresh_rep_handler
  F.yes("(%s): garp_lower_prio_delay '%s' invalid - ignoring", 'argument-value', 8, inInstance('garp_lower_prio_delay x')), // 1308 vrrp_garp_lower_prio_delay_handler
  F.yes("(%s): Invalid garp_lower_prio_repeat '%s'", 'argument-value', 8, inInstance('garp_lower_prio_repeat x')), // 1321 vrrp_garp_lower_prio_rep_handler
  F.yes("(%s): Invalid down_timer_adverts [1:100] '%s'", 'down-timer-adverts-range', 8, inInstance('down_timer_adverts 0')), // 1334 vrrp_down_timer_adverts_handler
  F.yes('Keyword "vmac_garp_intvl" is deprecated - please use "garp_extra_if"', 'deprecated-keyword', 8, inInstance('vmac_garp_intvl 10')), // 1351 vrrp_garp_extra_if_handler
  F.yes("(%s): %s '%s' invalid - ignoring", 'option-invalid', 8, inInstance('garp_extra_if 5 x')), // 1358 vrrp_garp_extra_if_handler
  F.yes('(%s): %s specified without time - ignoring', 'option-invalid', 8, inInstance('garp_extra_if all')), // 1364 vrrp_garp_extra_if_handler
  F.yes('(%s) invalid lower_prio_no_advert %s specified', 'argument-value', 8, inInstance('lower_prio_no_advert maybe')), // 1383 vrrp_lower_prio_no_advert_handler
  F.yes('(%s) invalid higher_prio_send_advert %s specified', 'argument-value', 8, inInstance('higher_prio_send_advert maybe')), // 1401 vrrp_higher_prio_send_advert_handler
  F.yes('(%s) invalid kernel_rx_buf_size specified', 'argument-value', 8, inInstance('kernel_rx_buf_size x')), // 1421 kernel_rx_buf_size_handler
  F.yes("(%s) unknown authentication type '%s'", 'auth-type', 9, inInstance('authentication {', '    auth_type pass', '    auth_pass secret', '}')), // 1436 vrrp_auth_type_handler
  F.yes(
    'Truncating auth_pass to %zu characters',
    'auth-pass-length',
    10,
    inInstance('authentication {', '    auth_type PASS', '    auth_pass 1234567890', '}'),
  ), // 1448 vrrp_auth_pass_handler
  F.yes(
    "(%s): vrrp script interval '%s' must be between 1 and %u - ignoring",
    'argument-value',
    7,
    conf`
    global_defs {
        enable_script_security
        script_user root
    }
    vrrp_script chk {
        script /bin/true
        interval x
    }
  `,
  ), // 1514 vrrp_vscript_interval_handler
  F.yes(
    '(%s): vrrp script interval must be greater than 0, setting to 1',
    'argument-value',
    7,
    conf`
    global_defs {
        enable_script_security
        script_user root
    }
    vrrp_script chk {
        script /bin/true
        interval 0
    }
  `,
  ), // 1519 vrrp_vscript_interval_handler
  F.yes(
    "(%s): vrrp script timeout '%s' invalid - ignoring",
    'argument-value',
    7,
    conf`
    global_defs {
        enable_script_security
        script_user root
    }
    vrrp_script chk {
        script /bin/true
        timeout x
    }
  `,
  ), // 1534 vrrp_vscript_timeout_handler
  F.yes(
    '(%s): vrrp script timeout must be greater than 0, setting to 1',
    'argument-value',
    7,
    conf`
    global_defs {
        enable_script_security
        script_user root
    }
    vrrp_script chk {
        script /bin/true
        timeout 0
    }
  `,
  ), // 1539 vrrp_vscript_timeout_handler
  F.yes(
    'vrrp_script %s weight %s must be in [-253, 253]',
    'script-weight-range',
    7,
    conf`
    global_defs {
        enable_script_security
        script_user root
    }
    vrrp_script chk {
        script /bin/true
        weight 300
    }
  `,
  ), // 1552 vrrp_vscript_weight_handler
  F.yes(
    'vrrp_script %s unknown weight option %s',
    'script-weight-range',
    7,
    conf`
    global_defs {
        enable_script_security
        script_user root
    }
    vrrp_script chk {
        script /bin/true
        weight 10 foo
    }
  `,
  ), // 1559 vrrp_vscript_weight_handler
  F.yes(
    "(%s): vrrp script rise value '%s' invalid, defaulting to 1",
    'argument-value',
    7,
    conf`
    global_defs {
        enable_script_security
        script_user root
    }
    vrrp_script chk {
        script /bin/true
        rise 0
    }
  `,
  ), // 1569 vrrp_vscript_rise_handler
  F.yes(
    "(%s): vrrp script fall value '%s' invalid, defaulting to 1",
    'argument-value',
    7,
    conf`
    global_defs {
        enable_script_security
        script_user root
    }
    vrrp_script chk {
        script /bin/true
        fall 0
    }
  `,
  ), // 1582 vrrp_vscript_fall_handler
  F.no('Unable to set uid/gid for script %s', 'host', 'The user or group named for the script does not exist on this machine.'), // 1594 vrrp_vscript_user_handler
  F.yes(
    'No script set for vrrp_script %s - removing',
    'script-missing',
    3,
    conf`
    vrrp_script chk {
        interval 2
    }
  `,
  ), // 1609 vrrp_vscript_end_handler
  F.no(
    'Unable to set default user for vrrp script %s - removing',
    'host',
    'The default script user (keepalived_script, or root) does not exist on this machine.',
  ), // 1615 vrrp_vscript_end_handler
  F.no('no kernel support for track_process (CONFIG_PROC_EVENTS)', 'host', 'A kernel without process events.'), // 1636 vrrp_tprocess_handler
  F.yes(
    'Process already set for track process %s - ignoring %s',
    'duplicate-keyword',
    3,
    conf`
    vrrp_track_process tp {
        process haproxy
        process nginx
    }
  `,
  ), // 1649 vrrp_tprocess_process_handler
  F.yes(
    'Invalid param_match type %s - ignoring',
    'argument-value',
    3,
    conf`
    vrrp_track_process tp {
        process haproxy
        param_match foo
    }
  `,
  ), // 1693 vrrp_tprocess_match_handler
  F.yes(
    'No weight specified for track process %s - ignoring',
    'argument-missing',
    3,
    conf`
    vrrp_track_process tp {
        process haproxy
        weight
    }
  `,
  ), // 1703 vrrp_tprocess_weight_handler
  F.yes(
    'Weight already set for track process %s - ignoring %s',
    'duplicate-keyword',
    4,
    conf`
    vrrp_track_process tp {
        process haproxy
        weight 5
        weight 6
    }
  `,
  ), // 1708 vrrp_tprocess_weight_handler
  F.yes(
    'Weight (%s) for vrrp_track_process %s must be between [-254..254] inclusive. Ignoring...',
    'track-weight-range',
    3,
    conf`
    vrrp_track_process tp {
        process haproxy
        weight 300
    }
  `,
  ), // 1713 vrrp_tprocess_weight_handler
  F.yes(
    'vrrp_track_process %s unknown weight option %s',
    'track-weight-range',
    3,
    conf`
    vrrp_track_process tp {
        process sshd
        weight 5 bar
    }
  `,
  ), // 1722 vrrp_tprocess_weight_handler
  F.yes(
    'Quorum (%s) for vrrp_track_process %s must be between [1..65535] inclusive. Ignoring...',
    'argument-value',
    3,
    conf`
    vrrp_track_process tp {
        process haproxy
        quorum 0
    }
  `,
  ), // 1734 vrrp_tprocess_quorum_handler
  F.yes(
    'Quorum is greater than quorum_max - ignoring',
    'process-quorum',
    4,
    conf`
    vrrp_track_process tp {
        process sshd
        quorum_max 2
        quorum 3
    }
  `,
  ), // 1740 vrrp_tprocess_quorum_handler
  F.yes(
    'quorum_max (%s) for vrrp_track_process %s must be between [0..65535] inclusive. Ignoring...',
    'argument-value',
    3,
    conf`
    vrrp_track_process tp {
        process haproxy
        quorum_max 70000
    }
  `,
  ), // 1753 vrrp_tprocess_quorum_max_handler
  F.yes(
    'quorum_max is less than quorum - ignoring',
    'process-quorum',
    4,
    conf`
    vrrp_track_process tp {
        process sshd
        quorum 3
        quorum_max 2
    }
  `,
  ), // 1761 vrrp_tprocess_quorum_max_handler
  F.yes(
    '%sdelay (%s) for vrrp_track_process %s must be between [0.000001..3600] inclusive. Ignoring...',
    'argument-value',
    3,
    conf`
    vrrp_track_process tp {
        process haproxy
        delay 5000
    }
  `,
  ), // 1779 vrrp_tprocess_delay_general
  F.yes(
    "track process '%s' process name not specified",
    'script-missing',
    3,
    conf`
    vrrp_track_process P {
        quorum 2
    }
  `,
  ), // 1825 vrrp_tprocess_end_handler
  F.yes('(%s): Version must be either 2 or 3', 'argument-value', 8, inInstance('version 4')), // 1850 vrrp_version_handler
  F.yes('(%s) vrrp_version %d conflicts with configured or deduced version %d; ignoring.', 'duplicate-keyword', 9, inInstance('version 3', 'version 2')), // 1857 vrrp_version_handler
  F.yes(
    "garp_group garp_interval '%s' invalid",
    'argument-value',
    2,
    conf`
    garp_group {
        garp_interval -1
        interface eth0
    }
  `,
  ), // 1901 garp_group_garp_interval_handler
  F.yes(
    'The garp_interval is very large - %s seconds',
    'timer-large',
    2,
    conf`
    garp_group {
        garp_interval 2
        interface eth0
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
  ), // 1910 garp_group_garp_interval_handler (log)
  F.yes(
    "garp_group gna_interval '%s' invalid",
    'argument-value',
    2,
    conf`
    garp_group {
        gna_interval -1
        interface eth0
    }
  `,
  ), // 1919 garp_group_gna_interval_handler
  F.yes(
    'The gna_interval is very large - %s seconds',
    'timer-large',
    2,
    conf`
    garp_group {
        gna_interval 2
        interface eth0
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
  ), // 1928 garp_group_gna_interval_handler (log)
  F.yes(
    "WARNING - interface %s specified for garp_group doesn't exist",
    'unknown-interface',
    3,
    conf`
    garp_group {
        garp_interval 1
        interface eth9
    }
  `,
  ), // 1935,1979,1981 garp_group_interface_handler
  F.yes(
    'garp_group already specified for %s - ignoring',
    'garp-group',
    7,
    conf`
    garp_group {
        garp_interval 0.01
        interface eth0
    }
    garp_group {
        gna_interval 0.01
        interface eth0
    }
  `,
  ), // 1940,1986 garp_group_interface_handler
  F.no('Cannot specify garp_delay on a vmac (%s) - ignoring', 'host', 'The interface is a VMAC interface on the machine.'), // 1947,1992 garp_group_interface_handler
  F.yes(
    'Warning - empty garp_group interfaces block',
    'empty-block',
    4,
    conf`
    garp_group {
        garp_interval 1
        interfaces {
        }
    }
  `,
  ), // 1964 garp_group_interfaces_handler
  F.yes(
    'garp group %d does not have any delay set - removing',
    'garp-group',
    3,
    conf`
    garp_group {
        interface eth0
    }
  `,
    { ourLine: 1, note: 'keepalived checks at the end of the block and names its closing brace; we point at garp_group.' },
  ), // 2009 garp_group_end_handler
  F.yes(
    'unknown interface %s specified for up/down delay',
    'unknown-interface',
    2,
    conf`
    interface_up_down_delays {
        eth9 1 2
    }
  `,
  ), // 2032 alloc_if_up_down_delay
  F.yes(
    'No timeouts specified for %s up/down delays',
    'up-down-delay',
    2,
    conf`
    interface_up_down_delays {
        eth0
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
  ), // 2037 alloc_if_up_down_delay (log)
  F.yes(
    'Too many parameters for %s up/down delays',
    'up-down-delay',
    2,
    conf`
    interface_up_down_delays {
        eth0 1 1 1
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
  ), // 2041 alloc_if_up_down_delay (log)
  F.yes(
    'Invalid down delay %s for %s',
    'up-down-delay',
    2,
    conf`
    interface_up_down_delays {
        eth0 300
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
  ), // 2045 alloc_if_up_down_delay (log)
  F.yes(
    'Invalid up delay %s for %s',
    'up-down-delay',
    2,
    conf`
    interface_up_down_delays {
        eth0 1 -1
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
  ), // 2055 alloc_if_up_down_delay (log)
];
