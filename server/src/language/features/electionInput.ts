/**
 * The election model's input for one node, read from an analysed configuration: each kept
 * vrrp_instance with its trackers (weights resolved from the instance line or the tracked
 * object's own block) and its sync group. Values are passed as configured; the model applies
 * keepalived's corrections.
 */
import type { ConfigModel, TrackEntry, VrrpInstance } from '../analysis/model';
import { keepsTrackingWeight, trackLines } from '../analysis/vrrp';
import { intOrUndefined, decimalOrUndefined } from '../analysis/values';
import type { RefKind } from '../catalogue/types';
import type { InstanceInput, NodeInput, TrackerInput, TrackerKind } from '../election/input';
import { child, children } from '../syntax/ast';

/** The tracked object's kind in the model and the kind of object its name refers to. */
const TRACKERS: readonly { block: string; kind: TrackerKind; ref?: RefKind; entries: (i: VrrpInstance) => TrackEntry[] }[] = [
  { block: 'track_script', kind: 'script', ref: 'vrrp_script', entries: (i) => i.trackScripts },
  { block: 'track_file', kind: 'file', ref: 'track_file', entries: (i) => i.trackFiles },
  { block: 'track_process', kind: 'process', ref: 'track_process', entries: (i) => i.trackProcesses },
  { block: 'track_interface', kind: 'interface', entries: (i) => i.trackInterfaces },
  { block: 'track_bfd', kind: 'bfd', ref: 'bfd_instance', entries: (i) => i.trackBfds },
];

function trackerOf(model: ConfigModel, e: TrackEntry, kind: TrackerKind, ref: RefKind | undefined, fromSyncGroup: boolean): TrackerInput {
  const def = ref ? model.symbols.lookup(ref, e.name)?.stmt : undefined;
  const own = def ? child(def, 'weight') : undefined;
  // A weight on the track line overrides the object's own weight (and its `reverse`).
  const weight = e.weight ?? intOrUndefined(own?.args[0]?.value);
  const reverse = e.weightWord ? e.reverse : e.reverse || own?.args[1]?.value === 'reverse';
  const num = (kw: string) => (def ? decimalOrUndefined(child(def, kw)?.args[0]?.value) : undefined);
  return {
    name: e.name,
    kind,
    weight,
    reverse,
    fromSyncGroup,
    interval: kind === 'script' ? num('interval') : undefined,
    fall: kind === 'script' ? num('fall') : undefined,
    rise: kind === 'script' ? num('rise') : undefined,
  };
}

export function instanceInput(model: ConfigModel, inst: VrrpInstance): InstanceInput {
  const group = inst.syncGroup;
  const trackers: TrackerInput[] = [];
  for (const t of TRACKERS) for (const e of t.entries(inst)) trackers.push(trackerOf(model, e, t.kind, t.ref, false));
  if (group) {
    for (const t of TRACKERS) for (const e of trackLines(children(group, t.block))) trackers.push(trackerOf(model, e, t.kind, t.ref, true));
  }
  const unicast = inst.last('unicast_peer') !== undefined;
  return {
    name: inst.name,
    vrid: inst.vrid ?? 0,
    interface: inst.interface?.value ?? model.globals.defaultInterface?.value ?? '',
    family: inst.family === 6 ? 'ipv6' : 'ipv4',
    version: inst.version,
    // keepalived gives `state MASTER` without a priority the owner's 255 (vrrp_complete_instance).
    priority: inst.priorityValue ?? (!inst.last('priority') && inst.state === 'MASTER' ? 255 : undefined),
    state: inst.last('state')?.args[0]?.value,
    nopreempt: inst.nopreempt,
    preemptDelay: inst.preemptDelay,
    advertInt: inst.advertInt,
    downTimerAdverts: inst.downTimerAdverts,
    unicast,
    unicastPeers: inst.unicastPeers.map((p) => p.word.value),
    unicastFaultNoPeer: inst.unicastFaultNoPeer,
    dontTrackPrimary: inst.dontTrackPrimary,
    vips: inst.vips.map((v) => v.word.value),
    ownAddress: inst.unicastSrcIp?.word.value,
    syncGroup: group ? group.args[0]?.value : undefined,
    syncGroupTrackingWeight: group ? keepsTrackingWeight(group) : undefined,
    trackers,
  };
}

/** One node of the election model: every instance keepalived keeps (later duplicates are dropped). */
export function nodeInput(model: ConfigModel, name: string): NodeInput {
  return { name, instances: model.instances.filter((i) => !i.dropped).map((i) => instanceInput(model, i)) };
}
