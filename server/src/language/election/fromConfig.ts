/**
 * The election model's input for one node, read from an analysed configuration: each kept
 * vrrp_instance with its trackers (weights resolved from the instance line or the tracked
 * object's own block) and its sync group. Values are passed as configured; the model applies
 * keepalived's corrections.
 */
import { onUnknown } from '../analysis/cluster';
import type { ConfigModel, TrackEntry, VrrpInstance } from '../analysis/model';
import { references } from '../analysis/resolve';
import { authenticationOf } from '../analysis/authentication';
import { effectiveTrackWeight, keepsTrackingWeight, trackLines } from '../analysis/vrrp';
import { intOrUndefined, decimalOrUndefined } from '../analysis/values';
import type { RefKind } from '../catalogue/types';
import type { InstanceInput, NodeInput, TrackerInput, TrackerKind } from './input';
import type { Span } from '../issue';
import { child, children } from '../syntax/ast';

/** The tracked object's kind in the model and the kind of object its name refers to. */
const TRACKERS: readonly { block: string; kind: TrackerKind; ref?: RefKind; entries: (i: VrrpInstance) => TrackEntry[] }[] = [
  { block: 'track_script', kind: 'script', ref: 'vrrp_script', entries: (i) => i.trackScripts },
  { block: 'track_file', kind: 'file', ref: 'track_file', entries: (i) => i.trackFiles },
  { block: 'track_process', kind: 'process', ref: 'track_process', entries: (i) => i.trackProcesses },
  { block: 'track_interface', kind: 'interface', entries: (i) => i.trackInterfaces },
  { block: 'track_bfd', kind: 'bfd', ref: 'bfd_instance', entries: (i) => i.trackBfds },
];

const WHAT: Record<TrackerKind, string> = {
  script: 'vrrp_script',
  file: 'track_file',
  process: 'vrrp_track_process',
  interface: 'interface',
  bfd: 'bfd_instance',
};

/**
 * Why keepalived drops a track_* entry while reading it (alloc_track_script and its siblings), as
 * the validator reports it: the object is not usable at that line (undefined, defined only
 * further down, swallowed by a brace-counted skip, a vrrp_script without a script), the entry
 * repeats an earlier one, it has an unknown option, or `weight` has no value.
 */
function ignoredWhy(model: ConfigModel, e: TrackEntry, kind: TrackerKind, ref: RefKind | undefined, seen: Set<string>): string | undefined {
  if (ref) {
    const r = model.symbols.references.find((x) => x.word === e.word);
    const res = r ? references(model).resolve(r) : undefined;
    if (res && res.kind !== 'ok') {
      const why = { missing: 'is not defined', later: 'is defined only further down', removed: 'has no script', hidden: 'is never read by the VRRP process' }[
        res.kind
      ];
      return `${WHAT[kind]} ${e.name} ${why}: keepalived ignores this entry`;
    }
  }
  if (seen.has(e.name)) return 'listed twice: keepalived ignores the second entry';
  const opt = e.stmt.args[0];
  if (opt && opt.value !== 'weight') return `unknown option '${opt.value}': keepalived ignores this entry`;
  if (opt && !e.weightWord) return 'weight without a value: keepalived ignores this entry';
  return undefined;
}

function trackerOf(model: ConfigModel, e: TrackEntry, kind: TrackerKind, ref: RefKind | undefined, fromSyncGroup: boolean, seen: Set<string>): TrackerInput {
  const ignored = ignoredWhy(model, e, kind, ref, seen);
  seen.add(e.name);
  const def = ref ? model.symbols.lookup(ref, e.name)?.stmt : undefined;
  const own = def ? child(def, 'weight') : undefined;
  // A weight on the track line overrides the object's own weight (and its `reverse`); one that
  // keepalived rejects falls back to the object's own (effectiveTrackWeight).
  const weight = e.weightWord ? effectiveTrackWeight(kind, e, model.symbols) : intOrUndefined(own?.args[0]?.value);
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
    ...(ignored ? { ignored } : {}),
  };
}

/** `unknowns`: spans of the node's text whose value is not known (ClusterNode.unknowns). */
export function instanceInput(model: ConfigModel, inst: VrrpInstance, unknowns?: readonly Span[]): InstanceInput {
  const group = inst.syncGroup;
  const trackers: TrackerInput[] = [];
  for (const t of TRACKERS) {
    const seen = new Set<string>();
    for (const e of t.entries(inst)) trackers.push(trackerOf(model, e, t.kind, t.ref, false, seen));
  }
  if (group) {
    for (const t of TRACKERS) {
      const seen = new Set<string>();
      for (const e of trackLines(children(group, t.block))) trackers.push(trackerOf(model, e, t.kind, t.ref, true, seen));
    }
  }
  const auth = authenticationOf(inst);
  const unicast = inst.last('unicast_peer') !== undefined;
  return {
    name: inst.name,
    vrid: inst.vrid ?? 0,
    interface: inst.interface?.value ?? model.globals.defaultInterface?.value ?? '',
    family: inst.family === 6 ? 6 : 4,
    version: inst.version,
    // keepalived gives `state MASTER` without a priority the owner's 255 (vrrp_complete_instance).
    priority: inst.priorityValue ?? (!inst.last('priority') && inst.state === 'MASTER' ? 255 : undefined),
    // the state keepalived reads (an unknown word is BACKUP, BACKUP after MASTER is ignored)
    state: inst.last('state') ? inst.wantState : undefined,
    strict: inst.strict,
    auth:
      auth?.type && !auth.ignored
        ? { type: auth.type, pass: auth.passWord?.value, ...(auth.passWord && onUnknown(auth.passWord.span, unknowns) ? { passUnknown: true } : {}) }
        : undefined,
    nopreempt: inst.nopreempt,
    preemptDelay: inst.preemptDelay,
    advertInt: inst.advertInt,
    downTimerAdverts: inst.downTimerAdverts,
    unicast,
    unicastPeers: inst.unicastPeers.filter((p) => !onUnknown(p.word.span, unknowns)).map((p) => p.word.value),
    unicastPeersUnknown: inst.unicastPeers.some((p) => onUnknown(p.word.span, unknowns)),
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
export function nodeInput(model: ConfigModel, name: string, unknowns?: readonly Span[]): NodeInput {
  return { name, instances: model.instances.filter((i) => !i.dropped).map((i) => instanceInput(model, i, unknowns)) };
}
