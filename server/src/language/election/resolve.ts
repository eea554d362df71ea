/**
 * From configured values to what keepalived 2.2.7 actually runs with: its corrections of invalid
 * values, `state MASTER` semantics, and which tracker weights survive for sync-group members and
 * address owners. Groups the instances of all nodes into virtual routers (segments).
 */

import type { AddressFamily, ClusterInput, InstanceInput, TrackerInput, TrackerKind } from './input';
import { addressOfEntry as normalizeAddress } from '../analysis/addresses';
import type { TimerParams } from './timing';

export interface ResolvedTracker {
  readonly name: string;
  readonly kind: TrackerKind;
  readonly weight: number;
  readonly reverse: boolean;
  readonly interval?: number;
  readonly fall?: number;
  readonly rise?: number;
}

export interface ResolvedInstance extends TimerParams {
  readonly node: string;
  readonly nodeIndex: number;
  readonly name: string;
  readonly vrid: number;
  readonly interface: string;
  readonly family: AddressFamily;
  /** family/segment/vrid */
  readonly key: string;
  readonly configuredPriority?: number;
  readonly basePriority: number;
  /** Base priority 255: weights never change it. */
  readonly owner: boolean;
  /** Priority 255 with `state MASTER`: MASTER at once, without waiting for a timer. */
  readonly ownerMaster: boolean;
  readonly preempt: boolean;
  readonly preemptDelay: number;
  /** Sends unicast (has peers). */
  readonly unicast: boolean;
  readonly peers: readonly string[];
  /** Some peers are not known (InstanceInput.unicastPeersUnknown): it is taken to send to every node. */
  readonly peersUnknown: boolean;
  /** Link down on its interface is not a FAULT (measured with 2.2.7: also when VIPs live there). */
  readonly dontTrackPrimary: boolean;
  readonly ownAddress?: string;
  /** VRRPv2 authentication in use ("PASS:secret", "AH"), undefined without. */
  readonly auth?: string;
  /** `auth` is PASS with a password we do not know: it matches any PASS (sameAuth). */
  readonly authUnknown: boolean;
  /** The VIPs (address part, normalised). */
  readonly vips: readonly string[];
  readonly syncGroup?: string;
  readonly trackers: readonly ResolvedTracker[];
  /** FAULT reasons that hold whatever happens (VIP = own address, unicast without peers). */
  readonly staticFaults: readonly string[];
  readonly notes: readonly string[];
}

export interface ResolvedNode {
  readonly name: string;
  readonly index: number;
  /** keepalived refuses to run this node's configuration (every instance stays DOWN). */
  readonly fatal?: string;
  readonly instances: readonly ResolvedInstance[];
}

export interface Segment {
  readonly key: string;
  readonly vrid: number;
  readonly interface: string;
  readonly family: AddressFamily;
  readonly name: string;
  readonly members: readonly ResolvedInstance[];
  readonly notes: readonly string[];
}

export interface ResolvedCluster {
  readonly nodes: readonly ResolvedNode[];
  readonly segments: readonly Segment[];
}

const isInt = (v: number | undefined): v is number => v !== undefined && Number.isInteger(v);

/** VRRPv2 members accept each other's adverts as far as authentication goes (a PASS whose password we do not know matches any PASS). */
export function sameAuth(a: ResolvedInstance, b: ResolvedInstance): boolean {
  if (a.auth === b.auth) return true;
  return (a.authUnknown || b.authUnknown) && !!a.auth?.startsWith('PASS:') && !!b.auth?.startsWith('PASS:');
}

