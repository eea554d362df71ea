/** A Mermaid sequence diagram of a timeline: one participant per node. */

import type { Timeline } from '../result';
import { fmt } from '../timing';
import { mermaidText } from './escape';

export function renderMermaid(tl: Timeline): string {
  const nodes: string[] = [];
  const seen = (n: string) => {
    if (n && !nodes.includes(n)) nodes.push(n);
  };
  for (const s of tl.steps) for (const i of s.instances) for (const n of i.nodes) seen(n.node);
  for (const e of tl.events) seen(e.node);
  const id = (n: string) => `N${nodes.indexOf(n)}`;
  const all = nodes.length > 1 ? `${id(nodes[0]!)},${id(nodes[nodes.length - 1]!)}` : id(nodes[0] ?? '');
  const lines = ['sequenceDiagram'];
  for (const n of nodes) lines.push(`  participant ${id(n)} as ${mermaidText(n)}`);
  if (nodes.length === 0) return `${lines.join('\n')}\n`;
  const members = new Map<string, string[]>();
  for (const s of tl.steps)
    for (const i of s.instances)
      members.set(
        i.key,
        i.nodes.map((n) => n.node),
      );
  lines.push(`  Note over ${all}: ${mermaidText(`0 s: ${tl.steps[0]?.label ?? 'start'}`)}`);
  for (const e of tl.events) {
    const at = `${fmt(e.t)} s`;
    if (e.kind === 'action') {
      lines.push(`  Note over ${id(e.node)}: ${mermaidText(`${at}: ${e.text}`)}`);
    } else if (e.kind === 'advert0') {
      const to = (members.get(e.key) ?? []).filter((n) => n !== e.node);
      for (const n of to) lines.push(`  ${id(e.node)}-)${id(n)}: ${mermaidText(`${at} ${e.instance} priority 0`)}`);
      if (to.length === 0) lines.push(`  Note over ${id(e.node)}: ${mermaidText(`${at}: ${e.text}`)}`);
    } else if (e.kind === 'state' && (e.to === 'MASTER' || e.to === 'FAULT' || e.from === 'MASTER')) {
      lines.push(`  Note over ${id(e.node)}: ${mermaidText(`${at}: ${e.text}`)}`);
    } else if (e.kind === 'priority' || e.kind === 'preempt-delay') {
      lines.push(`  Note right of ${id(e.node)}: ${mermaidText(`${at}: ${e.text}`)}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
