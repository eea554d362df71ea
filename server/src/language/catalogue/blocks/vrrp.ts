/**
 * VRRP: vrrp_instance (with its authentication / auth_hmac sub-blocks), vrrp_script,
 * vrrp_sync_group, garp_group, track_group, vrrp_track_process and interface_up_down_delays.
 *
 * Structure and ranges follow keepalived's vrrp/vrrp_parser.c (install_keyword* calls and the
 * read_unsigned_strvec / read_int_strvec / read_decimal_unsigned_strvec bounds in each handler),
 * checked against keepalived 2.2.7 `-t` where that version knows the keyword.
 * All summaries and docs are our own words.
 */
import type { BlockDef, KeywordDef } from '../types';
import { arg, bool, command, defines, iface, int, ip, many, mcast, num, oneOf, opt, text, user } from '../build';

const UINT_MAX = 4294967295;
const INT_MAX = 2147483647;
/** UINT_MAX / TIMER_HZ (TIMER_HZ is 1e6): the largest whole-second delay keepalived stores in a timer. */
const MAX_TIMER_SECONDS = 4294;

// ---------------------------------------------------------------------------------------------
// Shared keyword builders
// ---------------------------------------------------------------------------------------------

/** `notify_* <script> [user [group]]`: the script is one word or one quoted string. */
function notifyScript(name: string, summary: string, doc?: string): KeywordDef {
  return {
    name,
    summary,
    doc:
      (doc ? doc + '\n\n' : '') +
      'Quote the script when it has arguments: an unquoted second word is taken as the user to run it as, ' +
      'and when that user does not exist keepalived drops the script. Without a user, `global_defs` ' +
      '`script_user` (or `keepalived_script`) applies. A second occurrence is ignored.',
    syntax: `${name} <script>|"<script> <args...>" [<user> [<group>]]`,
    args: [arg('script', command), opt('user', user), opt('group', text)],
  };
}

/** Optional on/off flag: the bare keyword means on (keepalived's check_true_false pattern). */
function flag(name: string, summary: string, extra: Partial<KeywordDef> = {}): KeywordDef {
  return { name, summary, args: [opt('enabled', bool)], ...extra };
}

const trackInterface = (owner: string): KeywordDef => ({
  name: 'track_interface',
  summary: `Interfaces whose link state affects the ${owner}.`,
  doc:
    'One interface per line, optionally `weight <-253..253> [reverse]`. Without a weight, a down interface ' +
    'puts the instance into FAULT; with one, the priority is adjusted instead. Several blocks add up.',
  values: 'track_interface',
  repeatable: true,
});

const trackScript = (owner: string): KeywordDef => ({
  name: 'track_script',
  summary: `vrrp_scripts whose result affects the ${owner}.`,
  doc:
    'One `vrrp_script` name per line, optionally `weight <-253..253> [reverse|noreverse]`; an entry without a ' +
    'weight uses the weight set in the vrrp_script. A name that is not defined is ignored with a warning.',
  values: 'track_script',
  repeatable: true,
});

const trackFile = (owner: string): KeywordDef => ({
  name: 'track_file',
  summary: `track_files whose value affects the ${owner}.`,
  doc:
    'One `track_file` name per line, optionally `weight <-254..254> [reverse|noreverse]`; the value read from ' +
    'the file is multiplied by the weight and added to the priority (weight 0: non-zero means FAULT).',
  values: 'track_file',
  repeatable: true,
});

const trackProcess = (owner: string): KeywordDef => ({
  name: 'track_process',
  summary: `vrrp_track_processes whose state affects the ${owner}.`,
  doc: 'One `vrrp_track_process` name per line, optionally `weight <-254..254> [reverse|noreverse]`.',
  values: 'track_process',
  repeatable: true,
  buildOption: 'track process support (TRACK_PROCESS, on by default)',
});

const trackBfd = (owner: string): KeywordDef => ({
  name: 'track_bfd',
  summary: `bfd_instances whose session state affects the ${owner}.`,
  doc: 'One `bfd_instance` name per line, optionally `weight <-253..253> [reverse|noreverse]`.',
  values: 'track_bfd',
  repeatable: true,
  buildOption: 'BFD support (--enable-bfd)',
});

// ---------------------------------------------------------------------------------------------
// Top level
// ---------------------------------------------------------------------------------------------

