/**
 * global_defs and the root-level keywords that configure the daemon as a whole
 * (keepalived/core/global_parser.c), plus the include directives of the preprocessor.
 *
 * Ranges are those the handlers pass to read_unsigned_strvec / read_int_strvec /
 * read_decimal_unsigned_strvec; where a keyword's arguments are irregular the entry is
 * `freeform` and carries a display `syntax` instead of `args`.
 */
import type { ArgSpec, ArgType, BlockDef, KeywordDef } from '../types';
import { arg, bool, command, host, iface, int, many, mcast4, mcast6, num, oneOf, opt, path, text, user } from '../build';

const UINT_MAX = 4294967295;
const INT_MAX = 2147483647;
const INT32_MIN = -2147483648;
/** UINT_MAX / TIMER_HZ: the largest whole number of seconds keepalived stores in a microsecond timer. */
const MAX_TIMER_SECS = 4294;

/** `[<BOOL>]`: keepalived treats the bare keyword as true. */
/** A process name: the kernel keeps 15 characters (TASK_COMM_LEN 16). */
const processName: ArgType = { kind: 'text', maxLength: 15 };
/** An nftables table name: under NFT_TABLE_MAXNAMELEN (256 with the kernel headers of distribution builds). */
const nftTable: ArgType = { kind: 'text', maxLength: 255 };

const optBool: readonly ArgSpec[] = [opt('enabled', bool)];
/** `[user [group]]` after a FIFO name or a script. */
const runAs: readonly ArgSpec[] = [opt('user', user), opt('group', text)];

const SNMP = 'SNMP (--enable-snmp)';
const DBUS = 'DBus (--enable-dbus)';
const NFTABLES = 'nftables (--enable-nftables)';

const includeDoc =
  'Handled by the preprocessor before any keyword is parsed, so it cannot be produced by parameter substitution or conditional configuration. ' +
  'Relative paths are resolved from the directory of the file that contains the directive; wildcards and brace expressions are expanded.';

export const rootKeywords: KeywordDef[] = [
  // ---- include directives (preprocessor) ----
  {
    name: 'include',
    summary: 'Reads further configuration from the files matching a path or glob, as if their text were written here.',
    doc: includeDoc + ' A plain `include` never turns a missing file into a configuration error; use one of the checked variants for that.',
    syntax: 'include <file-or-glob>',
    freeform: true,
    repeatable: true,
  },
  {
    name: 'includer',
    summary: 'Includes files like `include`, but reports an error when a matched path is not a readable file.',
    doc: includeDoc + ' Adds the `readable` check of `include_check` for this directive; a glob that matches nothing is accepted.',
    syntax: 'includer <file-or-glob>',
    freeform: true,
    repeatable: true,
    since: '2.2.0',
  },
  {
    name: 'includem',
    summary: 'Includes files like `include`, but reports an error when a path without wildcards matches no file.',
    doc: includeDoc + ' Adds the `match` check of `include_check` (which implies `readable`).',
    syntax: 'includem <file-or-glob>',
    freeform: true,
    repeatable: true,
    since: '2.2.0',
  },
  {
    name: 'includew',
    summary: 'Includes files like `include`, but reports an error when even a wildcard pattern matches no file.',
    doc: includeDoc + ' Adds the `wildcard_match` check of `include_check` (which implies `readable`).',
    syntax: 'includew <file-or-glob>',
    freeform: true,
    repeatable: true,
    since: '2.2.0',
  },
  {
    name: 'includeb',
    summary: 'Includes files like `include`, but reports an error when an alternative of a brace expression matches no file.',
    doc:
      includeDoc +
      ' Adds the `brace_match` check of `include_check` (which implies `readable`). Needs a libc whose glob() supports GLOB_ALTDIRFUNC (not musl).',
    syntax: 'includeb <file-or-glob>',
    freeform: true,
    repeatable: true,
    since: '2.2.0',
  },
  {
    name: 'includea',
    summary: 'Includes files like `include` with every include check enabled, so any missing or unreadable file is an error.',
    doc: includeDoc + ' The safest choice for files that must exist; `keepalived -t` fails when one is missing.',
    syntax: 'includea <file-or-glob>',
    freeform: true,
    repeatable: true,
    since: '2.2.0',
  },

  // ---- daemon-wide root keywords ----
  {
    name: 'global_defs',
    summary: 'Opens the block of daemon-wide settings: identity, e-mail alerts, process tuning and defaults for VRRP and LVS.',
    opens: 'global_defs',
    repeatable: true,
  },
  {
    name: 'net_namespace',
    summary: 'Runs keepalived inside the named network namespace, so that it manages addresses and interfaces of that namespace only.',
    doc: 'Implies `use_pid_dir`, and the namespace name is appended to the syslog ident. It cannot be changed by a reload; a second definition is reported and ignored.',
    args: [arg('name', text)],
  },
  {
    name: 'net_namespace_ipvs',
    summary: 'Puts the IPVS (LVS) configuration into another network namespace, keeping health-check traffic separate from VIP traffic.',
    doc: 'Without a name the default namespace is used for IPVS. A second definition is reported and ignored.',
    args: [opt('name', text)],
    since: '2.1.0',
  },
  {
    name: 'namespace_with_ipsets',
    summary: 'Allows ipsets inside a network namespace even on kernels older than 3.13, where ipsets are not namespace-aware.',
  },
  {
    name: 'use_pid_dir',
    summary: 'Writes the PID files into a keepalived sub-directory of the run directory instead of directly into it.',
  },
  {
    name: 'instance',
    summary: 'Names this keepalived instance so that several can run in one namespace with distinct PID (and optionally data) files.',
    doc: 'Implies `use_pid_dir`. The name is read only at start-up: a reload keeps the old one.',
    args: [arg('name', text)],
  },
  {
    name: 'linkbeat_use_polling',
    summary: 'Detects link up/down on every interface by polling (ETHTOOL, MII or ioctl) instead of waiting for netlink notifications.',
    doc: 'The `linkbeat_interfaces` block selects polling per interface and is the finer-grained alternative.',
  },
  {
    name: 'child_wait_time',
    summary: 'How many seconds the parent process waits for its child processes to exit when keepalived stops.',
    doc: 'Raise it for very large configurations whose children need longer to clean up. Whole seconds only.',
    args: [arg('seconds', int(0, UINT_MAX))],
    default: '5',
  },
];

