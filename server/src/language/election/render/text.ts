/** Plain-text renderings for terminals. */

import { windowText } from '../explain';
import type { ElectionResult, InstanceOutcome, Timeline } from '../result';
import { fmt } from '../timing';
import { splitBrainText } from '../splitBrain';
import { oneLine } from './escape';

/** The loud lines for a split brain ("!! SPLIT BRAIN: ..."), one per set of masters. */
export function splitBrainLines(result: Partial<Pick<ElectionResult, 'splitBrain'>>): string[] {
  return (result.splitBrain ?? []).map((s) => `!! SPLIT BRAIN: ${oneLine(splitBrainText(s))}`);
}

/** A node's state as the table shows it: a node that may or may not win an undecided election is "MASTER or BACKUP". */
export function shownState(i: InstanceOutcome, node: string, state: string): string {
  return i.master === null && i.candidates.includes(node) ? 'MASTER or BACKUP' : state;
}

function table(rows: readonly (readonly string[])[], indent: string): string[] {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  return rows.map(
    (r) =>
      indent +
      r
        .map((cell, c) => (c === r.length - 1 ? cell : cell.padEnd(widths[c]!)))
        .join('  ')
        .trimEnd(),
  );
}

export function renderInstanceText(i: InstanceOutcome): string {
  const lines: string[] = [];
  lines.push(`${oneLine(i.name)}  (vrid ${i.vrid}, ${oneLine(i.interface)}, ipv${i.family})`);
  const undecided = i.candidates.length > 0 ? `(undecided: ${i.candidates.map(oneLine).join(' or ')})` : '(none)';
  const by = i.master === null && i.candidates.length === 0 ? 'no node can be MASTER' : `decided by ${i.decidedBy}`;
  lines.push(`  master:     ${i.master === null ? undecided : oneLine(i.master)}   ${by}`);
  if (i.failover) lines.push(`  failover:   ${windowText(i.failover)}`);
  lines.push(`  why:        ${oneLine(i.reason)}`);
  const rows = [['node', 'state', 'prio', 'eff', 'master-down', 'why']];
  for (const n of i.nodes) {
    rows.push([
      oneLine(n.node),
      shownState(i, n.node, n.state),
      String(n.priority),
      String(n.effectivePriority),
      `${fmt(n.masterDownInterval)} s`,
      oneLine(n.reason),
    ]);
  }
  lines.push(...table(rows, '  '));
  const notes = [...i.notes, ...i.nodes.flatMap((n) => n.notes.map((x) => `${n.node}: ${x}`))];
  for (const n of notes) lines.push(`  note: ${oneLine(n)}`);
  return lines.join('\n');
}

export function renderText(result: Pick<ElectionResult, 'instances'> & Partial<Pick<ElectionResult, 'warnings' | 'splitBrain'>>): string {
  const loud = splitBrainLines(result)
    .map((l) => `${l}\n`)
    .join('');
  const warnings = (result.warnings ?? []).map((w) => `warning: ${oneLine(w)}\n`).join('');
  if (result.instances.length === 0) return `${loud}${warnings}No VRRP instances.\n`;
  return `${loud}${warnings}${result.instances.map(renderInstanceText).join('\n\n')}\n`;
}

export function renderTimelineText(tl: Timeline): string {
  const lines: string[] = tl.warnings.map((w) => `warning: ${oneLine(w)}`);
  for (const e of tl.events) {
    const who = e.kind === 'action' ? '' : `${oneLine(e.node)} `;
    lines.push(`${fmt(e.t).padStart(9)} s  ${e.kind === 'action' ? '>> ' : '   '}${who}${oneLine(e.text)}`);
  }
  for (const s of tl.steps) {
    lines.push('', `after "${oneLine(s.label)}" (at ${fmt(s.at)} s):`);
    for (const i of s.instances) {
      const fo = i.failover ? `, failover ${windowText(i.failover)}` : '';
      const undecided = i.candidates.length > 0 ? `(undecided: ${i.candidates.map(oneLine).join(' or ')})` : '(none)';
      lines.push(`  ${oneLine(i.name)}: master ${i.master === null ? undecided : oneLine(i.master)} (${i.decidedBy}${fo})`);
    }
    for (const l of splitBrainLines(s)) lines.push(`  ${l}`);
  }
  return `${lines.join('\n')}\n`;
}
