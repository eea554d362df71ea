/**
 * A source file as read, with offset ⇄ line/column conversion (0-based, UTF-16 units).
 * The only place positions are computed from offsets.
 */

export interface Position {
  readonly line: number;
  readonly character: number;
}

export class SourceFile {
  private starts: number[] | undefined;

  constructor(
    readonly path: string,
    readonly text: string,
  ) {}

  get lineStarts(): readonly number[] {
    if (!this.starts) {
      const starts = [0];
      const t = this.text;
      let i = t.indexOf('\n');
      while (i >= 0) {
        starts.push(i + 1);
        i = t.indexOf('\n', i + 1);
      }
      this.starts = starts;
    }
    return this.starts;
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  positionAt(offset: number): Position {
    const starts = this.lineStarts;
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= o)
        lo = mid; // lo < mid <= hi < starts.length
      else hi = mid - 1;
    }
    return { line: lo, character: o - starts[lo]! };
  }

  offsetAt(pos: Position): number {
    const starts = this.lineStarts;
    if (pos.line >= starts.length) return this.text.length;
    if (pos.line < 0) return 0;
    const lineEnd = starts[pos.line + 1] ?? this.text.length;
    return Math.min(starts[pos.line]! + Math.max(0, pos.character), lineEnd);
  }

  /** The text of line `line` without its line break. */
  lineText(line: number): string {
    const starts = this.lineStarts;
    const start = starts[line];
    if (start === undefined) return '';
    const end = starts[line + 1] ?? this.text.length;
    return this.text.slice(start, end).replace(/\r?\n$/, '');
  }
}