export const rootKeywords: KeywordDef[] = [
  {
    name: 'vrrp_instance',
    summary: 'Declares a VRRP virtual router: the addresses this node holds while it is MASTER.',
    doc:
      'Takes exactly one name; with no name or extra words keepalived skips the whole block, and a second ' +
      'instance with the same name is skipped too. An instance needs at least a `virtual_router_id` and an ' +
      '`interface` (or unicast peers) — a missing VRID stops the VRRP process from starting.',
    args: [arg('name', defines('vrrp_instance'))],
    opens: 'vrrp_instance',
    repeatable: true,
  },
  {
    name: 'vrrp_script',
    summary: 'Declares a health-check command run periodically; instances that track it change priority or fail.',
    doc: 'A vrrp_script without a `script` line is discarded. The script only runs while some instance or sync group tracks it.',
    args: [arg('name', defines('vrrp_script'))],
    opens: 'vrrp_script',
    repeatable: true,
  },
  {
    name: 'vrrp_sync_group',
    summary: 'Declares a set of VRRP instances that always change state together.',
    doc:
      'Takes exactly one name. A sync group without a `group` block is removed. Tracking weights of member ' +
      'instances are ignored unless `sync_group_tracking_weight` is set.',
    args: [arg('name', defines('vrrp_sync_group'))],
    opens: 'vrrp_sync_group',
    repeatable: true,
  },
  {
    name: 'garp_group',
    summary: 'Rate-limits gratuitous ARPs and unsolicited neighbour adverts on one interface or a set of interfaces.',
    doc:
      'The block has no name (keepalived ignores any word after the keyword). A group with neither ' +
      '`garp_interval` nor `gna_interval` is removed. Use `interface` or `interfaces`, not both.',
    args: [opt('name', text)],
    opens: 'garp_group',
    repeatable: true,
  },
  {
    name: 'track_group',
    summary: 'Names a list of VRRP instances that track static addresses, routes or rules.',
    doc:
      'Static addresses/routes/rules refer to it with `track_group <name>`; if such an item is deleted and ' +
      'cannot be restored, the listed instances go to FAULT. A group without members is removed.',
    args: [arg('name', defines('track_group'))],
    opens: 'track_group',
    repeatable: true,
  },
  {
    name: 'vrrp_track_process',
    summary: 'Declares a process whose presence (count of running copies) VRRP instances can track.',
    doc: 'Needs kernel process-event support (CONFIG_PROC_EVENTS). A block without a `process` line is discarded.',
    args: [arg('name', defines('track_process'))],
    opens: 'vrrp_track_process',
    repeatable: true,
    buildOption: 'track process support (TRACK_PROCESS, on by default)',
  },
  {
    name: 'interface_up_down_delays',
    summary: 'Debounces interface state changes before VRRP instances react to them.',
    doc:
      'Each line is `<interface> <down_delay> [<up_delay>]`, delays in seconds (microsecond resolution, ' +
      '0–255). An unknown interface is a fatal configuration error unless dynamic interfaces are allowed. ' +
      'Keep the down delay below (down_timer_adverts − 1) advert intervals of the instances using the interface.',
    values: 'words',
    repeatable: true,
    since: '2.2.3',
  },
];

// ---------------------------------------------------------------------------------------------
// vrrp_instance
// ---------------------------------------------------------------------------------------------

