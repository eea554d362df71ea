import { effectiveTrackWeight, keepsTrackingWeight, trackersOf, trackLines, type TrackKind } from '../../analysis/vrrp';
import { children } from '../../syntax/ast';
import type { Rule } from '../rule';

const BLOCK: Record<TrackKind, string> = {
  script: 'track_script',
  interface: 'track_interface',
  file: 'track_file',
  process: 'track_process',
  bfd: 'track_bfd',
};

/** An address owner (priority 255) cannot have its priority lowered, so keepalived drops weighted trackers. */
export const trackerWeightOwner: Rule = {
  id: 'tracker-weight-owner',
  severity: 'warning',
  title: 'Weighted trackers on an address owner (priority 255), or on a sync group with such a member.',
  keepalived:
    'Prints "ignoring tracked script X with weights due to address_owner" (and the same for interfaces, files, BFD) without a line number and drops the tracker; a sync group clears the weight.',
  example: 'priority 255 … track_script { chk weight -20 }',
  fix: 'Use weight 0, or a priority below 255.',
  *check({ model }) {
    const owners = new Set<string>();
    for (const inst of model.instances) {
      if (inst.dropped || inst.effectivePriority !== 255) continue;
      owners.add(inst.name);
      // a sync-group member without sync_group_tracking_weight is reported by tracker-weight-sync-group
      if (inst.syncGroup && !keepsTrackingWeight(inst.syncGroup)) continue;
      for (const { kind, entry } of trackersOf(inst)) {
        if (kind === 'process') continue;
        const w = effectiveTrackWeight(kind, entry, model.symbols);
        if (w === 0) continue;
        const inherited = !entry.weightWord ? ` (the weight set in ${entry.name} itself)` : '';
        const fileDefault = kind === 'file' && w === 1;
        yield {
          span: entry.word.span,
          message: fileDefault
            ? `${inst.name} has priority 255 (address owner), which no tracker can lower: keepalived turns this track_file's weight 1 into 0, so a non-zero value in the file puts the instance in FAULT. Write \`${entry.name} weight 0\` to say so.`
            : `${inst.name} has priority 255 (address owner), which no tracker can lower: keepalived drops this ${kind === 'script' ? 'track_script' : BLOCK[kind]} entry because it has weight ${w}${inherited}, so ${entry.name} is not tracked at all. Use \`weight 0\` (failure means FAULT) or a priority below 255.`,
          data: { weight: 0 },
        };
      }
    }
    // sync groups with an owner member clear the weights of their own trackers
    for (const sg of model.symbols.ofKind('vrrp_sync_group')) {
      const members = children(sg.stmt, 'group')
        .flatMap((g) => g.body?.statements ?? [])
        .flatMap((l) => [l.keyword, ...l.args]);
      const owner = members.find((m) => owners.has(m.value));
      if (!owner) continue;
      for (const kind of ['script', 'interface', 'file', 'process', 'bfd'] as const) {
        for (const entry of trackLines(children(sg.stmt, BLOCK[kind]))) {
          const w = effectiveTrackWeight(kind, entry, model.symbols);
          if (w === 0) continue;
          yield {
            span: entry.word.span,
            message: `Sync group ${sg.name} has an address owner (${owner.value}, priority 255), whose priority no tracker can lower: keepalived clears the weight ${w} of ${entry.name}, so its failure puts the whole group in FAULT. Write weight 0 to say so, or lower the member's priority.`,
            related: [{ span: owner.span, message: `${owner.value} has priority 255` }],
            data: { weight: 0 },
          };
        }
      }
    }
  },
};
