/** VRRP: vrrp_instance, vrrp_script, vrrp_sync_group and their sub-blocks. */
import type { BlockDef, KeywordDef } from '../types';
import { arg, command, defines, iface, int, num, oneOf, opt, text } from '../build';

export const rootKeywords: KeywordDef[] = [
  { name: 'vrrp_instance', summary: 'A VRRP virtual router: the VIPs one node holds while it is MASTER.', args: [arg('name', defines('vrrp_instance'))], opens: 'vrrp_instance', repeatable: true },
  { name: 'vrrp_script', summary: 'A health-check command whose result can change the priority of, or fault, the instances that track it.', args: [arg('name', defines('vrrp_script'))], opens: 'vrrp_script', repeatable: true },
  { name: 'vrrp_sync_group', summary: 'Instances that change state together.', args: [arg('name', defines('vrrp_sync_group'))], opens: 'vrrp_sync_group', repeatable: true },
];

export const blocks: BlockDef[] = [
  {
    id: 'vrrp_instance',
    title: 'VRRP instance',
    summary: 'One VRRP virtual router on one interface.',
    keywords: [
      { name: 'state', summary: 'The state the instance starts in.', args: [arg('state', oneOf('MASTER', 'BACKUP'))], default: 'BACKUP' },
      { name: 'interface', summary: 'The interface VRRP adverts are sent and received on.', args: [arg('interface', iface)] },
      { name: 'virtual_router_id', summary: 'The VRID shared by every node of this virtual router.', args: [arg('vrid', int(1, 255))] },
      { name: 'priority', summary: 'This node\'s priority in the election; the highest wins.', args: [arg('priority', int(1, 255))], default: '100' },
      { name: 'advert_int', summary: 'Seconds between adverts sent by the MASTER.', args: [arg('seconds', num(0.01, 255))], default: '1' },
      { name: 'nopreempt', summary: 'Do not take the VIPs back from a lower-priority MASTER.' },
      { name: 'authentication', summary: 'VRRPv2 authentication of adverts.', opens: 'authentication' },
      { name: 'virtual_ipaddress', summary: 'The VIPs held by the MASTER.', values: 'addresses' },
      { name: 'unicast_peer', summary: 'Send adverts to these addresses instead of multicast.', values: 'peers' },
      { name: 'track_script', summary: 'vrrp_scripts whose result changes this instance\'s priority or state.', values: 'track_script' },
      { name: 'notify_master', summary: 'Script run when the instance becomes MASTER.', args: [arg('script', command), opt('user', text)] },
    ],
  },
  {
    id: 'authentication',
    title: 'authentication',
    summary: 'VRRPv2 advert authentication.',
    keywords: [
      { name: 'auth_type', summary: 'PASS (a shared password) or AH.', args: [arg('type', oneOf('PASS', 'AH'))] },
      { name: 'auth_pass', summary: 'The shared password; keepalived uses only the first 8 characters.', args: [arg('password', text)] },
    ],
  },
  {
    id: 'vrrp_script',
    title: 'VRRP script',
    summary: 'A tracked health-check command.',
    keywords: [
      { name: 'script', summary: 'The command to run.', args: [arg('command', command)] },
      { name: 'interval', summary: 'Seconds between runs.', args: [arg('seconds', num(0, undefined))], default: '1' },
      { name: 'weight', summary: 'Priority change applied while the script fails (negative) or succeeds (positive).', args: [arg('weight', int(-253, 253)), opt('reverse', oneOf('reverse'))] },
      { name: 'fall', summary: 'Failures in a row before the script counts as failed.', args: [arg('count', int(1))] },
      { name: 'rise', summary: 'Successes in a row before the script counts as passing.', args: [arg('count', int(1))] },
    ],
  },
  {
    id: 'vrrp_sync_group',
    title: 'VRRP sync group',
    summary: 'Instances that fail over together.',
    keywords: [{ name: 'group', summary: 'The member instances.', values: 'instances' }],
  },
];