const vrrpInstanceKeywords: KeywordDef[] = [
  {
    name: 'use_vmac',
    summary: 'Runs the instance on a macvlan interface carrying the RFC virtual MAC address.',
    doc:
      'Options in any order: an interface name (use `name <ifname>` when the name could be mistaken for an ' +
      'option), a MAC address (5 octets means the VRID supplies the last one), `netlink_notify_msg`, and ' +
      '`group <id|name>`. With unicast peers, `vmac_xmit_base` is switched on automatically.',
    syntax: 'use_vmac [[name] <ifname>] [<mac>] [netlink_notify_msg] [group <id>]',
    freeform: true,
    buildOption: 'VMAC support (VRRP_VMAC)',
  },
  {
    name: 'use_vmac_addr',
    summary: 'Also creates VMAC interfaces for VIPs/eVIPs configured on other interfaces or of the other address family.',
    buildOption: 'VMAC support (VRRP_VMAC)',
  },
  {
    name: 'vmac_xmit_base',
    summary: 'Sends and receives adverts on the underlying interface instead of the VMAC.',
    doc: 'Only meaningful with `use_vmac`; it is cleared in strict mode.',
    buildOption: 'VMAC support (VRRP_VMAC)',
  },
  {
    name: 'use_ipvlan',
    summary: 'Runs the instance on an L2 ipvlan interface created on top of the configured interface.',
    doc:
      'Options in any order: an interface name (`name <ifname>` to force it), an address (required for IPv4), ' +
      'a mode `bridge` (default), `private` or `vepa`, and `group <id|name>`.',
    syntax: 'use_ipvlan [[name] <ifname>] [<ip>[/<prefix>]] [bridge|private|vepa] [group <id>]',
    freeform: true,
    buildOption: 'ipvlan support (VRRP_IPVLAN)',
  },
  {
    name: 'unicast_peer',
    summary: 'Sends adverts by unicast to these addresses instead of to the multicast group.',
    doc: 'One address per line, optionally `min_ttl <0..255>` / `max_ttl <0..255>`. Several blocks add up. Not allowed in strict mode.',
    values: 'peers',
    repeatable: true,
  },
  {
    name: 'unicast_fault_no_peer',
    summary: 'Puts a unicast instance into FAULT when it has no peers, instead of falling back to multicast.',
  },
  {
    name: 'check_unicast_src',
    summary: 'Accepts unicast adverts only from addresses listed in unicast_peer.',
  },
  {
    name: 'old_unicast_checksum',
    summary: 'Uses the pre-1.3.6 VRRPv3 unicast checksum (or, with `never`, stops detecting it).',
    doc: 'Without an argument the old checksum is always used; `never` disables auto-detection of peers that use it.',
    args: [opt('mode', oneOf('never'))],
    buildOption: 'checksum compatibility (OLD_CHKSUM_COMPAT, on by default)',
  },
  {
    name: 'native_ipv6',
    summary: 'Forces the instance to be IPv6 (and so VRRPv3).',
    doc: 'Refused once IPv4 addresses have been given to the instance.',
    deprecated: { note: 'The address family now follows the virtual addresses; this keyword is no longer needed.' },
  },
  {
    name: 'state',
    summary: 'The state the instance starts in.',
    doc:
      'Any other word is reported and treated as BACKUP; `BACKUP` after `MASTER` is ignored. When `priority` ' +
      'is omitted, `state MASTER` makes the instance the address owner (priority 255). `nopreempt` and ' +
      '`preempt_delay` are cleared when the initial state is MASTER.',
    args: [arg('state', oneOf('MASTER', 'BACKUP'))],
    default: 'BACKUP (MASTER when priority is 255)',
  },
  {
    name: 'interface',
    summary: 'The interface on which adverts are sent and received, and where VIPs go by default.',
    doc:
      'A loopback interface is refused. With unicast peers the interface may be left out, provided a ' +
      '`unicast_src_ip` is given and no link-local addresses are involved.',
    args: [arg('interface', iface)],
  },
  {
    name: 'vrf',
    summary: 'The VRF to operate in when a unicast instance has no interface.',
    doc: 'Cannot be combined with `interface`.',
    args: [arg('vrf', iface)],
    buildOption: 'VRF support',
  },
  {
    name: 'dont_track_primary',
    summary: "Ignores faults of the instance's own interface.",
  },
  trackInterface('instance'),
  trackScript('instance'),
  trackFile('instance'),
  trackProcess('instance'),
  trackBfd('instance'),
  {
    name: 'mcast_src_ip',
    summary: "Source address for adverts instead of the interface's primary address.",
    doc: "Must be of the same family as the instance's addresses. Also usable with unicast; `unicast_src_ip` additionally marks the instance as unicast.",
    args: [arg('address', ip)],
  },
  {
    name: 'unicast_src_ip',
    summary: 'Source address for unicast adverts.',
    doc: 'Same as `mcast_src_ip`, but also marks the instance as a unicast one. Required when `interface` is omitted.',
    args: [arg('address', ip)],
  },
  {
    name: 'mcast_dst_ip',
    summary: 'Multicast group to send adverts to and listen on, instead of the standard VRRP group.',
    doc: "Must be a multicast address of the instance's family; IPv6 groups must be link-local (ffx2::).",
    args: [arg('address', mcast)],
    default: '224.0.0.18 / ff02::12',
  },
  {
    name: 'track_src_ip',
    summary: 'Puts the instance into FAULT when its configured source address is missing.',
  },
  {
    name: 'virtual_router_id',
    summary: 'The VRID shared by all nodes of this virtual router.',
    doc:
      'Required. A value outside 1–255 is rejected, and an instance left without a VRID stops the VRRP ' +
      'process from starting. VRIDs must be unique per interface, address family and multicast group.',
    args: [arg('vrid', int(1, 255))],
  },
  {
    name: 'unicast_ttl',
    summary: 'TTL / hop limit of unicast adverts.',
    doc: 'Reset (with a warning) when there are no unicast peers.',
    args: [arg('ttl', int(0, 255))],
    default: '255 (IPv4)',
  },
  {
    name: 'version',
    summary: 'VRRP protocol version for this instance.',
    doc: 'IPv6 instances always use version 3; a conflicting value is ignored.',
    args: [arg('version', int(2, 3))],
    default: 'global `vrrp_version` (2)',
  },
  {
    name: 'priority',
    summary: "This node's priority in the MASTER election; the highest wins.",
    doc:
      'Range 1–255; an invalid value is reported and replaced by 100. 255 makes this node the address owner: ' +
      'it takes over immediately, tracking cannot lower it, and `nopreempt` is cleared. Give nodes distinct priorities.',
    args: [arg('priority', int(1, 255))],
    default: '100 (255 when state MASTER is set and no priority is given)',
  },
  {
    name: 'advert_int',
    summary: 'Interval in seconds between adverts sent by the MASTER.',
    doc:
      'Accepted range 0.01–255. VRRPv2 needs whole seconds (fractions are rounded); VRRPv3 works in ' +
      'centiseconds and must stay below 40.96 s. All nodes should use the same value.',
    args: [arg('seconds', num(0.01, 255))],
    default: '1',
  },
  {
    name: 'virtual_ipaddress',
    summary: 'The virtual addresses (VIPs) added while MASTER and removed otherwise.',
    doc:
      'One address per line (`<ip>[/<prefix>] [dev <if>] [label <l>] [scope <s>] ...`). All VIPs must be of ' +
      'one family; extra addresses beyond what fits in an advert are moved to the excluded list. VRRPv3 and ' +
      'strict mode require at least one. Several blocks add up.',
    values: 'addresses',
    repeatable: true,
  },
  {
    name: 'virtual_ipaddress_excluded',
    summary: 'Addresses managed like VIPs but not listed in adverts.',
    doc: 'Useful for many addresses, or for mixing IPv4 and IPv6. Several blocks add up.',
    values: 'addresses',
    repeatable: true,
  },
  {
    name: 'no_virtual_ipaddress',
    summary: 'Allows an instance with no VIPs (and silences the warning about it).',
    doc: "With VRRPv3 this breaks the protocol's minimum of one address; other implementations may not interoperate.",
    since: '2.2.8',
  },
  {
    name: 'promote_secondaries',
    summary: 'Sets promote_secondaries on the interface so removing one address does not remove others in the same subnet.',
  },
  {
    name: 'linkbeat_use_polling',
    summary: "Polls the instance's interface link state (MII/ethtool/ioctl) instead of relying on netlink.",
    deprecated: {
      warns: true,
      replacement: 'linkbeat_interfaces',
      note: 'Use a top-level linkbeat_interfaces block, which can cover every interface involved.',
    },
    buildOption: 'linkbeat support (LINKBEAT)',
  },
  flag('v3_checksum_as_v2', 'Leaves the pseudo-header out of the VRRPv3 IPv4 checksum, as some vendors do.', {
    doc: 'Needed to interoperate with implementations (e.g. some Cisco/Juniper releases) that compute the checksum that way.',
    since: '2.2.8',
  }),
  {
    name: 'virtual_routes',
    summary: 'Routes added while MASTER and removed otherwise.',
    doc: 'Same syntax as `ip route add` (no abbreviated options). Several blocks add up.',
    values: 'routes',
    repeatable: true,
  },
  {
    name: 'virtual_rules',
    summary: 'Policy routing rules added while MASTER and removed otherwise.',
    doc: 'Same syntax as `ip rule add`; give each rule a preference. Several blocks add up.',
    values: 'rules',
    repeatable: true,
  },
  {
    name: 'accept',
    summary: 'Lets a non-owner MASTER accept packets addressed to the VIPs (VRRPv3 accept mode).',
    doc: 'This is the default unless strict mode is on.',
  },
  {
    name: 'no_accept',
    summary: 'Drops packets addressed to the VIPs unless this node is the address owner.',
    doc: 'Implemented with firewall rules (nftables/iptables).',
    buildOption: 'firewall support (iptables or nftables)',
  },
  flag('skip_check_adv_addr', 'Skips checking the address list of adverts from the current MASTER.', {
    default: 'global `vrrp_skip_check_adv_addr`',
  }),
  flag('strict_mode', 'Enforces strict RFC compliance for this instance.', {
    doc: 'Among other things it forbids unicast peers, authentication and preempt_delay, and requires at least one VIP.',
    default: 'global `vrrp_strict`',
  }),
  {
    name: 'preempt',
    summary: 'Allows a higher-priority node to take over (the default); kept for backward compatibility.',
  },
  {
    name: 'nopreempt',
    summary: 'Stops a higher-priority node from taking over from a running lower-priority MASTER.',
    doc: 'Only works when the initial state is BACKUP; it is cleared for `state MASTER` and for priority 255.',
  },
  {
    name: 'preempt_delay',
    summary: 'Extra seconds to wait before preempting a lower-priority MASTER at start-up.',
    doc: 'Range 0–1000 (fractions allowed); an invalid value resets it to 0. Ignored with `state MASTER`, `nopreempt` or strict mode.',
    args: [arg('seconds', num(0, 1000))],
    default: '0',
  },
  {
    name: 'debug',
    summary: 'Debug level for the instance (not used by keepalived).',
    args: [arg('level', int(0, 4))],
    default: '0',
  },
  notifyScript('notify_backup', 'Script run when the instance enters BACKUP.'),
  notifyScript('notify_master', 'Script run when the instance becomes MASTER.'),
  notifyScript('notify_fault', 'Script run when the instance enters FAULT.'),
  notifyScript('notify_stop', 'Script run when the instance stops.'),
  {
    name: 'notify_deleted',
    summary: 'Reports DELETED rather than FAULT when the instance disappears on reload, optionally running a script.',
    syntax: 'notify_deleted [<script>|"<script> <args...>" [<user> [<group>]]]',
    args: [opt('script', command), opt('user', user), opt('group', text)],
  },
  notifyScript(
    'notify',
    'Script run on every state change, with group/instance, name, new state and priority appended.',
    'The four extra arguments are added after any you give.',
  ),
  notifyScript('notify_master_rx_lower_pri', 'Script run when the MASTER receives an advert with a lower priority than its own.'),
  flag('smtp_alert', 'Sends an e-mail on state changes of this instance.', {
    default: 'global `smtp_alert_vrrp` / `smtp_alert`',
  }),
  flag('notify_priority_changes', 'Reports priority changes of the instance on the notify FIFOs.', {
    default: 'global `vrrp_notify_priority_changes`',
  }),
  {
    name: 'lvs_sync_daemon_interface',
    summary: 'Interface for the IPVS connection-sync daemon, tied to this instance.',
    doc: 'Only one can be set for the whole configuration.',
    args: [arg('interface', iface)],
    deprecated: { warns: true, replacement: 'lvs_sync_daemon', note: 'Configure the sync daemon with lvs_sync_daemon in global_defs instead.' },
    buildOption: 'LVS support',
  },
  {
    name: 'garp_master_delay',
    summary: 'Seconds after becoming MASTER before the second burst of gratuitous ARPs / NAs.',
    doc: '0 disables the second burst.',
    args: [arg('seconds', int(0, MAX_TIMER_SECONDS))],
    default: 'global `vrrp_garp_master_delay` (5)',
  },
  {
    name: 'garp_master_refresh',
    summary: 'Seconds between periodic gratuitous ARP / NA refreshes while MASTER.',
    doc: '0 disables the refresh.',
    args: [arg('seconds', int(0, UINT_MAX))],
    default: 'global `vrrp_garp_master_refresh` (0)',
  },
  {
    name: 'garp_master_repeat',
    summary: 'Number of gratuitous ARPs / NAs sent in each burst on becoming MASTER.',
    doc: '0 is reported and replaced by 1.',
    args: [arg('count', int(1, UINT_MAX))],
    default: 'global `vrrp_garp_master_repeat` (5)',
  },
  {
    name: 'garp_master_refresh_repeat',
    summary: 'Number of gratuitous ARPs / NAs sent at each refresh.',
    doc: '0 is reported and replaced by 1.',
    args: [arg('count', int(1, UINT_MAX))],
    default: 'global `vrrp_garp_master_refresh_repeat` (1)',
  },
  {
    name: 'garp_lower_prio_delay',
    summary: 'Seconds before the second burst of gratuitous ARPs after a lower-priority advert is seen.',
    args: [arg('seconds', int(0, MAX_TIMER_SECONDS))],
    default: 'global `vrrp_garp_lower_prio_delay`',
  },
  {
    name: 'garp_lower_prio_repeat',
    summary: 'Number of gratuitous ARPs sent after a lower-priority advert is seen.',
    doc: 'Must be 0 in strict mode.',
    args: [arg('count', int(0, INT_MAX))],
    default: 'global `vrrp_garp_lower_prio_repeat`',
  },
  {
    name: 'down_timer_adverts',
    summary: 'Number of missed advert intervals before a BACKUP declares the MASTER down.',
    doc: 'Range 1–100. Anything but 3 departs from the RFCs; every node of the virtual router must use the same value. Not allowed in strict mode.',
    args: [arg('adverts', int(1, 100))],
    default: '3',
    since: '2.2.3',
  },
  {
    name: 'timer_expired_backup',
    summary: 'With nopreempt, falls back to BACKUP after a long stall if another node may have taken over.',
    doc:
      'The optional argument is the highest priority any other node may have (1–254, tracking weights ' +
      'included); keepalived uses it to decide whether enough time has passed for a takeover.',
    args: [opt('highest_other_priority', int(1, 254))],
    default: '254',
    since: '2.2.8',
  },
  {
    name: 'thread_timer_expired',
    summary: 'Old name of timer_expired_backup.',
    args: [opt('highest_other_priority', int(1, 254))],
    deprecated: { warns: true, replacement: 'timer_expired_backup', note: 'Accepted only as a synonym; keepalived asks for timer_expired_backup.' },
    since: '2.3.2',
  },
  {
    name: 'garp_extra_if',
    summary: 'Periodically sends gratuitous ARPs / NAs on the interfaces of VIPs that are not on the VRRP interface.',
    doc: 'The delay is in seconds (0–86400, 0 disables); `all` also includes the VRRP interface itself. The two may come in either order.',
    syntax: 'garp_extra_if [all] <seconds>',
    freeform: true,
    buildOption: 'VMAC support (VRRP_VMAC)',
  },
  {
    name: 'vmac_garp_intvl',
    summary: 'Old name of garp_extra_if.',
    syntax: 'vmac_garp_intvl [all] <seconds>',
    freeform: true,
    deprecated: { warns: true, replacement: 'garp_extra_if', note: 'Misnamed keyword kept as a synonym since 2.2.3; keepalived warns when it is used.' },
    buildOption: 'VMAC support (VRRP_VMAC)',
  },
  flag('lower_prio_no_advert', 'Does not answer a lower-priority advert with an advert of its own.', {
    doc: 'Required (forced on) in strict mode.',
    default: 'global `vrrp_lower_prio_no_advert`',
  }),
  flag('higher_prio_send_advert', 'Sends one advert before yielding to a higher-priority MASTER.', {
    doc: 'Helps the other MASTER re-send its gratuitous ARPs after a split brain. Not allowed in strict mode.',
    default: 'global `vrrp_higher_prio_send_advert`',
  }),
  {
    name: 'owner_ignore_adverts',
    summary: 'Makes an address-owner instance (priority 255) drop the adverts it receives.',
    syntax: 'owner_ignore_adverts [<bool>]',
    freeform: true,
    since: '2.3.3',
  },
  {
    name: 'kernel_rx_buf_size',
    summary: "Receive buffer size of the instance's socket, in bytes.",
    doc: 'Exactly one number is expected; see global `vrrp_rx_bufs_policy`.',
    args: [arg('bytes', int(0, UINT_MAX))],
  },
  {
    name: 'authentication',
    summary: 'VRRPv2 password or AH authentication of adverts.',
    doc:
      'Removed from the VRRPv2 RFC in 2004; it is ignored (with a warning) for VRRPv3 and in strict mode, and ' +
      'when no password is given. All nodes must agree. Prefer `auth_hmac` where available.',
    opens: 'authentication',
    buildOption: 'VRRP authentication (VRRP_AUTH, on by default)',
  },
  {
    name: 'auth_hmac',
    summary: 'Signs adverts with an HMAC-SHA256 trailer that also protects against replay.',
    doc: 'Works with VRRPv2 and v3, IPv4 and IPv6, unicast and multicast; cannot be combined with `authentication`. All nodes need the same keys.',
    opens: 'auth_hmac',
    since: '2.4.0',
  },
];

