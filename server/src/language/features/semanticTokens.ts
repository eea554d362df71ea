/**
 * Semantic tokens for what a TextMate grammar cannot know: `$NAME` definitions and uses,
 * `@id` prefixes (an inactive line is shown as a comment), `~SEQ` / `~LST`, and the names of
 * scripts, instances, groups and tracked objects where they are defined and referenced.
 */
import type { RefKind } from '../catalogue/types';
import type { Span } from '../issue';
import { textOf, type FeatureContext } from './locate';

export const TOKEN_TYPES = ['variable', 'macro', 'function', 'class', 'namespace', 'event', 'comment', 'struct', 'parameter'] as const;
export const TOKEN_MODIFIERS = ['declaration', 'defaultLibrary'] as const;

export type TokenType = (typeof TOKEN_TYPES)[number];
export type TokenModifier = (typeof TOKEN_MODIFIERS)[number];

export interface SemanticToken {
  readonly span: Span;
  readonly type: TokenType;
  readonly modifiers: readonly TokenModifier[];
}

const TYPE_OF_KIND: Record<RefKind, TokenType> = {
  vrrp_instance: 'class',
  vrrp_script: 'function',
  vrrp_sync_group: 'namespace',
  track_file: 'function',
  track_process: 'function',
  bfd_instance: 'event',
  virtual_server_group: 'struct',
  track_group: 'namespace',
  garp_group: 'struct',
};

export function semanticTokens(ctx: FeatureContext): SemanticToken[] {
  const { model, file } = ctx;
  const p = model.parsed;
  const raw: SemanticToken[] = [];
  const add = (span: Span, type: TokenType, modifiers: TokenModifier[] = []) => {
    if (span.file !== file || span.end <= span.start) return;
    if (textOf(p, span).includes('\n')) return;
    raw.push({ span, type, modifiers });
  };

  for (const c of p.conditionals) {
    add(c.span, 'macro');
    if (!c.active) add({ file: c.lineSpan.file, start: c.span.end, end: c.lineSpan.end }, 'comment');
  }
  for (const r of p.repetitions) {
    const t = textOf(p, r.span);
    const head = /^~(SEQx|SEQ|LST)/.exec(t);
    if (head) add({ file: r.span.file, start: r.span.start, end: r.span.start + head[0].length }, 'macro');
    const inner = /^~(?:SEQx|SEQ|LST)[ \t]*\([ \t]*\{?([A-Za-z_][A-Za-z0-9_]*)/.exec(t);
    const param = inner?.[1];
    if (param !== undefined) {
      const at = t.indexOf(param, head?.[0].length ?? 0);
      add({ file: r.span.file, start: r.span.start + at, end: r.span.start + at + param.length }, 'parameter', ['declaration']);
    }
  }
  for (const d of p.definitions) if (d.span) add(d.span, 'variable', ['declaration']);
  for (const u of p.uses) {
    const t = textOf(p, u.span);
    if (t === `$${u.name}` || t.startsWith(`\${${u.name}`)) add(u.span, 'variable', u.definition?.builtin ? ['defaultLibrary'] : []);
  }
  // `$NAME` inside definition values and ~SEQ parameters (read later, at each use)
  const regions: Span[] = [];
  for (const d of p.definitions) if (d.valueSpan) regions.push(d.valueSpan);
  for (const r of p.repetitions) regions.push(r.span);
  const defined = new Set(p.definitions.map((d) => d.name));
  for (const region of regions) {
    if (region.file !== file) continue;
    const t = textOf(p, region);
    const re = /\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?/g;
    for (let m = re.exec(t); m; m = re.exec(t)) {
      if (defined.has(m[1]!)) add({ file, start: region.start + m.index, end: region.start + m.index + m[0].length }, 'variable');
    }
  }
  for (const d of model.symbols.definitions) if (!d.nameWord.synthetic) add(d.nameWord.span, TYPE_OF_KIND[d.kind], ['declaration']);
  for (const r of model.symbols.references) {
    if (r.word.synthetic || !model.symbols.lookup(r.kind, r.name)) continue;
    add(r.word.span, TYPE_OF_KIND[r.kind]);
  }

  // sorted, without overlaps (the first token at a place wins)
  raw.sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
  const out: SemanticToken[] = [];
  let end = -1;
  const seen = new Set<number>();
  for (const t of raw) {
    if (t.span.start < end || seen.has(t.span.start)) continue;
    seen.add(t.span.start);
    out.push(t);
    end = t.span.end;
  }
  return out;
}
