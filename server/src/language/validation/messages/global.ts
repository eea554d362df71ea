/** keepalived 2.2.7 messages: global_defs and the root keywords (keepalived/core/global_parser.c). See ./types.ts. */
import { type MessageRow, conf, inGlobal, rowsOf } from './types';

const F = rowsOf('keepalived/core/global_parser.c');

export const globalMessages: readonly MessageRow[] = [
  // ---- keepalived/core/global_parser.c
  F.no('Process name missing', 'internal', 'Unreachable: a process-name keyword without a name stops at "missing a parameter" first.'), // 95 save_process_name
  F.yes('Process name %s more than %d characters, truncating', 'argument-value', 2, inGlobal('process_name keepalived_parent_1')), // 103 save_process_name
  F.yes("'lvs_process_name' is deprecated - please use 'checker_process_name'", 'deprecated-keyword', 2, inGlobal('lvs_process_name lvs'), {
    atStart: true,
    unlined: true,
  }), // 144 lvs_process_name_handler (log)
  F.yes('routerid name missing - ignoring', 'argument-missing', 2, inGlobal('router_id')), // 160 routerid_handler
  F.yes('emailfrom missing - ignoring', 'argument-missing', 2, inGlobal('notification_email_from')), // 171 emailfrom_handler
  F.yes("smtp_connect_timeout '%s' must be in [0, %u] - ignoring", 'argument-value', 2, inGlobal('smtp_connect_timeout 99999')), // 186 smtpto_handler
  F.yes('smtp_conect_timeout must be greater than 0, setting to 1', 'argument-value', 2, inGlobal('smtp_connect_timeout 0')), // 191 smtpto_handler
  F.yes("Unknown dynamic_interfaces option '%s'", 'argument-value', 2, inGlobal('dynamic_interfaces foo')), // 211 dynamic_interfaces_handler
  F.yes('Invalid smtp server %s %s', 'argument-value', 2, inGlobal('smtp_server 192.0.2.1 99999')), // 238 smtpserver_handler
  F.yes('Warning - empty notification_email block', 'empty-block', 3, inGlobal('notification_email {', '}')), // 256 email_handler
  F.yes("Invalid value '%s' for global smtp_alert specified", 'argument-value', 2, inGlobal('smtp_alert maybe')), // 275 smtp_alert_handler
  F.yes(
    '%s script already specified',
    'duplicate-keyword',
    5,
    inGlobal('enable_script_security', 'script_user root', 'startup_script /bin/true', 'startup_script /bin/false'),
  ), // 294 startup_shutdown_script
  F.yes('%s script missing', 'argument-missing', 2, inGlobal('startup_script')), // 299 startup_shutdown_script
  F.no('Invalid %s script', 'host', 'The script, or the user it runs as, does not exist or is unsafe on this machine.'), // 304 startup_shutdown_script
  F.yes('%s_script_timeout requires value', 'argument-missing', 2, inGlobal('startup_script_timeout')), // 329 startup_shutdown_script_timeout_handler
  F.yes("%s_script_timeout '%s' must be in [1, 1000] - ignoring", 'argument-value', 2, inGlobal('startup_script_timeout 0')), // 333 startup_shutdown_script_timeout_handler
  F.yes("max_auto_priority '%s' must be in [0, %d] (or -1 to disable) - ignoring", 'argument-value', 2, inGlobal('max_auto_priority 200')), // 381 max_auto_priority_handler
  F.yes('min_auto_priority_delay requires delay time', 'argument-missing', 2, inGlobal('min_auto_priority_delay')), // 393 min_auto_priority_delay_handler
  F.yes("min_auto_priority_delay '%s' must be in [1, 10000000] - ignoring", 'argument-value', 2, inGlobal('min_auto_priority_delay 0')), // 397 min_auto_priority_delay_handler
  F.yes("Invalid value '%s' for global smtp_alert_vrrp specified", 'argument-value', 2, inGlobal('smtp_alert_vrrp maybe')), // 412 smtp_alert_vrrp_handler
  F.yes("Invalid value '%s' for global smtp_alert_checker specified", 'argument-value', 2, inGlobal('smtp_alert_checker maybe')), // 429 smtp_alert_checker_handler
  F.yes('Invalid value for checker_log_all_failures specified', 'argument-value', 2, inGlobal('checker_log_all_failures maybe')), // 444 checker_log_all_failures_handler
  F.yes('default_interface requires interface name', 'argument-missing', 2, inGlobal('default_interface')), // 458 default_interface_handler
  F.no('kernel does not support %s', 'host', 'disable_local_igmp on a kernel without the igmp_link_local_mcast_reports setting.'), // 468 __attribute__
  F.yes('lvs_timeouts requires at least one option', 'lvs-global-option', 2, inGlobal('lvs_timeouts tcp')), // 483 lvs_timeouts
  F.yes('No value specified for lvs_timeout tcp - ignoring', 'lvs-global-option', 2, inGlobal('lvs_timeouts udp 5 tcp')), // 490 lvs_timeouts
  F.yes('Invalid lvs_timeout tcp (%s) - ignoring', 'lvs-global-option', 2, inGlobal('lvs_timeouts tcp x')), // 494 lvs_timeouts
  F.yes('No value specified for lvs_timeout tcpfin - ignoring', 'lvs-global-option', 2, inGlobal('lvs_timeouts udp 5 tcpfin')), // 502 lvs_timeouts
  F.yes('Invalid lvs_timeout tcpfin (%s) - ignoring', 'lvs-global-option', 2, inGlobal('lvs_timeouts tcpfin 2678401')), // 506 lvs_timeouts
  F.yes('No value specified for lvs_timeout udp - ignoring', 'lvs-global-option', 2, inGlobal('lvs_timeouts tcp 5 udp')), // 514 lvs_timeouts
  F.yes('Invalid lvs_timeout udp (%s) - ignoring', 'lvs-global-option', 2, inGlobal('lvs_timeouts udp -1')), // 518 lvs_timeouts
  F.yes('Unknown option %s specified for lvs_timeouts', 'lvs-global-option', 2, inGlobal('lvs_timeouts tcp 5 foo')), // 524 lvs_timeouts
  F.yes('lvs_sync_daemon has already been specified as %s %s - ignoring', 'duplicate-keyword', 3, inGlobal('lvs_sync_daemon eth0', 'lvs_sync_daemon eth1')), // 535 lvs_syncd_handler
  F.yes('lvs_sync_daemon requires interface', 'lvs-global-option', 2, inGlobal('lvs_sync_daemon')), // 540 lvs_syncd_handler
  F.yes("lvs_sync_daemon interface name '%s' too long - ignoring", 'lvs-global-option', 2, inGlobal('lvs_sync_daemon eth0123456789abc')), // 545 lvs_syncd_handler
  F.yes('lvs_sync_daemon vrrp instance has already been specified as %s - ignoring', 'lvs-global-option', 2, inGlobal('lvs_sync_daemon eth0 VI_1 inst VI_2')), // 555 lvs_syncd_handler
  F.yes('No value specified for lvs_sync_daemon id, defaulting to vrid', 'lvs-global-option', 2, inGlobal('lvs_sync_daemon eth0 id')), // 565 lvs_syncd_handler
  F.yes('Invalid syncid (%s) - defaulting to vrid', 'lvs-global-option', 2, inGlobal('lvs_sync_daemon eth0 id 256')), // 569,640 lvs_syncd_handler
  F.yes('No value specified for lvs_sync_daemon maxlen - ignoring', 'lvs-global-option', 2, inGlobal('lvs_sync_daemon eth0 maxlen')), // 578 lvs_syncd_handler
  F.yes('Invalid lvs_sync_daemon maxlen (%s) - ignoring', 'lvs-global-option', 2, inGlobal('lvs_sync_daemon eth0 maxlen 0')), // 582 lvs_syncd_handler
  F.yes('No value specified for lvs_sync_daemon port - ignoring', 'lvs-global-option', 2, inGlobal('lvs_sync_daemon eth0 port')), // 590 lvs_syncd_handler
  F.yes('Invalid lvs_sync_daemon port (%s) - ignoring', 'lvs-global-option', 2, inGlobal('lvs_sync_daemon eth0 port 65536')), // 594 lvs_syncd_handler
  F.yes('No value specified for lvs_sync_daemon ttl - ignoring', 'lvs-global-option', 2, inGlobal('lvs_sync_daemon eth0 ttl')), // 602 lvs_syncd_handler
  F.yes('Invalid lvs_sync_daemon ttl (%s) - ignoring', 'lvs-global-option', 2, inGlobal('lvs_sync_daemon eth0 ttl 0')), // 606 lvs_syncd_handler
  F.yes('No value specified for lvs_sync_daemon group - ignoring', 'lvs-global-option', 2, inGlobal('lvs_sync_daemon eth0 group')), // 614 lvs_syncd_handler
  F.yes('Invalid lvs_sync_daemon group (%s) - ignoring', 'lvs-global-option', 2, inGlobal('lvs_sync_daemon eth0 group x')), // 619 lvs_syncd_handler
  F.yes('lvs_sync_daemon group address %s is not multicast - ignoring', 'lvs-global-option', 2, inGlobal('lvs_sync_daemon eth0 group 10.0.0.1')), // 623 lvs_syncd_handler
  F.yes('Please use keyword "id" before lvs_sync_daemon SYNCID', 'lvs-global-option', 2, inGlobal('lvs_sync_daemon eth0 VI_1 5')), // 642 lvs_syncd_handler
  F.yes('Unknown option %s specified for lvs_sync_daemon', 'lvs-global-option', 2, inGlobal('lvs_sync_daemon eth0 id 5 bar')), // 650 lvs_syncd_handler
  F.yes('Unknown lvs_flush_on_stop type %s', 'argument-value', 2, inGlobal('lvs_flush_on_stop foo')), // 668 lvs_flush_on_stop_handler
  F.yes('No %s process real-time priority specified', 'argument-missing', 2, inGlobal('vrrp_rt_priority')), // 680 get_realtime_priority
  F.yes("%s process real-time priority '%s' invalid", 'argument-value', 2, inGlobal('vrrp_rt_priority x')), // 688 get_realtime_priority
  F.yes('%s process real-time priority %d less than minimum %d - setting to minimum', 'argument-value', 2, inGlobal('vrrp_rt_priority 0')), // 693 get_realtime_priority
  F.yes('%s process real-time priority %d greater than maximum %d - setting to maximum', 'argument-value', 2, inGlobal('vrrp_rt_priority 500')), // 697 get_realtime_priority
  F.yes('No %s cpu_id set specified', 'argument-missing', 2, inGlobal('vrrp_cpu_affinity')), // 713 get_cpu_affinity
  F.no('Invalid cpu_id:%d specified for %s process', 'host', 'A CPU number the machine does not have.'), // 723 get_cpu_affinity
  F.yes("Keyword '%s' is deprecated - please use '%.*srttime'", 'deprecated-keyword', 2, inGlobal('vrrp_rlimit_rtime 1000'), { atStart: true, unlined: true }), // 746 get_rt_rlimit (log)
  F.yes('Invalid %s real-time limit - %s', 'argument-value', 2, inGlobal('vrrp_rlimit_rttime x')), // 749 get_rt_rlimit
  F.yes('No %s process priority specified', 'argument-missing', 2, inGlobal('vrrp_priority')), // 768 get_priority
  F.yes('Invalid %s process priority specified', 'argument-value', 2, inGlobal('vrrp_priority 50')), // 773 get_priority
  F.yes("Can't parse vrrp_mcast_group4 [%s]. Skipping", 'argument-value', 2, inGlobal('vrrp_mcast_group4 x')), // 787 vrrp_mcast_group4_handler
  F.yes('vrrp_mcast_group4 [%s] is not IPv4. Skipping', 'argument-value', 2, inGlobal('vrrp_mcast_group4 ff02::12')), // 793 vrrp_mcast_group4_handler
  F.yes('vrrp_mcast_group4 [%s] is not multicast. Skipping', 'argument-value', 2, inGlobal('vrrp_mcast_group4 192.0.2.1')), // 800 vrrp_mcast_group4_handler
  F.yes("Can't parse vrrp_mcast_group6 [%s]. Skipping", 'argument-value', 2, inGlobal('vrrp_mcast_group6 x')), // 813 vrrp_mcast_group6_handler
  F.yes('vrrp_mcast_group6 [%s] is not IPv6. Skipping', 'argument-value', 2, inGlobal('vrrp_mcast_group6 224.0.0.18')), // 819 vrrp_mcast_group6_handler
  F.yes('vrrp_mcast_group6 [%s] is not multicast. Skipping', 'argument-value', 2, inGlobal('vrrp_mcast_group6 2001:db8::1')), // 826 vrrp_mcast_group6_handler
  F.yes('vrrp_mcast_group6 [%s] should be link-local multicast.', 'argument-value', 2, inGlobal('vrrp_mcast_group6 ff05::12')), // 833 vrrp_mcast_group6_handler
  F.yes("vrrp_garp_master_delay '%s' invalid - ignoring", 'argument-value', 2, inGlobal('vrrp_garp_master_delay x')), // 844 vrrp_garp_delay_handler
  F.yes("vrrp_garp_master_repeat '%s' invalid - ignoring", 'argument-value', 2, inGlobal('vrrp_garp_master_repeat x')), // 858 vrrp_garp_rep_handler
  F.yes('vrrp_garp_master_repeat must be greater than 0, setting to 1', 'argument-value', 2, inGlobal('vrrp_garp_master_repeat 0')), // 863 vrrp_garp_rep_handler
  F.yes("Invalid vrrp_garp_master_refresh '%s' - ignoring", 'argument-value', 2, inGlobal('vrrp_garp_master_refresh x')), // 876 vrrp_garp_refresh_handler
  F.yes("vrrp_garp_master_refresh_repeat '%s' invalid - ignoring", 'argument-value', 2, inGlobal('vrrp_garp_master_refresh_repeat x')), // 892 vrrp_garp_refresh_rep_handler
  F.yes('vrrp_garp_master_refresh_repeat must be greater than 0, setting to 1', 'argument-value', 2, inGlobal('vrrp_garp_master_refresh_repeat 0')), // 897 vrrp_garp_refresh_rep_handler
  F.yes("vrrp_garp_lower_prio_delay '%s' invalid - ignoring", 'argument-value', 2, inGlobal('vrrp_garp_lower_prio_delay x')), // 910 vrrp_garp_lower_prio_delay_handler
  F.yes("Invalid vrrp_garp_lower_prio_repeat '%s'", 'argument-value', 2, inGlobal('vrrp_garp_lower_prio_repeat x')), // 922 vrrp_garp_lower_prio_rep_handler
  F.yes("Invalid vrrp_down_timer_adverts [1:100] '%s'", 'argument-value', 2, inGlobal('vrrp_down_timer_adverts 0')), // 934 vrrp_down_timer_adverts_handler
  F.yes("vrrp_garp_interval '%s' is invalid", 'garp-interval', 2, inGlobal('vrrp_garp_interval 0')), // 946 vrrp_garp_interval_handler
  F.yes('The vrrp_garp_interval is very large - %s seconds', 'timer-large', 2, inGlobal('vrrp_garp_interval 2'), { unlined: true, atStart: true }), // 951 vrrp_garp_interval_handler (log)
  F.yes("vrrp_gna_interval '%s' is invalid", 'garp-interval', 2, inGlobal('vrrp_gna_interval 0')), // 959 vrrp_gna_interval_handler
  F.yes('The vrrp_gna_interval is very large - %s seconds', 'timer-large', 2, inGlobal('vrrp_gna_interval 2'), { unlined: true, atStart: true }), // 964 vrrp_gna_interval_handler (log)
  F.yes('Invalid value for vrrp_min_garp specified', 'argument-value', 2, inGlobal('vrrp_min_garp maybe')), // 974 vrrp_min_garp_handler
  F.yes('Keyword "vrrp_vmac_garp_intvl" is deprecated - please use "vrrp_garp_extra_if"', 'deprecated-keyword', 2, inGlobal('vrrp_vmac_garp_intvl 10')), // 1003 vrrp_vmac_garp_extra_if_handler
  F.yes("%s '%s' invalid - ignoring", 'option-invalid', 2, inGlobal('vrrp_garp_extra_if all x')), // 1010 vrrp_vmac_garp_extra_if_handler
  F.yes('%s specified without time - ignoring', 'option-invalid', 2, inGlobal('vrrp_garp_extra_if all')), // 1016 vrrp_vmac_garp_extra_if_handler
  F.yes('Invalid value for vrrp_lower_prio_no_advert specified', 'argument-value', 2, inGlobal('vrrp_lower_prio_no_advert maybe')), // 1031 vrrp_lower_prio_no_advert_handler
  F.yes('Invalid value for vrrp_higher_prio_send_advert specified', 'argument-value', 2, inGlobal('vrrp_higher_prio_send_advert maybe')), // 1046 vrrp_higher_prio_send_advert_handler
  F.no(
    'iptables already specified - ignoring',
    'build',
    'Only in builds with iptables support (distribution packages of 2.2.7 use nftables and print "iptables not supported" instead).',
  ), // 1058 vrrp_iptables_handler
  F.no('VRRP Error : iptables in chain name too long - ignored', 'build', 'Only in builds with iptables support.'), // 1064 vrrp_iptables_handler
  F.no('VRRP Error : iptables out chain name too long - ignored', 'build', 'Only in builds with iptables support.'), // 1070 vrrp_iptables_handler
  F.no('VRRP Error : ipset address name too long - ignored', 'build', 'Only in builds with iptables/ipset support.'), // 1099 vrrp_ipsets_handler
  F.no('VRRP Error : ipset IPv6 address name too long - ignored', 'build', 'Only in builds with iptables/ipset support.'), // 1106 vrrp_ipsets_handler
  F.no('VRRP Error : ipset IPv6 address_iface name too long - ignored', 'build', 'Only in builds with iptables/ipset support.'), // 1120 vrrp_ipsets_handler
  F.no('VRRP Error : ipset IGMP name too long - ignored', 'build', 'Only in builds with iptables/ipset support.'), // 1138 vrrp_ipsets_handler
  F.no('VRRP Error : ipset MLD name too long - ignored', 'build', 'Only in builds with iptables/ipset support.'), // 1152 vrrp_ipsets_handler
  F.yes(
    "iptables not supported, using nftables instead. Please replace 'vrrp_iptables and 'vrrp_ipsets' with 'nftables' config option",
    'deprecated-keyword',
    2,
    inGlobal('vrrp_iptables'),
  ), // 1172 __attribute__
  F.yes('nftables already specified - ignoring', 'duplicate-keyword', 3, inGlobal('nftables', 'nftables')), // 1188 __attribute__
  F.yes('nftables table name too long - ignoring', 'argument-value', 2, inGlobal(`nftables ${'t'.repeat(256)}`)), // 1194 __attribute__
  F.yes("invalid nftables chain priority '%s'", 'argument-value', 2, inGlobal('nftables_priority x')), // 1215 vrrp_nftables_priority_handler
  F.yes('ipvs nftables already specified - ignoring', 'duplicate-keyword', 3, inGlobal('nftables_ipvs', 'nftables_ipvs')), // 1231 __attribute__
  F.yes('ipvs nftables table name too long - ignoring', 'argument-value', 2, inGlobal(`nftables_ipvs ${'t'.repeat(256)}`)), // 1237 __attribute__
  F.yes("invalid ipvs nftables chain priority '%s'", 'argument-value', 2, inGlobal('nftables_ipvs_priority x')), // 1259 ipvs_nftables_priority_handler
  F.yes("invalid ipvs nftables start_fwmark priority '%s'", 'argument-value', 2, inGlobal('nftables_ipvs_start_fwmark x')), // 1269 ipvs_nftables_start_fwmark_handler
  F.yes('VRRP Error: Version must be either 2 or 3', 'argument-value', 2, inGlobal('vrrp_version 4')), // 1285 vrrp_version_handler
  F.yes('No %snotify_fifo name specified', 'argument-missing', 2, inGlobal('notify_fifo')), // 1341 notify_fifo
  F.yes(
    '%snotify_fifo already specified - ignoring %s',
    'duplicate-keyword',
    3,
    inGlobal('notify_fifo /run/keepalived.fifo', 'notify_fifo /run/keepalived2.fifo'),
  ), // 1346 notify_fifo
  F.no('Invalid user/group for %s fifo %s - ignoring', 'host', 'The user or group named for the FIFO does not exist on this machine.'), // 1352 notify_fifo (log)
  F.no('Failed to set default user for %s fifo %s - ignoring', 'host', 'The default script user does not exist on this machine.'), // 1356 notify_fifo (log)
  F.yes('No %snotify_fifo_script specified', 'argument-missing', 2, inGlobal('notify_fifo_script')), // 1368 notify_fifo_script
  F.yes(
    '%snotify_fifo_script already specified - ignoring %s',
    'duplicate-keyword',
    6,
    inGlobal('enable_script_security', 'script_user root', 'notify_fifo /run/keepalived.fifo', 'notify_fifo_script /bin/true', 'notify_fifo_script /bin/false'),
  ), // 1373 notify_fifo_script
  F.yes("Invalid value '%s' for global vrrp_notify_priority_changes specified", 'argument-value', 2, inGlobal('vrrp_notify_priority_changes maybe')), // 1413 vrrp_notify_priority_changes
  F.yes('Too many parameters specified for snmp_socket - ignoring', 'argument-extra', 2, inGlobal('snmp_socket udp:localhost:705 tcp:localhost:705')), // 1507 snmp_socket_handler
  F.yes('SNMP error : snmp socket name missing', 'argument-missing', 2, inGlobal('snmp_socket')), // 1512 snmp_socket_handler
  F.no(
    'SNMP error : snmp socket name too long - ignored',
    'internal',
    'Unreachable from a file: keepalived reads lines of at most 1023 characters, so no word reaches the 4095 characters (PATH_MAX) this needs.',
  ), // 1517 snmp_socket_handler
  F.yes('SNMP socket already set to %s - ignoring', 'duplicate-keyword', 3, inGlobal('snmp_socket udp:localhost:705', 'snmp_socket tcp:localhost:705')), // 1522 snmp_socket_handler
  F.yes(
    'net_namespace name missing - ignoring',
    'argument-missing',
    1,
    conf`
    net_namespace
  `,
  ), // 1582 net_namespace_handler
  F.yes(
    'Duplicate net_namespace definition %s - ignoring',
    'duplicate-keyword',
    2,
    conf`
    net_namespace blue
    net_namespace red
  `,
  ), // 1591 net_namespace_handler
  F.yes(
    'Duplicate net_namespace_ipvs definition %s - ignoring',
    'duplicate-keyword',
    2,
    conf`
    net_namespace_ipvs blue
    net_namespace_ipvs red
  `,
  ), // 1601 net_namespace_ipvs_handler
  F.yes('dbus_service_name missing - ignoring', 'argument-missing', 2, inGlobal('dbus_service_name')), // 1632 dbus_service_name_handler
  F.yes(
    'instance name missing - ignoring',
    'argument-missing',
    1,
    conf`
    instance
  `,
  ), // 1648 instance_handler
  F.yes(
    'Duplicate instance definition %s - ignoring',
    'duplicate-keyword',
    2,
    conf`
    instance blue
    instance red
  `,
  ), // 1658 instance_handler
  F.yes('No script username specified', 'argument-missing', 2, inGlobal('script_user')), // 1675 script_user_handler
  F.no('Error setting global script uid/gid', 'host', 'The script user or group does not exist on this machine.'), // 1680 script_user_handler
  F.yes(
    'Invalid child_wait_time %s',
    'argument-value',
    1,
    conf`
    child_wait_time x
  `,
  ), // 1698 child_wait_handler
  F.yes('vrrp_rx_bufs_policy missing', 'option-invalid', 2, inGlobal('vrrp_rx_bufs_policy')), // 1716 vrrp_rx_bufs_policy_handler
  F.yes('Invalid vrrp_rx_bufs_policy %s', 'option-invalid', 2, inGlobal('vrrp_rx_bufs_policy MTU foo')), // 1727 vrrp_rx_bufs_policy_handler
  F.yes('Cannot set vrrp_rx_bufs_policy size and policy, ignoring policy', 'option-invalid', 2, inGlobal('vrrp_rx_bufs_policy 65536 MTU')), // 1737 vrrp_rx_bufs_policy_handler
  F.yes(
    'Cannot set both vrrp_rx_bufs_policy MTU and ADVERT, ignoring ADVERT',
    'option-invalid',
    3,
    inGlobal('vrrp_rx_bufs_policy MTU', 'vrrp_rx_bufs_policy ADVERT'),
  ), // 1742 vrrp_rx_bufs_policy_handler
  F.yes('Invalid vrrp_rx_bufs_multiplier', 'argument-missing', 2, inGlobal('vrrp_rx_bufs_multiplier')), // 1756 vrrp_rx_bufs_multiplier_handler
  F.yes('Invalid vrrp_rx_bufs_multiplier %s', 'argument-value', 2, inGlobal('vrrp_rx_bufs_multiplier x')), // 1761 vrrp_rx_bufs_multiplier_handler
  F.yes('%s_rcv_bufs size missing', 'argument-missing', 2, inGlobal('vrrp_netlink_cmd_rcv_bufs')), // 1777 get_netlink_rcv_bufs_size
  F.yes('%s_rcv_bufs size (%s) invalid', 'argument-value', 2, inGlobal('vrrp_netlink_cmd_rcv_bufs x')), // 1782 get_netlink_rcv_bufs_size
  F.yes(
    "Invalid value '%s' for global vrrp_netlink_monitor_rcv_bufs_force specified",
    'argument-value',
    2,
    inGlobal('vrrp_netlink_monitor_rcv_bufs_force maybe'),
  ), // 1816 vrrp_netlink_monitor_rcv_bufs_force_handler
  F.yes("Invalid value '%s' for global vrrp_netlink_cmd_rcv_bufs_force specified", 'argument-value', 2, inGlobal('vrrp_netlink_cmd_rcv_bufs_force maybe')), // 1849 vrrp_netlink_cmd_rcv_bufs_force_handler
  F.yes("Invalid value '%s' for global process_monitor_rcv_bufs_force specified", 'argument-value', 2, inGlobal('process_monitor_rcv_bufs_force maybe')), // 1883 process_monitor_rcv_bufs_force_handler
  F.yes(
    "Invalid value '%s' for global lvs_netlink_monitor_rcv_bufs_force specified",
    'argument-value',
    2,
    inGlobal('lvs_netlink_monitor_rcv_bufs_force maybe'),
  ), // 1919 lvs_netlink_monitor_rcv_bufs_force_handler
  F.yes("Invalid value '%s' for global lvs_netlink_cmd_rcv_bufs_force specified", 'argument-value', 2, inGlobal('lvs_netlink_cmd_rcv_bufs_force maybe')), // 1952 lvs_netlink_cmd_rcv_bufs_force_handler
  F.yes("Invalid value '%s' for global rs_init_notifies specified", 'argument-value', 2, inGlobal('rs_init_notifies maybe')), // 1968 rs_init_notifies_handler
  F.yes("Invalid value '%s' for global no_checker_emails specified", 'argument-value', 2, inGlobal('no_checker_emails maybe')), // 1984 no_checker_emails_handler
  F.no('umask command line option specified, ignoring config option', 'option', 'keepalived was started with --umask, which overrides the configuration.'), // 2004 umask_handler (log)
  F.yes('%s parameter(s) to umask option', 'argument-value', 2, inGlobal('umask 0177 x')), // 2010 umask_handler
  F.yes('invalid umask value %s', 'argument-value', 2, inGlobal('umask 01000')), // 2015 umask_handler
  F.yes('Invalid umask syntax %s', 'argument-value', 2, inGlobal('umask IWGRP IWOTH')), // 2031 umask_handler
  F.yes('Unknown umask bit %s', 'argument-value', 2, inGlobal('umask IXUSR|IRWXG|IRWXO')), // 2045 umask_handler
  F.yes('umask missing bit value', 'argument-value', 2, inGlobal('umask IWGRP|')), // 2054 umask_handler
  F.yes("vrrp_startup_delay '%s' is invalid", 'argument-value', 2, inGlobal('vrrp_startup_delay x')), // 2077 vrrp_startup_delay_handler
  F.yes('The vrrp_startup_delay is very large - %s seconds', 'timer-large', 2, inGlobal('vrrp_startup_delay 60'), { unlined: true, atStart: true }), // 2082 vrrp_startup_delay_handler (log)
  F.yes('vmac prefix has already been specified - ignoring %s', 'duplicate-keyword', 3, inGlobal('vmac_prefix vm', 'vmac_prefix vx')), // 2096 vrrp_vmac_prefix_handler
  F.yes('vmac_addr prefix has already been specified - ignoring %s', 'duplicate-keyword', 3, inGlobal('vmac_addr_prefix vm', 'vmac_addr_prefix vx')), // 2107 vrrp_vmac_addr_prefix_handler
  F.yes('random_seed %s invalid', 'argument-value', 2, inGlobal('random_seed x')), // 2122 random_seed_handler
  F.no('Unable to find config_save_dir %s', 'host', 'About a directory on the machine.'), // 2173 config_save_dir_handler
  F.no('config_save_dir %s is not a directory', 'host', 'About a directory on the machine.'), // 2175 config_save_dir_handler
  F.no('Unable to create config_save_dir %s (error %d - %m)', 'host', 'About a directory on the machine.'), // 2184 config_save_dir_handler
  F.no('config_save_dir %s error %d - %m', 'host', 'About a directory on the machine.'), // 2186 config_save_dir_handler
  F.no('config_save_dir %s exists and is not a directory', 'host', 'About a directory on the machine.'), // 2188 config_save_dir_handler
  F.yes('reload_time_file invalid', 'argument-missing', 2, inGlobal('reload_time_file')), // 2207 reload_time_file_handler
  F.yes('%s already specified - ignoring', 'duplicate-keyword', 3, inGlobal('tmp_config_directory /tmp', 'tmp_config_directory /var/tmp')), // 2236 config_copy_directory_handler
  F.yes('%s missing directory name', 'argument-missing', 2, inGlobal('tmp_config_directory')), // 2247 config_copy_directory_handler
  F.yes("Invalid value '%s' for global date_use_instance specified", 'argument-value', 2, inGlobal('data_use_instance maybe')), // 2258 data_use_instance_handler
];
