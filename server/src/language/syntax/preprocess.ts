/**
 * Reads a configuration the way keepalived's read_line() does and emits tokens.
 *
 * Per physical line: split at 1023 characters (keepalived's buffer), decomment, then
 * `@id` / `@^id` conditionals, `$NAME=` definitions (multi-line with `\`), `~SEQ`/`~LST`
 * repetition, `$NAME` substitution, `include` lines, and finally the split at braces.
 * Every token keeps its original file and offsets (see mtext.ts).
 */
import { SyntaxCode } from './codes';
import type { ConfigHost } from '../host';
import { dirname, resolvePath } from '../host';
import type { Issue, Severity, Span } from '../issue';
import { decomment, newCommentScan, scanComment } from './decomment';
import { builtinDefinitions, MAX_LINE, parseDefinitionLine, substitute, type Definition, type Substitution, type VariableUse } from './definitions';
import { INCLUDE_VARIANTS, openInclude, type IncludeEdge } from './includes';
import { origin, plain, slice, synthetic, trim, type MText } from './mtext';
import { MAX_ROUNDS, parseRepetition } from './sequences';
import { SourceFile } from './source';
import { nextWord, splitWords, wordCursor } from './words';
import { Keyword, LCurly, makeToken, RCurly, Word, type KToken } from './tokens';

export interface PreprocessOptions {
  /** keepalived's `-i` / `--config-id`; undefined: no `@id` line matches. */
  readonly configId?: string;
}

export interface ConditionalLine {
  /** The `@id` / `@^id` prefix. */
  readonly span: Span;
  readonly id: string;
  readonly negated: boolean;
  readonly active: boolean;
  /** The whole line it governs. */
  readonly lineSpan: Span;
}

export interface RepetitionSite {
  readonly span: Span;
  readonly vars: readonly string[];
  readonly rounds: number;
}

/** A `#` or `!` glued to a word: keepalived cuts the word there (`auth_pass ab#cd` is `ab`). */
export interface MidWordComment {
  /** The comment character and the rest of the word it hides. */
  readonly span: Span;
  /** What keepalived keeps of the word. */
  readonly kept: string;
  /** What it drops (up to the next blank). */
  readonly dropped: string;
}

export interface Preprocessed {
  readonly entry: string;
  readonly tokens: KToken[];
  readonly files: Map<string, SourceFile>;
  readonly issues: Issue[];
  readonly definitions: Definition[];
  readonly uses: VariableUse[];
  readonly conditionals: ConditionalLine[];
  readonly repetitions: RepetitionSite[];
  readonly includes: IncludeEdge[];
  readonly midWordComments: MidWordComment[];
}

type Producer =
  | { kind: 'file'; file: SourceFile; pos: number; dir: string; depth: number; real: string }
  | { kind: 'lines'; lines: MText[]; i: number }
  | { kind: 'rounds'; vars: readonly string[]; rounds: readonly (readonly string[])[]; template: MText; i: number };

/** Bytes keepalived's fgets() would see, to find where a long line is cut. */
function cutIndex(line: string): number {
  if (line.length <= MAX_LINE / 3) return -1;
  let bytes = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c < 0xdc00 ? 4 : c >= 0xdc00 && c < 0xe000 ? 0 : 3;
    if (bytes > MAX_LINE) return i;
  }
  return -1;
}

/**
 * What ~SEQ / ~LST rounds, multi-line `$NAME` values and repeated includes may produce in one
 * parse: as many lines as the largest single ~SEQ (MAX_ROUNDS), and about twice the characters
 * of the largest configuration we benchmark.
 */
export const MAX_EXPANDED_LINES = MAX_ROUNDS;
export const MAX_EXPANDED_CHARS = 2_000_000;
/** Characters `$NAME` substitution may copy in one parse (a large real configuration needs a few million). */
export const MAX_SUBSTITUTION_WORK = 50_000_000;

/** String.prototype.trim() === '' without building the trimmed string. */
function isBlankLine(line: string): boolean {
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 32 || c === 9) continue;
    if (c > 32 && c < 127) return false;
    return line.trim() === '';
  }
  return true;
}

