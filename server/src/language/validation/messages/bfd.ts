/** keepalived 2.2.7 messages: BFD instances and tracked files (keepalived/bfd, keepalived/trackers). See ./types.ts. */
import { type MessageRow, conf, rowsOf } from './types';

const F0 = rowsOf('keepalived/bfd/bfd_parser.c');
const F1 = rowsOf('keepalived/bfd/bfd_data.c');
const F2 = rowsOf('keepalived/trackers/track_file.c');

export const bfdMessages: readonly MessageRow[] = [
  // ---- keepalived/bfd/bfd_parser.c
  F0.yes(
    'Configuration error: BFD instance %s has malformed %s address %s, ignoring instance',
    'argument-value',
    2,
    conf`
    bfd_instance b1 {
        neighbor_ip x
    }
  `,
  ), // 93 bfd_nbrip_handler
  F0.yes(
    'Configuration error: BFD instance %s has malformed source address %s, ignoring',
    'argument-value',
    3,
    conf`
    bfd_instance b1 {
        neighbor_ip 192.0.2.12
        source_ip x
    }
  `,
  ), // 119 bfd_srcip_handler
  F0.yes(
    'Configuration error: BFD instance %s min_rx value %s is not valid (must be in range [%u-%u]), ignoring',
    'argument-value',
    3,
    conf`
    bfd_instance b1 {
        neighbor_ip 192.0.2.12
        min_rx 0
    }
  `,
  ), // 142 bfd_minrx_handler
  F0.yes(
    'Configuration warning: BFD instance %s min_rx value %s is larger than max sensible (%u)',
    'argument-value',
    3,
    conf`
    bfd_instance b1 {
        neighbor_ip 192.0.2.12
        min_rx 20000
    }
  `,
    { atStart: true, unlined: true },
  ), // 152 bfd_minrx_handler (log)
  F0.yes(
    'Configuration error: BFD instance %s min_tx value %s is not valid (must be in range [%u-%u]), ignoring',
    'argument-value',
    3,
    conf`
    bfd_instance b1 {
        neighbor_ip 192.0.2.12
        min_tx 0
    }
  `,
  ), // 170 bfd_mintx_handler
  F0.yes(
    'Configuration warning: BFD instance %s min_tx value %s is larger than max sensible (%u)',
    'argument-value',
    3,
    conf`
    bfd_instance b1 {
        neighbor_ip 192.0.2.12
        min_tx 20000
    }
  `,
    { atStart: true, unlined: true },
  ), // 180 bfd_mintx_handler (log)
  F0.yes(
    'Configuration error: BFD instance %s idle_tx value %s is not valid (must be in range [%u-%u]), ignoring',
    'argument-value',
    3,
    conf`
    bfd_instance b1 {
        neighbor_ip 192.0.2.12
        idle_tx 0
    }
  `,
  ), // 198 bfd_idletx_handler
  F0.yes(
    'Configuration warning: BFD instance %s idle_tx value %s is larger than max sensible (%u)',
    'argument-value',
    3,
    conf`
    bfd_instance b1 {
        neighbor_ip 192.0.2.12
        idle_tx 20000
    }
  `,
    { atStart: true, unlined: true },
  ), // 208 bfd_idletx_handler (log)
  F0.yes(
    'Configuration error: BFD instance %s multiplier value %s not valid (must be in range [%u-%u]), ignoring',
    'argument-value',
    3,
    conf`
    bfd_instance b1 {
        neighbor_ip 192.0.2.12
        multiplier 0
    }
  `,
  ), // 226 bfd_multiplier_handler
  F0.yes(
    'Configuration error: BFD instance %s ttl/hoplimit value %s not valid (must be in range [1-%d]), ignoring',
    'argument-value',
    3,
    conf`
    bfd_instance b1 {
        neighbor_ip 192.0.2.12
        ttl 0
    }
  `,
  ), // 260 bfd_ttl_handler
  F0.yes(
    'Configuration error: BFD instance %s max_hops value %s not valid (must be in range [-1-%d]), ignoring',
    'argument-value',
    3,
    conf`
    bfd_instance b1 {
        neighbor_ip 192.0.2.12
        max_hops 300
    }
  `,
  ), // 281 bfd_maxhops_handler
  F0.yes(
    'Configuration error: BFD instance %s has no %s address set, disabling instance',
    'bfd-instance-invalid',
    3,
    conf`
    bfd_instance b1 {
        min_rx 100
    }
  `,
    { ourLine: 1, note: 'keepalived checks at the end of the bfd_instance and names its closing brace; we point at its name.' },
  ), // 320 bfd_end_handler
  F0.yes(
    'Configuration error: BFD instance %s source address %s and %s address %s are not of the same family, disabling instance',
    'bfd-instance-invalid',
    4,
    conf`
    bfd_instance b1 {
        source_ip 192.0.2.11
        neighbor_ip 2001:db8::2
    }
  `,
    { ourLine: 2, note: 'keepalived checks at the end of the bfd_instance and names its closing brace; we point at source_ip.' },
  ), // 330 bfd_end_handler
  F0.yes(
    'Configuration error: BFD instance %s has duplicate source/%s address %s/%s, ignoring instance',
    'bfd-instance-invalid',
    8,
    conf`
    bfd_instance b1 {
        source_ip 192.0.2.11
        neighbor_ip 192.0.2.13
    }
    bfd_instance b2 {
        source_ip 192.0.2.11
        neighbor_ip 192.0.2.13
    }
  `,
    { ourLine: 7, note: 'keepalived checks at the end of the bfd_instance and names its closing brace; we point at the second neighbor_ip.' },
  ), // 344 bfd_end_handler
  F0.yes(
    'Configuration error: BFD instance %s has duplicate %s address %s, ignoring instance',
    'bfd-instance-invalid',
    6,
    conf`
    bfd_instance b1 {
        neighbor_ip 192.0.2.12
    }
    bfd_instance b2 {
        neighbor_ip 192.0.2.12
    }
  `,
    { ourLine: 5, note: 'keepalived checks at the end of the bfd_instance and names its closing brace; we point at the second neighbor_ip.' },
  ), // 349 bfd_end_handler
  F0.yes(
    'BFD instance %s: max_hops exceeds ttl/hoplimit - setting to ttl/hoplimit',
    'bfd-instance-invalid',
    5,
    conf`
    bfd_instance b1 {
        neighbor_ip 192.0.2.12
        ttl 10
        max_hops 20
    }
  `,
    { ourLine: 4, note: 'keepalived checks at the end of the bfd_instance and names its closing brace; we point at max_hops.' },
  ), // 360 bfd_end_handler
  F0.yes(
    'Configuration error: BFD instance %s weight value %s not valid (must be in range [%d-%d]), ignoring',
    'track-weight-range',
    3,
    conf`
    bfd_instance b1 {
        neighbor_ip 192.0.2.12
        weight 300
    }
  `,
  ), // 412 bfd_vrrp_weight_handler
  F0.yes(
    'Configuration error: BFD instance %s unknown weight option %s',
    'track-weight-range',
    3,
    conf`
    bfd_instance b1 {
        neighbor_ip 192.0.2.12
        weight 5 bar
    }
  `,
  ), // 421 bfd_vrrp_weight_handler
  F0.no(
    'BFD %s already specified',
    'internal',
    'Unreachable from a file in 2.2.7: the checker process reads BFD names once; a second definition is reported by vrrp_track.c and bfd_data.c (duplicate-name).',
  ), // 450 bfd_checker_handler
  // ---- keepalived/bfd/bfd_data.c
  F1.yes(
    'Configuration error: BFD instance %s name too long (maximum length is %zu characters) - ignoring',
    'bfd-instance-invalid',
    1,
    conf`
    bfd_instance abcdefghijabcdefghijabcdefghij12 {
        neighbor_ip 192.0.2.12
    }
  `,
  ), // 53 alloc_bfd
  F1.yes(
    'Configuration error: BFD instance %s already configured - ignoring',
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
  ), // 61 alloc_bfd
  // ---- keepalived/trackers/track_file.c
  F2.yes(
    '(%s) track file %s not found, ignoring...',
    'undefined-reference',
    9,
    conf`
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
  `,
  ), // 127 vrrp_alloc_track_file
  F2.yes(
    '(%s) duplicate track_file %s - ignoring',
    'track-entry-invalid',
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
        track_file {
            tf
            tf
        }
    }
  `,
  ), // 135 vrrp_alloc_track_file
  F2.yes(
    '(%s) unknown track file option %s - ignoring',
    'track-entry-invalid',
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
            tf wieght 5
        }
    }
  `,
  ), // 145 vrrp_alloc_track_file
  F2.yes(
    '(%s) weight without value specified for track file %s - ignoring',
    'track-entry-invalid',
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
            tf weight
        }
    }
  `,
  ), // 151 vrrp_alloc_track_file
  F2.yes(
    '(%s) weight for track file %s must be in [-254..254] inclusive. Ignoring...',
    'track-weight-range',
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
            tf weight 300
        }
    }
  `,
  ), // 158 vrrp_alloc_track_file
  F2.yes(
    '(%s) unknown track file %s weight option %s - ignoring',
    'track-entry-invalid',
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
            tf weight 5 revers
        }
    }
  `,
  ), // 169 vrrp_alloc_track_file
  F2.yes(
    '"vrrp_track_file" is deprecated, please use "track_file"',
    'deprecated-keyword',
    1,
    conf`
    vrrp_track_file tf {
        file /tmp/tf
    }
    vrrp_instance VI_1 {
        interface eth0
        virtual_router_id 51
        virtual_ipaddress {
            192.0.2.10/24
        }
        track_file {
            tf
        }
    }
  `,
    { atStart: true, unlined: true },
  ), // 208 vrrp_track_file_handler (log)
  F2.yes(
    'track file file name missing',
    'argument-missing',
    2,
    conf`
    track_file tf {
        file
    }
  `,
  ), // 218 track_file_file_handler
  F2.yes(
    'File already set for track file %s - ignoring %s',
    'duplicate-keyword',
    3,
    conf`
    track_file tf {
        file /tmp/a
        file /tmp/b
    }
  `,
  ), // 226 track_file_file_handler
  F2.yes(
    'No weight specified for track file %s - ignoring',
    'argument-missing',
    3,
    conf`
    track_file tf {
        file /tmp/tf
        weight
    }
  `,
  ), // 240 track_file_weight_handler
  F2.yes(
    'Weight already set for track file %s - ignoring %s',
    'duplicate-keyword',
    4,
    conf`
    track_file tf {
        file /tmp/tf
        weight 5
        weight 6
    }
  `,
  ), // 249 track_file_weight_handler
  F2.yes(
    'Weight (%s) for track_file %s must be between [-254..254] inclusive. Ignoring...',
    'track-weight-range',
    3,
    conf`
    track_file tf {
        file /tmp/tf
        weight 300
    }
  `,
  ), // 255 track_file_weight_handler
  F2.yes(
    'track_file %s unknown weight option %s',
    'track-weight-range',
    3,
    conf`
    track_file tf {
        file /tmp/tf
        weight 5 bar
    }
  `,
  ), // 266 track_file_weight_handler
  F2.yes(
    'Track file %s init value %s is invalid',
    'argument-value',
    3,
    conf`
    track_file tf {
        file /tmp/tf
        init_file 12x
    }
  `,
  ), // 290 track_file_init_handler
  F2.yes(
    'Track file %s init value %d is outside sensible range [%d, %d]',
    'argument-value',
    3,
    conf`
    track_file tf {
        file /tmp/tf
        init_file 300
    }
  `,
  ), // 296 track_file_init_handler
  F2.yes(
    'Unknown track file init option %s',
    'argument-value',
    3,
    conf`
    track_file tf {
        file /tmp/tf
        init_file foo
    }
  `,
  ), // 306 track_file_init_handler
  F2.yes(
    'No file set for track_file %s - ignoring',
    'script-missing',
    3,
    conf`
    track_file tf {
        weight 5
    }
  `,
  ), // 322 track_file_end_handler
  F2.no('Cannot initialise track file %s - it is not a regular file', 'host', 'About the file on the machine.'), // 362 track_file_end_handler
  F2.no('Unable to initialise track file %s', 'host', 'About the file on the machine.'), // 380 track_file_end_handler
  F2.no('Track file directory for %s does not exist - removing', 'host', 'About the directory on the machine (printed at start-up).'), // 819 init_track_files
  F2.no('track file %s is not accessible - ignoring', 'host', 'About the file on the machine (printed at start-up).'), // 839 init_track_files
  F2.no('Unable to monitor track files', 'internal', 'inotify could not be set up.'), // 849 init_track_files (log)
];