const globalDefs: KeywordDef[] = [
  // ---- configuration handling ----
  {
    name: 'tmp_config_directory',
    summary: 'Directory on whose filesystem keepalived keeps the working copy of the configuration that all its processes read.',
    doc: 'By default the copy lives in memory; point this at a writable directory when the configuration is very large. It cannot change on reload and should appear as early as possible, because only the text read so far is copied when it is met.',
    args: [arg('directory', path)],
    since: '2.2.0',
  },
  {
    name: 'config_save_dir',
    summary: 'Directory where keepalived saves the configuration and its state before and after every reload, for debugging reload problems.',
    doc: 'The directory is created if missing, but its parent directories must already exist.',
    args: [arg('directory', path)],
    since: '2.2.3',
  },
  {
    name: 'reload_check_config',
    summary: 'Validates a changed configuration (as `keepalived -t` would) before a reload, and skips the reload if it has errors.',
    doc: 'Protects against a reload with a broken file making keepalived exit or restart in a loop. The optional file receives the check output; without one it is discarded.',
    args: [opt('logFile', path)],
    default: '/dev/null (when given without a file)',
    since: '2.2.0',
  },
  {
    name: 'reload_time_file',
    summary: 'File whose first line holds a time (or date and time) at which keepalived schedules a reload of itself.',
    doc: 'Lets several nodes switch to an incompatible configuration (for example new VIPs) at the same moment. Accepted contents are exactly `HH:MM:SS`, `YY-MM-DD HH:MM:SS` or `YYYY-MM-DD HH:MM:SS`, optionally ending in `Z` for UTC. The file is deleted after the reload unless `reload_repeat` is set. Exactly one argument is accepted.',
    args: [arg('file', path)],
    since: '2.1.0',
  },
  {
    name: 'reload_repeat',
    summary: 'Keeps the `reload_time_file` after a scheduled reload, so a time without a date triggers a reload every day.',
    since: '2.1.0',
  },
  {
    name: 'reload_file',
    summary: 'File keepalived creates while it reads its configuration and removes when done, so update tools know when they may edit again.',
    doc: 'An existing file is truncated when reading starts. Without a name, keepalived.reload in the PID directory is used.',
    args: [opt('file', path)],
    default: 'keepalived.reload in the PID directory',
    since: '2.2.0',
  },
  {
    name: 'include_check',
    summary: 'Turns problems with included files (unreadable, unmatched, wildcard or brace without a match) into configuration errors.',
    doc: 'Options: `read`, `match`, `wildcard_match`, `brace_match`, each optionally prefixed with `+` or `-` to add or remove a check; no option enables all of them. The setting is saved and restored around each included file, so set it at the top of the main file to cover everything.',
    syntax: 'include_check [[+|-]read|match|wildcard_match|brace_match ...]',
    freeform: true,
    repeatable: true,
    since: '2.2.0',
  },
  {
    name: 'data_use_instance',
    summary: 'Adds the instance name and network namespace to the names of the data and stats files written on SIGUSR1/SIGUSR2.',
    doc: "Avoids several keepalived instances on one host overwriting each other's dump files.",
    args: optBool,
    since: '2.2.3',
  },
  {
    name: 'state_dump_file',
    summary: 'Path (or directory, if it ends in `/`) for the state dump keepalived writes on SIGUSR1.',
    doc: 'Put it on tmpfs: a slow or network filesystem can block keepalived while it writes. Process suffixes such as `_checker` and `_bfd` are added to the name.',
    args: [arg('path', path)],
    absentIn: '2.2.7',
  },
  {
    name: 'stats_dump_file',
    summary: 'Path (or directory, if it ends in `/`) for the statistics dump keepalived writes on SIGUSR2.',
    doc: 'Put it on tmpfs: a slow or network filesystem can block keepalived while it writes.',
    args: [arg('path', path)],
    absentIn: '2.2.7',
  },
  {
    name: 'json_dump_file',
    summary: 'Path (or directory, if it ends in `/`) for the JSON state dump keepalived writes on request.',
    doc: 'Put it on tmpfs: a slow or network filesystem can block keepalived while it writes. JSON output needs a keepalived built with JSON support.',
    args: [arg('path', path)],
    absentIn: '2.2.7',
  },
  {
    name: 'json_version',
    summary: 'Format of the JSON state dump: 1 is the original layout, 2 puts VRRP instances in a named array and adds track_process data.',
    args: [arg('version', int(1, 2))],
    default: '1',
    since: '2.2.8',
    buildOption: 'JSON (--enable-json)',
  },
  {
    name: 'iproute_usr_dir',
    summary: 'Directory holding the distribution defaults of iproute2 (rt_tables, rt_protos...), in case keepalived could not detect it at build time.',
    args: [arg('directory', path)],
    since: '2.3.2',
  },
  {
    name: 'iproute_etc_dir',
    summary: 'Directory holding the local iproute2 configuration files that override the distribution defaults (normally /etc/iproute2).',
    args: [arg('directory', path)],
    since: '2.3.2',
  },
  {
    name: 'umask',
    summary: 'File-creation mask keepalived uses for the files it creates.',
    doc:
      'Either one number (octal with a leading 0, hex with 0x, or decimal; at most 0777) or permission bits joined by `|`, ' +
      'e.g. `IWGRP|IWOTH`. keepalived 2.2.7 knows only the nine single bits IRUSR, IWUSR, IXUSR, IRGRP, IWGRP, IXGRP, ' +
      'IROTH, IWOTH and IXOTH, not the IRWXU/IRWXG/IRWXO groups. A `-m` command-line option takes precedence.',
    syntax: 'umask <number> | <BIT>[|<BIT>...]',
    // one word is required (keepalived reads it unconditionally and exits without it); argument-value reads the words as umask_handler does
    args: [many('mask', text)],
    default: '0177 (IXUSR|IRGRP|IWGRP|IXGRP|IROTH|IWOTH|IXOTH)',
  },
  {
    name: 'random_seed',
    summary: 'Fixes the seed used for `${_RANDOM}` so that a generated configuration is the same on every run.',
    args: [arg('seed', int(0, UINT_MAX))],
    default: 'time based',
  },

  // ---- process identity and scheduling ----
  {
    name: 'process_names',
    summary: 'Gives the child processes their standard distinguishable names (keepalived_vrrp and so on) so they can be told apart in ps and top.',
  },
  {
    name: 'process_name',
    summary: 'Sets the process name of the keepalived parent process.',
    doc: 'Names longer than 15 characters are truncated with an error. A missing name aborts parsing.',
    args: [arg('name', processName)],
  },
  {
    name: 'vrrp_process_name',
    summary: 'Sets the process name of the VRRP child process.',
    doc: 'Names longer than 15 characters are truncated with an error. A missing name aborts parsing.',
    args: [arg('name', processName)],
  },
  {
    name: 'checker_process_name',
    summary: 'Sets the process name of the health-checker (LVS) child process.',
    doc: 'Names longer than 15 characters are truncated with an error. A missing name aborts parsing.',
    args: [arg('name', processName)],
    since: '2.2.0',
  },
  {
    name: 'lvs_process_name',
    summary: 'Old name of `checker_process_name`: sets the process name of the health-checker child process.',
    args: [arg('name', processName)],
    deprecated: {
      warns: true,
      replacement: 'checker_process_name',
      note: 'Renamed for 2.2.0; keepalived logs a deprecation message when it reads the old spelling.',
    },
  },
  {
    name: 'bfd_process_name',
    summary: 'Sets the process name of the BFD child process.',
    doc: 'Names longer than 15 characters are truncated with an error. A missing name aborts parsing.',
    args: [arg('name', processName)],
  },
  {
    name: 'max_auto_priority',
    summary: 'Upper limit for the real-time priority keepalived may give itself when it notices it is being scheduled too late.',
    doc: '0 turns automatic priority raising off; -1 also silences the start-up warning about it. Without a value the system maximum (normally 99) is used. See also the `*_rlimit_rttime` keywords, which bound CPU use once real-time scheduling is on.',
    args: [opt('priority', int(-1, 99))],
    default: '0 (disabled)',
    since: '2.1.0',
  },
  {
    name: 'min_auto_priority_delay',
    summary: 'How late, in microseconds, a process may run after a timer expires before keepalived raises its priority.',
    args: [arg('microseconds', int(1, 10000000))],
    default: '1000000 (1 second)',
    since: '2.1.0',
  },
  ...processTuning('vrrp', 'VRRP'),
  ...processTuning('checker', 'health-checker (LVS)'),
  ...processTuning('bfd', 'BFD'),

  // ---- scripts ----
  {
    name: 'script_user',
    summary: 'Default user (and optionally group) that runs notify, track and check scripts that do not name their own.',
    doc: 'Without this keepalived uses the user keepalived_script if it exists, otherwise the user it runs as (usually root). A group prefixed with `:` also sets the supplementary groups of that user. An unknown user is a configuration error.',
    args: [arg('user', user), opt('group', text)],
    default: 'keepalived_script, else the user keepalived runs as',
  },
  {
    name: 'enable_script_security',
    summary: 'Refuses to run as root any script whose path a non-root user could modify, and stops falling back to root as the default script user.',
    doc: 'Strongly recommended whenever scripts are configured; without it `keepalived -t` reports a security violation for root-run startup/shutdown scripts.',
  },
  {
    name: 'use_symlink_paths',
    summary: 'Keeps symbolic links in script paths instead of resolving them, so a script can be swapped by re-pointing its symlink.',
    args: optBool,
    since: '2.3.0',
  },
  {
    name: 'set_supplementary_groups',
    summary: 'Makes scripts run with the supplementary groups of their user by default, not only the primary group.',
    absentIn: '2.2.7',
  },
  {
    name: 'startup_script',
    summary: 'Script run once by the parent process when keepalived starts, before the VRRP/checker/BFD processes.',
    doc: 'Typical use: create firewall rules (fwmarks for LVS, iptables chains for `vrrp_iptables`). Only one may be given; a second is reported and ignored. It is killed after `startup_script_timeout` seconds.',
    args: [arg('script', command), ...runAs],
    since: '2.1.0',
  },
  {
    name: 'startup_script_timeout',
    summary: 'Seconds the startup script may run before keepalived kills it.',
    args: [arg('seconds', int(1, 1000))],
    default: '10',
    since: '2.1.0',
  },
  {
    name: 'shutdown_script',
    summary: 'Script run once by the parent process when keepalived stops, after its child processes have exited.',
    doc: 'The counterpart of `startup_script`, for removing what that script set up. Only one may be given; it is killed after `shutdown_script_timeout` seconds.',
    args: [arg('script', command), ...runAs],
    since: '2.1.0',
  },
  {
    name: 'shutdown_script_timeout',
    summary: 'Seconds the shutdown script may run before keepalived kills it.',
    args: [arg('seconds', int(1, 1000))],
    default: '10',
    since: '2.1.0',
  },

  // ---- notify FIFOs ----
  ...fifoKeywords('', 'all notify events (VRRP and checker)', 'the general notify FIFO'),
  ...fifoKeywords('vrrp_', 'VRRP instance and sync group state changes', '`vrrp_notify_fifo`'),
  ...fifoKeywords('lvs_', 'virtual and real server up/down events of the health checker', '`lvs_notify_fifo`'),
  {
    name: 'vrrp_notify_priority_changes',
    summary: 'Also writes a line to the notify FIFOs whenever the priority of a VRRP instance changes.',
    args: optBool,
  },
  {
    name: 'fifo_write_vrrp_states_on_reload',
    summary: 'Re-sends the current state of every VRRP instance and sync group to the FIFOs after a reload.',
    doc: 'Useful because the FIFO scripts keepalived manages are restarted on reload and would otherwise not learn the states.',
    since: '2.2.7',
  },

  // ---- e-mail alerts ----
  {
    name: 'router_id',
    summary: 'Name identifying this machine in alert e-mails and SNMP data; it does not need to be the host name.',
    args: [arg('name', text)],
    default: 'the local host name',
  },
  {
    name: 'notification_email',
    summary: 'Block listing the recipients of alert e-mails, one or more addresses per line.',
    doc: 'To add a display name, quote the whole address, e.g. `"Ops <ops@example.com>"`. Alerts are only sent where `smtp_alert` is enabled.',
    values: 'emails',
    repeatable: true,
  },
  {
    name: 'notification_email_from',
    summary: 'Sender address put in the From header of alert e-mails.',
    doc: 'May include a display name if the whole value is quoted.',
    args: [arg('address', text)],
    default: 'keepalived@<local host name>',
  },
  {
    name: 'smtp_server',
    summary: 'Mail relay (address or host name, optionally with a port) that keepalived sends alert e-mails through.',
    doc: 'The port must be a number from 1 to 65535 (service names are not accepted). A host name is resolved when the configuration is read.',
    args: [arg('server', host), opt('port', int(1, 65535))],
    default: 'port 25',
  },
  {
    name: 'smtp_helo_name',
    summary: 'Name keepalived announces in the SMTP HELO greeting.',
    doc: 'Without a value the keyword is silently ignored.',
    args: [opt('name', text)],
    default: 'the local host name',
  },
  {
    name: 'smtp_connect_timeout',
    summary: 'Seconds keepalived waits when connecting to the SMTP server.',
    doc: 'Whole seconds. 0 is reported and replaced by 1.',
    args: [arg('seconds', int(1, MAX_TIMER_SECS))],
    default: '30',
  },
  {
    name: 'smtp_alert',
    summary: 'Default for sending alert e-mails, for both VRRP and checker events, where an object does not set its own `smtp_alert`.',
    args: optBool,
  },
  {
    name: 'smtp_alert_vrrp',
    summary: 'Default for sending alert e-mails about VRRP state changes.',
    args: optBool,
  },
  {
    name: 'smtp_alert_checker',
    summary: 'Default for sending alert e-mails about health-checker events.',
    args: optBool,
  },
  {
    name: 'no_email_faults',
    summary: 'Suppresses alert e-mails for transitions into the FAULT state.',
  },
  {
    name: 'no_checker_emails',
    summary: 'Sends checker e-mails only when a real server is added or removed, not on every checker state change.',
    args: optBool,
  },
  {
    name: 'checker_log_all_failures',
    summary: 'Logs every failed health check, not just the one that finally marks a real server down.',
    doc: 'E-mail alerts are still sent only when the real server actually changes state.',
    args: optBool,
  },
  {
    name: 'rs_init_notifies',
    summary: 'Sends notifications for real servers as they come up when keepalived starts.',
    args: optBool,
  },

  // ---- SNMP / DBus ----
  {
    name: 'snmp_socket',
    summary: 'Address of the SNMP master agent (AgentX) keepalived connects to, e.g. `udp:1.2.3.4:705`.',
    doc: 'Exactly one argument: extra words make keepalived ignore the whole line. Only the first definition counts.',
    args: [arg('socket', text)],
    default: 'unix:/var/agentx/master',
    buildOption: SNMP,
  },
  { name: 'enable_traps', summary: 'Sends SNMP traps on state changes.', buildOption: SNMP },
  {
    name: 'enable_snmp_vrrp',
    summary: 'Serves the VRRP part of the KEEPALIVED MIB over SNMP.',
    since: '2.0.0',
    buildOption: SNMP,
  },
  {
    name: 'enable_snmp_keepalived',
    summary: 'Old name of `enable_snmp_vrrp`: serves the VRRP part of the KEEPALIVED MIB over SNMP.',
    deprecated: { replacement: 'enable_snmp_vrrp', note: 'Renamed in 2.0.0; the old spelling is still accepted silently.' },
    buildOption: SNMP,
  },
  { name: 'enable_snmp_checker', summary: 'Serves the health-checker (LVS) part of the KEEPALIVED MIB over SNMP.', buildOption: SNMP },
  {
    name: 'enable_snmp_rfc',
    summary: 'Serves both standard VRRP MIBs over SNMP: RFC 2787 (VRRPv2) and RFC 6527 (VRRPv3).',
    buildOption: SNMP,
  },
  { name: 'enable_snmp_rfcv2', summary: 'Serves the standard VRRPv2 MIB (RFC 2787) over SNMP.', buildOption: SNMP },
  { name: 'enable_snmp_rfcv3', summary: 'Serves the standard VRRPv3 MIB (RFC 6527) over SNMP.', buildOption: SNMP },
  {
    name: 'snmp_vs_stats_update_interval',
    summary: 'Minimum age, in seconds, of virtual server statistics before an SNMP request makes the checker re-read them from the kernel.',
    args: [arg('seconds', num(0.001, 30))],
    default: '5',
    since: '2.3.0',
    buildOption: SNMP,
  },
  {
    name: 'snmp_rs_stats_update_interval',
    summary: 'Minimum age, in seconds, of real server statistics before an SNMP request makes the checker re-read them from the kernel.',
    args: [arg('seconds', num(0.001, 30))],
    default: '5',
    since: '2.3.0',
    buildOption: SNMP,
  },
  { name: 'enable_dbus', summary: 'Enables the DBus interface for querying and controlling VRRP instances.', buildOption: DBUS },
  {
    name: 'dbus_service_name',
    summary: 'DBus service name to register, so that several keepalived daemons with DBus can coexist.',
    args: [arg('name', text)],
    default: 'org.keepalived.Vrrp1',
    buildOption: DBUS,
  },
  {
    name: 'dbus_no_interface_name',
    summary: 'Word used in DBus object paths for a VRRP instance that has no interface configured.',
    doc: 'Change it if a real interface happens to be called `none`.',
    args: [arg('name', text)],
    default: 'none',
    since: '2.3.0',
    buildOption: DBUS,
  },

  // ---- interfaces ----
  {
    name: 'dynamic_interfaces',
    summary: 'Allows the configuration to use interfaces that do not exist yet or may be deleted and recreated while keepalived runs.',
    doc: 'Also permits virtual/static routes and rules on VMAC interfaces. With `allow_if_changes`, a recreated interface may even change type or parent; otherwise such changes are treated as configuration errors (e.g. duplicate VRIDs).',
    args: [opt('option', oneOf('allow_if_changes'))],
  },
  {
    name: 'default_interface',
    summary: 'Interface used for static addresses that do not name one with `dev`.',
    args: [arg('interface', iface)],
    default: 'eth0',
  },
  {
    name: 'disable_local_igmp',
    summary: 'Stops the kernel sending IGMP reports for 224.0.0.0/24 groups, as a simpler alternative to firewall rules for VMAC interfaces.',
    doc: 'Clears the igmp_link_local_mcast_reports sysctl; needs Linux 4.3 or later, otherwise keepalived reports that the kernel lacks support.',
    since: '2.2.0',
  },
  {
    name: 'vmac_prefix',
    summary: 'Prefix for the names keepalived generates for VMAC interfaces.',
    doc: 'Only the first definition counts. A missing value aborts parsing.',
    args: [arg('prefix', text)],
    default: 'vrrp',
  },
  {
    name: 'vmac_addr_prefix',
    summary: "Prefix for generated names of VMAC interfaces created for VIPs that are not on the VRRP instance's own interface.",
    doc: 'Only the first definition counts. A missing value aborts parsing.',
    args: [arg('prefix', text)],
    default: 'the vmac_prefix value',
  },

  // ---- VRRP defaults ----
  {
    name: 'vrrp_version',
    summary: 'Default VRRP protocol version for instances that do not set `version`.',
    doc: 'IPv6 instances always use version 3.',
    args: [arg('version', int(2, 3))],
    default: '2',
  },
  {
    name: 'vrrp_mcast_group4',
    summary: 'IPv4 multicast group VRRP adverts are sent to.',
    doc: 'Must be an IPv4 multicast address, otherwise keepalived ignores it. Changing it breaks interoperation with routers that use the standard group.',
    args: [arg('address', mcast4)],
    default: '224.0.0.18',
  },
  {
    name: 'vrrp_mcast_group6',
    summary: 'IPv6 multicast group VRRP adverts are sent to.',
    doc: 'Must be an IPv6 multicast address and should be link-local scope (ff02::/16); other scopes get a warning.',
    args: [arg('address', mcast6)],
    default: 'ff02::12',
  },
  {
    name: 'vrrp_strict',
    summary: 'Enforces strict RFC compliance on all VRRP instances, rejecting configurations the protocol does not allow.',
    doc: 'Among other things: no unicast peers, no authentication, no `preempt_delay`, at least one VIP, no IPv6 VIPs with VRRPv2, MASTER state only with priority 255, and it installs firewall rules (nftables/iptables) that drop traffic to the VIPs unless `accept` is set, which surprises many users. Newer versions read an optional boolean.',
    args: optBool,
  },
  {
    name: 'vrrp_check_unicast_src',
    summary: 'In unicast mode, only accepts adverts whose source address is one of the configured unicast peers.',
  },
  {
    name: 'vrrp_skip_check_adv_addr',
    summary: 'Skips checking the address list of an advert when it comes from the same master as the previous one, saving CPU.',
    doc: 'Versions before 2.3.0 ignore a value after the keyword and always enable it.',
    args: optBool,
  },
  {
    name: 'vrrp_garp_master_delay',
    summary: 'Seconds after becoming MASTER before the second burst of gratuitous ARP / unsolicited NA messages; 0 sends no second burst.',
    doc: 'Whole seconds only.',
    args: [arg('seconds', int(0, MAX_TIMER_SECS))],
    default: '5',
  },
  {
    name: 'vrrp_garp_master_repeat',
    summary: 'Number of gratuitous ARP / unsolicited NA messages sent in each burst after becoming MASTER.',
    doc: '0 is reported and replaced by 1.',
    args: [arg('count', int(1, UINT_MAX))],
    default: '5',
  },
  {
    name: 'vrrp_garp_lower_prio_delay',
    summary: 'Seconds before the second burst of gratuitous ARPs sent by a MASTER that received an advert with a lower priority.',
    args: [arg('seconds', int(0, MAX_TIMER_SECS))],
    default: 'vrrp_garp_master_delay',
  },
  {
    name: 'vrrp_garp_lower_prio_repeat',
    summary: 'Number of gratuitous ARPs per burst sent by a MASTER that received an advert with a lower priority.',
    args: [arg('count', int(0, INT_MAX))],
    default: 'vrrp_garp_master_repeat',
  },
  {
    name: 'vrrp_garp_master_refresh',
    summary: 'Interval in whole seconds at which a MASTER repeats gratuitous ARPs to keep switch caches fresh; 0 disables refreshing.',
    args: [arg('seconds', int(0, UINT_MAX))],
    default: '0',
  },
  {
    name: 'vrrp_garp_master_refresh_repeat',
    summary: 'Number of gratuitous ARP messages sent at each periodic refresh.',
    doc: '0 is reported and replaced by 1.',
    args: [arg('count', int(1, UINT_MAX))],
    default: '1',
  },
  {
    name: 'vrrp_garp_interval',
    summary: 'Pause between consecutive gratuitous ARP messages on one interface, in seconds with microsecond resolution.',
    doc: 'Must be at least 0.000001: `0` is rejected, so omit the keyword to send without delay. Values of 1 second or more are accepted but logged as very large.',
    args: [arg('seconds', num(0.000001, 4294.967295))],
    default: '0 (no pause)',
  },
  {
    name: 'vrrp_gna_interval',
    summary: 'Pause between consecutive unsolicited IPv6 neighbour adverts on one interface, in seconds with microsecond resolution.',
    doc: 'Must be at least 0.000001: `0` is rejected, so omit the keyword to send without delay. Values of 1 second or more are accepted but logged as very large.',
    args: [arg('seconds', num(0.000001, 4294.967295))],
    default: '0 (no pause)',
  },
  {
    name: 'vrrp_min_garp',
    summary: 'Sends a single gratuitous ARP/NA on becoming MASTER with no repeat burst, which is enough for modern switches.',
    doc: 'Only changes the repeat/delay/refresh settings that are still at their defaults.',
    args: optBool,
  },
  {
    name: 'vrrp_garp_extra_if',
    summary: "Periodically sends gratuitous ARP/NA for VIPs on interfaces other than the instance's own, to keep switch MAC caches alive.",
    doc: 'The interval is 1 to 86400 seconds (about a third of the switch cache timeout is sensible). By default only VMAC interfaces are refreshed; `all` covers every interface the instance uses. A missing interval is reported and the line ignored.',
    syntax: 'vrrp_garp_extra_if [all] <seconds 1-86400>',
    freeform: true,
    since: '2.2.3',
    buildOption: 'VMAC (default)',
  },
  {
    name: 'vrrp_vmac_garp_intvl',
    summary: 'Old name of `vrrp_garp_extra_if`: periodic gratuitous ARP/NA on extra interfaces.',
    syntax: 'vrrp_vmac_garp_intvl [all] <seconds 1-86400>',
    freeform: true,
    deprecated: { warns: true, replacement: 'vrrp_garp_extra_if', note: 'Misnamed keyword replaced after 2.2.2; keepalived reports it as deprecated.' },
    buildOption: 'VMAC (default)',
  },
  {
    name: 'vrrp_down_timer_adverts',
    summary: 'Default number of advert intervals a BACKUP waits without adverts before declaring the MASTER down.',
    doc: 'The RFCs fix this at 3; any other value deviates from the protocol, must be identical on all routers of a virtual router, and is rejected with `vrrp_strict`.',
    args: [arg('adverts', int(1, 100))],
    default: '3',
    since: '2.2.3',
  },
  {
    name: 'vrrp_lower_prio_no_advert',
    summary: 'Makes a MASTER stay silent when it receives an advert with a lower priority, as the RFCs before RFC 9568 required.',
    doc: 'Off by default, but forced on by `vrrp_strict`.',
    args: optBool,
  },
  {
    name: 'vrrp_higher_prio_send_advert',
    summary: 'Makes a MASTER that receives a higher-priority advert send one last advert before becoming BACKUP.',
    doc: 'Helps recover from a split brain: the other master then re-sends its gratuitous ARPs (if it uses `garp_lower_prio_repeat`). Not allowed with `vrrp_strict`.',
    args: optBool,
  },
  {
    name: 'v3_checksum_as_v2',
    summary: 'Default for VRRPv3 over IPv4: compute the checksum without the IPv4 pseudo-header, as Cisco, Juniper and RFC 9568 do.',
    doc: "keepalived includes the pseudo-header by default; a mismatch between peers makes each reject the other's adverts as having a bad checksum.",
    args: optBool,
    since: '2.2.8',
  },
  {
    name: 'vrrp_owner_ignore_adverts',
    summary: 'Makes an address owner (priority 255) drop every advert it receives, as the VRRP RFCs literally require.',
    doc: 'keepalived normally processes them so that duplicate address owners sort themselves out; with this set, several owners would all stay MASTER.',
    syntax: 'vrrp_owner_ignore_adverts [<BOOL>]',
    freeform: true,
    since: '2.3.3',
  },
  {
    name: 'vrrp_startup_delay',
    summary: 'Seconds (decimals allowed) to wait after keepalived starts before the VRRP instances start.',
    doc: 'Helps when interfaces such as bonds pass traffic only intermittently right after boot, which could let a lower-priority node become MASTER. Values of 60 seconds or more are logged as very large.',
    args: [arg('seconds', num(0.001, 4294.967295))],
  },
  {
    name: 'vrrp_delay_after_boot',
    summary: 'Delays starting the VRRP instances until at least this many seconds after the system booted.',
    doc: 'Unlike `vrrp_startup_delay`, a later restart of keepalived is not delayed; when both are set the longer delay wins.',
    args: [arg('seconds', num())],
    since: '2.4.0',
  },
  {
    name: 'log_unknown_vrids',
    summary: 'Logs received adverts for virtual router IDs that are not configured on the receiving interface.',
    doc: 'Handy for finding VRID clashes with other routers on the segment.',
  },

  // ---- firewall ----
  {
    name: 'nftables',
    summary: 'Uses nftables, in the named table, for the firewall rules keepalived needs (no_accept mode, filtering on VMAC interfaces).',
    doc: 'The table must not already exist and must differ between keepalived instances in one namespace. Wins over `vrrp_iptables` if both are given; only the first definition counts.',
    args: [opt('table', nftTable)],
    default: 'table keepalived',
    buildOption: NFTABLES,
  },
  {
    name: 'nftables_priority',
    summary: 'Priority of the base chains keepalived creates in its nftables table.',
    args: [arg('priority', int(INT32_MIN, INT_MAX))],
    default: '-1',
    buildOption: NFTABLES,
  },
  {
    name: 'nftables_ifindex',
    summary: 'Keys the IPv6 link-local nftables sets by interface index rather than interface name.',
    doc: 'Index keys are already used unless an instance sets `dont_track_primary`; name keys print badly with nft before 0.8.3.',
    buildOption: NFTABLES,
  },
  {
    name: 'nftables_counters',
    summary: 'Adds counters to the nftables rules keepalived creates, mainly for debugging.',
    buildOption: NFTABLES,
  },
  {
    name: 'nftables_ipvs',
    summary: 'Uses nftables, in the named table, to set the firewall marks that let each virtual server group be one IPVS service.',
    args: [opt('table', nftTable)],
    default: 'table keepalived_ipvs',
    buildOption: NFTABLES,
  },
  {
    name: 'nftables_ipvs_priority',
    summary: "Priority of the base chains in keepalived's IPVS nftables table.",
    args: [arg('priority', int(INT32_MIN, INT_MAX))],
    default: '-1',
    buildOption: NFTABLES,
  },
  {
    name: 'nftables_ipvs_start_fwmark',
    summary: 'First firewall mark keepalived allocates to virtual server groups; each further group takes the next number.',
    args: [arg('fwmark', int(1, UINT_MAX))],
    default: '1000',
    buildOption: NFTABLES,
  },
  {
    name: 'vrrp_iptables',
    summary: "Uses iptables chains (an input chain and optionally an output chain) for keepalived's firewall rules.",
    doc: 'The chains must already exist and be called from the main chains (a `startup_script` can do that). Without names INPUT/OUTPUT are used, which is discouraged. A keepalived built without iptables support reports the keyword and uses nftables instead; prefer `nftables` on current systems.',
    args: [opt('inChain', text), opt('outChain', text)],
    default: 'INPUT (and OUTPUT)',
    buildOption: 'iptables (--enable-iptables), or nftables as a fallback',
    deprecated: {
      replacement: 'nftables',
      warns: true,
      note: 'Distribution packages (Debian, Ubuntu, RHEL) are built with nftables and without iptables: keepalived reports the keyword and uses nftables instead.',
    },
  },
  {
    name: 'vrrp_ipsets',
    summary: 'Names of the ipsets keepalived maintains alongside its iptables rules; without names ipsets are not used.',
    doc: 'Names not given are derived from the previous ones (adding 6, _if6, _igmp, _mld...). All names must be different. Only relevant with `vrrp_iptables`; prefer `nftables`.',
    args: [opt('address', text), opt('address6', text), opt('addressIface6', text), opt('igmp', text), opt('mld', text), opt('vmacNd', text)],
    buildOption: 'iptables with ipset support (libipset)',
    deprecated: {
      replacement: 'nftables',
      warns: true,
      note: 'Only meaningful with iptables; distribution packages are built with nftables instead and report the keyword.',
    },
  },

  // ---- netlink / receive buffers ----
  ...rcvBufs('vrrp_netlink_cmd', "the VRRP process's netlink command socket"),
  ...rcvBufs('vrrp_netlink_monitor', "the VRRP process's netlink monitoring socket"),
  ...rcvBufs('process_monitor', 'the process-event socket used by track_process'),
  ...rcvBufs('lvs_netlink_cmd', "the checker process's netlink command socket"),
  ...rcvBufs('lvs_netlink_monitor', "the checker process's netlink monitoring socket"),
  {
    name: 'vrrp_rx_bufs_policy',
    summary: 'How the receive buffer of VRRP sockets is sized: from interface MTUs, from advert sizes, or a fixed byte count.',
    doc: 'With `MTU` or `ADVERT` the size is that value times `vrrp_rx_bufs_multiplier`, summed over the instances on the socket. MTU and ADVERT together keep only MTU; a number together with a policy keeps only the number.',
    syntax: 'vrrp_rx_bufs_policy MTU|ADVERT|<bytes>',
    freeform: true,
    default: 'the system default (rmem_default)',
  },
  {
    name: 'vrrp_rx_bufs_multiplier',
    summary: 'Multiplier applied by the MTU and ADVERT receive-buffer policies.',
    doc: 'Exactly one value is accepted.',
    args: [arg('multiplier', int(1, UINT_MAX))],
    default: '3',
  },

  // ---- LVS ----
  {
    name: 'lvs_timeouts',
    summary: 'Sets the IPVS connection timeouts for TCP, TCP FIN-WAIT and UDP, in seconds.',
    doc: 'Give at least one `tcp`, `tcpfin` or `udp` followed by a value from 0 to 2678400 (31 days); timeouts not given keep their current kernel value.',
    syntax: 'lvs_timeouts [tcp <secs>] [tcpfin <secs>] [udp <secs>]',
    freeform: true,
    insertArgs: '${1|tcp,tcpfin,udp|} ${2:seconds}',
    repeatable: true,
  },
  {
    name: 'lvs_flush',
    summary: 'Clears any existing IPVS configuration when keepalived starts.',
  },
  {
    name: 'lvs_flush_on_stop',
    summary: 'Clears the whole IPVS table when keepalived stops, much faster than removing each server for large configurations.',
    doc: 'With `VS` only the virtual servers keepalived manages are removed, and the kernel drops their real servers with them. The option word is case-sensitive.',
    args: [opt('scope', oneOf('VS'))],
    since: '2.2.0',
  },
  {
    name: 'lvs_flush_onstop',
    summary: 'Old spelling of `lvs_flush_on_stop`.',
    args: [opt('scope', oneOf('VS'))],
    deprecated: { replacement: 'lvs_flush_on_stop', note: 'Replaced after 2.1.5; still accepted without a message.' },
  },
  {
    name: 'lvs_sync_daemon',
    summary: 'Runs the IPVS connection-synchronisation daemon on an interface, optionally following the state of a VRRP instance.',
    doc: "Options: `inst <vrrp_instance>`, `id <0-255>` (default: that instance's VRID), `maxlen <1-65507>`, `port <1-65535>` (default 8848), `ttl <1-255>`, `group <multicast address>` (default 224.0.0.81). Without an instance both master and backup daemons run. The old form `<if> <instance> [<syncid>]` still works but a bare sync id is reported. Only the first definition counts.",
    syntax: 'lvs_sync_daemon <interface> [[inst] <vrrp_instance>] [id <syncid>] [maxlen <len>] [port <port>] [ttl <ttl>] [group <address>]',
    freeform: true,
  },
];

