/** keepalived 2.2.7 messages: The reader (lib/parser.c) and the helpers it shares with the daemons. See ./types.ts. */
import { type MessageRow, conf, inGlobal, inInstance, rowsOf } from './types';

const F0 = rowsOf('lib/parser.c');
const F1 = rowsOf('lib/utils.c');
const F2 = rowsOf('lib/notify.c');
const F3 = rowsOf('keepalived/core/main.c');

export const parserMessages: readonly MessageRow[] = [
  // ---- lib/parser.c
  F0.no(
    'Cannot open config directory %s for writing, errno %d - %m',
    'internal',
    'keepalived could not write its copy of the configuration for the child processes (a file system problem, not the file).',
  ), // 376 use_disk_copy_for_config
  F0.no('Unable to config to new disk file on %s', 'internal', 'keepalived could not write its copy of the configuration for the child processes.'), // 391 use_disk_copy_for_config (log)
  F0.no('fdopen of disk file error %d - %m', 'internal', 'A system call failed while copying the configuration.'), // 398 use_disk_copy_for_config (log)
  F0.yes(
    '*** Configuration line starting `%s` is missing a parameter after keyword `%s` at word position %zu',
    'argument-missing',
    3,
    conf`
    vrrp_instance VI_1 {
        interface eth0
        priority
    }
  `,
  ), // 423 null_strvec
  F0.no(
    '*** Configuration line starting `%s` is missing a parameter at word position %zu',
    'internal',
    'Printed only when a handler asks for word 0 or a word after an empty slot; every handler in 2.2.7 asks for a word after the keyword, so the other form is printed.',
  ), // 425 null_strvec
  F0.yes("%sinvalid number '%s'", 'argument-value', 2, inGlobal('vrrp_garp_master_repeat x')), // 447,487,527,604 __attribute__
  F0.yes("%snumber '%s' outside integer range", 'argument-value', 2, inGlobal('max_auto_priority 99999999999')), // 449 __attribute__
  F0.yes("number '%s' outside range [%d, %d]", 'argument-value', 2, inGlobal('max_auto_priority 200')), // 451 __attribute__
  F0.yes("%snegative number '%s'", 'argument-value', 2, inGlobal('vrrp_garp_master_repeat -1')), // 485,525,566 __attribute__
  F0.yes("%snumber '%s' outside unsigned integer range", 'argument-value', 2, inGlobal('vrrp_garp_master_repeat 99999999999')), // 489 __attribute__
  F0.yes(
    "%snumber '%s' outside range [%u, %u]",
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
  ), // 491 __attribute__
  F0.yes(
    "%snumber '%s' outside unsigned 64 bit range",
    'rule-invalid',
    2,
    conf`
    static_rules {
        from 192.0.2.0/24 table 100 preference 5 tunnel-id 18446744073709551616
    }
  `,
  ), // 529 __attribute__
  F0.no(
    "number '%s' outside range [%lu, %lu]",
    'internal',
    'Every 64-bit number keepalived 2.2.7 reads may take the whole 64-bit range, so only "outside unsigned 64 bit range" can be printed.',
  ), // 531 __attribute__
  F0.yes("%snumber '%s' has too many decimal places", 'garp-interval', 2, inGlobal('vrrp_garp_interval 0.0000001')), // 574 read_decimal_unsigned_long_func
  F0.yes("%snumber '%s' outside unsigned decimal range", 'garp-interval', 2, inGlobal('vrrp_garp_interval 99999999999999999999999')), // 610 read_decimal_unsigned_long_func
  F0.yes("%snumber '%s' outside range [%lu.%*.*lu, %lu.%*.*lu]", 'garp-interval', 2, inGlobal('vrrp_garp_interval 5000')), // 617 read_decimal_unsigned_long_func
  F0.yes('Too many parameters or extra text for ${_RANDOM %.*s}', 'random-parameters', 4, inInstance().replace('priority 100', 'priority ${_RANDOM 1 2 3}'), {
    unlined: true,
    atStart: true,
  }), // 996 get_random (log)
  F0.yes("String '%s': missing terminating %c", 'script-quote', 8, inInstance(`notify_master "/bin/echo 'MASTER"`)), // 1048 alloc_strvec_quoted_escaped
  F0.no(
    "Missing escape char at end: '%s'",
    'internal',
    'Not printed in practice: a backslash at the end of a line continues the line when keepalived reads it, and a script line ending in one crashes keepalived 2.2.7 -t before this check.',
  ), // 1068 alloc_strvec_quoted_escaped (log)
  F0.yes("Unmatched quote: '%s'", 'unterminated-quote', 2, inGlobal('router_id "lb1')), // 1193 alloc_strvec_r
  F0.no('LST parameters: %s', 'option', 'Parser debugging output: only in builds made with parser debugging, and only with its command-line option.'), // 1230 dump_seq_lst (log)
  F0.no('    values:     %s', 'option', 'Parser debugging output: only in builds made with parser debugging, and only with its command-line option.'), // 1239 dump_seq_lst (log)
  F0.no(
    "SEQ: %s => 0x%lx -> 0x%lx step %ld: '%s'",
    'option',
    'Parser debugging output: only in builds made with parser debugging, and only with its command-line option.',
  ), // 1254 dump_seqs (log)
  F0.no(
    "SEQ: %s => %ld -> %ld step %ld: '%s'",
    'option',
    'Parser debugging output: only in builds made with parser debugging, and only with its command-line option.',
  ), // 1256 dump_seqs (log)
  F0.no('%s', 'option', 'Parser debugging output: only in builds made with parser debugging, and only with its command-line option.'), // 1258,1595 dump_seqs (log)
  F0.yes(
    "Invalid ~SEQ definition '%s'",
    'invalid-sequence',
    1,
    conf`
    ~SEQ(I) global_defs {
    }
  `,
  ), // 1350,1384,1399,1406 add_seq
  F0.yes("~SEQ parameter strings too long '%s'", 'invalid-sequence', 1, `~SEQ(I, 1, 2, ${'1'.repeat(300)}) global_defs {\n}\n`), // 1359 add_seq
  F0.no(
    "~SEQ parameter is multiline definition '%s'",
    'internal',
    "Unreachable in 2.2.7: a multi-line $definition is expanded only at the end of a line, and the parameter text keepalived expands here always ends with the ~SEQ's ')'.",
  ), // 1366 add_seq
  F0.yes(
    "Invalid ~SEQ values '%s'",
    'invalid-sequence',
    1,
    conf`
    ~SEQ(I, 1, 0, 3) global_defs {
    }
  `,
  ), // 1418 add_seq
  F0.yes(
    "~SEQx is only valid for positive numbers '%s'",
    'invalid-sequence',
    1,
    conf`
    ~SEQx(I, -3, -1) global_defs {
    }
  `,
  ), // 1424 add_seq
  F0.yes(
    "~LST specification has too many values '%s'",
    'invalid-sequence',
    1,
    conf`
    ~LST({A}, {1,2}) global_defs {
    }
  `,
  ), // 1544 add_lst
  F0.no("Defn %s = '%s'", 'option', 'Parser debugging output: only in builds made with parser debugging, and only with its command-line option.'), // 1594 dump_definitions (log)
  F0.yes(
    "Config files missing '%s'.",
    'include-missing',
    1,
    conf`
    include /nonexistent-keepalived-dir/*.conf
  `,
  ), // 1692 open_and_check_glob
  F0.yes(
    "No config files matched '%s'.",
    'include-no-match',
    1,
    conf`
    includew /*.keepalived-no-such-file
  `,
  ), // 1694,1697,2411 open_and_check_glob
  F0.no(
    'Error reading config file(s): glob("%s") returned %d, skipping.',
    'internal',
    'glob() failed (out of memory, or a directory read error) while expanding an include.',
  ), // 1700 open_and_check_glob
  F0.yes(
    'Some config files missing: "%s".',
    'include-missing',
    1,
    conf`
    include /{etc,nonexistent-keepalived-dir}
  `,
  ), // 1707 open_and_check_glob
  F0.yes(
    "Configuration file '%s' is a directory - skipping",
    'include-unreadable',
    1,
    conf`
    include /etc
  `,
  ), // 1726 check_glob_file
  F0.yes(
    "Configuration file '%s' is not a regular non-executable file - skipping",
    'include-unreadable',
    1,
    conf`
    include /dev/null
  `,
  ), // 1735 check_glob_file
  F0.no(
    'Unable to read configuration file %s',
    'host',
    'About the main file named on the command line (not readable); keepalived-lint refuses to lint a file it cannot read.',
  ), // 1760 check_conf_file
  F0.no(
    'WARNING, multiple configuration file matches of %s, starting with %s',
    'option',
    'The main file given with -f is a wildcard that matches several files.',
  ), // 1770 check_conf_file
  F0.no('Unable to find configuration file %s', 'host', 'The main file named on the command line does not exist; keepalived-lint refuses such a path.'), // 1772 check_conf_file
  F0.yes(
    "Parameter substitution on line '%s' would exceed maximum line length",
    'substitution-overflow',
    3,
    `$A=${'x'.repeat(1015)}\nglobal_defs {\n    router_id ${'$'}{A}\n}\n`,
    { atStart: true, unlined: true },
  ), // 1949 replace_param (log)
  F0.no("Definition %s now '%s'", 'option', 'Parser debugging output: only in builds made with parser debugging, and only with its command-line option.'), // 2039 set_definition (log)
  F0.yes("Unterminated quote '%s'", 'unterminated-quote', 2, inGlobal('router_id "lb1')), // 2208 decomment
  F0.no(
    "Configuration file '%s' open problem (%s) - skipping",
    'host',
    'An included file exists but cannot be opened (permissions): it depends on the machine, and keepalived runs as root.',
  ), // 2305 open_conf_file
  F0.no("Opening file '%s'.", 'option', 'Printed with --log-detail for every file read.'), // 2311 open_conf_file (log)
  F0.no('chdir(%s) error (%s)', 'internal', 'keepalived could not change into the directory of an included file it has just opened.'), // 2332,2644 open_conf_file
  F0.no('%s - no matching file', 'internal', 'Unreachable in 2.2.7: a pattern without matches is reported (or skipped) before this point.'), // 2363 open_glob_file
  F0.no('Failed to restore previous directory after include', 'internal', 'A system call failed after reading an included file.'), // 2398,2654 end_file (log)
  F0.no(
    'include%c not supported - treating as includer',
    'build',
    'Only with a C library whose glob() lacks GLOB_ALTDIRFUNC (e.g. musl): includem/includeb/includea then act as includer.',
  ), // 2486 check_include
  F0.no(
    "Processing seq %ld of %s for '%s'",
    'option',
    'Parser debugging output: only in builds made with parser debugging, and only with its command-line option.',
  ), // 2538 read_line (log)
  F0.no("Removing seq %s for '%s'", 'option', 'Parser debugging output: only in builds made with parser debugging, and only with its command-line option.'), // 2547 read_line (log)
  F0.no("Processing lst %s = '%s'", 'option', 'Parser debugging output: only in builds made with parser debugging, and only with its command-line option.'), // 2557 read_line (log)
  F0.no('Removing lst', 'option', 'Parser debugging output: only in builds made with parser debugging, and only with its command-line option.'), // 2566 read_line (log)
  F0.no('%.*s', 'covered', 'A child process repeating an include message (above) that the parent wrote into the configuration copy it hands over.'), // 2620 read_line
  F0.yes(
    "Invalid ~SEQ specification '%s'",
    'invalid-sequence',
    1,
    conf`
    ~SEQ(I, 1, 0, 3) global_defs {
    }
  `,
  ), // 2789 read_line
  F0.yes(
    "Invalid ~LST specification '%s'",
    'invalid-sequence',
    1,
    conf`
    ~LST(A B) global_defs {
    }
  `,
  ), // 2792 read_line
  F0.yes(
    "Extra '}' found",
    'extra-close-brace',
    3,
    conf`
    global_defs {
    }
    }
  `,
  ), // 2868 read_line
  F0.no("read_line(%d): '%s'", 'option', 'Parser debugging output: only in builds made with parser debugging, and only with its command-line option.'), // 2876 read_line (log)
  F0.yes(
    'Block %s has extra parameters %s ...',
    'value-block-arguments',
    4,
    conf`
    vrrp_instance VI_1 {
        interface eth0
        virtual_router_id 51
        virtual_ipaddress 192.0.2.10/24
        {
            192.0.2.11/24
        }
    }
  `,
  ), // 2910 void
  F0.yes(
    "'%s' missing from beginning of block %s",
    'missing-open-brace',
    4,
    conf`
    vrrp_instance VI_1 {
        interface eth0
        virtual_router_id 51
        virtual_ipaddress
            192.0.2.10/24
        }
    }
  `,
    { atStart: true, unlined: true },
  ), // 2934 void (log)
  F0.yes(
    "Missing '%s' at beginning of configuration block",
    'missing-open-brace',
    2,
    conf`
    global_defs
        router_id lb1
    }
  `,
    { ourLine: 1, note: 'keepalived notices the missing { on the line after the keyword; we point at the keyword that needs it.' },
  ), // 3033 process_stream
  F0.yes(
    "Unexpected '%s' - ignoring",
    'unexpected-open-brace',
    2,
    conf`
    global_defs {
        local_address_group {
        }
    }
  `,
  ), // 3036 process_stream
  F0.yes("Unknown keyword '%s'", 'unknown-keyword', 8, inInstance('priorty 100')), // 3098 process_stream
  F0.no(
    'SELinux permissions for memfd (tmpfs) appear to be missing for keepalived',
    'internal',
    'keepalived could not make or read the in-memory copy of the configuration it hands to its child processes.',
  ), // 3158 init_data (log)
  F0.no(
    'read from memfd failed with errno %d - %m',
    'internal',
    'keepalived could not make or read the in-memory copy of the configuration it hands to its child processes.',
  ), // 3160 init_data (log)
  F0.no(
    'conf_copy open error %d - %m',
    'internal',
    'keepalived could not make or read the in-memory copy of the configuration it hands to its child processes.',
  ), // 3173 init_data (log)
  F0.no(
    'fdopen of conf_copy fd error %d - %m',
    'internal',
    'keepalived could not make or read the in-memory copy of the configuration it hands to its child processes.',
  ), // 3177 init_data (log)
  F0.no(
    'Failed to truncate config copy file (%d) - %m',
    'internal',
    'keepalived could not make or read the in-memory copy of the configuration it hands to its child processes.',
  ), // 3181 init_data (log)
  F0.no(
    'rewind config file failed (%d) - %m',
    'internal',
    'keepalived could not make or read the in-memory copy of the configuration it hands to its child processes.',
  ), // 3203 init_data (log)
  F0.no('Configuration file %s', 'runtime', 'Names the file being read when keepalived starts; not a finding.'), // 3215 init_data (log)
  F0.no('Failed to open configuration file', 'host', 'The main file cannot be opened; keepalived-lint refuses a file it cannot read.'), // 3217 init_data
  F0.yes(
    "There are %d missing '%s's or extra '%s's",
    'missing-close-brace',
    1,
    conf`
    global_defs {
        router_id lb1
  `,
    { unlined: true },
  ), // 3229 init_data
  F0.no(
    'Unable to open config copy file (%d) - %m',
    'internal',
    'keepalived could not make or read the in-memory copy of the configuration it hands to its child processes.',
  ), // 3279 set_config_fd (log)
  F0.yes("Duplicate include_check '%s' specified - ignoring", 'argument-value', 2, inGlobal('include_check read match')), // 3306 include_check_set
  F0.yes("Unknown include_check type '%s' - ignoring", 'argument-value', 2, inGlobal('include_check readable')), // 3321 include_check_set
  F0.no("include_check type '%s' - not supported, treating as 'read'", 'build', 'Only with a C library whose glob() lacks GLOB_ALTDIRFUNC (e.g. musl).'), // 3325 include_check_set
  F0.no("include_check type '%s' - not supported, ignoring", 'build', 'Only with a C library whose glob() lacks GLOB_ALTDIRFUNC (e.g. musl).'), // 3328 include_check_set
  F0.no('No conf_copy', 'internal', 'keepalived could not make or read the in-memory copy of the configuration it hands to its child processes.'), // 3361 separate_config_file (log)
  F0.no(
    'Failed to open %s for conf_copy',
    'internal',
    'keepalived could not make or read the in-memory copy of the configuration it hands to its child processes.',
  ), // 3370 separate_config_file (log)
  // ---- lib/utils.c
  F1.yes("%sVirtual server group range '%s' has extra characters at end '%s'", 'vsg-entry-invalid', 2, 'virtual_server_group G {\n    10.0.0.5-7x 80\n}\n', {
    note: 'keepalived -t skips the entry; a running keepalived only warns and ends the range at the number.',
  }), // 476 inet_stor
  F1.yes("Virtual server group range '%s' end '%s' too large", 'vsg-entry-invalid', 2, 'virtual_server_group G {\n    10.0.0.5-256 80\n}\n'), // 480 inet_stor
  // ---- lib/notify.c
  F2.no('Unable to set default user %s for script', 'host', 'The default script user (keepalived_script, or root) does not exist on this machine.'), // 990 get_default_script_user
  // ---- keepalived/core/main.c
  F3.yes(
    'SECURITY VIOLATION - start/shutdown scripts are being executed but script_security not enabled.%s',
    'script-security',
    2,
    inGlobal('startup_script /bin/true'),
    { unlined: true },
  ), // 869,2719 reload_config
];
