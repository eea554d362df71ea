/**
 * Other top-level blocks: static addresses/routes/rules, linkbeat_interfaces, track_file
 * (and its old name vrrp_track_file) and bfd_instance.
 *
 * Sources: keepalived's vrrp/vrrp_parser.c (static_*, linkbeat_interfaces), trackers/track_file.c,
 * bfd/bfd_parser.c and bfd/bfd.h (BFD limits), the keepalived.conf(5) man page, and keepalived 2.2.7 `-t`.
 * All summaries and docs are our own words.
 */
import type { BlockDef, KeywordDef } from '../types';
import { arg, bool, defines, int, ip, num, opt, oneOf, path } from '../build';

/** BFD_*_MAX: UINT32_MAX / 1000 milliseconds. */
const BFD_INTERVAL_MAX_MS = 4294967;

export const rootKeywords: KeywordDef[] = [
  {
    name: 'static_ipaddress',
    summary: 'Addresses keepalived configures at start-up and keeps, whatever the VRRP state.',
    doc:
      'Same line format as `virtual_ipaddress` (`<ip>[/<prefix>] [dev <if>] ...`), plus `track_group <name>` ' +
      'to let instances react if the address disappears. Without `dev`, the global default_interface is used. ' +
      'Several blocks add up.',
    values: 'addresses',
    repeatable: true,
  },
  {
    name: 'static_routes',
    summary: 'Routes keepalived installs at start-up and keeps, whatever the VRRP state.',
    doc: 'Same syntax as `ip route add` (no abbreviated options), plus `track_group <name>`. Several blocks add up.',
    values: 'routes',
    repeatable: true,
  },
  {
    name: 'static_rules',
    summary: 'Policy routing rules keepalived installs at start-up and keeps, whatever the VRRP state.',
    doc:
      'Same syntax as `ip rule add`, plus `track_group <name>`. Give every rule a `preference`: otherwise ' +
      'keepalived picks one, which is rarely what you want. Several blocks add up.',
    values: 'rules',
    repeatable: true,
  },
  {
    name: 'linkbeat_interfaces',
    summary: 'Interfaces whose link state is polled (MII, ethtool or ioctl) instead of taken from netlink.',
    doc:
      'One interface per line, optionally followed by `MII`, `ETHTOOL` or `IOCTL` (keepalived falls back to ' +
      'a supported method). An unknown interface is a fatal configuration error unless dynamic interfaces ' +
      'are allowed; VMAC interfaces are skipped.',
    values: 'interfaces',
    repeatable: true,
    buildOption: 'linkbeat support (LINKBEAT)',
  },
  {
    name: 'track_file',
    summary: 'Declares a file holding a number that VRRP instances, sync groups and real servers can track.',
    doc: 'The file is re-read whenever it changes, but only if something tracks it. A block without a `file` line is ignored.',
    args: [arg('name', defines('track_file'))],
    opens: 'track_file',
    repeatable: true,
  },
  {
    name: 'vrrp_track_file',
    summary: 'Old name of track_file.',
    args: [arg('name', defines('track_file'))],
    opens: 'track_file',
    repeatable: true,
    deprecated: { warns: true, replacement: 'track_file', note: 'Deprecated after 2.0.20 but still accepted; keepalived logs a deprecation message.' },
  },
  {
    name: 'bfd_instance',
    summary: 'Declares a BFD session (RFC 5880) to a neighbour, which VRRP instances and real servers can track.',
    doc:
      'The name may have at most 31 characters (a longer one makes keepalived ignore the block). A session ' +
      "without `neighbor_ip`, with a source of another address family, or duplicating another session's " +
      'addresses is disabled.',
    args: [arg('name', defines('bfd_instance'))],
    opens: 'bfd_instance',
    repeatable: true,
    buildOption: 'BFD support (--enable-bfd)',
  },
];

const trackFileKeywords: KeywordDef[] = [
  {
    name: 'file',
    summary: 'Path of the file to watch.',
    doc: 'Only the first `file` line counts. The file should contain a decimal number.',
    args: [arg('path', path)],
  },
  {
    name: 'weight',
    summary: 'Multiplier applied to the number read from the file.',
    doc:
      'With weight 0 any non-zero value means failure (FAULT for VRRP). Otherwise value × weight is added ' +
      'to the priority, and a result below −253 means FAULT; `reverse` inverts the sign. Only the first weight ' +
      'line counts. keepalived 2.2.x limits the weight to −254..254.',
    args: [arg('weight', int(-2147483647, 2147483647)), opt('reverse', oneOf('reverse'))],
    default: '1',
  },
  {
    name: 'init_file',
    summary: 'Creates the file at start-up with a value (default 0) if it does not exist, or always with `overwrite`.',
    doc: 'The value and `overwrite` may come in either order. The file is not rewritten on reload.',
    syntax: 'init_file [<value>] [overwrite]',
    freeform: true,
  },
];