/** A piece of a line that handleLine() treats specially (`@id`, `~SEQ`/`~LST`, `include`). */
function needsReader(t: string, at: number): boolean {
  const c = t.charCodeAt(at);
  return c === 0x40 || c === 0x7e || (c === 0x69 && t.startsWith('include', at));
}

export function preprocess(entryPath: string, entryText: string, host: ConfigHost, options: PreprocessOptions = {}): Preprocessed {
  return new Reader(entryPath, entryText, host, options).run();
}

/** What the reader carries from one line of the entry file to the next, where incremental reading may restart. */
export interface ReaderState {
  /** `$NAME` definitions in force (built-ins included). */
  readonly defs: ReadonlyMap<string, Definition>;
  readonly expandedLines: number;
  readonly expandedChars: number;
  readonly substitutionWork: number;
}

/**
 * The reader, paused between lines of the entry file (incremental re-reading, language/incremental):
 * it starts at a line with a given state and reads up to a limit, as often as asked.
 */
export interface ResumableReader {
  readonly out: Preprocessed;
  /** Read until the entry file's next line starts at or after `limit` (or the file ends); what earlier lines produced is read first. */
  readTo(limit: number): void;
  /** Paused between two lines of the entry file with nothing in progress (no include open, no multi-line definition, no rest of a line). */
  readonly clean: boolean;
  /** The entry file is read to its end. */
  readonly done: boolean;
  /** The state now (the definitions map is shared until it changes). */
  state(): ReaderState;
  /** An expansion or substitution budget ran out (the results depend on everything read before). */
  readonly stopped: boolean;
}

/** A reader over `entry` starting at offset `pos` (a line start) in `state` (undefined: the start of the file). */
export function resumableReader(entry: SourceFile, host: ConfigHost, options: PreprocessOptions, state: ReaderState | undefined, pos: number): ResumableReader {
  return new Reader(entry.path, entry.text, host, options).resume(entry, state, pos);
}

/** Are two definition maps the same objects under the same names (built-ins, which each reader makes its own, by name)? */
export function sameDefinitions(a: ReadonlyMap<string, Definition>, b: ReadonlyMap<string, Definition>): boolean {
  if (a === b) return true;
  if (a.size !== b.size) return false;
  for (const [k, v] of a) {
    const w = b.get(k);
    if (w !== v && !(w?.builtin && v.builtin)) return false;
  }
  return true;
}

class Reader {
  private readonly out: Preprocessed;
  private readonly stack: Producer[] = [];
  private readonly defs = new Map<string, Definition>();
  private pendingDef: Definition | undefined;
  private readonly scan = newCommentScan();
  /** Where the last word of a plain line was found (reused for every word). */
  private readonly cursor = wordCursor();
  /** Lines produced by expansions so far, against MAX_EXPANDED_LINES. */
  private expandedLines = 0;
  private expandedChars = 0;
  private substitutionWork = 0;
  private substitutionStopped = false;
  private expansionStopped = false;
  /** `file\0start` of every ~SEQ/~LST line seen (the first use of an expanded one is recorded). */
  private readonly repetitionSites = new Set<string>();
  /** Pause once the entry file's next line starts here (resumable reading). */
  private limit = Infinity;
  /** The definitions as last handed out by state(), while they have not changed. */
  private defsShared: Map<string, Definition> | undefined;

  constructor(
    private readonly entryPath: string,
    private readonly entryText: string,
    private readonly host: ConfigHost,
    private readonly options: PreprocessOptions,
  ) {
    this.out = {
      entry: entryPath,
      tokens: [],
      files: new Map(),
      issues: [],
      definitions: [],
      uses: [],
      conditionals: [],
      repetitions: [],
      includes: [],
      midWordComments: [],
    };
    for (const d of builtinDefinitions({ dir: () => this.currentDir(), configId: options.configId })) this.defs.set(d.name, d);
  }

  run(): Preprocessed {
    this.pushFile(new SourceFile(this.entryPath, this.entryText), 0);
    this.pump();
    return this.out;
  }

  private pump(): void {
    for (;;) {
      const raw = this.nextRaw();
      if (!raw) break;
      if (raw.fromFile && this.pendingDef) {
        this.continueDefinition(raw.m);
        continue;
      }
      this.handleLine(raw.m, raw.fromFile);
    }
  }

