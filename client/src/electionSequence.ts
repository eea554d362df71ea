/**
 * The timeline's sequence diagram drawn as HTML (a CSS grid: one column per node, one row per
 * event, lifelines behind), built from the timeline events of the server's answer, so the page
 * shows the same picture "Copy as Mermaid" copies without loading Mermaid or parsing it back.
 * Which events are drawn, and how, follows the election model's Mermaid renderer:
 *   an action                → a note over its node (a note over every node for the start)
 *   a priority-0 advert      → a message to every other member of its virtual router
 *   entering MASTER or FAULT, leaving MASTER → a note over the node
 *   a priority change, a preempt delay       → a note at the node's side
 * Layout positions are classes defined in the returned CSS (the webview's CSP forbids style="").
 */
import type { ElectionPreviewResult, ElectionTimelineEvent } from '../../server/src/shared/protocol';
import { escapeHtml } from './htmlEscape';

export interface SequenceDiagram {
  readonly participants: readonly string[];
  readonly rows: readonly SequenceRow[];
}

export type SequenceRow =
  | { readonly kind: 'note'; readonly from: number; readonly to: number; readonly right: boolean; readonly text: string }
  | { readonly kind: 'message'; readonly from: number; readonly to: number; readonly text: string };

/** Seconds as the model prints them: up to millisecond precision, no trailing zeros. */
const secs = (x: number) => `${Number(x.toFixed(3))} s`;

/** The diagram of a timeline: nodes in the order of the answer, rows in the order of the events. */
export function sequenceFromEvents(r: Pick<ElectionPreviewResult, 'nodes' | 'details' | 'timeline'>): SequenceDiagram {
  const participants: string[] = [];
  const seen = (n: string) => {
    if (n && !participants.includes(n)) participants.push(n);
  };
  for (const n of r.nodes) seen(n.name);
  for (const d of r.details) for (const n of d.nodes) seen(n.node);
  for (const e of r.timeline.events) seen(e.node);
  const members = new Map(r.details.map((d) => [d.key, d.nodes.map((n) => n.node)] as const));
  const col = (n: string) => participants.indexOf(n);
  const rows: SequenceRow[] = [];
  if (participants.length === 0) return { participants, rows };
  const last = participants.length - 1;
  rows.push({ kind: 'note', from: 0, to: last, right: false, text: `0 s: ${r.timeline.steps[0]?.label ?? 'start'}` });
  const note = (e: ElectionTimelineEvent, right = false) =>
    rows.push({ kind: 'note', from: col(e.node), to: col(e.node), right, text: `${secs(e.t)}: ${e.text}` });
  for (const e of r.timeline.events) {
    if (e.kind === 'action') note(e);
    else if (e.kind === 'advert0') {
      const to = (members.get(e.key) ?? []).filter((n) => n !== e.node);
      for (const n of to) rows.push({ kind: 'message', from: col(e.node), to: col(n), text: `${secs(e.t)} ${e.instance} priority 0` });
      if (to.length === 0) note(e);
    } else if (e.kind === 'state' && (e.to === 'MASTER' || e.to === 'FAULT' || e.from === 'MASTER')) note(e);
    else if (e.kind === 'priority' || e.kind === 'preempt-delay') note(e, true);
  }
  return { participants, rows };
}

/** The diagram's HTML and the CSS its position classes need (to go into the nonce'd style block). */
export function sequenceHtml(d: SequenceDiagram): { html: string; css: string } {
  const n = Math.max(1, d.participants.length);
  const rowsUsed = d.rows.length;
  const css: string[] = [`.seq.cols${n}{grid-template-columns:repeat(${n},minmax(11em,1fr))}`];
  for (let c = 1; c <= n; c++)
    css.push(
      `.seq .c${c}{grid-column-start:${c}}`,
      `.seq .s${c}{grid-column-end:span ${c}}`,
      `.seq .s${c}>.line{margin-left:${50 / c}%;margin-right:${50 / c}%}`,
    );
  for (let r = 1; r <= rowsUsed + 1; r++) css.push(`.seq .r${r}{grid-row-start:${r}}`);
  css.push(`.seq .life{grid-row:1 / ${rowsUsed + 2}}`);
  const out: string[] = [`<div class="seq cols${n}" role="img" aria-label="Sequence diagram of the timeline">`];
  d.participants.forEach((p, i) => {
    out.push(`<div class="life c${i + 1} s1" aria-hidden="true"></div>`);
    out.push(`<div class="actor r1 c${i + 1} s1">${escapeHtml(p)}</div>`);
  });
  d.rows.forEach((row, k) => {
    const r = k + 2;
    const span = row.to - row.from + 1;
    if (row.kind === 'note') {
      out.push(`<div class="note${row.right ? ' side' : ''}${span > 1 ? ' wide' : ''} r${r} c${row.from + 1} s${span}">${escapeHtml(row.text)}</div>`);
    } else {
      const dir = row.to >= row.from ? 'ltr' : 'rtl';
      const a = Math.min(row.from, row.to);
      const w = Math.abs(row.to - row.from) + 1;
      out.push(`<div class="message ${dir} r${r} c${a + 1} s${w}"><span class="label">${escapeHtml(row.text)}</span><span class="line"></span></div>`);
    }
  });
  out.push('</div>');
  return { html: out.join(''), css: css.join('\n') };
}