const authenticationKeywords: KeywordDef[] = [
  {
    name: 'auth_type',
    summary: 'Authentication method: a clear-text password (PASS) or IPsec AH.',
    doc: 'Case-sensitive. AH cannot be used with IPv6, and an instance using AH cannot start as MASTER unless it is the address owner.',
    args: [arg('type', oneOf('PASS', 'AH'))],
  },
  {
    name: 'auth_pass',
    summary: 'The shared password.',
    doc: 'Only the first 8 characters are used; longer values are truncated with a warning. Must match on all nodes.',
    args: [arg('password', text)],
  },
];

const authHmacKeywords: KeywordDef[] = [
  {
    name: 'key',
    summary: 'Defines a signing key by id.',
    doc:
      'The secret is 32–64 bytes: plain text, `hex:<hex digits>` for raw bytes, or `file:<path>` to read it ' +
      'from a file (for example a systemd credential). Define several keys to rotate without downtime.',
    args: [arg('id', int(1, 255)), arg('secret', text)],
    repeatable: true,
  },
  {
    name: 'active_key',
    summary: 'Id of the key used to sign outgoing adverts.',
    args: [arg('id', int(1, 255))],
  },
  {
    name: 'anti_replay',
    summary: 'Replay protection: a freshness window on synchronised clocks (time) or strictly growing sequences (monotonic).',
    args: [arg('mode', oneOf('time', 'monotonic'))],
    default: 'time',
  },
  {
    name: 'time_window',
    summary: 'Accepted clock difference in seconds when anti_replay is time.',
    args: [arg('seconds', num(1, 300))],
    default: 'max(3 × advert_int, 5)',
  },
  {
    name: 'mode',
    summary: 'How strictly unsigned adverts are handled, for staged roll-out.',
    doc: '`permissive` and `receive-only` also accept adverts without a trailer; `receive-only` sends none. Roll out receive-only, then permissive, then enforce.',
    args: [arg('mode', oneOf('enforce', 'permissive', 'receive-only'))],
    default: 'enforce',
  },
];