export function resolveCluster(cluster: ClusterInput): ResolvedCluster {
  const nodes: ResolvedNode[] = cluster.nodes.map((n, index) => {
    const instances = n.instances.map((i) => resolveInstance(n.name, index, i, n.instances));
    return { name: n.name, index, instances, fatal: nodeFatal(n.instances, instances) };
  });
  const byKey = new Map<string, ResolvedInstance[]>();
  for (const n of nodes)
    for (const i of n.instances) {
      if (!isInt(i.vrid) || i.vrid < 1 || i.vrid > 255) continue;
      const list = byKey.get(i.key) ?? [];
      if (!list.some((x) => x.node === i.node)) list.push(i);
      byKey.set(i.key, list);
    }
  const segments = [...byKey.entries()].map(([key, members]): Segment => {
    const names = [...new Set(members.map((m) => m.name))];
    const versions = [...new Set(members.map((m) => m.version))];
    const notes: string[] = [];
    if (versions.length > 1) notes.push(`members mix VRRP versions ${versions.join(' and ')}: they ignore each other's adverts`);
    const v2 = members.filter((m) => m.version === 2);
    const ints = [...new Set(v2.map((m) => m.advertInt))];
    if (ints.length > 1)
      notes.push(
        `VRRPv2 members use different advert_int (${ints.join(', ')} s): keepalived drops adverts with another interval, so they do not hear each other`,
      );
    if (v2.some((a) => v2.some((b) => !sameAuth(a, b))))
      notes.push('VRRPv2 members use different authentication: keepalived rejects the other adverts, so they do not hear each other');
    const m0 = members[0]!;
    return { key, vrid: m0.vrid, interface: m0.interface, family: m0.family, name: names.join('/'), members, notes };
  });
  segments.sort((a, b) => a.interface.localeCompare(b.interface) || a.vrid - b.vrid || a.family - b.family);
  return { nodes, segments };
}

function nodeFatal(inputs: readonly InstanceInput[], resolved: readonly ResolvedInstance[]): string | undefined {
  for (const i of inputs) {
    if (!isInt(i.vrid) || i.vrid < 1 || i.vrid > 255) {
      return `keepalived refuses to start: ${i.name} has ${i.vrid === 0 ? 'no valid virtual_router_id' : `virtual_router_id ${String(i.vrid)}`} (it must be 1..255)`;
    }
    if (!i.interface) return `keepalived refuses to start: ${i.name} has no interface`;
  }
  const seen = new Map<string, string>();
  for (const r of resolved) {
    const k = `ipv${r.family}|${r.interface}|${r.vrid}`;
    const other = seen.get(k);
    if (other) return `keepalived refuses to start: ${other} and ${r.name} both use VRID ${r.vrid} on ${r.interface}`;
    seen.set(k, r.name);
  }
  return undefined;
}

/** Priority, `state MASTER` and preemption as keepalived corrects them. */
function resolveRole(i: InstanceInput, notes: string[]) {
  let basePriority = 100;
  if (i.priority !== undefined) {
    if (isInt(i.priority) && i.priority >= 1 && i.priority <= 255) basePriority = i.priority;
    else notes.push(`priority ${i.priority} is invalid (1..255): keepalived uses 100`);
  }
  const owner = basePriority === 255;
  // keepalived reads `state` case-sensitively: anything but MASTER or BACKUP means BACKUP
  let stateMaster = i.state === 'MASTER';
  if (i.state !== undefined && !['MASTER', 'BACKUP'].includes(i.state)) notes.push(`state ${i.state} is unknown: BACKUP is used`);
  if (i.strict && stateMaster !== owner) {
    notes.push(`strict mode: keepalived starts the instance as ${owner ? 'MASTER' : 'BACKUP'} (only priority 255 may start as MASTER, and it must)`);
    stateMaster = owner;
  }
  let preempt = !i.nopreempt;
  let preemptDelay = i.preemptDelay ?? 0;
  if (!Number.isFinite(preemptDelay) || preemptDelay < 0 || preemptDelay > 1000) {
    notes.push(`preempt_delay ${preemptDelay} is invalid (0..1000): ignored`);
    preemptDelay = 0;
  }
  if (i.strict && preemptDelay > 0 && !stateMaster) {
    notes.push(`strict mode: keepalived resets preempt_delay ${preemptDelay} to 0`);
    preemptDelay = 0;
  }
  if (stateMaster) {
    if (!preempt) notes.push('nopreempt does not work with state MASTER: keepalived clears it');
    if (preemptDelay > 0) notes.push('preempt_delay does not work with state MASTER: keepalived clears it');
    preempt = true;
    preemptDelay = 0;
    if (!owner) notes.push(`state MASTER has no effect below priority 255: the node starts as BACKUP and waits for its timer`);
  }
  return { basePriority, owner, ownerMaster: owner && stateMaster, preempt, preemptDelay };
}

