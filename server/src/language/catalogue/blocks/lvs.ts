/**
 * LVS (IPVS) configuration: the SSL context, virtual_server_group, virtual_server,
 * real_server and every health checker that can live inside a real_server.
 *
 * Facts come from keepalived's check_parser.c, check_data.c, check_api.c and the
 * checker sources (check_http.c, check_tcp.c, check_misc.c, check_smtp.c, check_dns.c,
 * check_udp.c, check_ping.c, check_file.c, check_bfd.c), cross-checked with
 * `keepalived -t` of 2.2.7. Ranges are the ones the handlers pass to read_unsigned_strvec /
 * read_int_strvec / read_timer. Timers are decimal seconds with microsecond resolution.
 * All texts are our own words.
 */
import type { ArgSpec, BlockDef, KeywordDef } from '../types';
import { arg, bool, command, defines, httpStatus, iface, int, ip, many, md5, num, oneOf, oneOfCi, opt, path, port, ref, text, user } from '../build';

// ---------------------------------------------------------------------------------------------
// Shared value types
// ---------------------------------------------------------------------------------------------

/** UINT_MAX / UINT32_MAX: the upper bound keepalived uses for most unsigned counters. */
const UINT_MAX = 4294967295;
/** IPVS_WEIGHT_LIMIT (INT_MAX): keepalived's limit for real/virtual server weights. */
const WEIGHT_LIMIT = 2147483647;
/** LVS_MAX_TIMEOUT: 31 days in seconds, the ceiling for persistence_timeout. */
const LVS_MAX_TIMEOUT = 86400 * 31;
/** One microsecond: read_timer(..., min 1 µs, ...) rejects 0 for delay_loop / connect_timeout. */
const ONE_MICROSECOND = 0.000001;
/** read_timer(..., max UINT_MAX µs): the connect_timeout ceiling in seconds. */
const CONNECT_TIMEOUT_MAX = 4294.967295;

/** The schedulers keepalived's lvs_schedulers[] table accepts (case-sensitive, exact names). */
const SCHEDULERS = ['rr', 'wrr', 'lc', 'wlc', 'lblc', 'sh', 'mh', 'dh', 'fo', 'ovf', 'lblcr', 'sed', 'nq', 'twos'];

/** DNS_TYPE[] in check_dns.c, compared with strcasecmp. */
const DNS_TYPES = ['A', 'NS', 'CNAME', 'SOA', 'MX', 'TXT', 'AAAA', 'RRSIG', 'DNSKEY'];

/** `<script> [<user> [<group>]]`: notify_up/notify_down/quorum_up/quorum_down. */
const notifyScriptArgs: ArgSpec[] = [arg('script', command), opt('user', user), opt('group', text)];

/** Forwarding method: `NAT|DR|TUN [type ipip|gue|gre] [port <n>] [nocsum|csum|remcsum]`. */
const forwardingArgs: ArgSpec[] = [arg('method', oneOf('NAT', 'DR', 'TUN')), many('tunnel_option', text, true)];
const forwardingSyntax = (kw: string): string => `${kw} NAT|DR|TUN [type ipip|gue|gre] [port <1-65535>] [nocsum|csum|remcsum]`;
const forwardingDoc =
  'The method word is case-sensitive: `NAT`, `DR` or `TUN`; anything else is rejected. For `TUN`, ' +
  '`type` picks the encapsulation (`ipip` by default, `gue` needs `port <n>` and nothing else may have a port, ' +
  '`gre` needs a recent kernel); `nocsum`, `csum` and `remcsum` pick checksum handling, which plain `ipip` ' +
  'does not support and `gre` only partly (no `remcsum`).';

const schedulerDoc =
  'Only the exact lower-case names keepalived knows are accepted (`rr wrr lc wlc lblc lblcr dh sh sed nq fo ovf mh twos`); ' +
  'an unknown name is ignored with a warning and, if nothing valid is set, keepalived falls back to `wlc`. ' +
  'The kernel must also have the matching `ip_vs_<name>` module.';

// ---------------------------------------------------------------------------------------------
// Checker keywords shared by every checker (check_api.c install_checker_common_keywords)
// ---------------------------------------------------------------------------------------------

/** Installed only when install_checker_common_keywords(true): every checker except MISC_CHECK. */
const checkerConnectionKeywords: KeywordDef[] = [
  {
    name: 'connect_ip',
    summary: 'Address the checker connects to instead of the real server address.',
    doc: 'Must be of the same address family as `bindto` if both are given. An IPv6 link-local address also needs `bind_if`.',
    args: [arg('address', ip)],
    default: 'the real server address',
  },
  {
    name: 'connect_port',
    summary: 'Port the checker connects to instead of the real server port.',
    args: [arg('port', int(1, 65535))],
    default: 'the real server port',
  },
  {
    name: 'bindto',
    summary: "Source address for the checker's outgoing connection.",
    doc: 'Must be of the same address family as the destination (`connect_ip` or the real server).',
    args: [arg('address', ip)],
  },
  {
    name: 'bind_port',
    summary: "Source port for the checker's outgoing connection.",
    args: [arg('port', int(1, 65535))],
  },
  {
    name: 'bind_if',
    summary: 'Interface the checker sends from; required when the source or destination is an IPv6 link-local address.',
    args: [arg('interface', iface)],
  },
  {
    name: 'connect_timeout',
    summary: 'How long the checker waits for the connection (and replies) before counting a failure.',
    doc: 'Seconds, with up to microsecond precision; must be greater than 0 and at most 4294.967295.',
    args: [arg('seconds', num(ONE_MICROSECOND, CONNECT_TIMEOUT_MAX))],
    default: 'the real server / virtual server value (5 s)',
  },
  {
    name: 'fwmark',
    summary: "Firewall mark (SO_MARK) put on the checker's own packets, e.g. to route them specially.",
    args: [arg('mark', int(0, UINT_MAX))],
  },
];