// ---------------------------------------------------------------------------------------------
// vrrp_script
// ---------------------------------------------------------------------------------------------

const vrrpScriptKeywords: KeywordDef[] = [
  {
    name: 'script',
    summary: 'The command to run; exit status 0 means success.',
    doc: 'Put the command and its arguments in one quoted string: unquoted, only the first word is kept and the ' + 'remaining words are silently dropped.',
    syntax: 'script <path>|"<path> <args...>"',
    args: [arg('command', command), many('ignored', text, true)],
  },
  {
    name: 'interval',
    summary: 'Seconds between runs.',
    doc: '0 is reported and replaced by 1. Recent versions accept fractions (millisecond resolution); 2.2.7 accepts whole seconds only.',
    // vrrp_parser.c 2.2.7 reads it with read_unsigned_strvec: whole seconds only
    args: [arg('seconds', { kind: 'number', min: 0.001, max: MAX_TIMER_SECONDS, unit: 'seconds', wholeIn: '2.2.7' })],
    default: '1',
  },
  {
    name: 'timeout',
    summary: 'Seconds after which a still-running script counts as failed.',
    doc: '0 is reported and replaced by 1. Recent versions accept fractions; 2.2.7 accepts whole seconds only.',
    // vrrp_parser.c 2.2.7 reads it with read_unsigned_strvec: whole seconds only
    args: [arg('seconds', { kind: 'number', min: 0.001, max: MAX_TIMER_SECONDS, unit: 'seconds', wholeIn: '2.2.7' })],
    default: 'the interval',
  },
  {
    name: 'weight',
    summary: 'Priority adjustment applied by instances tracking the script.',
    doc:
      'Range −253..253. A positive weight is added while the script succeeds, a negative one subtracted while ' +
      'it fails; `reverse` inverts the direction. 0 means a failure puts the tracking instances into FAULT.',
    args: [arg('weight', int(-253, 253)), opt('reverse', oneOf('reverse'))],
    default: '0',
  },
  {
    name: 'rise',
    summary: 'Consecutive successes needed before the script counts as up.',
    doc: 'An invalid value is reported and replaced by 1.',
    args: [arg('count', int(1, INT_MAX))],
    default: '1',
  },
  {
    name: 'fall',
    summary: 'Consecutive failures needed before the script counts as down.',
    doc: 'An invalid value is reported and replaced by 1.',
    args: [arg('count', int(1, INT_MAX))],
    default: '1',
  },
  {
    name: 'user',
    summary: 'User (and group) to run the script as.',
    doc: "The group defaults to the user's group. If the user cannot be resolved the vrrp_script is discarded.",
    syntax: 'user <user> [[:]<group>]',
    args: [arg('user', user), opt('group', text)],
    default: 'global `script_user`',
  },
  {
    name: 'init_fail',
    summary: 'Treats the script as failed until it first succeeds.',
  },
];

