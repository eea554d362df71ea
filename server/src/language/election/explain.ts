/** Puts an evaluated step into words: the outcome per virtual router and per node. */

import type { PlanEvaluation, StepEvaluation } from './elect';
import type { Action } from './input';
import type { ResolvedInstance } from './resolve';
import type { InstanceOutcome, NodeOutcome, Window } from './result';
import type { MemberSnapshot } from './run';
import type { MasterCause } from './sim';
import { describeMasterDown, fmt, masterDownInterval, RACE_JITTER, round6, skew } from './timing';

export function describeAction(a: Action): string {
  switch (a.kind) {
    case 'crash':
      return `${a.node} crashes`;
    case 'stop':
      return `${a.node} stops gracefully`;
    case 'start':
      return `${a.node} starts`;
    case 'fail':
      return `${a.tracker} fails on ${a.node}${a.value !== undefined ? ` (value ${a.value})` : ''}`;
    case 'heal':
      return `${a.tracker} recovers on ${a.node}`;
    case 'link-down':
      return `${a.interface} goes down on ${a.node}`;
    case 'link-up':
      return `${a.interface} comes up on ${a.node}`;
    case 'isolate':
      return `${a.node} is cut off`;
    case 'rejoin':
      return `${a.node} is reconnected`;
  }
}

export function windowText(w: Window): string {
  return w.min === w.max ? `${fmt(w.max)} s` : `${fmt(w.min)}–${fmt(w.max)} s`;
}

function causeText(cause: MasterCause | null, inst: ResolvedInstance, eff: number): string {
  const md = describeMasterDown(eff, inst);
  switch (cause) {
    case 'owner':
      return 'it owns the addresses (priority 255, state MASTER) and is MASTER at once';
    case 'start':
      return `its master-down timer (${md}) runs out first`;
    case 'alone':
      return `it was the only one running when its master-down timer (${md}) ran out`;
    case 'unheard':
      return `it hears none of the other members running (their VRRP version, advert_int, authentication or unicast peers do not match), so its master-down timer (${md}) ran out`;
    case 'silence':
      return `the master went silent; its master-down timer (${md}) runs out first`;
    case 'preempt':
      return `it ignores the lower-priority master's adverts and preempts when its master-down timer (${md}) runs out`;
    case 'priority0':
      return `the master resigned with priority 0; it takes over after its skew (${fmt(skew(eff, inst))} s)`;
    case 'fault-cleared':
      return `it left FAULT and took over when its master-down timer (${md}) ran out`;
    default:
      return 'it is MASTER';
  }
}

const prio = (s: MemberSnapshot) => s.evaluation.effectivePriority;

function others(ev: StepEvaluation, who: MemberSnapshot): string {
  const rest = ev.snapshot.filter((s) => s !== who && s.state !== 'DOWN' && s.state !== 'FAULT');
  return rest.length ? `; ${rest.map((s) => `${s.node} ${prio(s)}`).join(', ')}` : '';
}

function instanceReason(pe: PlanEvaluation, ev: StepEvaluation): string {
  const actions = ev.step > 0 ? pe.plan.steps[ev.step - 1]!.actions : [];
  const after = actions.length ? `After ${actions.map(describeAction).join(', ')}: ` : '';
  const timing =
    ev.failover === null ? '' : ev.failover.max === 0 ? ' No failover: the master does not change.' : ` VIPs move after ${windowText(ev.failover)}.`;
  if (ev.decidedBy === 'none') {
    const why = ev.snapshot.map((s) => `${s.node} ${s.state}${s.fault ? ` (${s.fault})` : ''}`).join(', ');
    return `${after}no node can be MASTER: ${why}.`;
  }
  // without a predicted master, nodes that are MASTER whichever candidate wins
  const either = ev.alsoMaster.length
    ? ` Either way ${names(ev.alsoMaster.map((s) => s.node))} ${ev.alsoMaster.length > 1 ? 'are' : 'is'} MASTER too (they do not hear each other): split brain.`
    : '';
  if (ev.decidedBy === 'start-order' && ev.raceWinners.length > 1) {
    return `${after}too close to call: ${names(ev.raceWinners)} time out within ${fmt(RACE_JITTER * 1000)} ms of each other, so whichever hears the last advert first wins.${either}`;
  }
  if (ev.decidedBy === 'start-order' && !ev.master) {
    return `${after}decided by start order: ${names(ev.startWinners)} ${tieText(ev)}; whichever keepalived starts first becomes MASTER and keeps it. Give a start order to see the outcome.${either}`;
  }
  const m = ev.master!;
  const inst = member(ev, m.node);
  if (ev.decidedBy === 'start-order') {
    return `${after}decided by start order: ${names(ev.startWinners)} ${tieText(ev)}; with the given start order ${m.node} ends up MASTER.${timing}`;
  }
  const split = ev.alsoMaster.length
    ? ` Split brain: ${ev.alsoMaster.map((s) => s.node).join(', ')} ${ev.alsoMaster.length > 1 ? 'are' : 'is'} also MASTER (they do not hear each other).`
    : '';
  const why = causeText(m.cause, inst, prio(m));
  switch (ev.decidedBy) {
    case 'owner':
      return `${after}${m.node} owns the addresses (priority 255): ${why}.${timing}${split}`;
    case 'only-candidate':
      return `${after}${m.node} is the only node that can be MASTER (${
        ev.snapshot
          .filter((s) => s !== m)
          .map((s) => `${s.node} ${s.isolated ? 'cut off' : s.state}`)
          .join(', ') || 'no other node'
      }): ${why}.${timing}${split}`;
    case 'priority':
      return `${after}${m.node} has the highest effective priority (${prio(m)}${others(ev, m)}): ${why}.${timing}${split}`;
    default: {
      const better = ev.snapshot.filter((s) => s !== m && s.state === 'BACKUP' && prio(s) >= prio(m));
      // no backup it stays ahead of (the others are MASTER too, cut off): say why it is MASTER
      if (better.length === 0) return `${after}${m.node} (${prio(m)}) is MASTER: ${why}.${timing}${split}`;
      return `${after}${m.node} (${prio(m)}) stays MASTER as the incumbent: ${better.map((s) => incumbentText(ev, s, m)).join('; ')}.${timing}${split}`;
    }
  }
}