/** Installed for every checker that calls install_checker_common_keywords (including MISC_CHECK). */
const checkerTimingKeywords: KeywordDef[] = [
  {
    name: 'retry',
    summary: 'Number of extra attempts after a failure before the checker declares the service down.',
    doc: 'Unlike `retry` at virtual/real server level, 0 is allowed here (fail on the first error).',
    args: [arg('count', int(0, UINT_MAX))],
    default: 'the real server / virtual server value, else 1 (0 for MISC_CHECK, 3 for DNS_CHECK)',
  },
  {
    name: 'delay_before_retry',
    summary: 'Pause between a failed attempt and the next retry.',
    args: [arg('seconds', num(0))],
    default: 'the real server / virtual server value, else 1 s (3 s for HTTP_GET/SSL_GET, delay_loop for DNS_CHECK)',
  },
  {
    name: 'warmup',
    summary: 'Upper bound of the random delay before the first check, to spread checks out; 0 disables it.',
    args: [arg('seconds', num(0))],
    default: 'the real server / virtual server value, else delay_loop',
  },
  {
    name: 'delay_loop',
    summary: 'Interval between two successive checks.',
    doc: 'Seconds with up to microsecond precision; 0 is rejected.',
    args: [arg('seconds', num(ONE_MICROSECOND))],
    default: 'the real server / virtual server value (60 s)',
  },
  {
    name: 'alpha',
    summary: 'Start this checker in the failed state, so the server only comes up after a first successful check.',
    doc: 'Without an argument it turns alpha mode on; `alpha off` (or `no`/`false`) turns it off.',
    args: [opt('enabled', bool)],
    default: 'the real server value (off)',
  },
  {
    name: 'log_all_failures',
    summary: 'Log every failed attempt, not only the one that changes the checker state.',
    args: [opt('enabled', bool)],
    default: 'off (unless global checker_log_all_failures is set)',
  },
];

/** install_checker_common_keywords(true). */
const checkerCommonKeywords: KeywordDef[] = [...checkerConnectionKeywords, ...checkerTimingKeywords];

// ---------------------------------------------------------------------------------------------
// Root keywords
// ---------------------------------------------------------------------------------------------

export const rootKeywords: KeywordDef[] = [
  {
    name: 'SSL',
    summary: 'Client TLS context (key, certificate, CA, password) used by SSL_GET checkers.',
    doc: 'Optional: when it is absent and an SSL_GET checker exists, keepalived builds a default context. A second `SSL` block replaces the first.',
    opens: 'SSL',
  },
  {
    name: 'virtual_server_group',
    summary: 'A named set of virtual addresses, address ranges and firewall marks that several virtual servers can share.',
    doc:
      'Each line of the block is either `<ip>[-<last>|/<prefix>] [<port>]` (e.g. `192.168.1.1-10 80`, ' +
      '`10.0.0.0/29 443`, `192.168.1.250-192.168.2.10 80`) or `fwmark <mark> [inet|inet6]`. ' +
      'Reference it with `virtual_server group <name>`. A group with no valid entry is dropped.',
    args: [arg('name', defines('virtual_server_group'))],
    values: 'vsg_members',
    repeatable: true,
  },
  {
    name: 'virtual_server',
    summary: 'An IPVS virtual service, its scheduling settings and the real servers behind it.',
    doc:
      'Three forms: `virtual_server <ip> [<port>]`, `virtual_server fwmark <mark>` (mark 0..4294967295) or ' +
      '`virtual_server group <name>` (a virtual_server_group). The port may only be omitted (or 0) for a persistent ' +
      'service; keepalived otherwise forces persistence on with a warning. An address, port or mark keepalived cannot read makes it skip ' +
      'the whole block, and a virtual server without any valid real server is ignored.',
    syntax: 'virtual_server <ip> [<port>] | fwmark <mark> | group <name>',
    freeform: true,
    insertArgs: '${1:ip} ${2:port}',
    opens: 'virtual_server',
    repeatable: true,
  },
];

// ---------------------------------------------------------------------------------------------
// virtual_server and real_server
// ---------------------------------------------------------------------------------------------