  resume(entry: SourceFile, state: ReaderState | undefined, pos: number): ResumableReader {
    if (state) {
      // built-ins stay this reader's own (`$_PWD` asks the reader where it is)
      for (const [k, d] of state.defs) if (!d.builtin) this.defs.set(k, d);
      for (const k of [...this.defs.keys()]) if (!state.defs.has(k)) this.defs.delete(k);
      this.expandedLines = state.expandedLines;
      this.expandedChars = state.expandedChars;
      this.substitutionWork = state.substitutionWork;
    }
    this.out.files.set(entry.path, entry);
    this.stack.push({ kind: 'file', file: entry, pos, dir: dirname(entry.path), depth: 0, real: this.host.realpath(entry.path) });
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const reader = this;
    return {
      out: this.out,
      readTo(limit: number): void {
        reader.limit = limit;
        reader.pump();
      },
      get clean(): boolean {
        return (reader.stack.length === 1 || reader.stack.length === 0) && reader.pendingDef === undefined;
      },
      get done(): boolean {
        return reader.stack.length === 0;
      },
      get stopped(): boolean {
        return reader.expansionStopped || reader.substitutionStopped;
      },
      state(): ReaderState {
        reader.defsShared ??= new Map(reader.defs);
        return { defs: reader.defsShared, expandedLines: reader.expandedLines, expandedChars: reader.expandedChars, substitutionWork: reader.substitutionWork };
      },
    };
  }

  private issue(code: SyntaxCode, severity: Severity, message: string, span: Span): void {
    this.out.issues.push({ code, severity, message, span });
  }

  private currentDir(): string {
    for (let i = this.stack.length - 1; i >= 0; i--) {
      const p = this.stack[i];
      if (p?.kind === 'file') return p.dir;
    }
    return dirname(this.entryPath);
  }

  private currentDepth(): number {
    for (let i = this.stack.length - 1; i >= 0; i--) {
      const p = this.stack[i];
      if (p?.kind === 'file') return p.depth;
    }
    return 0;
  }

  private pushFile(file: SourceFile, depth: number, real: string = this.host.realpath(file.path)): void {
    this.out.files.set(file.path, file);
    this.stack.push({ kind: 'file', file, pos: 0, dir: dirname(file.path), depth, real });
  }

  /** The next line from the innermost producer: decommented text for file lines. */
  private nextRaw(): { m: MText; fromFile: boolean } | undefined {
    for (;;) {
      const top = this.stack[this.stack.length - 1];
      if (top === undefined) return undefined;
      // An exhausted producer leaves the stack as it gives its last line, so a chain of
      // rests (each pushed while the previous is being handled) does not pile up.
      if (top.kind === 'lines') {
        const m = top.lines[top.i++];
        if (m !== undefined) {
          if (top.i === top.lines.length) this.stack.pop();
          return { m, fromFile: false };
        }
        this.stack.pop();
        continue;
      }
      if (top.kind === 'rounds') {
        const values = top.rounds[top.i++];
        if (values !== undefined) {
          // sequences.ts gives every round one value per variable
          top.vars.forEach((v, k) => this.define(v, values[k]!, undefined));
          if (top.i === top.rounds.length) this.stack.pop();
          return { m: top.template, fromFile: false };
        }
        this.stack.pop();
        continue;
      }
      const text = top.file.text;
      if (top.pos >= this.limit && this.stack.length === 1 && top.pos < text.length) return undefined;
      if (top.pos >= text.length) {
        this.stack.pop();
        if (this.pendingDef) this.endDefinition();
        continue;
      }
      let nl = text.indexOf('\n', top.pos);
      if (nl < 0) nl = text.length;
      const lineStart = top.pos;
      let lineEnd = nl;
      if (lineEnd > lineStart && text.charCodeAt(lineEnd - 1) === 13) lineEnd--;
      let line = text.slice(lineStart, lineEnd);
      const cut = cutIndex(line);
      if (cut >= 0) {
        // keepalived reads at most 1023 bytes: the rest comes back as a line of its own.
        top.pos = lineStart + cut;
        line = line.slice(0, cut);
        this.issue(
          SyntaxCode.lineTooLong,
          'warning',
          'This line is longer than the 1023 bytes keepalived reads at once: it is cut here and the rest is read as a separate line.',
          { file: top.file.path, start: lineStart + cut - 1, end: Math.min(lineEnd, lineStart + cut + 1) },
        );
      } else {
        top.pos = nl + 1;
      }
      const nul = line.indexOf('\0');
      if (nul >= 0) {
        this.issue(SyntaxCode.nulCharacter, 'warning', 'keepalived stops reading this line at the NUL character; the rest of the line is ignored.', {
          file: top.file.path,
          start: lineStart + nul,
          end: lineStart + nul + 1,
        });
        line = line.slice(0, nul);
      }
      if (isBlankLine(line)) {
        if (this.pendingDef) this.endDefinition();
        continue;
      }
      const file = top.file.path;
      const d = scanComment(line, this.scan);
      if (d.commentAt > 0) this.midWord(line, d.commentAt, file, lineStart);
      if (d.openQuoteAt >= 0) {
        this.issue(
          SyntaxCode.unterminatedQuote,
          'error',
          'Unterminated quote: the closing " is missing, so keepalived ignores the rest of the line from here.',
          { file, start: lineStart + d.openQuoteAt, end: lineEnd },
        );
      }
      if (!d.escapes && !d.cont) {
        // The kept text maps one-to-one onto [lineStart + lead, lineStart + end).
        if (!this.pendingDef && this.plainLine(line, d.lead, d.end, file, lineStart)) continue;
        return { m: plain(line.slice(d.lead, d.end), file, lineStart + d.lead), fromFile: true };
      }
      return { m: decomment(plain(line, file, lineStart)).m, fromFile: true };
    }
  }