// ---------------------------------------------------------------------------------------------
// vrrp_sync_group
// ---------------------------------------------------------------------------------------------

const vrrpSyncGroupKeywords: KeywordDef[] = [
  {
    name: 'group',
    summary: 'The member VRRP instances, one name per line.',
    doc: 'Only one group block is accepted. An empty block draws a warning and the sync group is then removed.',
    values: 'instances',
  },
  trackInterface('whole sync group'),
  trackScript('whole sync group'),
  trackFile('whole sync group'),
  trackProcess('whole sync group'),
  trackBfd('whole sync group'),
  notifyScript('notify_backup', 'Script run when the group enters BACKUP.'),
  notifyScript('notify_master', 'Script run when the group becomes MASTER.'),
  notifyScript('notify_fault', 'Script run when the group enters FAULT.'),
  notifyScript('notify_stop', 'Script run when the group stops.'),
  notifyScript('notify', 'Script run on every state change of the group, with GROUP, name, state and priority appended.'),
  flag('smtp_alert', 'Sends an e-mail on state changes of the group.', {
    default: 'global `smtp_alert_vrrp` / `smtp_alert`',
  }),
  {
    name: 'global_tracking',
    summary: 'Lets member instances keep differing tracking weights.',
    deprecated: {
      warns: true,
      replacement: 'sync_group_tracking_weight',
      note: 'keepalived warns and treats it as sync_group_tracking_weight; prefer track_* blocks on the sync group itself.',
    },
  },
  {
    name: 'sync_group_tracking_weight',
    summary: 'Keeps the tracking weights of member instances instead of ignoring them.',
    doc: 'Members with different weights can end up split between nodes; track on the sync group instead where possible.',
  },
  flag('notify_priority_changes', 'Reports priority changes of member instances on the notify FIFOs.'),
];

