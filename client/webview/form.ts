/**
 * The scenario the preview's controls describe (pure: plain values in, the request's scenario
 * out; the DOM is read in electionView.ts). The toggles are the first step after the start
 * (crash or stop a node, fail a check, take a link down), "then they recover" adds a second step
 * that undoes them: the same steps as `keepalived-lint election --step`.
 */
import type { ElectionAction, ElectionScenario } from '../../server/src/shared/protocol';

export interface Controls {
  /** keepalived per node: 'up', 'down' (crashes) or 'stop' (stops gracefully). */
  readonly runs: readonly { readonly node: string; readonly value: string }[];
  readonly fails: readonly { readonly node: string; readonly tracker: string; readonly checked: boolean }[];
  readonly links: readonly { readonly node: string; readonly iface: string; readonly checked: boolean }[];
  /** The start-order selects, first to last ('' for none). */
  readonly order: readonly string[];
  /** The start gap field as typed ('' or not a number: each node once the one before has settled). */
  readonly startGap: string;
  readonly recover: boolean;
}

export const NO_SCENARIO: ElectionScenario = { down: [], stop: [], fail: [], linkDown: [], startOrder: [], steps: [] };

/** The action that undoes another (a node starts again, a check recovers, a link comes up). */
export function undo(a: ElectionAction): ElectionAction | undefined {
  switch (a.kind) {
    case 'crash':
    case 'stop':
      return { kind: 'start', node: a.node };
    case 'fail':
      return { kind: 'heal', node: a.node, tracker: a.tracker };
    case 'link-down':
      return { kind: 'link-up', node: a.node, interface: a.interface };
    default:
      return undefined;
  }
}

export function scenarioFromControls(c: Controls): ElectionScenario {
  const down = c.runs.filter((r) => r.value === 'down').map((r) => r.node);
  const stop = c.runs.filter((r) => r.value === 'stop').map((r) => r.node);
  const fail = c.fails.filter((f) => f.checked).map((f) => ({ node: f.node, tracker: f.tracker }));
  const linkDown = c.links.filter((l) => l.checked).map((l) => ({ node: l.node, interface: l.iface }));
  const startOrder: string[] = [];
  for (const n of c.order) if (n !== '' && !startOrder.includes(n)) startOrder.push(n);
  const actions: ElectionAction[] = [
    ...fail.map((f): ElectionAction => ({ kind: 'fail', ...f })),
    ...linkDown.map((l): ElectionAction => ({ kind: 'link-down', ...l })),
    ...stop.map((node): ElectionAction => ({ kind: 'stop', node })),
    ...down.map((node): ElectionAction => ({ kind: 'crash', node })),
  ];
  const back = c.recover ? actions.map(undo).filter((a): a is ElectionAction => a !== undefined) : [];
  const gap = c.startGap.trim() === '' ? NaN : Number(c.startGap);
  return {
    down,
    stop,
    fail,
    linkDown,
    startOrder,
    ...(Number.isFinite(gap) && gap >= 0 ? { startGap: gap } : {}),
    steps: back.length ? [back] : [],
  };
}
