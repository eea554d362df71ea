/**
 * The timeline's Mermaid sequence diagram drawn as HTML (a CSS grid: one column per participant,
 * one row per statement, lifelines behind), so the webview shows the same picture "Copy as
 * Mermaid" copies without loading Mermaid. Reads the subset the election renderer writes:
 *   participant N0 as <label>
 *   Note over N0: <text>  ·  Note over N0,N2: <text>  ·  Note right of N0: <text>
 *   N0-)N1: <text>  (also ->>, -->>, -), --), ->, -->)
 * Text in Mermaid is entity-encoded (#59; for `;`); it is decoded here and HTML-escaped on output.
 * Layout positions are classes defined in the returned CSS (the webview's CSP forbids style="").
 */
import { escapeHtml } from './htmlEscape';

export interface SequenceDiagram {
  readonly participants: readonly { readonly id: string; readonly label: string }[];
  readonly rows: readonly SequenceRow[];
}

export type SequenceRow =
  | { readonly kind: 'note'; readonly from: number; readonly to: number; readonly right: boolean; readonly text: string }
  | { readonly kind: 'message'; readonly from: number; readonly to: number; readonly text: string };

/** `#59;` → `;` (Mermaid's entity codes, as render/escape.ts mermaidText writes them). */
export function decodeMermaid(text: string): string {
  return text.replace(/#(\d{1,7});/g, (m, code: string) => {
    const n = Number(code);
    return n <= 0x10ffff ? String.fromCodePoint(n) : m;
  });
}

export function parseMermaidSequence(source: string): SequenceDiagram {
  const participants: { id: string; label: string }[] = [];
  const rows: SequenceRow[] = [];
  const index = (id: string): number => {
    let i = participants.findIndex((p) => p.id === id);
    if (i < 0) {
      participants.push({ id, label: id });
      i = participants.length - 1;
    }
    return i;
  };
  for (const raw of source.split('\n')) {
    const line = raw.trim();
    let m: RegExpExecArray | null;
    if ((m = /^participant\s+(\S+?)(?:\s+as\s+(.*))?$/.exec(line))) {
      const i = index(m[1]!);
      participants[i] = { id: m[1]!, label: decodeMermaid(m[2] ?? m[1]!) };
    } else if ((m = /^Note\s+(over|right of|left of)\s+([^:,\s]+)(?:\s*,\s*([^:\s]+))?\s*:\s?(.*)$/i.exec(line))) {
      const a = index(m[2]!);
      const b = m[3] ? index(m[3]) : a;
      rows.push({ kind: 'note', from: Math.min(a, b), to: Math.max(a, b), right: m[1]!.toLowerCase() !== 'over', text: decodeMermaid(m[4]!) });
    } else if ((m = /^([^\s:-]+)\s*(?:--?>>|--?\)|--?>)\s*([^\s:]+)\s*:\s?(.*)$/.exec(line))) {
      rows.push({ kind: 'message', from: index(m[1]!), to: index(m[2]!), text: decodeMermaid(m[3]!) });
    }
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
    out.push(`<div class="actor r1 c${i + 1} s1">${escapeHtml(p.label)}</div>`);
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