// ---------------------------------------------------------------------------------------------
// garp_group, track_group, vrrp_track_process
// ---------------------------------------------------------------------------------------------

const garpGroupKeywords: KeywordDef[] = [
  {
    name: 'garp_interval',
    summary: "Minimum delay in seconds between gratuitous ARPs on the group's interfaces.",
    doc: 'Microsecond resolution; values of a second or more are logged as very large.',
    args: [arg('seconds', num(0, INT_MAX / 1e6))],
  },
  {
    name: 'gna_interval',
    summary: "Minimum delay in seconds between unsolicited IPv6 neighbour adverts on the group's interfaces.",
    doc: 'Microsecond resolution; values of a second or more are logged as very large.',
    args: [arg('seconds', num(0, INT_MAX / 1e6))],
  },
  {
    name: 'interface',
    summary: 'The single interface the limits apply to.',
    doc: 'An interface can belong to only one garp_group, and VMAC interfaces cannot be used.',
    args: [arg('interface', iface)],
  },
  {
    name: 'interfaces',
    summary: 'Interfaces sharing one set of limits (e.g. all connected to the same switch).',
    values: 'interfaces',
    repeatable: true,
  },
];

const trackGroupKeywords: KeywordDef[] = [
  {
    name: 'group',
    summary: 'The VRRP instances in the track group, one name per line.',
    doc: 'Only one group block is accepted.',
    values: 'instances',
  },
];