  /**
   * The common case without building mapped text: a file line with no `$`, `@id`, `~` or
   * `include` goes through handleLine() as splitBraces() alone, so split it at braces and into
   * words right here. A piece after a brace that needs the full reader (it starts with `@`,
   * `~` or `include`) is queued exactly as splitBraces() queues it. Returns false, having done
   * nothing, when the line itself needs the full reader.
   */
  private plainLine(t: string, from: number, n: number, file: string, base: number): boolean {
    if (from >= n) return true;
    const dollar = t.indexOf('$', from);
    if (dollar >= 0 && dollar < n) return false;
    if (needsReader(t, from)) return false;
    const tokens = this.out.tokens;
    while (from < n) {
      const c0 = t.charCodeAt(from);
      if (c0 === 0x7b || c0 === 0x7d) {
        tokens.push(makeToken(c0 === 0x7b ? LCurly : RCurly, c0 === 0x7b ? '{' : '}', file, base + from, base + from + 1, false, false));
        from++;
        while (from < n && (t.charCodeAt(from) === 32 || t.charCodeAt(from) === 9)) from++;
        if (from < n && needsReader(t, from)) {
          this.stack.push({ kind: 'lines', lines: [plain(t.slice(from, n), file, base + from)], i: 0 });
          return true;
        }
        continue;
      }
      let i = from;
      for (; i < n; i++) {
        const c = t.charCodeAt(i);
        if (c === 0x22) {
          const q = t.indexOf('"', i + 1);
          if (q < 0 || q >= n) {
            i = n;
            break;
          }
          i = q;
        } else if (c === 0x7b || c === 0x7d) break;
      }
      this.plainWords(t, from, i, file, base);
      from = i;
    }
    return true;
  }

  /** emitLine(splitWords()) for text that maps one-to-one onto the file. */
  private plainWords(t: string, i: number, n: number, file: string, base: number): void {
    const tokens = this.out.tokens;
    const w = this.cursor;
    let type = Keyword;
    // unmatched quotes: the rest of the line is dropped (reported by the caller)
    for (; nextWord(t, i, n, w); i = w.next) {
      const q = w.quoted ? 1 : 0;
      tokens.push(makeToken(type, t.slice(w.start, w.end), file, base + w.start - q, base + w.end + q, w.quoted, false));
      type = Word;
    }
  }