const virtualServerKeywords: KeywordDef[] = [
  {
    name: 'ip_family',
    summary: 'Address family of a fwmark or group service whose real servers are all tunnelled.',
    doc: 'Only needed when the family cannot be deduced from the addresses; it must not contradict the family of the virtual or (non-tunnelled) real servers.',
    args: [arg('family', oneOf('inet', 'inet6'))],
    default: 'taken from the addresses; inet when it cannot be determined',
  },
  {
    name: 'retry',
    summary: "Default retry count for the checkers of this virtual server's real servers.",
    doc: 'At this level the value must be at least 1 (keepalived reports "retry value invalid" for 0).',
    args: [arg('count', int(1, UINT_MAX))],
    default: "each checker's own default (usually 1)",
  },
  {
    name: 'delay_before_retry',
    summary: 'Default pause before a checker retries, for all real servers of this virtual server.',
    args: [arg('seconds', num(0))],
    default: "each checker's own default",
  },
  {
    name: 'warmup',
    summary: 'Default upper bound of the random start-up delay of the checkers; 0 disables it.',
    args: [arg('seconds', num(0))],
    default: 'delay_loop',
  },
  {
    name: 'connect_timeout',
    summary: 'Default connection timeout for the checkers of this virtual server.',
    args: [arg('seconds', num(ONE_MICROSECOND, CONNECT_TIMEOUT_MAX))],
    default: '5',
  },
  {
    name: 'delay_loop',
    summary: 'Default interval between checks for the checkers of this virtual server.',
    args: [arg('seconds', num(ONE_MICROSECOND))],
    default: '60',
  },
  {
    name: 'inhibit_on_failure',
    summary: 'Keep failed real servers in the IPVS table with weight 0 instead of removing them.',
    doc: 'At virtual server level the keyword takes no value: any word after it is ignored, so `inhibit_on_failure off` still switches it on. Real servers can override it.',
    default: 'off',
  },
  {
    name: 'lvs_sched',
    summary: 'IPVS scheduling algorithm of the service.',
    doc: schedulerDoc,
    args: [arg('scheduler', oneOf(...SCHEDULERS))],
    default: 'wlc (keepalived warns when none is set)',
  },
  {
    name: 'lb_algo',
    summary: 'Older name of `lvs_sched`: the IPVS scheduling algorithm.',
    doc: schedulerDoc,
    args: [arg('scheduler', oneOf(...SCHEDULERS))],
    default: 'wlc',
    deprecated: { replacement: 'lvs_sched', note: 'Still accepted silently; the documentation now uses `lvs_sched`.' },
  },
  {
    name: 'hashed',
    summary: 'Historic scheduler flag that current keepalived accepts but no longer applies.',
    doc: 'keepalived reports "hashed only applies to sh scheduler - ignoring" unless the scheduler is `sh`, and even then the flag has no effect.',
    deprecated: { note: 'Accepted for compatibility but has no effect in current keepalived.' },
  },
  {
    name: 'ops',
    summary: 'One-packet scheduling: schedule every UDP datagram separately (ipvsadm -o).',
    doc: 'Only valid for UDP services (or fwmark services); keepalived clears it with a warning for TCP/SCTP.',
  },
  {
    name: 'flag-1',
    summary: 'Set scheduler flag 1 (ipvsadm `-b flag-1`); its meaning depends on the scheduler.',
  },
  {
    name: 'flag-2',
    summary: 'Set scheduler flag 2 (ipvsadm `-b flag-2`); its meaning depends on the scheduler.',
  },
  {
    name: 'flag-3',
    summary: 'Set scheduler flag 3 (ipvsadm `-b flag-3`); its meaning depends on the scheduler.',
  },
  {
    name: 'sh-port',
    summary: 'Make the source-hashing scheduler include the source port in the hash.',
    doc: 'Only honoured when `lvs_sched sh` appears earlier in the block; otherwise keepalived ignores it with a warning.',
  },
  {
    name: 'sh-fallback',
    summary: 'Let the source-hashing scheduler pick another server when the hashed one is unavailable.',
    doc: 'Only honoured when `lvs_sched sh` appears earlier in the block; otherwise keepalived ignores it with a warning.',
  },
  {
    name: 'mh-port',
    summary: 'Make the maglev-hashing scheduler include the source port in the hash.',
    doc: 'Only honoured when `lvs_sched mh` appears earlier in the block; otherwise keepalived ignores it with a warning.',
  },
  {
    name: 'mh-fallback',
    summary: 'Let the maglev-hashing scheduler pick another server when the hashed one is unavailable.',
    doc: 'Only honoured when `lvs_sched mh` appears earlier in the block; otherwise keepalived ignores it with a warning.',
  },
  {
    name: 'lvs_method',
    summary: 'Default forwarding method (NAT, direct routing or tunnelling) for the real servers.',
    doc: forwardingDoc,
    syntax: forwardingSyntax('lvs_method'),
    args: forwardingArgs,
    default: 'NAT (keepalived warns when none is set)',
  },
  {
    name: 'lb_kind',
    summary: 'Older name of `lvs_method`: the default forwarding method.',
    doc: forwardingDoc + ' Unlike `lvs_method`, this spelling is not accepted inside a real_server.',
    syntax: forwardingSyntax('lb_kind'),
    args: forwardingArgs,
    default: 'NAT',
    deprecated: { replacement: 'lvs_method', note: 'Still accepted silently at virtual server level; the documentation now uses `lvs_method`.' },
  },
  {
    name: 'persistence_engine',
    summary: 'IPVS persistence engine for the service (the kernel currently offers `sip`).',
    doc: 'Longer names are truncated with a warning.',
    args: [arg('engine', text)],
  },
  {
    name: 'persistence_timeout',
    summary: 'Make the service persistent: a client keeps its real server for this many seconds of inactivity.',
    doc: 'Given without a value it uses 360 seconds. The value must be 1..2678400 (31 days).',
    args: [opt('seconds', int(1, LVS_MAX_TIMEOUT))],
    default: 'not persistent (360 s when the keyword has no value)',
  },
  {
    name: 'persistence_granularity',
    summary: 'Netmask (IPv4) or prefix length (IPv6, 1..128) grouping client addresses for persistence.',
    doc: 'Setting it also turns persistence on (360 s) if `persistence_timeout` was not given. On a fwmark or group service whose family is not known yet, a value with a dot is an IPv4 netmask and one without a dot an IPv6 prefix length, and it sets the family: `24` there makes the service IPv6.',
    args: [arg('mask', text)],
  },
  {
    name: 'protocol',
    summary: 'Transport protocol of an address-based service.',
    doc: 'Case-insensitive. Ignored (with a warning) for fwmark services. When it is missing on an address-based service keepalived warns and uses UDP.',
    args: [arg('protocol', oneOfCi('TCP', 'UDP', 'SCTP'))],
    default: 'UDP, with a warning',
  },
  {
    name: 'ha_suspend',
    summary: 'Suspend the checkers while the virtual address is not configured on this host.',
    doc: 'Not usable with fwmark services; keepalived clears it with a warning there.',
  },
  {
    name: 'smtp_alert',
    summary: 'Send e-mail alerts when this service gains or loses quorum.',
    args: [opt('enabled', bool)],
    default: 'off, unless global smtp_alert_checker / smtp_alert say otherwise',
  },
  {
    name: 'virtualhost',
    summary: 'Default HTTP Host header for the HTTP_GET/SSL_GET checkers of this service.',
    args: [arg('host', text)],
  },
  {
    name: 'snmp_name',
    summary: 'Free-form label reported for this virtual server through SNMP.',
    doc: 'Exactly one word (quote it if it contains spaces).',
    args: [arg('name', text)],
    buildOption: 'SNMP checker support (--enable-snmp-checker)',
  },
  {
    name: 'alpha',
    summary: 'Start all checkers of this service in the failed state, so servers only come up after passing a check.',
    doc: 'At virtual server level the keyword takes no value: anything after it is ignored, so `alpha no` still switches it on. Real servers and checkers accept an on/off value.',
    default: 'off',
  },
  {
    name: 'omega',
    summary: 'Run the quorum-down and real-server-down notifiers when keepalived shuts down.',
    default: 'off',
  },
  {
    name: 'quorum_up',
    summary: 'Script run when the total weight of live real servers reaches the quorum.',
    doc: 'Quote the script when it has arguments; the words after it are the user and group to run it as.',
    args: notifyScriptArgs,
  },
  {
    name: 'quorum_down',
    summary: 'Script run when the total weight of live real servers drops below the quorum.',
    doc: 'Quote the script when it has arguments; the words after it are the user and group to run it as.',
    args: notifyScriptArgs,
  },
  {
    name: 'quorum',
    summary: 'Minimum total weight of live real servers for the service to be considered up.',
    doc: "Must be at least 1. If it exceeds the sum of the real servers' weights keepalived lowers it with a warning.",
    args: [arg('weight', int(1, UINT_MAX))],
    default: '1',
  },
  {
    name: 'hysteresis',
    summary: 'Weight margin around the quorum that damps flapping between quorum up and down.',
    doc: 'Must be lower than `quorum`; otherwise keepalived reduces it to quorum - 1.',
    args: [arg('weight', int(0, UINT_MAX))],
    default: '0',
  },
  {
    name: 'weight',
    summary: 'Default weight for real servers of this service that do not set their own.',
    args: [arg('weight', int(1, WEIGHT_LIMIT))],
    default: '1',
  },
  {
    name: 'sorry_server',
    summary: 'Fallback server put into the IPVS table while the service has lost its quorum.',
    doc:
      'Unless it uses NAT, its port must match the virtual server port (keepalived resets it with a warning) and for ' +
      'fwmark services it must have no port. Its address family must match the virtual server unless it is tunnelled.',
    args: [arg('address', ip), opt('port', port)],
  },
  {
    name: 'sorry_server_inhibit',
    summary: 'Apply inhibit-on-failure behaviour to the sorry server.',
    doc: 'Must come after `sorry_server`; otherwise keepalived ignores it.',
  },
  {
    name: 'sorry_server_lvs_method',
    summary: 'Forwarding method of the sorry server.',
    doc: 'Must come after `sorry_server`. ' + forwardingDoc,
    syntax: forwardingSyntax('sorry_server_lvs_method'),
    args: forwardingArgs,
    default: "the virtual server's lvs_method",
  },
  {
    name: 'real_server',
    summary: 'A backend server of this service, with its weight and health checkers.',
    doc:
      'The port may be omitted; it then follows the virtual server. With DR or TUN a different port is reset to the ' +
      'virtual server port, and for fwmark services a port is cleared. An invalid address makes keepalived skip the ' +
      'whole block; a duplicate of an earlier real server is removed.',
    args: [arg('address', ip), opt('port', port)],
    opens: 'real_server',
    repeatable: true,
  },
];

