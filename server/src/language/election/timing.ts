/**
 * VRRP timers as keepalived 2.2.7 runs them (measured in the vrrp-lab, see findings.md).
 *
 *   Master_Down_Interval = down_timer_adverts × advert_int + skew
 *   skew = (256 − p) / 256 s            VRRPv2 (not scaled by advert_int)
 *   skew = (256 − p) × advert_int / 256  VRRPv3
 */

import type { Window } from './result';

/** Spread of keepalived start times between nodes started "together" (measured 20–50 ms). */
export const START_JITTER = 0.05;
/**
 * Spread of the arrival of one advert at different backups (measured 3–5 ms): backups whose
 * timers differ by less than this race (Kolla 2 vs 1, 3.9 ms apart, went either way; 3 vs 1,
 * 7.8 ms apart, went to the higher one).
 */
export const RACE_JITTER = 0.005;

/**
 * From launching keepalived until its VRRP instances are in BACKUP (init) with their timers
 * running, or an address owner is MASTER: the parent forks the VRRP child, which reads the
 * configuration and opens its sockets first. Measured 8–17 ms on an idle 2-core machine (the
 * lab's "launch → Entering BACKUP STATE"), up to 60 ms while the machine is busy.
 */
export const START_LATENCY: Window = { min: 0.005, max: 0.06 };
/**
 * From SIGTERM until the MASTER's priority-0 advert is out: the parent passes the signal to the
 * VRRP child, which sends priority 0 as it shuts its instances down. Measured about 1 ms idle,
 * up to 60 ms while the machine is busy.
 */
export const STOP_LATENCY: Window = { min: 0, max: 0.06 };

export interface TimerParams {
  readonly version: 2 | 3;
  readonly advertInt: number;
  readonly downTimerAdverts: number;
}

export function skew(priority: number, t: TimerParams): number {
  const p = Math.min(255, Math.max(0, priority));
  return t.version === 3 ? ((256 - p) * t.advertInt) / 256 : (256 - p) / 256;
}

export function masterDownInterval(priority: number, t: TimerParams): number {
  return round6(t.downTimerAdverts * t.advertInt + skew(priority, t));
}

/** How the master-down interval is made up, e.g. "3 × 1 s + 156/256 s". */
export function describeMasterDown(priority: number, t: TimerParams): string {
  const p = Math.min(255, Math.max(0, priority));
  const sk = t.version === 3 ? `${256 - p} × ${fmt(t.advertInt)}/256 s` : `${256 - p}/256 s`;
  return `${t.downTimerAdverts} × ${fmt(t.advertInt)} s + ${sk} = ${fmt(masterDownInterval(priority, t))} s`;
}

/**
 * Failover after the master vanishes without a priority-0 advert (crash, link down, partition)
 * or demotes itself by weight: the best backup's timer runs from the last advert it accepted,
 * which was up to one advert interval before the event.
 */
export function silentFailoverWindow(bestBackupPriority: number, t: TimerParams): Window {
  const md = masterDownInterval(bestBackupPriority, t);
  return { min: round6(md - t.advertInt), max: md };
}

/** Failover after a priority-0 advert (graceful stop, weight-0 fault on the master): the skew only. */
export function priorityZeroFailover(bestBackupPriority: number, t: TimerParams): Window {
  const s = round6(skew(bestBackupPriority, t));
  return { min: s, max: s };
}

export interface CheckTiming {
  readonly interval?: number;
  readonly fall?: number;
  readonly rise?: number;
}

/**
 * Time from a check's real failure (or recovery) until keepalived acts on it: a script runs every
 * `interval` s and needs `fall` (or `rise`) results in a row, so the change lands in
 * ((n − 1) × interval, n × interval]. Files, interfaces, processes and BFD are event driven (0).
 */
export function detectionWindow(kind: string, c: CheckTiming, direction: 'fail' | 'heal'): Window {
  if (kind !== 'script') return { min: 0, max: 0 };
  const interval = positive(c.interval, 1);
  const n = Math.max(1, Math.floor(positive(direction === 'fail' ? c.fall : c.rise, 1)));
  return { min: round6((n - 1) * interval), max: round6(n * interval) };
}

function positive(v: number | undefined, dflt: number): number {
  return v !== undefined && Number.isFinite(v) && v > 0 ? v : dflt;
}

/**
 * How long one node needs after its launch to settle on its own: the start latency, then its
 * master-down interval (nobody better is heard) plus one advert interval (an advert from a better
 * master has arrived), plus its preempt delay. Starts in a given order are this far apart by
 * default, so that "n3 started first" means n3 was MASTER before n1 came up.
 */
export function startSettleTime(insts: readonly (TimerParams & { readonly preemptDelay?: number })[]): number {
  let t = 0;
  for (const i of insts) t = Math.max(t, masterDownInterval(1, i) + i.advertInt + (i.preemptDelay ?? 0));
  return Math.ceil(START_LATENCY.max + t);
}

export function round6(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

/** Seconds for humans: up to 3 decimals, no trailing zeros. */
export function fmt(x: number): string {
  return String(Math.round(x * 1000) / 1000);
}