function names(xs: readonly (string | null)[]): string {
  const n = xs.filter((x): x is string => x !== null);
  return n.length <= 1 ? (n[0] ?? 'nobody') : `${n.slice(0, -1).join(', ')} and ${n[n.length - 1]}`;
}

function tieText(ev: StepEvaluation): string {
  const ws = ev.snapshot.filter((s) => ev.startWinners.includes(s.node));
  const ps = [...new Set(ws.map(prio))];
  if (ps.length === 1) return `have equal priority ${ps[0]}`;
  const mds = ws.map((s) => masterDownInterval(prio(s), member(ev, s.node)));
  const gap = round6(Math.max(...mds) - Math.min(...mds));
  return `have master-down timers only ${fmt(gap * 1000)} ms apart (priorities ${ps.join(', ')}), less than the 20–50 ms start jitter, and a lower one that wins is not preempted`;
}

function incumbentText(ev: StepEvaluation, s: MemberSnapshot, m: MemberSnapshot): string {
  const inst = member(ev, s.node);
  if (prio(s) === prio(m)) return `${s.node} has the same priority ${prio(s)} and an equal-priority backup never displaces the master`;
  if (!inst.preempt) return `${s.node} (${prio(s)}) has nopreempt`;
  return `${s.node} (${prio(s)}) does not preempt`;
}

function member(ev: StepEvaluation, node: string): ResolvedInstance {
  return ev.seg.members.find((m) => m.node === node)!;
}

function nodeReason(pe: PlanEvaluation, ev: StepEvaluation, s: MemberSnapshot, inst: ResolvedInstance): string {
  const fatal = pe.rc.nodes.find((n) => n.name === s.node)?.fatal;
  const effects = s.evaluation.effects.map((e) => `${e.tracker} ${e.delta > 0 ? '+' : ''}${e.delta}`).join(', ');
  const eff = `effective priority ${prio(s)}${effects ? ` (${inst.basePriority} ${effects})` : ''}`;
  const m = ev.master;
  if (!m && (s.state === 'MASTER' || s.state === 'BACKUP') && [...ev.startWinners, ...ev.raceWinners].includes(s.node)) {
    return `MASTER or BACKUP: it wins if ${ev.raceWinners.length > 1 ? 'its timer runs out first' : 'its keepalived starts first'}, ${eff}`;
  }
  switch (s.state) {
    case 'DOWN':
      if (fatal) return fatal;
      if (s.lastNodeEvent?.kind === 'crash') return 'crashed (no priority-0 advert was sent)';
      if (s.lastNodeEvent?.kind === 'stop') return 'stopped gracefully';
      return 'not running';
    case 'FAULT':
      return `FAULT: ${s.fault ?? s.evaluation.faults[0] ?? 'fault'}`;
    case 'MASTER':
      if (m && s !== m && ev.alsoMaster.includes(s)) return `MASTER too: cut off from the others (split brain), ${eff}`;
      return `MASTER with ${eff}: ${causeText(s.cause, inst, prio(s))}`;
    default: {
      if (s.isolated) return `BACKUP, cut off from the others, ${eff}`;
      if (!m) return `BACKUP, ${eff}`;
      if (prio(s) < prio(m)) return `BACKUP: ${eff} is below ${m.node}'s ${prio(m)}`;
      return `BACKUP with ${eff}: ${incumbentText(ev, s, m)}`;
    }
  }
}

export function outcomeOf(pe: PlanEvaluation, ev: StepEvaluation): InstanceOutcome {
  const nodes = ev.snapshot.map((s): NodeOutcome => {
    const inst = member(ev, s.node);
    const configured = inst.configuredPriority !== inst.basePriority ? { configuredPriority: inst.configuredPriority } : {};
    return {
      node: s.node,
      instance: s.instance,
      state: s.state,
      priority: inst.basePriority,
      ...configured,
      effectivePriority: prio(s),
      masterDownInterval: masterDownInterval(prio(s), inst),
      reason: nodeReason(pe, ev, s, inst),
      notes: inst.notes,
    };
  });
  const notes = [...ev.seg.notes];
  if (ev.seg.members.some((m) => m.syncGroup)) {
    notes.push('sync groups: keepalived moves all members together; the model follows each instance on its own except for FAULT');
  }
  return {
    name: ev.seg.name,
    vrid: ev.seg.vrid,
    interface: ev.seg.interface,
    family: ev.seg.family,
    key: ev.seg.key,
    master: ev.master?.node ?? null,
    decidedBy: ev.decidedBy,
    reason: instanceReason(pe, ev),
    failover: ev.failover,
    alsoMaster: ev.alsoMaster.map((s) => s.node),
    candidates: ev.master ? [] : [...new Set([...ev.startWinners, ...ev.raceWinners].filter((n): n is string => n !== null))],
    nodes,
    notes,
  };
}