  private midWord(line: string, at: number, file: string, lineStart: number): void {
    const before = line[at - 1];
    const after = line[at + 1];
    if (before === ' ' || before === '\t' || before === '{' || before === '}' || before === '"') return;
    if (after === undefined || after === ' ' || after === '\t' || after === line[at]) return;
    let ws = line.slice(0, at).search(/[^ \t]*$/);
    if (ws < 0) ws = at;
    let end = line.slice(at).search(/[ \t]/);
    end = end < 0 ? line.length : at + end;
    this.out.midWordComments.push({ span: { file, start: lineStart + at, end: lineStart + end }, kept: line.slice(ws, at), dropped: line.slice(at, end) });
  }

  private define(name: string, value: string, span: Span | undefined): Definition {
    const existing = this.defs.get(name);
    const def: Definition = { name, value, multiline: false, span: span ?? existing?.span };
    this.defs.set(name, def);
    this.defsShared = undefined;
    return def;
  }

  private continueDefinition(m: MText): void {
    const def = this.pendingDef!;
    let text = m.text;
    const more = text.endsWith('\\');
    if (more) text = text.slice(0, -1).replace(/[ \t]+$/, '');
    if (text.length > 0) def.value = def.value === '' ? text : `${def.value}\n${text}`;
    const o = origin(m, 0, m.text.length);
    if (def.valueSpan && o.file === def.valueSpan.file) def.valueSpan = { ...def.valueSpan, end: o.end };
    if (!more) this.endDefinition();
  }

  private endDefinition(): void {
    const def = this.pendingDef;
    this.pendingDef = undefined;
    if (def && def.value === '') def.multiline = false;
  }

  /** One line through keepalived's read_line loop. */
  private handleLine(m: MText, fromFile: boolean): void {
    for (let guard = 0; guard < 64; guard++) {
      if (m.text.length === 0) return;
      if (m.text[0] === '@') {
        const r = this.conditional(m, fromFile);
        if (!r) return;
        m = r;
        if (m.text.length === 0) return;
      }
      if (m.text[0] === '$') {
        const dl = parseDefinitionLine(m.text);
        if (dl) {
          const nameO = origin(m, 0, dl.nameEnd);
          const def: Definition = { name: dl.name, value: dl.value, multiline: dl.multiline, span: { file: nameO.file, start: nameO.start, end: nameO.end } };
          const vo = origin(m, dl.valueStart, m.text.length);
          def.valueSpan = { file: vo.file, start: vo.start, end: vo.end };
          this.defs.set(dl.name, def);
          this.defsShared = undefined;
          if (!nameO.synthetic) this.out.definitions.push(def);
          if (dl.multiline) this.pendingDef = def;
          return;
        }
      }
      if (m.text.startsWith('~SEQ') || m.text.startsWith('~LST')) {
        this.repetition(m);
        return;
      }
      if (m.text[0] === '~') break;
      if (m.text.indexOf('$') < 0) break;
      if (this.substitutionStopped) break;
      if (!fromFile) {
        // Text that is not a line of a file (the rest of a line split at a brace, an expanded
        // line) can be scanned and re-grown for ever (the rest expands again, is split again...):
        // scanning it counts against the expansion budget; past it, nothing is substituted.
        const o = origin(m, 0, m.text.length);
        if (!this.mayExpand(0, m.text.length, { file: o.file, start: o.start, end: o.end })) break;
      }
      const s = substitute(m, this.defs);
      this.chargeSubstitution(m, s);
      if (!fromFile && s.m.text.length > m.text.length) {
        const o = origin(m, 0, m.text.length);
        if (!this.mayExpand(0, s.m.text.length - m.text.length, { file: o.file, start: o.start, end: o.end })) break;
      }
      for (const u of s.uses) this.out.uses.push(u);
      if (s.problem) {
        const o = origin(m, 0, m.text.length);
        this.issue(
          SyntaxCode.substitutionOverflow,
          'error',
          s.problem === 'runaway'
            ? 'These $NAME definitions refer to each other without end: keepalived would never finish reading this line.'
            : 'After $NAME substitution this line is longer than the 1023 characters keepalived allows; it stops substituting.',
          { file: o.file, start: o.start, end: o.end },
        );
      }
      if (s.moreLines && s.moreLines.length > 0 && s.moreSpan) {
        const sp = s.moreSpan;
        if (
          this.mayExpand(
            s.moreLines.length,
            s.moreLines.reduce((n, l) => n + l.length, 0),
            sp,
          )
        )
          this.stack.push({ kind: 'lines', lines: s.moreLines.map((l) => synthetic(l, sp.file, sp.start, sp.end)), i: 0 });
      }
      if (!s.changed || s.problem) {
        m = s.m;
        break;
      }
      m = trim(s.m);
      if (!(m.text[0] === '@' || m.text.includes('$'))) break;
    }
    if (this.include(m, fromFile)) return;
    this.splitBraces(m);
  }

