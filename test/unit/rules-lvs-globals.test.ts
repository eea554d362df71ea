/**
 * global_defs' lvs_timeouts and lvs_sync_daemon options (lvs-global-option), as keepalived 2.2.7's
 * global_parser.c lvs_timeouts / lvs_syncd_handler read them. Every firing case was checked with
 * keepalived -t 2.2.7 (it reports the same line).
 */
import { lvsGlobalOption } from '../../server/src/language/validation/rules/lvs-global-option';
import { ruleTable } from './rules-vrrp.test';

const inst = (line: string) => `vrrp_instance VI_1 {\n    interface eth0\n    ${line}\n}\n`;
const g = (...lines: string[]) => `global_defs {\n${lines.map((l) => `    ${l}\n`).join('')}}\n`;

ruleTable(
  lvsGlobalOption,
  [
    { name: 'lvs_timeouts with one word', text: g('lvs_timeouts tcp'), golden: '2:5-2:21 warning lvs-global-option', says: ['ignores the line'] },
    { name: 'lvs_timeouts: an option without its value', text: g('lvs_timeouts tcp 10 udp'), golden: '2:25-2:28 warning lvs-global-option' },
    {
      name: 'lvs_timeouts: values out of 0..2678400, not numbers, an unknown option',
      text: g('lvs_timeouts tcp x tcpfin 2678401 udp -1 foo'),
      golden:
        '2:22-2:23 warning lvs-global-option\n2:31-2:38 warning lvs-global-option\n2:43-2:45 warning lvs-global-option\n2:46-2:49 warning lvs-global-option',
      says: ['0..2678400', '0..2678400', '0..2678400', 'not an lvs_timeouts option'],
    },
    { name: 'lvs_sync_daemon without an interface', text: g('lvs_sync_daemon'), golden: '2:5-2:20 warning lvs-global-option', says: ['needs an interface'] },
    {
      name: 'lvs_sync_daemon interface of 16 characters',
      text: g('lvs_sync_daemon eth0123456789abc id x'),
      golden: '2:21-2:37 warning lvs-global-option',
      says: ['whole line'],
    },
    {
      name: 'lvs_sync_daemon options out of range, not multicast, unknown',
      text: g('lvs_sync_daemon eth0 inst VI_1 id 256 maxlen 0 port 65536 ttl 0 group 10.0.0.1 bar'),
      golden: [
        '2:39-2:42 warning lvs-global-option',
        '2:50-2:51 warning lvs-global-option',
        '2:57-2:62 warning lvs-global-option',
        '2:67-2:68 warning lvs-global-option',
        '2:75-2:83 warning lvs-global-option',
        '2:84-2:87 warning lvs-global-option',
      ].join('\n'),
      says: ['VRID', '1..65507', 'port 8848', 'TTL', 'not a multicast', 'not an lvs_sync_daemon option'],
    },
    {
      name: 'old form: the sync id after the instance',
      text: g('lvs_sync_daemon eth0 VI_1 5'),
      golden: '2:31-2:32 information lvs-global-option',
      says: ['`id 5`'],
    },
    {
      name: 'old form: a bad sync id',
      text: g('lvs_sync_daemon eth0 VI_1 x group'),
      golden: '2:31-2:32 warning lvs-global-option\n2:33-2:38 warning lvs-global-option',
    },
    { name: 'inst without a name stops keepalived', text: g('lvs_sync_daemon eth0 inst'), golden: '2:26-2:30 error lvs-global-option' },
    {
      name: 'inst after the old-form instance (even without a name)',
      text: g('lvs_sync_daemon eth0 VI_1 inst'),
      golden: '2:31-2:35 warning lvs-global-option',
      says: ['already given'],
    },
    { name: 'a second instance word after the old form', text: g('lvs_sync_daemon eth0 id 5 VI_1'), golden: '2:31-2:35 warning lvs-global-option' },
    // vrrp_lvs_syncd_handler: "(VI_1) lvs_sync_daemon_interface has already been specified as eth0 - ignoring"
    {
      name: 'an instance lvs_sync_daemon_interface after global_defs lvs_sync_daemon',
      text: g('lvs_sync_daemon eth0') + inst('lvs_sync_daemon_interface eth1'),
      golden: '6:5-6:30 warning lvs-global-option',
      says: ["already set by global_defs' lvs_sync_daemon eth0"],
    },
    {
      name: 'global_defs lvs_sync_daemon after an instance lvs_sync_daemon_interface (global_defs is read first)',
      text: inst('lvs_sync_daemon_interface eth1') + g('lvs_sync_daemon eth0'),
      golden: '3:5-3:30 warning lvs-global-option',
    },
    // vrrp_complete_init: "Unable to find vrrp instance VI_9 for lvs_syncd - clearing lvs_syncd config" (printed at start where IPVS runs)
    {
      name: 'lvs_sync_daemon naming no instance (old form)',
      text: g('lvs_sync_daemon eth0 VI_9') + inst(''),
      golden: '2:26-2:30 warning lvs-global-option',
      says: ["'VI_9'"],
    },
    {
      name: 'lvs_sync_daemon inst naming no instance',
      text: g('lvs_sync_daemon eth0 id 5 inst VI_9') + inst(''),
      golden: '2:36-2:40 warning lvs-global-option',
    },
    {
      name: 'two instances with lvs_sync_daemon_interface',
      text: inst('lvs_sync_daemon_interface eth1') + inst('lvs_sync_daemon_interface eth0').replace('VI_1', 'VI_2'),
      golden: '7:5-7:30 warning lvs-global-option',
      says: ['earlier lvs_sync_daemon_interface eth1'],
    },
  ],
  [
    { name: 'every timeout at its bounds', text: g('lvs_timeouts tcp 0 tcpfin 2678400 udp 30') },
    { name: 'every sync option at its bounds', text: g('lvs_sync_daemon eth0 inst VI_1 id 0 maxlen 65507 port 1 ttl 255 group 224.0.0.81') },
    { name: 'IPv6 multicast group', text: g('lvs_sync_daemon eth0 group ff02::1:2') },
    { name: 'old form without a sync id', text: g('lvs_sync_daemon eth0 VI_1') },
    { name: 'one instance lvs_sync_daemon_interface', text: inst('lvs_sync_daemon_interface eth1') },
    {
      name: 'lvs_sync_daemon naming an existing instance (a second lvs_sync_daemon is ignored whole)',
      text: g('lvs_sync_daemon eth0 inst VI_1') + inst('') + g('lvs_sync_daemon eth0 VI_9'),
    },
    { name: 'a second lvs_sync_daemon is ignored whole (duplicate-keyword reports it)', text: g('lvs_sync_daemon eth0', 'lvs_sync_daemon') },
  ],
);
