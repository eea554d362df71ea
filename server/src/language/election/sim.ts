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
import { sameAuth, type ResolvedInstance } from './resolve';
import { masterDownInterval, skew } from './timing';

export type SimState = 'DOWN' | 'BACKUP' | 'MASTER' | 'FAULT';

/** Why a node became MASTER. */
export type MasterCause =
  | 'owner' // priority 255 + state MASTER: at once
  | 'start' // its timer ran out after start: nobody better was advertising
  | 'alone' // its timer ran out after start while no other member was running
  | 'unheard' // its timer ran out after start while the others running send adverts it does not accept
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

function newMember(inst: ResolvedInstance, ev: Evaluation): Member {
  return {
    inst,
    ev,
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
  };
}

/** Whether `rx` receives the adverts `tx` sends. */
function hears(rx: Member, tx: Member): boolean {
  return (
    rx.running &&
    tx.running &&
    !rx.isolated &&
    !tx.isolated &&
    !rx.ev.linkDown &&
    !tx.ev.linkDown &&
    rx.inst.version === tx.inst.version &&
    // VRRPv2 drops adverts with another interval or other authentication (vrrp.c vrrp_check_packet)
    (rx.inst.version === 3 || (rx.inst.advertInt === tx.inst.advertInt && sameAuth(rx.inst, tx.inst))) &&
    (tx.inst.unicast ? tx.inst.peersUnknown || rx.inst.ownAddress === undefined || tx.inst.peers.includes(rx.inst.ownAddress) : !rx.inst.unicast)
  );
}

/** `rx` and `tx` are connected and running, and `rx` still drops `tx`'s adverts: their configurations disagree. */
function refuses(rx: Member, tx: Member): boolean {
  const connected = (m: Member) => m.running && !m.isolated && !m.ev.linkDown;
  return connected(rx) && connected(tx) && !hears(rx, tx);
}

const md = (m: Member) => masterDownInterval(m.ev.effectivePriority, m.inst);

/** The members, the records so far and the state machine; inputs and timers drive it. */
class Simulation {
  readonly records: SimRecord[] = [];
  readonly byNode: ReadonlyMap<string, Member>;

  constructor(
    readonly ms: readonly Member[],
    readonly opts: SimOptions,
  ) {
    this.byNode = new Map(ms.map((m) => [m.inst.node, m] as const));
  }

  setState(m: Member, t: number, to: SimState, extra: Partial<SimRecord> = {}): void {
    if (m.state === to) return;
    this.records.push({ t, node: m.inst.node, kind: 'state', from: m.state, to, ...extra });
    m.state = to;
    if (to !== 'BACKUP') m.downAt = null;
    if (to !== 'MASTER') m.advertAt = null;
  }

  /** Start (or restart) a BACKUP's down timer. */
  setDown(m: Member, t: number, after: number, cause: MasterCause): void {
    m.downAt = t + after + (this.opts.lag?.(m.inst.node, t + after) ?? 0);
    m.downCause = cause;
    m.discarded = false;
  }

  /** An advert of `prio` from `tx` reaches every member that hears it (and its answers, in turn). */
  send(tx: Member, prio: number, t: number, depth = 0): void {
    if (depth > 16) return;
    if (prio === 0) this.records.push({ t, node: tx.inst.node, kind: 'advert0', priority: 0 });
    else tx.lastAdvert = t;
    for (const rx of this.ms) {
      if (rx === tx || !hears(rx, tx)) continue;
      if (rx.state === 'BACKUP') this.backupReceives(rx, prio, t);
      else if (rx.state === 'MASTER') this.masterReceives(rx, tx, prio, t, depth);
    }
  }

  /** vrrp_state_backup: accept (restart the timer), or discard a lower master's advert to preempt it. */
  backupReceives(rx: Member, prio: number, t: number): void {
    const own = rx.ev.effectivePriority;
    if (prio === 0) return this.setDown(rx, t, skew(own, rx.inst), 'priority0');
    const delayRunning = rx.inst.preemptDelay > 0 && (rx.preemptTime === null || rx.preemptTime + (this.opts.preemptSlack ?? 0) > t);
    if (rx.inst.preempt && prio < own && !delayRunning) {
      rx.discarded = true;
      return;
    }
    this.setDown(rx, t, md(rx), 'silence');
    if (rx.inst.preemptDelay <= 0) return;
    if (prio >= own) rx.preemptTime = null;
    else if (rx.preemptTime === null) {
      rx.preemptTime = t + rx.inst.preemptDelay;
      this.records.push({ t, node: rx.inst.node, kind: 'preempt-delay', priority: prio });
    }
  }

  /** vrrp_state_master_rx: yield to a better master, answer anything else at once. */
  masterReceives(rx: Member, tx: Member, prio: number, t: number, depth: number): void {
    const own = rx.ev.effectivePriority;
    const higher = prio !== 0 && (prio > own || (prio === own && compareOrder(tx, rx) > 0));
    if (!higher) return this.send(rx, own, t, depth + 1);
    this.setState(rx, t, 'BACKUP');
    this.setDown(rx, t, md(rx), 'silence');
  }

  becomeMaster(m: Member, t: number, cause: MasterCause): void {
    this.setState(m, t, 'MASTER', { cause });
    m.masterSince = t;
    m.cause = cause;
    m.preemptTime = null;
    m.advertAt = t + m.inst.advertInt;
    this.send(m, m.ev.effectivePriority, t);
  }