const bfdInterval = (name: string, summary: string, min: number, dflt: string): KeywordDef => ({
  name,
  summary,
  doc: `Milliseconds with microsecond resolution (e.g. 3.312), from ${min} to ${BFD_INTERVAL_MAX_MS}; an invalid value is ignored.`,
  args: [arg('milliseconds', num(min, BFD_INTERVAL_MAX_MS, 'milliseconds'))],
  default: dflt,
});

const bfdInstanceKeywords: KeywordDef[] = [
  {
    name: 'source_ip',
    summary: 'Local address of the session.',
    doc: "Optional, but recommended so that the local port is valid; must be of the neighbour's family.",
    args: [arg('address', ip)],
  },
  {
    name: 'neighbor_ip',
    summary: 'Address of the BFD peer.',
    doc: 'Required: without it the instance is disabled. A malformed address makes keepalived ignore the whole instance.',
    args: [arg('address', ip)],
  },
  {
    name: 'neighbour_ip',
    summary: 'British spelling of neighbor_ip.',
    args: [arg('address', ip)],
  },
  bfdInterval('min_rx', 'Required minimum interval between received control packets.', 1, '10'),
  bfdInterval('min_tx', 'Desired minimum interval between transmitted control packets.', 1, '10'),
  bfdInterval('idle_tx', 'Transmit interval while the session is down.', 1000, '1000'),
  {
    name: 'multiplier',
    summary: 'Number of missed packets after which the session is declared down.',
    args: [arg('count', int(1, 255))],
    default: '5',
  },
  {
    name: 'passive',
    summary: 'Waits for the peer to start the session instead of sending first.',
  },
  {
    name: 'ttl',
    summary: 'TTL of outgoing IPv4 packets.',
    args: [arg('ttl', int(1, 255))],
    default: '255',
  },
  {
    name: 'hoplimit',
    summary: 'Hop limit of outgoing IPv6 packets (same setting as ttl).',
    args: [arg('hoplimit', int(1, 255))],
    default: '64',
  },
  {
    name: 'max_hops',
    summary: 'Largest accepted reduction of TTL / hop limit in received packets.',
    doc: 'Range −1..255; 255 (and −1, which keepalived keeps as 255) turns the hop check off. Values above ttl/hoplimit are lowered to it, so with IPv6 (hop limit 64 by default) the check stays on.',
    args: [arg('hops', int(-1, 255))],
    default: '0',
  },
  {
    name: 'multihop',
    summary: 'Uses the multihop BFD port 4784 (RFC 5883) instead of 3784.',
    doc: 'Also set `max_hops` when the peer is really several hops away.',
    args: [opt('enabled', bool)],
    since: '2.2.8',
  },
  {
    name: 'weight',
    summary: 'Default priority adjustment for VRRP instances tracking this session.',
    doc:
      'Range −253..253. Positive weights are added while the session is up, negative ones subtracted while it is ' +
      'down; `reverse` inverts this. 0 means a down session puts tracking instances into FAULT.',
    args: [arg('weight', int(-253, 253)), opt('reverse', oneOf('reverse'))],
    default: '0',
  },
  {
    name: 'vrrp',
    summary: "Delivers this session's events to the VRRP process.",
    doc: 'By default both the VRRP and checker processes get the events; naming `vrrp` and/or `checker` restricts delivery to the processes named.',
  },
  {
    name: 'checker',
    summary: "Delivers this session's events to the checker (LVS) process.",
    doc: 'By default both the VRRP and checker processes get the events; naming `vrrp` and/or `checker` restricts delivery to the processes named.',
  },
];

export const blocks: BlockDef[] = [
  {
    id: 'track_file',
    title: 'track file',
    summary: 'A watched file whose numeric content adjusts priorities or weights.',
    keywords: trackFileKeywords,
  },
  {
    id: 'bfd_instance',
    title: 'BFD instance',
    summary: 'One BFD session to a neighbour.',
    keywords: bfdInstanceKeywords,
  },
];