/** The checker block keywords accepted inside real_server (check_api.c install_checkers_keyword). */
const checkerOpeners: KeywordDef[] = [
  {
    name: 'TCP_CHECK',
    summary: 'Health check that succeeds when a TCP connection can be opened.',
    opens: 'TCP_CHECK',
    repeatable: true,
  },
  {
    name: 'HTTP_GET',
    summary: 'Health check that fetches one or more URLs over HTTP and checks status code, digest or content.',
    doc: 'Needs at least one `url` block, otherwise keepalived drops the checker.',
    opens: 'HTTP_GET',
    repeatable: true,
  },
  {
    name: 'SSL_GET',
    summary: 'Like HTTP_GET, but over TLS.',
    doc: 'Needs at least one `url` block. The client TLS context comes from the top-level `SSL` block.',
    opens: 'SSL_GET',
    repeatable: true,
  },
  {
    name: 'MISC_CHECK',
    summary: 'Health check that runs a script; its exit status decides the state (and, with misc_dynamic, the weight).',
    doc: 'Needs `misc_path`. It has no connection options, only the timing ones.',
    opens: 'MISC_CHECK',
    repeatable: true,
  },
  {
    name: 'SMTP_CHECK',
    summary: 'Health check that talks to an SMTP server (banner, HELO, QUIT).',
    opens: 'SMTP_CHECK',
    repeatable: true,
  },
  {
    name: 'DNS_CHECK',
    summary: 'Health check that sends a DNS query over UDP and expects a successful answer.',
    opens: 'DNS_CHECK',
    repeatable: true,
  },
  {
    name: 'UDP_CHECK',
    summary: 'Health check that sends a UDP datagram and relies on ICMP errors or an expected reply.',
    doc: 'Unreachable hosts are only noticed when ARP times out, so give it a generous connect_timeout (several seconds).',
    opens: 'UDP_CHECK',
    repeatable: true,
  },
  {
    name: 'PING_CHECK',
    summary: 'Health check that sends ICMP echo requests to the real server.',
    doc: 'keepalived may widen net.ipv4.ping_group_range so that it can use unprivileged ICMP sockets.',
    opens: 'PING_CHECK',
    repeatable: true,
  },
  {
    name: 'FILE_CHECK',
    summary: 'Derive the real server state (and optionally its weight) from a number in a tracked file.',
    doc: 'Refers to a top-level `track_file` block. It has none of the usual checker options.',
    opens: 'FILE_CHECK',
    repeatable: true,
  },
  {
    name: 'BFD_CHECK',
    summary: 'Derive the real server state from a BFD session defined in a bfd_instance block.',
    opens: 'BFD_CHECK',
    repeatable: true,
  },
];

