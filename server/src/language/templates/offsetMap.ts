/**
 * Offsets between a template and one of its renderings: pieces of literal text map character
 * for character, a printed value maps to the whole tag that printed it, text the rendering left
 * out maps to nothing. Both directions, by binary search over the pieces (in rendering order,
 * which is template order, but for the line breaks a joined line moves after its text:
 * skeleton.ts).
 */

export interface Piece {
  /** [outStart, outStart + outLength) of the rendering ... */
  readonly outStart: number;
  readonly outLength: number;
  /** ... comes from [tplStart, tplEnd) of the template */
  readonly tplStart: number;
  readonly tplEnd: number;
  /** literal text (1:1), or a value standing for a tag */
  readonly literal: boolean;
}

export class OffsetMap {
  constructor(readonly pieces: readonly Piece[]) {}

  /** The piece holding rendering offset `o` (the last one starting at or before it). */
  private pieceAt(o: number): Piece | undefined {
    let lo = 0;
    let hi = this.pieces.length - 1;
    let found: Piece | undefined;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const p = this.pieces[mid]!;
      if (p.outStart <= o) {
        found = p;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  }

  /** The template offset of rendering offset `o`; `end` picks the end of a value's tag. */
  toTemplate(o: number, end = false): number {
    const p = this.pieceAt(o);
    if (!p) return 0;
    if (p.literal) return Math.min(p.tplStart + (o - p.outStart), p.tplEnd);
    return end && o > p.outStart ? p.tplEnd : p.tplStart;
  }

  /** A rendering span as a template span (a span over a value covers its whole tag). */
  toTemplateSpan(start: number, end: number): { start: number; end: number } {
    const s = this.toTemplate(start);
    const e = end > start ? this.toTemplate(end, true) : s;
    return { start: s, end: Math.max(s, e) };
  }

  /** The rendering offset of template offset `t`, when that text was rendered as it is written (literal text). */
  toRendering(t: number): number | undefined {
    for (const p of this.pieces) {
      if (p.literal && t >= p.tplStart && t <= p.tplEnd) return p.outStart + (t - p.tplStart);
      if (!p.literal && t >= p.tplStart && t < p.tplEnd) return p.outStart;
    }
    return undefined;
  }

  /** Does the rendering span [start, end) touch a value printed by a tag? */
  touchesValue(start: number, end: number): boolean {
    for (const p of this.pieces) {
      if (p.literal || p.outStart > end) continue;
      const pe = p.outStart + p.outLength;
      if (start < pe && p.outStart < Math.max(end, start + 1)) return true;
    }
    return false;
  }

  /** Is template span [start, end) entirely literal text that this rendering contains? */
  literalAt(start: number, end: number): boolean {
    return this.pieces.some((p) => p.literal && start >= p.tplStart && end <= p.tplEnd);
  }
}
