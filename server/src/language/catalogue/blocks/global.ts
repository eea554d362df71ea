/** global_defs and the root-level keywords that configure the daemon as a whole. */
import type { BlockDef, KeywordDef } from '../types';
import { arg, defines, int, opt, text } from '../build';

export const rootKeywords: KeywordDef[] = [
  { name: 'global_defs', summary: 'Settings that apply to the whole daemon: identity, notifications, defaults for VRRP and LVS.', opens: 'global_defs' },
];

export const blocks: BlockDef[] = [
  {
    id: 'global_defs',
    title: 'global definitions',
    summary: 'Daemon-wide settings.',
    keywords: [
      { name: 'router_id', summary: 'A name for this machine, used in e-mail alerts and SNMP.', args: [arg('name', text)], default: 'the host name' },
      { name: 'enable_script_security', summary: 'Refuse to run scripts that a non-root user could modify, and stop keepalived from warning about scripts running as root.' },
      { name: 'script_user', summary: 'The user (and optionally group) that runs scripts by default.', args: [arg('user', text), opt('group', text)] },
      { name: 'vrrp_garp_interval', summary: 'Delay between gratuitous ARP messages sent on one interface, in seconds.', args: [arg('seconds', { kind: 'number', min: 0 })] },
      { name: 'max_auto_priority', summary: 'Real-time scheduling priority keepalived may raise itself to when it falls behind.', args: [opt('priority', int(-1, 99))] },
    ],
  },
];
void defines;