/** advert_int and down_timer_adverts as keepalived corrects them for the VRRP version. */
function resolveTimers(i: InstanceInput, version: 2 | 3, notes: string[]) {
  let advertInt = i.advertInt ?? 1;
  if (!Number.isFinite(advertInt) || advertInt <= 0 || advertInt > 255) {
    notes.push(`advert_int ${i.advertInt} is invalid: 1 s is used`);
    advertInt = 1;
  } else if (version === 2 && !Number.isInteger(advertInt)) {
    const r = Math.max(1, Math.round(advertInt));
    notes.push(`VRRPv2 advert_int ${advertInt} is rounded to ${r} s`);
    advertInt = r;
  } else if (version === 3) {
    advertInt = Math.max(0.01, Math.round(advertInt * 100) / 100);
  }
  let downTimerAdverts = i.downTimerAdverts ?? 3;
  if (!isInt(downTimerAdverts) || downTimerAdverts < 1 || downTimerAdverts > 100) {
    notes.push(`down_timer_adverts ${i.downTimerAdverts} is invalid (1..100): 3 is used`);
    downTimerAdverts = 3;
  }
  if (i.strict && downTimerAdverts !== 3) {
    notes.push(`strict mode: keepalived resets down_timer_adverts ${downTimerAdverts} to 3`);
    downTimerAdverts = 3;
  }
  return { advertInt, downTimerAdverts };
}

/** The unicast peers keepalived keeps, its own address, and the FAULTs they make for good. */
function resolveAddresses(i: InstanceInput, family: AddressFamily, notes: string[]) {
  // a peer of the other address family is skipped by keepalived
  const ofFamily = (a: string) => a.includes(':') === (family === 6);
  const peers = (i.unicastPeers ?? []).map(normalizeAddress).filter((p) => {
    if (!ofFamily(p)) notes.push(`unicast peer ${p} is not IPv${family}: keepalived skips it`);
    return ofFamily(p);
  });
  const staticFaults: string[] = [];
  if (i.unicast && peers.length === 0 && !i.unicastPeersUnknown) {
    if (i.unicastFaultNoPeer) staticFaults.push('unicast_peer is empty and unicast_fault_no_peer is set');
    else notes.push('unicast_peer is empty: keepalived falls back to multicast');
  }
  const own = i.ownAddress ? normalizeAddress(i.ownAddress) : undefined;
  const vipOwn = own && (i.vips ?? []).find((v) => normalizeAddress(v) === own);
  if (vipOwn) staticFaults.push(`VIP ${vipOwn} is the node's own address: keepalived removes it and finds no address on ${i.interface}`);
  return { peers, ownAddress: own, staticFaults };
}

/** The trackers whose weights keepalived keeps (ignored entries and the own interface dropped). */
function resolveTrackers(i: InstanceInput, owner: boolean, siblings: readonly InstanceInput[], notes: string[]): ResolvedTracker[] {
  const groupHasOwner = i.syncGroup !== undefined && siblings.some((s) => s.syncGroup === i.syncGroup && s.priority === 255);
  return (i.trackers ?? []).flatMap((t) => {
    if (t.ignored) {
      notes.push(`${trackerLabel(t)}: ${t.ignored}`);
      return [];
    }
    if (t.kind === 'interface' && t.name === i.interface && !t.fromSyncGroup) {
      notes.push(
        `track_interface ${t.name} is the instance's own interface: keepalived drops the entry${t.weight ? ` and its weight ${t.weight}` : ''}; the link going down means FAULT${i.dontTrackPrimary ? ' (not with dont_track_primary)' : ''}`,
      );
      return [];
    }
    return resolveTracker(t, { owner, syncNoWeight: i.syncGroup !== undefined && !i.syncGroupTrackingWeight, groupHasOwner }, notes);
  });
}