  backupOrMaster(m: Member, t: number, cause: MasterCause): void {
    if (m.inst.ownerMaster) return this.becomeMaster(m, t, 'owner');
    this.setState(m, t, 'BACKUP');
    this.setDown(m, t, md(m), cause);
  }

  /** Leave MASTER for FAULT or DOWN: a priority-0 advert first, unless its own link is down. */
  resign(m: Member, t: number): void {
    if (m.state === 'MASTER' && !m.ev.linkDown) this.send(m, 0, t);
  }

  /** The member whose timer runs out first (BACKUP: down timer; MASTER: next advert). */
  nextTimer(): { t: number; who: Member | undefined } {
    let t = Infinity;
    let who: Member | undefined;
    for (const m of this.ms) {
      const x = m.state === 'BACKUP' ? m.downAt : m.state === 'MASTER' ? m.advertAt : null;
      if (x !== null && x < t) {
        t = x;
        who = m;
      }
    }
    return { t, who };
  }

  timerExpires(who: Member, t: number): void {
    if (who.state === 'BACKUP') {
      let cause: MasterCause = who.discarded ? 'preempt' : who.downCause;
      if (cause === 'start' && this.ms.every((m) => m === who || !m.running)) cause = 'alone';
      else if (cause === 'start' && this.ms.every((m) => m === who || !m.running || refuses(who, m))) cause = 'unheard';
      this.becomeMaster(who, t, cause);
    } else {
      who.advertAt = t + who.inst.advertInt;
      this.send(who, who.ev.effectivePriority, t);
    }
  }
}

/** What each input does to its member at its time. */
const INPUTS: Record<SimInput['kind'], (sim: Simulation, m: Member, e: SimInput) => void> = {
  start(sim, m, { t }) {
    if (m.running) return;
    m.running = true;
    m.preemptTime = null;
    if (m.ev.faults.length > 0) sim.setState(m, t, 'FAULT', { fault: m.ev.faults[0] });
    else sim.backupOrMaster(m, t, 'start');
  },
  crash: (sim, m, { t }) => stop(sim, m, t, false),
  stop: (sim, m, { t }) => stop(sim, m, t, true),
  isolate(_sim, m) {
    m.isolated = true;
  },
  rejoin(_sim, m) {
    m.isolated = false;
  },
  conditions(sim, m, e) {
    if (e.kind === 'conditions') newConditions(sim, m, e.t, e.evaluation);
  },
};

/** A crash sends nothing; a graceful stop resigns first. */
function stop(sim: Simulation, m: Member, t: number, graceful: boolean): void {
  if (!m.running) return;
  if (graceful) sim.resign(m, t);
  sim.setState(m, t, 'DOWN');
  m.running = false;
}

/** New priority or faults: a running BACKUP's timer follows the new priority; a fault resigns. */
function newConditions(sim: Simulation, m: Member, t: number, evaluation: Evaluation): void {
  const old = m.ev;
  m.ev = evaluation;
  if (!m.running) return;
  if (old.effectivePriority !== m.ev.effectivePriority) {
    sim.records.push({ t, node: m.inst.node, kind: 'priority', priority: m.ev.effectivePriority });
    if (m.state === 'BACKUP' && m.downAt !== null) {
      const shift = md(m) - masterDownInterval(old.effectivePriority, m.inst);
      m.downAt = Math.max(t, m.downAt + shift);
    }
  }
  if (m.ev.faults.length > 0 && m.state !== 'FAULT') {
    sim.resign(m, t);
    sim.setState(m, t, 'FAULT', { fault: m.ev.faults[0] });
  } else if (m.ev.faults.length === 0 && m.state === 'FAULT') sim.backupOrMaster(m, t, 'fault-cleared');
}

function apply(sim: Simulation, e: SimInput): void {
  const m = sim.byNode.get(e.node);
  if (m) INPUTS[e.kind](sim, m, e);
}

function finalState(m: Member): SimMemberState {
  return {
    node: m.inst.node,
    state: m.state,
    effectivePriority: m.ev.effectivePriority,
    isolated: m.isolated || m.ev.linkDown,
    masterSince: m.state === 'MASTER' ? m.masterSince : null,
    cause: m.state === 'MASTER' ? m.cause : null,
    lastAdvert: m.lastAdvert,
  };
}

/** Run the inputs (in time order) and the members' timers until `opts.until`. */
export function simulate(
  insts: readonly ResolvedInstance[],
  initial: readonly Evaluation[],
  inputs: readonly SimInput[],
  opts: SimOptions,
): { records: SimRecord[]; final: SimMemberState[] } {
  const sim = new Simulation(
    insts.map((inst, k) => newMember(inst, initial[k]!)),
    opts,
  );
  const events = [...inputs].sort((a, b) => a.t - b.t);
  let ei = 0;
  for (let guard = 0; guard < 2_000_000; guard++) {
    const te = ei < events.length ? events[ei]!.t : Infinity;
    const timer = sim.nextTimer();
    const t = Math.min(te, timer.t);
    if (!Number.isFinite(t) || t > opts.until) break;
    if (te <= timer.t) apply(sim, events[ei++]!);
    else sim.timerExpires(timer.who!, timer.t);
  }
  return { records: sim.records, final: sim.ms.map(finalState) };
}

/** Equal priorities: the higher primary address wins (node order when addresses are unknown). */
function compareOrder(a: Member, b: Member): number {
  const ka = a.inst.ownAddress;
  const kb = b.inst.ownAddress;
  if (ka !== undefined && kb !== undefined && ka !== kb) return addrCmp(ka, kb);
  return b.inst.nodeIndex - a.inst.nodeIndex;
}