const delay = (name: string, summary: string): KeywordDef => ({
  name,
  summary,
  doc: 'Seconds with microsecond resolution, from 0.000001 to 3600; an out-of-range value is ignored.',
  args: [arg('seconds', num(0.000001, 3600))],
  default: '0',
});

const vrrpTrackProcessKeywords: KeywordDef[] = [
  {
    name: 'process',
    summary: 'The process to watch, optionally followed by the parameters it must have been started with.',
    doc:
      'Matched exactly against the process name (/proc/PID/comm), or against the command line when ' +
      'parameters are given or `full_command` is set. A quoted word stays one element. Only the first `process` line counts.',
    syntax: 'process <name>|"<name>" [<param>|"<param>" ...]',
    args: [arg('name', text), many('param', text, true)],
  },
  {
    name: 'param_match',
    summary: 'How parameters are compared: exactly (no argument), as a prefix of the list (partial) or allowing a longer last one (initial).',
    doc: 'Without parameters on the `process` line, a bare `param_match` means the process must have no parameters.',
    args: [opt('match', oneOf('initial', 'partial'))],
  },
  {
    name: 'weight',
    summary: 'Priority adjustment applied by instances tracking the process.',
    doc:
      'Range −254..254. Non-zero weights adjust the priority; 0 puts tracking instances into FAULT while the ' +
      'quorum is not met, and `weight 0 reverse` does the opposite. Only the first weight line counts.',
    args: [arg('weight', int(-254, 254)), opt('reverse', oneOf('reverse'))],
    default: '0',
  },
  {
    name: 'quorum',
    summary: 'Minimum number of matching processes for the tracker to count as up.',
    doc: 'Range 1–65535, and not above quorum_max.',
    args: [arg('count', int(1, 65535))],
    default: '1',
  },
  {
    name: 'quorum_max',
    summary: 'Maximum number of matching processes for the tracker to count as up.',
    doc: 'Range 0–65535; 0 means the process must not run at all. Not below quorum.',
    args: [arg('count', int(0, 65535))],
    default: 'unlimited',
  },
  delay('delay', 'Sets both fork_delay and terminate_delay.'),
  delay('terminate_delay', 'Seconds to wait after the quorum is lost before counting the process as down.'),
  delay('fork_delay', 'Seconds to wait after the quorum is reached before counting the process as up.'),
  {
    name: 'full_command',
    summary: 'Matches against the full command line (/proc/PID/cmdline) instead of the process name.',
  },
];

// ---------------------------------------------------------------------------------------------

export const blocks: BlockDef[] = [
  {
    id: 'vrrp_instance',
    title: 'VRRP instance',
    summary: 'One VRRP virtual router: its interface, VRID, priority, virtual addresses and tracking.',
    keywords: vrrpInstanceKeywords,
  },
  {
    id: 'authentication',
    title: 'VRRP authentication',
    summary: 'Legacy VRRPv2 advert authentication (password or IPsec AH).',
    keywords: authenticationKeywords,
  },
  {
    id: 'auth_hmac',
    title: 'VRRP HMAC authentication',
    summary: 'Keys and replay settings for HMAC-signed adverts.',
    keywords: authHmacKeywords,
  },
  {
    id: 'vrrp_script',
    title: 'VRRP script',
    summary: 'A periodically run health-check command tracked by VRRP instances or sync groups.',
    keywords: vrrpScriptKeywords,
  },
  {
    id: 'vrrp_sync_group',
    title: 'VRRP sync group',
    summary: 'VRRP instances that fail over together, with shared tracking and notifications.',
    keywords: vrrpSyncGroupKeywords,
  },
  {
    id: 'garp_group',
    title: 'gratuitous ARP group',
    summary: 'Limits on the rate of gratuitous ARPs and neighbour adverts for some interfaces.',
    keywords: garpGroupKeywords,
  },
  {
    id: 'track_group',
    title: 'track group',
    summary: 'VRRP instances that react when tracked static addresses, routes or rules disappear.',
    keywords: trackGroupKeywords,
  },
  {
    id: 'vrrp_track_process',
    title: 'VRRP track process',
    summary: 'A process whose running count VRRP instances can track.',
    keywords: vrrpTrackProcessKeywords,
  },
];