const realServerKeywords: KeywordDef[] = [
  {
    name: 'weight',
    summary: 'Relative share of connections this server receives; 0 keeps it in the table but gives it no new connections.',
    args: [arg('weight', int(0, WEIGHT_LIMIT))],
    default: "the virtual server's weight (1)",
  },
  {
    name: 'lvs_method',
    summary: 'Forwarding method for this real server, overriding the virtual server default.',
    doc: forwardingDoc + ' Note that the old spelling `lb_kind` is not accepted here.',
    syntax: forwardingSyntax('lvs_method'),
    args: forwardingArgs,
    default: "the virtual server's lvs_method",
  },
  {
    name: 'uthreshold',
    summary: 'Upper connection limit: IPVS stops sending new connections above it.',
    args: [arg('connections', int(0, UINT_MAX))],
    default: '0 (no limit)',
  },
  {
    name: 'lthreshold',
    summary: 'Lower connection threshold below which an overloaded server takes connections again.',
    args: [arg('connections', int(0, UINT_MAX))],
    default: '0',
  },
  {
    name: 'inhibit_on_failure',
    summary: "On failure set this server's weight to 0 instead of removing it from the table.",
    args: [opt('enabled', bool)],
    default: 'the virtual server setting (off)',
  },
  {
    name: 'notify_up',
    summary: 'Script run when the checkers declare this real server up.',
    doc: 'Quote the script when it has arguments; the words after it are the user and group to run it as. Only the first notify_up is kept.',
    args: notifyScriptArgs,
  },
  {
    name: 'notify_down',
    summary: 'Script run when the checkers declare this real server down.',
    doc: 'Quote the script when it has arguments; the words after it are the user and group to run it as. Only the first notify_down is kept.',
    args: notifyScriptArgs,
  },
  {
    name: 'alpha',
    summary: "Start this server's checkers in the failed state until they succeed once.",
    args: [opt('enabled', bool)],
    default: 'the virtual server setting (off)',
  },
  {
    name: 'retry',
    summary: "Default retry count for this server's checkers.",
    doc: 'At this level the value must be at least 1.',
    args: [arg('count', int(1, UINT_MAX))],
    default: "the virtual server value, else each checker's default",
  },
  {
    name: 'delay_before_retry',
    summary: "Default pause before this server's checkers retry.",
    args: [arg('seconds', num(0))],
    default: "the virtual server value, else each checker's default",
  },
  {
    name: 'warmup',
    summary: "Default upper bound of the random start-up delay of this server's checkers.",
    args: [arg('seconds', num(0))],
    default: 'the virtual server value, else delay_loop',
  },
  {
    name: 'connect_timeout',
    summary: "Default connection timeout for this server's checkers.",
    args: [arg('seconds', num(ONE_MICROSECOND, CONNECT_TIMEOUT_MAX))],
    default: 'the virtual server value (5 s)',
  },
  {
    name: 'delay_loop',
    summary: "Default interval between checks for this server's checkers.",
    args: [arg('seconds', num(ONE_MICROSECOND))],
    default: 'the virtual server value (60 s)',
  },
  {
    name: 'smtp_alert',
    summary: 'Send e-mail alerts when this real server changes state.',
    args: [opt('enabled', bool)],
    default: 'on, unless global smtp_alert_checker / smtp_alert say otherwise',
  },
  {
    name: 'virtualhost',
    summary: "Default HTTP Host header for this server's HTTP_GET/SSL_GET checkers.",
    args: [arg('host', text)],
    default: "the virtual server's virtualhost",
  },
  {
    name: 'snmp_name',
    summary: 'Free-form label reported for this real server through SNMP.',
    doc: 'Exactly one word (quote it if it contains spaces).',
    args: [arg('name', text)],
    buildOption: 'SNMP checker support (--enable-snmp-checker)',
  },
  ...checkerOpeners,
];