  private conditional(m: MText, fromFile: boolean): MText | undefined {
    const negated = m.text[1] === '^';
    const idStart = negated ? 2 : 1;
    const ws = m.text.slice(idStart).search(/[ \t]/);
    if (ws < 0) return undefined; // nothing after the id: keepalived drops the line
    const idEnd = idStart + ws;
    const id = m.text.slice(idStart, idEnd);
    const matches = this.options.configId !== undefined && this.options.configId === id;
    const active = matches !== negated;
    if (fromFile) {
      const o = origin(m, 0, idEnd);
      const lo = origin(m, 0, m.text.length);
      this.out.conditionals.push({
        span: { file: o.file, start: o.start, end: o.end },
        id,
        negated,
        active,
        lineSpan: { file: lo.file, start: lo.start, end: lo.end },
      });
    }
    if (!active) return undefined;
    return trim(slice(m, idEnd));
  }

  private repetition(m: MText): void {
    if (this.expansionStopped) return; // a ~SEQ of 100,000 ~SEQs must not even build its rounds
    const r = parseRepetition(m.text, (text) => {
      if (this.substitutionStopped) return text;
      const p = plain(text, '', 0);
      const s = substitute(p, this.defs);
      this.chargeSubstitution(m, s, p);
      return s.m.text;
    });
    const o = origin(m, 0, m.text.length);
    const span = { file: o.file, start: o.start, end: o.end };
    if ('error' in r) {
      this.issue(SyntaxCode.invalidSequence, 'error', `Invalid ${m.text.slice(0, 4)} line: ${r.error}. keepalived ignores the line.`, span);
      return;
    }
    const rep = r.ok;
    const key = `${span.file}\0${span.start}`;
    if (!o.synthetic || !this.repetitionSites.has(key)) {
      this.out.repetitions.push({ span, vars: rep.vars, rounds: rep.rounds.length });
    }
    this.repetitionSites.add(key);
    if (!this.mayExpand(rep.rounds.length, rep.rounds.length * (m.text.length - rep.textStart), span)) return;
    this.stack.push({ kind: 'rounds', vars: rep.vars, rounds: rep.rounds, template: slice(m, rep.textStart), i: 0 });
  }

  /**
   * Substitution copies the line once per `$NAME` it replaces; definitions that refer to
   * themselves make every line cost up to 256 copies of 1023 characters. Past
   * MAX_SUBSTITUTION_WORK characters copied in one parse, nothing more is substituted.
   */
  private chargeSubstitution(m: MText, s: Substitution, input: MText = m): void {
    if (!s.changed) return;
    this.substitutionWork += s.uses.length * Math.max(input.text.length, s.m.text.length);
    if (this.substitutionWork <= MAX_SUBSTITUTION_WORK || this.substitutionStopped) return;
    this.substitutionStopped = true;
    const o = origin(m, 0, m.text.length);
    this.issue(
      SyntaxCode.substitutionOverflow,
      'error',
      'These $NAME definitions refer to themselves so often that substituting them would never end (keepalived would not finish reading): nothing more is substituted from here on.',
      { file: o.file, start: o.start, end: o.end },
    );
  }

