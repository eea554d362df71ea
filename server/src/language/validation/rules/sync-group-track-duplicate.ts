import { references } from '../../analysis/resolve';
import { effectiveTrackWeight, keepsTrackingWeight, trackLines, type TrackEntry, type TrackKind } from '../../analysis/vrrp';
import type { RefKind } from '../../catalogue/types';
import { children, type Statement } from '../../syntax/ast';
import type { ConfigModel } from '../../analysis/model';
import type { Rule } from '../rule';

/** The sync group's and the instance's tracking blocks, with the kind of object each names. */
const BLOCKS: readonly { block: string; kind: TrackKind; ref?: RefKind; what: string }[] = [
  { block: 'track_script', kind: 'script', ref: 'vrrp_script', what: 'script' },
  { block: 'track_interface', kind: 'interface', what: 'interface' },
  { block: 'track_process', kind: 'process', ref: 'track_process', what: 'process' },
  { block: 'track_bfd', kind: 'bfd', ref: 'bfd_instance', what: 'BFD session' },
];

/** Does the `track_*` line find its object (defined before it, not dropped)? Interfaces are the host's. */
function found(model: ConfigModel, ref: RefKind | undefined, entry: TrackEntry): boolean {
  if (!ref) return true;
  const r = model.symbols.referencesTo(ref, entry.name).find((x) => x.stmt === entry.stmt);
  return r !== undefined && references(model).resolve(r).kind === 'ok';
}

/** The first line of each name in the blocks `kw` of `owner` (keepalived drops a name's later lines). */
function firstLines(owner: Statement, kw: string): Map<string, TrackEntry> {
  const out = new Map<string, TrackEntry>();
  for (const e of trackLines(children(owner, kw))) if (!out.has(e.name)) out.set(e.name, e);
  return out;
}

/**
 * An instance and its sync group tracking the same script, interface, process or BFD session.
 * keepalived keeps one tracker for the pair: the sync group's weight replaces the instance's
 * (unless the instance's weight is 0), and it tells the user to remove one of the two.
 */
export const syncGroupTrackDuplicate: Rule = {
  id: 'sync-group-track-duplicate',
  severity: 'warning',
  title:
    'A script, interface, process or BFD session tracked both by a VRRP instance and by its sync group (or the sync group tracking a member’s own interface).',
  keepalived:
    'Prints "(VI) track_script X is configured on VRRP instance and sync group. Remove vrrp instance config" (track_process, track_bfd alike) when it starts, and "(VI) track_interface X is configured on VRRP instance and sync group" already with -t, without a line number; it tracks the object once, with the sync group\'s weight unless the instance\'s weight is 0.',
  example: 'vrrp_sync_group SG { group { VI_1 VI_2 } track_script { chk } }   # and VI_1: track_script { chk }',
  fix: 'Track the object in one place: remove the instance’s entry (or the sync group’s).',
  *check({ model }) {
    for (const inst of model.instances) {
      const sg = inst.syncGroup;
      if (inst.dropped || !sg) continue;
      const sgName = sg.args[0]?.value ?? '';
      // members of a group without sync_group_tracking_weight lose their weighted scripts and BFDs first (tracker-weight-sync-group)
      const keepsWeights = keepsTrackingWeight(sg);
      for (const { block, kind, ref, what } of BLOCKS) {
        const group = firstLines(sg, block);
        if (group.size === 0) continue;
        // the member follows its own interface unless dont_track_primary: the group's entry for it is a second one
        const own = kind === 'interface' && !inst.dontTrackPrimary ? inst.interface : undefined;
        const g = own && group.get(own.value);
        if (own && g) {
          yield {
            span: g.word.span,
            message: `Sync group ${sgName} tracks ${own.value}, the interface its member ${inst.name} runs on and already follows: keepalived reports the interface as tracked by both, and this entry adds nothing, since ${own.value} going down puts ${inst.name}, and so the whole group, in FAULT anyway. Remove this entry.`,
            related: [{ span: own.span, message: `${inst.name} runs on ${own.value}` }],
          };
        }
        for (const e of firstLines(inst.stmt, block).values()) {
          const g = group.get(e.name);
          // references() only when there is a pair: most configurations have none
          if (!g || !found(model, ref, e) || !found(model, ref, g)) continue;
          const w = effectiveTrackWeight(kind, e, model.symbols);
          if (!keepsWeights && w !== 0 && (kind === 'script' || kind === 'bfd')) continue;
          const then =
            w === 0 || (kind === 'interface' && !keepsWeights)
              ? `the instance's weight 0 stays (a failure puts ${inst.name} in FAULT)`
              : `the sync group's weight replaces the instance's`;
          yield {
            span: e.word.span,
            message: `${inst.name} tracks ${what} ${e.name}, and so does its sync group ${sgName}: keepalived follows it once for ${inst.name}, and ${then}. Remove the instance's entry (or the sync group's).`,
            related: [{ span: g.word.span, message: `sync group ${sgName} tracks ${e.name} too` }],
          };
        }
      }
    }
  },
};
