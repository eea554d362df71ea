/**
 * A discrete-event run of one virtual router (one VRID on one segment), with the state machine of
 * keepalived 2.2.7 (vrrp.c vrrp_state_backup / vrrp_state_master_rx) and zero network delay:
 *
 * BACKUP receiving an advert of priority p:
 *   p = 0                                   → down timer = skew
 *   nopreempt, p ≥ own, or preempt delay running (started at the first lower advert)
 *                                           → accept: down timer = master-down interval
 *   otherwise (lower, preempting)           → discard: the timer keeps running
 * MASTER receiving p: 0 → advertise at once; higher (or equal from a higher address) → BACKUP;
 *   lower → advertise at once ("forcing new election").
 * A timer expiring in BACKUP makes MASTER (which advertises at once, then every advert_int).
 * Leaving MASTER for FAULT or by graceful stop sends priority 0 (not when its own link is down).
 */

import { compareAddresses as addrCmp } from '../analysis/addresses';
import type { Evaluation } from './priority';
import type { ResolvedInstance } from './resolve';
import { masterDownInterval, skew } from './timing';

export type SimState = 'DOWN' | 'BACKUP' | 'MASTER' | 'FAULT';

/** Why a node became MASTER. */
export type MasterCause =
  | 'owner' // priority 255 + state MASTER: at once
  | 'start' // its timer ran out after start: nobody better was advertising
  | 'alone' // its timer ran out after start while no other member was running
  | 'silence' // the master stopped advertising (crash, link, partition)
  | 'preempt' // it discarded a lower-priority master's adverts until its timer ran out
  | 'priority0' // the master resigned with priority 0
  | 'fault-cleared'; // it left FAULT and heard no better master

export type SimInput =
  | { readonly t: number; readonly kind: 'start' | 'crash' | 'stop' | 'isolate' | 'rejoin'; readonly node: string }
  | { readonly t: number; readonly kind: 'conditions'; readonly node: string; readonly evaluation: Evaluation };

export interface SimRecord {
  readonly t: number;
  readonly node: string;
  readonly kind: 'state' | 'priority' | 'advert0' | 'preempt-delay';
  readonly from?: SimState;
  readonly to?: SimState;
  readonly priority?: number;
  readonly cause?: MasterCause;
  readonly fault?: string;
}

export interface SimMemberState {
  readonly node: string;
  readonly state: SimState;
  readonly effectivePriority: number;
  readonly isolated: boolean;
  /** When it last became MASTER (null if never). */
  readonly masterSince: number | null;
  readonly cause: MasterCause | null;
  readonly lastAdvert: number | null;
}

export interface SimOptions {
  /** Stop at this time. */
  readonly until: number;
  /** Extra delay for a node's timer that would expire at `expiry` (models jitter in the race variants). */
  readonly lag?: (node: string, expiry: number) => number;
  /**
   * An advert arriving this close after a preempt delay ends still counts as inside it (negative:
   * one arriving this close before the end already counts as after it). When preempt_delay is a
   * multiple of advert_int, an advert lands on the boundary and jitter decides.
   */
  readonly preemptSlack?: number;
}

interface Member {
  readonly inst: ResolvedInstance;
  ev: Evaluation;
  running: boolean;
  isolated: boolean;
  state: SimState;
  downAt: number | null;
  downCause: MasterCause;
  discarded: boolean;
  advertAt: number | null;
  preemptTime: number | null;
  masterSince: number | null;
  cause: MasterCause | null;
  lastAdvert: number | null;
}

