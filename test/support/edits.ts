/** Random text edits for the incremental property tests: a place (a fraction of the text), a deletion, an insertion. */
import fc from 'fast-check';

export interface Edit {
  readonly at: number;
  readonly del: number;
  readonly ins: string;
}

/** Edits that delete nothing, a few characters or a line's worth, and insert nothing or one of `inserts`. */
export function editArb(inserts: fc.Arbitrary<string>): fc.Arbitrary<Edit> {
  return fc.record({
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    del: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 4 }), fc.integer({ min: 5, max: 60 })),
    ins: fc.oneof(fc.constant(''), inserts),
  });
}

/** `text` with the edit applied. */
export function applyEdit(text: string, e: Edit): string {
  const at = Math.min(text.length, Math.floor(e.at * (text.length + 1)));
  return text.slice(0, at) + e.ins + text.slice(at + e.del);
}