// ---------------------------------------------------------------------------------------------
// HTTP_GET / SSL_GET and their url blocks (check_http.c install_http_ssl_check_keyword)
// ---------------------------------------------------------------------------------------------

const tlsCompliantDoc = 'Makes keepalived end the TLS session properly (sending close_notify) instead of a quiet shutdown. Only meaningful for SSL_GET.';

/** HTTP_GET and SSL_GET register the very same keywords. */
const httpCheckKeywords: KeywordDef[] = [
  ...checkerCommonKeywords,
  {
    name: 'nb_get_retry',
    summary: "Old name for the checker's `retry` count.",
    args: [arg('count', int(0, UINT_MAX))],
    deprecated: {
      warns: true,
      replacement: 'retry',
      note: 'keepalived warns "nb_get_retry is deprecated - please use \'retry\'". Not accepted in other checkers.',
    },
  },
  {
    name: 'virtualhost',
    summary: 'HTTP Host header sent by this checker.',
    args: [arg('host', text)],
    default: 'the real server / virtual server virtualhost, else the server address',
  },
  {
    name: 'http_protocol',
    summary: 'HTTP version of the request: `1.0`, `1.1`, or `1.0C` (1.0 plus a "Connection: close" header).',
    args: [arg('version', oneOf('1.0', '1.1', '1.0C', '1.0c'))],
    default: '1.0',
  },
  {
    name: 'enable_sni',
    summary: 'Send the virtual host name as TLS Server Name Indication during the handshake.',
    args: [opt('enabled', bool)],
    default: 'off',
  },
  {
    name: 'sni_name',
    summary: 'Explicit name to send as TLS Server Name Indication.',
    args: [arg('name', text)],
    since: '2.4.3',
  },
  {
    name: 'fast_recovery',
    summary: 'Check all URLs back to back at start-up and after a failure, instead of one URL per delay_loop.',
    args: [opt('enabled', bool)],
    default: 'off',
  },
  {
    name: 'tls_compliant',
    summary: 'Close TLS connections cleanly with a close_notify alert.',
    doc: tlsCompliantDoc,
    syntax: 'tls_compliant',
    freeform: true,
    since: '2.2.8',
  },
  {
    name: 'url',
    summary: 'A URL to fetch and the conditions its response must meet; repeat for several URLs.',
    doc: 'Needs a `path`; a url without one is dropped. Without status_code, 200-299 are accepted.',
    opens: 'url',
    repeatable: true,
  },
];

const regexBuild = 'regular expression support (--enable-regex, PCRE2)';