function resolveInstance(node: string, nodeIndex: number, i: InstanceInput, siblings: readonly InstanceInput[]): ResolvedInstance {
  const notes: string[] = [];
  const version: 2 | 3 = i.version === 3 ? 3 : 2;
  if (i.version !== undefined && i.version !== 2 && i.version !== 3) notes.push(`version ${i.version} is invalid; VRRPv2 is used`);
  const role = resolveRole(i, notes);
  const timers = resolveTimers(i, version, notes);
  const family = i.family ?? 4;
  const { peers, ownAddress, staticFaults } = resolveAddresses(i, family, notes);
  const trackers = resolveTrackers(i, role.owner, siblings, notes);
  if (version === 2 && i.auth?.type === 'PASS' && i.auth.passUnknown) notes.push('auth_pass is a value we could not compute: taken to match the other members');
  return {
    node,
    nodeIndex,
    name: i.name,
    vrid: i.vrid,
    interface: i.interface,
    family,
    key: `ipv${family}/${i.segment ?? i.interface}/${i.vrid}`,
    configuredPriority: i.priority,
    ...role,
    version,
    ...timers,
    unicast: peers.length > 0 || i.unicastPeersUnknown === true,
    peers,
    peersUnknown: i.unicastPeersUnknown === true,
    dontTrackPrimary: !!i.dontTrackPrimary,
    ownAddress,
    auth: version === 2 && i.auth ? (i.auth.type === 'PASS' ? `PASS:${(i.auth.pass ?? '').slice(0, 8)}` : 'AH') : undefined,
    authUnknown: version === 2 && i.auth?.type === 'PASS' && i.auth.passUnknown === true,
    vips: (i.vips ?? []).map(normalizeAddress).filter((v) => v !== ''),
    syncGroup: i.syncGroup,
    trackers,
    staticFaults,
    notes,
  };
}

interface TrackerContext {
  readonly owner: boolean;
  readonly syncNoWeight: boolean;
  readonly groupHasOwner: boolean;
}

export function trackerLabel(t: Pick<TrackerInput, 'kind' | 'name'>): string {
  return `track_${t.kind} ${t.name}`;
}

/** keepalived's vrrp_complete_instance / sync_group_tracking_init rules for weights. */
function resolveTracker(t: TrackerInput, c: TrackerContext, notes: string[]): ResolvedTracker[] {
  const defaultWeight = t.kind === 'file' || t.kind === 'process' ? 1 : 0;
  const explicit = t.weight !== undefined && Number.isFinite(t.weight);
  let weight = explicit ? Math.trunc(t.weight) : defaultWeight;
  const base = { name: t.name, kind: t.kind, reverse: !!t.reverse, interval: t.interval, fall: t.fall, rise: t.rise };
  const what = trackerLabel(t);
  if (t.fromSyncGroup) {
    if (c.groupHasOwner && weight !== 0) {
      notes.push(`${what} (sync group): weight cleared because a member has priority 255`);
      weight = 0;
    }
    return [{ ...base, weight }];
  }
  // vrrp_complete_instance leaves track_process weights alone
  if ((c.syncNoWeight || c.owner) && weight !== 0 && t.kind !== 'process') {
    const why = c.owner ? 'the address owner (priority 255)' : 'a sync group member without sync_group_tracking_weight';
    if (t.kind === 'interface' && !c.owner) {
      notes.push(`${what} weight ${weight} is set to 0 for ${why}: the interface going down means FAULT`);
      return [{ ...base, weight: 0 }];
    }
    if (t.kind === 'file' && weight === 1) {
      // keepalived cannot tell an explicit `weight 1` from the default
      notes.push(`${what} weight 1 is set to 0 for ${why}: a non-zero value means FAULT`);
      return [{ ...base, weight: 0 }];
    }
    notes.push(`${what} weight ${weight} is ignored for ${why}`);
    return [];
  }
  return [{ ...base, weight }];
}
