import { effectiveTrackWeight, keepsTrackingWeight, trackersOf } from '../../analysis/vrrp';
import type { Rule } from '../rule';

/** Members of a sync group ignore tracking weights unless the group has sync_group_tracking_weight. */
export const trackerWeightSyncGroup: Rule = {
  id: 'tracker-weight-sync-group',
  severity: 'warning',
  title: 'Weighted trackers on a vrrp_sync_group member without sync_group_tracking_weight.',
  keepalived:
    'Prints "ignoring tracked script X with weights due to SYNC group" without a line number and drops weighted scripts, files and BFDs; tracked interfaces lose their weight (a down interface then means FAULT).',
  example: 'vrrp_sync_group SG { group { VI_1 VI_2 } } … track_script { chk weight -20 }',
  fix: 'Add sync_group_tracking_weight, or track on the sync group.',
  *check({ model }) {
    for (const inst of model.instances) {
      const sg = inst.syncGroup;
      if (inst.dropped || !sg || keepsTrackingWeight(sg)) continue;
      const sgName = sg.args[0]?.value ?? '';
      for (const { kind, entry } of trackersOf(inst)) {
        if (kind === 'process') continue;
        const w = effectiveTrackWeight(kind, entry, model.symbols);
        if (w === 0) continue;
        const what =
          kind === 'interface' || (kind === 'file' && w === 1)
            ? `keepalived sets its weight to 0, so ${entry.name} going down puts the whole group in FAULT instead of lowering the priority`
            : `keepalived drops this entry, so ${entry.name} is not tracked at all`;
        yield {
          span: entry.word.span,
          message: `${inst.name} is in sync group ${sgName}, whose members ignore tracking weights: ${what}. Add \`sync_group_tracking_weight\` to the sync group, or track ${entry.name} on the sync group itself, or use weight 0.`,
          related: sg.args[0] ? [{ span: sg.args[0].span, message: `sync group ${sgName}` }] : undefined,
          data: { syncGroup: sgName, insert: 'sync_group_tracking_weight' },
        };
      }
    }
  },
};