const urlKeywords: KeywordDef[] = [
  {
    name: 'path',
    summary: 'Path (and query) of the URL to request, e.g. `/health`.',
    args: [arg('path', text)],
  },
  {
    name: 'digest',
    summary: 'Expected MD5 digest of the response body, as 32 hexadecimal characters (see genhash).',
    doc: 'Any other length or a non-hex character is rejected; only one digest per url.',
    args: [arg('md5', md5)],
  },
  {
    name: 'status_code',
    summary: 'HTTP status codes that count as success: single codes or ranges like `200-299`.',
    doc: 'Each code must be within 100..599 and a range must not be reversed; invalid items are reported and skipped.',
    syntax: 'status_code <code|from-to> ...',
    // check_http.c status_code_handler loops over the words: alone it sets nothing and the default stays
    args: [many('code', httpStatus, true)],
    default: '200-299',
  },
  {
    name: 'virtualhost',
    summary: 'HTTP Host header for this URL only.',
    args: [arg('host', text)],
    default: 'the checker / real server / virtual server virtualhost',
  },
  {
    name: 'regex',
    summary: 'Regular expression (PCRE2) the response body must match.',
    doc: 'Give it as one quoted string.',
    args: [arg('pattern', text)],
    buildOption: regexBuild,
  },
  {
    name: 'regex_no_match',
    summary: 'Invert the regex test: the check fails when the body matches.',
    buildOption: regexBuild,
  },
  {
    name: 'regex_options',
    summary: 'PCRE2 compile options for the regex, e.g. `caseless multiline`.',
    doc:
      'Known names: allow_empty_class alt_bsux auto_callout caseless dollar_endonly dotall dupnames extended firstline ' +
      'match_unset_backref multiline never_ucp never_utf no_auto_capture no_auto_possess no_dotstar_anchor ' +
      'no_start_optimize ucp ungreedy utf never_backslash_c alt_circumflex alt_verbnames use_offset_limit. ' +
      'keepalived silently skips unknown names.',
    // regex_options_handler loops over the words: alone it adds no option (keepalived -t and start are silent)
    args: [many('option', text, true)],
    buildOption: regexBuild,
  },
  {
    name: 'regex_min_offset',
    summary: 'Offset in the body before which a regex match is not looked for.',
    args: [arg('offset', int())],
    // read by its own handler (checker-option): a bad line is only logged when keepalived starts
    freeform: true,
    buildOption: regexBuild,
  },
  {
    name: 'regex_max_offset',
    summary: 'Last offset in the body at which a regex match may start.',
    doc: 'Must be greater than regex_min_offset, otherwise both are ignored.',
    args: [arg('offset', int())],
    // read by its own handler (checker-option): a bad line is only logged when keepalived starts
    freeform: true,
    buildOption: regexBuild,
  },
  {
    name: 'regex_stack',
    summary: 'Start and maximum size in bytes of the PCRE2 JIT stack, for complex expressions.',
    doc: 'The start size must not exceed the maximum.',
    args: [arg('start', int()), arg('max', int())],
    // read by its own handler (checker-option): a bad line is only logged when keepalived starts
    freeform: true,
    buildOption: regexBuild + ' with JIT',
  },
  {
    name: 'tls_compliant',
    summary: 'Close the TLS connection for this URL cleanly with a close_notify alert.',
    doc: tlsCompliantDoc,
    syntax: 'tls_compliant',
    freeform: true,
    since: '2.2.8',
  },
];

// ---------------------------------------------------------------------------------------------
// The other checkers
// ---------------------------------------------------------------------------------------------

const miscCheckKeywords: KeywordDef[] = [
  ...checkerTimingKeywords,
  {
    name: 'misc_path',
    summary: 'The script (with its arguments, quoted as one string) that performs the check.',
    doc: 'Exit status 0 means success, 1 failure; with misc_dynamic, 2..255 mean success with weight (status - 2).',
    // alone it sets no script: keepalived reports it at the block's end ("No script path ..."), as script-missing does
    args: [opt('command', command)],
  },
  {
    name: 'misc_timeout',
    summary: 'Seconds the script may run before it is killed and the check counts as failed.',
    args: [arg('seconds', int(0, 4294))],
    default: 'delay_loop',
  },
  {
    name: 'misc_dynamic',
    summary: "Use the script's exit status to adjust the real server weight dynamically.",
    doc: 'Exit 0 keeps the weight, 1 fails, 2..255 succeed and set the weight to status - 2. More than one dynamic MISC_CHECK per real server draws a warning.',
  },
  {
    name: 'user',
    summary: 'User (and optionally group) that runs the check script.',
    args: [arg('user', user), opt('group', text)],
    default: 'global script_user, else keepalived_script or root',
  },
];

const smtpCheckKeywords: KeywordDef[] = [
  {
    name: 'helo_name',
    summary: 'Name sent in the HELO command.',
    args: [arg('name', text)],
    default: 'smtpchecker.keepalived.org',
  },
  ...checkerCommonKeywords,
  {
    name: 'host',
    summary: 'An extra server to check within the same SMTP_CHECK (old style).',
    doc: 'keepalived logs that the host block is deprecated; define one SMTP_CHECK per target instead.',
    opens: 'smtp_host',
    repeatable: true,
    deprecated: { warns: true, note: 'Use several SMTP_CHECK blocks (with connect_ip/connect_port) instead of host blocks.' },
  },
];

const dnsCheckKeywords: KeywordDef[] = [
  ...checkerCommonKeywords,
  {
    name: 'type',
    summary: 'Record type to query.',
    doc: 'Case-insensitive; an unknown type is ignored with a warning.',
    args: [arg('type', oneOfCi(...DNS_TYPES))],
    default: 'SOA',
  },
  {
    name: 'name',
    summary: 'Domain name to query.',
    doc: 'A name with an empty label (e.g. `a..b`) is rejected, and so, in keepalived 2.2.7, is a name whose first label is one character (`a.example.com`); the first `name` keepalived takes counts.',
    args: [arg('domain', text)],
    default: '. (the root)',
  },
];

