/** The keyword that defines each kind of named object (`track_process` objects are `vrrp_track_process` blocks): hover, rename and the messages of the rules that name them. */
import type { RefKind } from './types';

export const KIND_TITLE: Readonly<Record<RefKind, string>> = {
  vrrp_instance: 'vrrp_instance',
  vrrp_script: 'vrrp_script',
  vrrp_sync_group: 'vrrp_sync_group',
  track_file: 'track_file',
  track_process: 'vrrp_track_process',
  bfd_instance: 'bfd_instance',
  virtual_server_group: 'virtual_server_group',
  track_group: 'track_group',
  garp_group: 'garp_group',
};