export function simulate(
  insts: readonly ResolvedInstance[],
  initial: readonly Evaluation[],
  inputs: readonly SimInput[],
  opts: SimOptions,
): { records: SimRecord[]; final: SimMemberState[] } {
  const ms: Member[] = insts.map((inst, k) => ({
    inst,
    ev: initial[k]!,
    running: false,
    isolated: false,
    state: 'DOWN',
    downAt: null,
    downCause: 'start',
    discarded: false,
    advertAt: null,
    preemptTime: null,
    masterSince: null,
    cause: null,
    lastAdvert: null,
  }));
  const byNode = new Map(ms.map((m) => [m.inst.node, m] as const));
  const records: SimRecord[] = [];
  const events = [...inputs].sort((a, b) => a.t - b.t);
  const lag = (m: Member, t: number) => opts.lag?.(m.inst.node, t) ?? 0;
  const md = (m: Member) => masterDownInterval(m.ev.effectivePriority, m.inst);

  const setState = (m: Member, t: number, to: SimState, extra: Partial<SimRecord> = {}) => {
    if (m.state === to) return;
    records.push({ t, node: m.inst.node, kind: 'state', from: m.state, to, ...extra });
    m.state = to;
    if (to !== 'BACKUP') m.downAt = null;
    if (to !== 'MASTER') m.advertAt = null;
  };
  const setDown = (m: Member, t: number, after: number, cause: MasterCause) => {
    m.downAt = t + after + lag(m, t + after);
    m.downCause = cause;
    m.discarded = false;
  };
  const hears = (rx: Member, tx: Member): boolean =>
    rx.running &&
    tx.running &&
    !rx.isolated &&
    !tx.isolated &&
    !rx.ev.linkDown &&
    !tx.ev.linkDown &&
    rx.inst.version === tx.inst.version &&
    // VRRPv2 drops adverts with another interval or other authentication (vrrp.c vrrp_check_packet)
    (rx.inst.version === 3 || (rx.inst.advertInt === tx.inst.advertInt && rx.inst.auth === tx.inst.auth)) &&
    (tx.inst.unicast ? rx.inst.ownAddress === undefined || tx.inst.peers.includes(rx.inst.ownAddress) : !rx.inst.unicast);

  const send = (tx: Member, prio: number, t: number, depth = 0): void => {
    if (depth > 16) return;
    if (prio === 0) records.push({ t, node: tx.inst.node, kind: 'advert0', priority: 0 });
    else tx.lastAdvert = t;
    for (const rx of ms) if (rx !== tx && hears(rx, tx)) receive(rx, tx, prio, t, depth);
  };
  const receive = (rx: Member, tx: Member, prio: number, t: number, depth: number): void => {
    const own = rx.ev.effectivePriority;
    if (rx.state === 'BACKUP') {
      if (prio === 0) return setDown(rx, t, skew(own, rx.inst), 'priority0');
      const delayRunning = rx.inst.preemptDelay > 0 && (rx.preemptTime === null || rx.preemptTime + (opts.preemptSlack ?? 0) > t);
      if (!rx.inst.preempt || prio >= own || delayRunning) {
        setDown(rx, t, md(rx), 'silence');
        if (rx.inst.preemptDelay > 0) {
          if (prio >= own) rx.preemptTime = null;
          else if (rx.preemptTime === null) {
            rx.preemptTime = t + rx.inst.preemptDelay;
            records.push({ t, node: rx.inst.node, kind: 'preempt-delay', priority: prio });
          }
        }
      } else rx.discarded = true;
    } else if (rx.state === 'MASTER') {
      if (prio === 0) return send(rx, own, t, depth + 1);
      const higher = prio > own || (prio === own && compareOrder(tx, rx) > 0);
      if (higher) {
        setState(rx, t, 'BACKUP');
        setDown(rx, t, md(rx), 'silence');
      } else send(rx, own, t, depth + 1);
    }
  };
  const becomeMaster = (m: Member, t: number, cause: MasterCause) => {
    setState(m, t, 'MASTER', { cause });
    m.masterSince = t;
    m.cause = cause;
    m.preemptTime = null;
    m.advertAt = t + m.inst.advertInt;
    send(m, m.ev.effectivePriority, t);
  };
  const backupOrMaster = (m: Member, t: number, cause: MasterCause) => {
    if (m.inst.ownerMaster) return becomeMaster(m, t, 'owner');
    setState(m, t, 'BACKUP');
    setDown(m, t, md(m), cause);
  };

  const apply = (e: SimInput): void => {
    const m = byNode.get(e.node);
    if (!m) return;
    const t = e.t;
    switch (e.kind) {
      case 'start':
        if (m.running) return;
        m.running = true;
        m.preemptTime = null;
        if (m.ev.faults.length > 0) setState(m, t, 'FAULT', { fault: m.ev.faults[0] });
        else backupOrMaster(m, t, 'start');
        return;
      case 'crash':
      case 'stop':
        if (!m.running) return;
        if (e.kind === 'stop' && m.state === 'MASTER' && !m.ev.linkDown) send(m, 0, t);
        setState(m, t, 'DOWN');
        m.running = false;
        return;
      case 'isolate':
      case 'rejoin':
        m.isolated = e.kind === 'isolate';
        return;
      case 'conditions': {
        const old = m.ev;
        m.ev = e.evaluation;
        if (!m.running) return;
        if (old.effectivePriority !== m.ev.effectivePriority) {
          records.push({ t, node: m.inst.node, kind: 'priority', priority: m.ev.effectivePriority });
          if (m.state === 'BACKUP' && m.downAt !== null) {
            const shift = md(m) - masterDownInterval(old.effectivePriority, m.inst);
            m.downAt = Math.max(t, m.downAt + shift);
          }
        }
        if (m.ev.faults.length > 0 && m.state !== 'FAULT') {
          if (m.state === 'MASTER' && !m.ev.linkDown) send(m, 0, t);
          setState(m, t, 'FAULT', { fault: m.ev.faults[0] });
        } else if (m.ev.faults.length === 0 && m.state === 'FAULT') backupOrMaster(m, t, 'fault-cleared');
        return;
      }
    }
  };

  let ei = 0;
  for (let guard = 0; guard < 2_000_000; guard++) {
    const te = ei < events.length ? events[ei]!.t : Infinity;
    let tt = Infinity;
    let who: Member | undefined;
    for (const m of ms) {
      const x = m.state === 'BACKUP' ? m.downAt : m.state === 'MASTER' ? m.advertAt : null;
      if (x !== null && x < tt) {
        tt = x;
        who = m;
      }
    }
    const t = Math.min(te, tt);
    if (!Number.isFinite(t) || t > opts.until) break;
    if (te <= tt) apply(events[ei++]!);
    else if (who!.state === 'BACKUP') {
      let cause: MasterCause = who!.discarded ? 'preempt' : who!.downCause;
      if (cause === 'start' && ms.every((m) => m === who || !m.running)) cause = 'alone';
      becomeMaster(who!, tt, cause);
    } else {
      who!.advertAt = tt + who!.inst.advertInt;
      send(who!, who!.ev.effectivePriority, tt);
    }
  }
  const final = ms.map((m): SimMemberState => ({
    node: m.inst.node,
    state: m.state,
    effectivePriority: m.ev.effectivePriority,
    isolated: m.isolated || m.ev.linkDown,
    masterSince: m.state === 'MASTER' ? m.masterSince : null,
    cause: m.state === 'MASTER' ? m.cause : null,
    lastAdvert: m.lastAdvert,
  }));
  return { records, final };
}

/** Equal priorities: the higher primary address wins (node order when addresses are unknown). */
function compareOrder(a: Member, b: Member): number {
  const ka = a.inst.ownAddress;
  const kb = b.inst.ownAddress;
  if (ka !== undefined && kb !== undefined && ka !== kb) return addrCmp(ka, kb);
  return b.inst.nodeIndex - a.inst.nodeIndex;
}