  /**
   * Expansions that refer to themselves (`$A=~SEQ(i,1,3) $A`, a multi-line `$M` whose value ends
   * in `$M`) or multiply (a ~SEQ of ~SEQs, of includes) would make keepalived read for ever; stop
   * once they have produced MAX_EXPANDED_LINES lines in all, and say so once.
   */
  private mayExpand(lines: number, chars: number, span: Span): boolean {
    this.expandedLines += lines;
    this.expandedChars += chars;
    if (this.expandedLines <= MAX_EXPANDED_LINES && this.expandedChars <= MAX_EXPANDED_CHARS) return true;
    if (!this.expansionStopped) {
      this.expansionStopped = true;
      this.issue(
        SyntaxCode.substitutionOverflow,
        'error',
        `These $NAME / ~SEQ / ~LST expansions and repeated includes produce more than ${MAX_EXPANDED_LINES.toLocaleString('en')} lines or ${MAX_EXPANDED_CHARS / 1e6} million characters (they refer to themselves or multiply): keepalived would never finish reading them. Nothing more is expanded.`,
        span,
      );
    }
    return false;
  }

  private include(m: MText, fromFile: boolean): boolean {
    if (m.text.indexOf('include') !== 0) return false;
    const [variantWord, pathWord, extra] = splitWords(m).words;
    if (!variantWord || !pathWord || extra) return false;
    const variant = variantWord.value;
    const checks = INCLUDE_VARIANTS.get(variant);
    if (!checks) return false;
    const lo = origin(m, 0, m.text.length);
    // Past the expansion budget, includes produced by expansions are not followed either.
    if (this.expansionStopped && !fromFile) return true;
    const span: Span = { file: lo.file, start: lo.start, end: lo.end };
    const pathSpan: Span = { file: pathWord.file, start: pathWord.start, end: pathWord.end };
    const pattern = pathWord.value;
    const resolved = resolvePath(this.currentDir(), pattern);
    const edge: IncludeEdge = { variant, span, pathSpan, pattern, resolved, files: [] };
    this.out.includes.push(edge);
    const depth = this.currentDepth() + 1;
    const toRead = openInclude(edge, depth, {
      host: this.host,
      issue: (code, severity, message) => this.issue(code, severity, message, pathSpan),
      beingRead: (real) => this.stack.some((p) => p.kind === 'file' && p.real === real),
      known: (path) => this.out.files.get(path),
      mayReread: (file) => this.mayExpand(file.lineCount, file.text.length, pathSpan),
    });
    for (const { file, real } of toRead.reverse()) this.pushFile(file, depth, real);
    return true;
  }

  /** keepalived splits a line at the first brace outside quotes; the rest is read as the next line. */
  private splitBraces(m: MText): void {
    const t = m.text;
    let i = 0;
    if (t[0] !== '{' && t[0] !== '}') {
      for (; i < t.length; i++) {
        const c = t[i];
        if (c === '"') {
          const q = t.indexOf('"', i + 1);
          if (q < 0) {
            i = t.length;
            break;
          }
          i = q;
        } else if (c === '{' || c === '}') break;
      }
    }
    if (i >= t.length) {
      this.emitLine(m);
      return;
    }
    if (i === 0) {
      const rest = trim(slice(m, 1));
      if (rest.text.length > 0) this.stack.push({ kind: 'lines', lines: [rest], i: 0 });
      this.emitBrace(m);
      return;
    }
    const rest = slice(m, i);
    this.stack.push({ kind: 'lines', lines: [rest], i: 0 });
    this.emitLine(trim(slice(m, 0, i)));
  }

  private emitBrace(m: MText): void {
    const o = origin(m, 0, 1);
    const open = m.text.charCodeAt(0) === 0x7b; // '{' (else '}': splitBraces calls this at a brace)
    this.out.tokens.push(makeToken(open ? LCurly : RCurly, open ? '{' : '}', o.file, o.start, o.end, false, o.synthetic));
  }

  private emitLine(m: MText): void {
    if (m.text.length === 0) return;
    const w = splitWords(m);
    if (w.unmatchedQuote) {
      this.issue(SyntaxCode.unterminatedQuote, 'error', 'Unmatched quote: keepalived ignores the rest of the line from here.', w.unmatchedQuote);
    }
    let first = true;
    for (const word of w.words) {
      this.out.tokens.push(makeToken(first ? Keyword : Word, word.value, word.file, word.start, word.end, word.quoted, word.synthetic));
      first = false;
    }
  }
}
