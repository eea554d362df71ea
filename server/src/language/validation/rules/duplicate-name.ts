import { isKept } from '../../analysis/resolve';
import { KIND_TITLE } from '../../catalogue/kinds';
import type { RefKind } from '../../catalogue/types';
import type { Rule } from '../rule';

/** What keepalived does with a second definition of the same name, per kind. */
const EFFECT: Partial<Record<RefKind, { effect: string }>> = {
  vrrp_instance: { effect: 'keepalived reports it as already defined and skips this whole block' },
  vrrp_sync_group: { effect: 'keepalived reports it as already defined and skips this whole block' },
  bfd_instance: { effect: 'keepalived reports it as already specified and ignores this block' },
  track_group: { effect: 'keepalived reports it as already defined and skips this whole block' },
  vrrp_script: { effect: 'keepalived accepts it silently, but track_script entries find the first one, so this one never runs' },
  track_file: { effect: 'keepalived accepts it silently, but trackers find the first one, so this one is never used' },
  track_process: { effect: 'keepalived accepts it silently, but trackers find the first one, so this one is never used' },
  virtual_server_group: {
    effect: 'keepalived accepts it silently, but virtual servers use the first one, so these entries are never used',
  },
};

/** A second vrrp_instance / vrrp_script / vrrp_sync_group / track_file... with a name already defined. */
export const duplicateName: Rule = {
  id: 'duplicate-name',
  severity: 'warning',
  title:
    'A second vrrp_instance, vrrp_sync_group, vrrp_script, track_file, vrrp_track_process, bfd_instance, track_group or virtual_server_group with the same name.',
  keepalived:
    'Keeps the first: "vrrp instance X already defined" (the second block is skipped); duplicate scripts, track files and groups are accepted silently but never used.',
  example: 'vrrp_instance VI_1 { ... }  vrrp_instance VI_1 { ... }',
  fix: 'Rename one of them or remove the duplicate.',
  *check({ model }) {
    for (const d of model.symbols.definitions) {
      const first = d.duplicateOf;
      const spec = EFFECT[d.kind];
      if (!first || !spec) continue;
      // A first vrrp_script without a script (track_file without a file) is dropped before the second is read: the second is the one used.
      if (!isKept(first)) continue;
      yield {
        span: d.nameWord.span,
        message: `${KIND_TITLE[d.kind]} '${d.name}' is already defined: ${spec.effect}. Rename one of them or remove the duplicate.`,
        related: [{ span: first.nameWord.span, message: `first ${KIND_TITLE[d.kind]} '${d.name}', the one keepalived keeps` }],
      };
    }
  },
};