export const blocks: BlockDef[] = [
  {
    id: 'global_defs',
    title: 'global definitions',
    summary:
      'Daemon-wide settings: identity and e-mail alerts, scripts and FIFOs, process tuning, firewall choice, SNMP/DBus, and defaults inherited by VRRP instances and LVS.',
    keywords: globalDefs,
  },
];

/** The six per-process tuning keywords shared by the vrrp, checker and bfd processes. */
function processTuning(prefix: 'vrrp' | 'checker' | 'bfd', what: string): KeywordDef[] {
  return [
    {
      name: `${prefix}_priority`,
      summary: `Nice value of the ${what} process; negative values give it more CPU.`,
      args: [arg('nice', int(-20, 19))],
    },
    {
      name: `${prefix}_no_swap`,
      summary: `Locks the memory of the ${what} process so it is never swapped out.`,
    },
    {
      name: `${prefix}_rt_priority`,
      summary: `Runs the ${what} process with real-time (SCHED_RR) scheduling at this priority.`,
      doc: 'Values outside the system range (normally 1 to 99) are reported and clamped. Consider the matching `_rlimit_rttime` too.',
      args: [arg('priority', int(1, 99))],
    },
    {
      name: `${prefix}_cpu_affinity`,
      summary: `Pins the ${what} process to the listed CPU numbers.`,
      doc: 'CPU ids count from 0 and must be below the number of online CPUs; one invalid id cancels the whole setting.',
      args: [many('cpu', int(0))],
    },
    {
      name: `${prefix}_rlimit_rttime`,
      summary: `CPU time, in microseconds, the ${what} process may use under real-time scheduling without a blocking call before the kernel intervenes.`,
      doc: 'A value of 1 is raised to 2. Slow machines may need more than the default.',
      args: [arg('microseconds', int(1, UINT_MAX))],
      default: '10000',
      since: '2.1.0',
    },
    {
      name: `${prefix}_rlimit_rtime`,
      summary: `Misspelt old name of \`${prefix}_rlimit_rttime\`.`,
      args: [arg('microseconds', int(1, UINT_MAX))],
      deprecated: { warns: true, replacement: `${prefix}_rlimit_rttime`, note: 'Renamed in February 2020 (2.1.0); keepalived logs a deprecation message.' },
    },
  ];
}