const udpCheckKeywords: KeywordDef[] = [
  ...checkerCommonKeywords,
  {
    name: 'payload',
    summary: 'Data to send, written as hexadecimal digits (spaces allowed between groups).',
    syntax: 'payload <hex> ...',
    args: [many('hex', text)],
    default: 'random data',
  },
  {
    name: 'require_reply',
    summary: 'Require a reply datagram; optionally give hex data it must start with (X/x digits match anything).',
    syntax: 'require_reply [<hex> ...]',
    args: [many('hex', text, true)],
  },
  {
    name: 'min_reply_length',
    summary: 'Minimum length of the reply for the check to succeed.',
    args: [arg('bytes', int(0, 65535))],
    default: '0',
  },
  {
    name: 'max_reply_length',
    summary: 'Maximum length of the reply for the check to succeed.',
    args: [arg('bytes', int(0, 65535))],
    default: '255',
  },
];

const fileCheckKeywords: KeywordDef[] = [
  {
    name: 'track_file',
    summary: 'Name of the top-level track_file block whose value this checker follows.',
    doc: 'Required; an unknown name is reported and the checker is dropped.',
    args: [arg('name', ref('track_file'))],
  },
  {
    name: 'weight',
    summary: 'Multiplier applied to the value read from the file; `reverse` inverts its effect.',
    args: [arg('weight', int(-WEIGHT_LIMIT, WEIGHT_LIMIT)), opt('reverse', oneOf('reverse', 'noreverse'))],
    default: "the track_file's own weight",
  },
];

const bfdCheckKeywords: KeywordDef[] = [
  {
    name: 'name',
    summary: 'Name of the bfd_instance whose session state this checker follows.',
    doc: 'Required; an unknown BFD instance is reported and the checker is dropped.',
    args: [arg('bfd', ref('bfd_instance'))],
  },
  {
    name: 'alpha',
    summary: 'Treat the real server as down until the BFD session is reported up.',
    args: [opt('enabled', bool)],
  },
];

// ---------------------------------------------------------------------------------------------
// Blocks
// ---------------------------------------------------------------------------------------------

export const blocks: BlockDef[] = [
  {
    id: 'SSL',
    title: 'SSL context',
    summary: 'Client TLS material used by SSL_GET checkers.',
    keywords: [
      { name: 'password', summary: 'Password that unlocks the private key.', args: [arg('password', text)] },
      { name: 'ca', summary: 'File with the CA certificates used to verify servers.', args: [arg('file', path)] },
      { name: 'certificate', summary: 'Client certificate file.', args: [arg('file', path)] },
      { name: 'key', summary: 'Private key file matching the certificate.', args: [arg('file', path)] },
    ],
  },
  {
    id: 'virtual_server',
    title: 'virtual server',
    summary: 'An IPVS virtual service: scheduling, persistence, quorum handling and its real servers.',
    keywords: virtualServerKeywords,
  },
  {
    id: 'real_server',
    title: 'real server',
    summary: 'A backend of a virtual service: weight, forwarding, notifications and health checkers.',
    keywords: realServerKeywords,
  },
  {
    id: 'TCP_CHECK',
    title: 'TCP checker',
    summary: 'Checks that a TCP connection to the real server can be established.',
    keywords: checkerCommonKeywords,
  },
  {
    id: 'HTTP_GET',
    title: 'HTTP checker',
    summary: 'Fetches URLs over HTTP and compares status, digest or content.',
    keywords: httpCheckKeywords,
  },
  {
    id: 'SSL_GET',
    title: 'HTTPS checker',
    summary: 'Fetches URLs over TLS and compares status, digest or content.',
    keywords: httpCheckKeywords,
  },
  {
    id: 'url',
    title: 'checked URL',
    summary: 'One URL of an HTTP_GET/SSL_GET checker and what its response must look like.',
    keywords: urlKeywords,
  },
  {
    id: 'MISC_CHECK',
    title: 'script checker',
    summary: 'Runs an external script whose exit status decides the real server state.',
    keywords: miscCheckKeywords,
  },
  {
    id: 'SMTP_CHECK',
    title: 'SMTP checker',
    summary: 'Opens an SMTP dialogue with the real server.',
    keywords: smtpCheckKeywords,
  },
  {
    id: 'smtp_host',
    title: 'SMTP checker host',
    summary: 'An additional target of an SMTP_CHECK (deprecated style).',
    keywords: checkerCommonKeywords,
  },
  {
    id: 'DNS_CHECK',
    title: 'DNS checker',
    summary: 'Sends a DNS query to the real server and expects a successful answer.',
    keywords: dnsCheckKeywords,
  },
  {
    id: 'UDP_CHECK',
    title: 'UDP checker',
    summary: 'Sends a UDP datagram and optionally checks the reply.',
    keywords: udpCheckKeywords,
  },
  {
    id: 'PING_CHECK',
    title: 'ICMP echo checker',
    summary: 'Pings the real server.',
    keywords: checkerCommonKeywords,
  },
  {
    id: 'FILE_CHECK',
    title: 'file checker',
    summary: 'Follows the value of a tracked file.',
    keywords: fileCheckKeywords,
  },
  {
    id: 'BFD_CHECK',
    title: 'BFD checker',
    summary: 'Follows the state of a BFD session.',
    keywords: bfdCheckKeywords,
  },
];
