/**
 * Inlay hints: the effective priority after `priority` (base + tracker weights, clamped, or the
 * address owner's 255) and the value a `$NAME` use expands to. Each kind can be switched off.
 */
import type { Span } from '../issue';
import { enclosingInstance, textOf, type FeatureContext } from './locate';
import { priorityReport, priorityShort, resolvedInstances } from './priority';

export interface InlayHintOptions {
  readonly effectivePriority?: boolean;
  readonly variables?: boolean;
  /** Only hints inside this span of the file. */
  readonly range?: Span;
}

export interface InlayHintResult {
  /** Offset in the file the hint is shown at (after the text it explains). */
  readonly offset: number;
  readonly label: string;
  readonly tooltip?: string;
  readonly kind: 'priority' | 'variable';
}

const MAX_LABEL = 40;

const shorten = (s: string) => (s.length > MAX_LABEL ? `${s.slice(0, MAX_LABEL - 1)}…` : s);

export function inlayHints(ctx: FeatureContext, o: InlayHintOptions = {}): InlayHintResult[] {
  const { model, file } = ctx;
  const p = model.parsed;
  const inRange = (off: number) => !o.range || (off >= o.range.start && off <= o.range.end);
  const out: InlayHintResult[] = [];
  if (o.effectivePriority !== false) {
    let resolved: ReturnType<typeof resolvedInstances> | undefined;
    for (const inst of model.instances) {
      const stmt = inst.last('priority');
      if (!stmt || stmt.span.file !== file || !inRange(stmt.span.end)) continue;
      if (enclosingInstance(model, stmt) !== inst) continue;
      resolved ??= resolvedInstances(model);
      const r = priorityReport(model, inst, resolved);
      if (!r) continue;
      const label = `→ ${priorityShort(r)}`;
      out.push({
        offset: stmt.span.end,
        label,
        kind: 'priority',
        tooltip: r.owner
          ? 'Priority 255: the address owner. Tracker weights never change it.'
          : `Effective priority with every tracked check succeeding (base ${r.base}${r.trackers.length > 0 ? ` and ${r.trackers.map((t) => `${t.name}: ${t.effect}`).join('; ')}` : ''}).`,
      });
    }
  }
  if (o.variables !== false) {
    // one hint per use site; a use repeated by ~SEQ / ~LST lists each value it takes
    const sites = new Map<number, { end: number; values: string[] }>();
    for (const u of p.uses) {
      if (u.span.file !== file || !inRange(u.span.end)) continue;
      const t = textOf(p, u.span);
      if (t !== `$${u.name}` && !t.startsWith(`\${${u.name}`)) continue;
      const site = sites.get(u.span.start) ?? { end: u.span.end, values: [] };
      const value = u.expansion ?? '';
      if (!site.values.includes(value)) site.values.push(value);
      sites.set(u.span.start, site);
    }
    for (const site of sites.values()) {
      const shown = site.values.map((v) => (v === '' ? '""' : v)).join(', ');
      out.push({ offset: site.end, label: `= ${shorten(shown)}`, kind: 'variable', tooltip: shown.length > MAX_LABEL ? site.values.join('\n') : undefined });
    }
  }
  // at one offset (`priority $P`): the value of $P, then the effective priority
  out.sort((a, b) => a.offset - b.offset || (a.kind === b.kind ? 0 : a.kind === 'variable' ? -1 : 1));
  return out;
}
