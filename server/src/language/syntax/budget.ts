/**
 * What `$NAME` substitution and ~SEQ / ~LST / include expansions may cost in one parse. keepalived
 * would read some configurations for ever (definitions that refer to themselves, a ~SEQ of
 * ~SEQs); the reader stops expanding or substituting once these budgets are spent, and says so
 * once. The counters travel with the reader's state between lines (incremental reading).
 */
import type { Span } from '../issue';
import type { Substitution } from './definitions';
import { origin, type MText } from './mtext';
import { MAX_ROUNDS } from './sequences';

/**
 * What ~SEQ / ~LST rounds, multi-line `$NAME` values and repeated includes may produce in one
 * parse: as many lines as the largest single ~SEQ (MAX_ROUNDS), and about twice the characters
 * of the largest configuration we benchmark.
 */
export const MAX_EXPANDED_LINES = MAX_ROUNDS;
export const MAX_EXPANDED_CHARS = 2_000_000;
/** Characters `$NAME` substitution may copy in one parse (a large real configuration needs a few million). */
export const MAX_SUBSTITUTION_WORK = 50_000_000;

export class ExpansionBudget {
  /** Lines produced by expansions so far, against MAX_EXPANDED_LINES. */
  expandedLines = 0;
  expandedChars = 0;
  /** Characters substitution copied so far, against MAX_SUBSTITUTION_WORK. */
  substitutionWork = 0;
  substitutionStopped = false;
  expansionStopped = false;

  /** `report`: the reader's substitution-overflow error at a span. */
  constructor(private readonly report: (message: string, span: Span) => void) {}

  /**
   * Substitution copies the line once per `$NAME` it replaces; definitions that refer to
   * themselves make every line cost up to 256 copies of 1023 characters. Past
   * MAX_SUBSTITUTION_WORK characters copied in one parse, nothing more is substituted.
   */
  chargeSubstitution(m: MText, s: Substitution, input: MText = m): void {
    if (!s.changed) return;
    this.substitutionWork += s.uses.length * Math.max(input.text.length, s.m.text.length);
    if (this.substitutionWork <= MAX_SUBSTITUTION_WORK || this.substitutionStopped) return;
    this.substitutionStopped = true;
    const o = origin(m, 0, m.text.length);
    this.report(
      'These $NAME definitions refer to themselves so often that substituting them would never end (keepalived would not finish reading): nothing more is substituted from here on.',
      { file: o.file, start: o.start, end: o.end },
    );
  }

  /**
   * Expansions that refer to themselves (`$A=~SEQ(i,1,3) $A`, a multi-line `$M` whose value ends
   * in `$M`) or multiply (a ~SEQ of ~SEQs, of includes) would make keepalived read for ever; stop
   * once they have produced MAX_EXPANDED_LINES lines in all, and say so once.
   */
  mayExpand(lines: number, chars: number, span: Span): boolean {
    this.expandedLines += lines;
    this.expandedChars += chars;
    if (this.expandedLines <= MAX_EXPANDED_LINES && this.expandedChars <= MAX_EXPANDED_CHARS) return true;
    if (!this.expansionStopped) {
      this.expansionStopped = true;
      this.report(
        `These $NAME / ~SEQ / ~LST expansions and repeated includes produce more than ${MAX_EXPANDED_LINES.toLocaleString('en')} lines or ${MAX_EXPANDED_CHARS / 1e6} million characters (they refer to themselves or multiply): keepalived would never finish reading them. Nothing more is expanded.`,
        span,
      );
    }
    return false;
  }
}