/** A notify FIFO keyword and the keyword for the script that reads it. */
function fifoKeywords(prefix: '' | 'vrrp_' | 'lvs_', events: string, fifo: string): KeywordDef[] {
  return [
    {
      name: `${prefix}notify_fifo`,
      summary: `Named pipe to which keepalived writes one line per event for ${events}.`,
      doc: 'More efficient than notify scripts and keeps events in order. Each FIFO name must be different; only the first definition counts. The optional user/group own the FIFO.',
      args: [arg('fifo', path), ...runAs],
    },
    {
      name: `${prefix}notify_fifo_script`,
      summary: `Script keepalived starts to read ${fifo}; the FIFO path is passed to it as its last argument.`,
      args: [arg('script', command), ...runAs],
    },
  ];
}

/** A netlink/socket receive-buffer size and its `_force` companion. */
function rcvBufs(stem: string, socket: string): KeywordDef[] {
  return [
    {
      name: `${stem}_rcv_bufs`,
      summary: `Receive buffer size in bytes for ${socket}.`,
      doc: 'Only needed for very large configurations that log netlink receive buffer overruns. 0 is silently ignored; sizes above net.core.rmem_max need the `_force` keyword.',
      args: [arg('bytes', int(0, UINT_MAX))],
    },
    {
      name: `${stem}_rcv_bufs_force`,
      summary: `Sets the buffer of ${socket} with SO_RCVBUFFORCE, so it may exceed net.core.rmem_max.`,
      args: optBool,
    },
  ];
}
