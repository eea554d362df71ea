/** Markdown for runbooks: a summary table, a table per virtual router and the timeline diagram. */

import { windowText } from '../explain';
import type { ElectionResult, InstanceOutcome, Timeline } from '../result';
import { splitBrainText } from '../splitBrain';
import { fmt } from '../timing';
import { markdownCell as cell } from './escape';
import { renderMermaid } from './mermaid';
import { shownState } from './text';

const row = (xs: readonly string[]) => `| ${xs.join(' | ')} |`;

function instanceSection(i: InstanceOutcome): string[] {
  const out = [`### ${cell(i.name)} (VRID ${i.vrid}, ${cell(i.interface)})`, '', cell(i.reason), ''];
  out.push(row(['Node', 'State', 'Priority', 'Effective', 'Master down', 'Why']), row(['---', '---', '---:', '---:', '---:', '---']));
  for (const n of i.nodes) {
    out.push(
      row([cell(n.node), shownState(i, n.node, n.state), String(n.priority), String(n.effectivePriority), `${fmt(n.masterDownInterval)} s`, cell(n.reason)]),
    );
  }
  const notes = [...i.notes, ...i.nodes.flatMap((n) => n.notes.map((x) => `${n.node}: ${x}`))];
  if (notes.length) out.push('', ...notes.map((n) => `- ${cell(n)}`));
  out.push('');
  return out;
}

export function renderMarkdown(
  result: Pick<ElectionResult, 'instances'> & Partial<Pick<ElectionResult, 'warnings' | 'splitBrain'>>,
  tl?: Timeline,
  title = 'Election preview',
): string {
  const out = [`## ${cell(title)}`, ''];
  const split = result.splitBrain ?? [];
  if (split.length) out.push(...split.map((s) => `> **SPLIT BRAIN:** ${cell(splitBrainText(s))}`), '');
  const warnings = [...new Set([...(result.warnings ?? []), ...(tl?.warnings ?? [])])];
  if (warnings.length) out.push(...warnings.map((w) => `> **Warning:** ${cell(w)}`), '');
  out.push(row(['Virtual router', 'VRID', 'Interface', 'Master', 'Decided by', 'Failover']), row(['---', '---:', '---', '---', '---', '---:']));
  for (const i of result.instances) {
    out.push(
      row([
        cell(i.name),
        String(i.vrid),
        cell(i.interface),
        i.master === null ? (i.candidates.length ? `*undecided: ${i.candidates.map(cell).join(' or ')}*` : '*none*') : cell(i.master),
        i.decidedBy,
        i.failover ? windowText(i.failover) : '–',
      ]),
    );
  }
  out.push('');
  for (const i of result.instances) out.push(...instanceSection(i));
  if (tl) out.push('### Timeline', '', '```mermaid', renderMermaid(tl).trimEnd(), '```', '');
  return out.join('\n');
}
