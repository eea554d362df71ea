/**
 * Reads a configuration the way keepalived's read_line() does and emits tokens.
 *
 * Per physical line: split at 1023 characters (keepalived's buffer), decomment, then
 * `@id` / `@^id` conditionals, `$NAME=` definitions (multi-line with `\`), `~SEQ`/`~LST`
 * repetition, `$NAME` substitution, `include` lines, and finally the split at braces and into
 * words (emit.ts). Every token keeps its original file and offsets (see mtext.ts); what expansions
 * may cost is budget.ts's, what a parse produces is described in preprocessed.ts.
 */
import type { ConfigHost } from '../host';
import { dirname } from '../host';
import type { Severity, Span } from '../issue';
import { ExpansionBudget } from './budget';
import { SyntaxCode } from './codes';
import { decomment, newCommentScan, scanComment } from './decomment';
import { builtinDefinitions, MAX_LINE, parseDefinitionLine, substitute, type Definition } from './definitions';
import { TokenEmitter } from './emit';
import { INCLUDE_VARIANTS, includeTarget, openInclude, type IncludeEdge } from './includes';
import { origin, plain, slice, synthetic, trim, type MText } from './mtext';
import type { Preprocessed, PreprocessOptions, ReaderState, ResumableReader } from './preprocessed';
import { parseRepetition } from './sequences';
import { SourceFile } from './source';

export { MAX_EXPANDED_CHARS, MAX_EXPANDED_LINES, MAX_SUBSTITUTION_WORK } from './budget';
export type { ConditionalLine, MidWordComment, Preprocessed, PreprocessOptions, ReaderState, RepetitionSite, ResumableReader } from './preprocessed';

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

export function preprocess(entryPath: string, entryText: string, host: ConfigHost, options: PreprocessOptions = {}): Preprocessed {
  return new Reader(entryPath, entryText, host, options).run();
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
  private readonly emit: TokenEmitter;
  private readonly budget = new ExpansionBudget((message, span) => this.issue(SyntaxCode.substitutionOverflow, 'error', message, span));
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
    this.emit = new TokenEmitter(this.out, (rest) => this.stack.push({ kind: 'lines', lines: [rest], i: 0 }));
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
      this.budget.expandedLines = state.expandedLines;
      this.budget.expandedChars = state.expandedChars;
      this.budget.substitutionWork = state.substitutionWork;
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
        return reader.budget.expansionStopped || reader.budget.substitutionStopped;
      },
      state(): ReaderState {
        reader.defsShared ??= new Map(reader.defs);
        const b = reader.budget;
        return { defs: reader.defsShared, expandedLines: b.expandedLines, expandedChars: b.expandedChars, substitutionWork: b.substitutionWork };
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
      if (d.commentAt > 0) this.emit.midWord(line, d.commentAt, file, lineStart);
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
        if (!this.pendingDef && this.emit.plainLine(line, d.lead, d.end, file, lineStart)) continue;
        return { m: plain(line.slice(d.lead, d.end), file, lineStart + d.lead), fromFile: true };
      }
      return { m: decomment(plain(line, file, lineStart)).m, fromFile: true };
    }
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
      if (this.budget.substitutionStopped) break;
      if (!fromFile) {
        // Text that is not a line of a file (the rest of a line split at a brace, an expanded
        // line) can be scanned and re-grown for ever (the rest expands again, is split again...):
        // scanning it counts against the expansion budget; past it, nothing is substituted.
        const o = origin(m, 0, m.text.length);
        if (!this.budget.mayExpand(0, m.text.length, { file: o.file, start: o.start, end: o.end })) break;
      }
      const s = substitute(m, this.defs);
      this.budget.chargeSubstitution(m, s);
      if (!fromFile && s.m.text.length > m.text.length) {
        const o = origin(m, 0, m.text.length);
        if (!this.budget.mayExpand(0, s.m.text.length - m.text.length, { file: o.file, start: o.start, end: o.end })) break;
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
          this.budget.mayExpand(
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
    this.emit.splitBraces(m);
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
    if (this.budget.expansionStopped) return; // a ~SEQ of 100,000 ~SEQs must not even build its rounds
    const r = parseRepetition(m.text, (text) => {
      if (this.budget.substitutionStopped) return text;
      const p = plain(text, '', 0);
      const s = substitute(p, this.defs);
      this.budget.chargeSubstitution(m, s, p);
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
    if (!this.budget.mayExpand(rep.rounds.length, rep.rounds.length * (m.text.length - rep.textStart), span)) return;
    this.stack.push({ kind: 'rounds', vars: rep.vars, rounds: rep.rounds, template: slice(m, rep.textStart), i: 0 });
  }

  /**
   * An include line (lib/parser.c is_include / check_include): `include` or `include[rmwba]`, a
   * blank, then the pattern: the rest of the line as written, blanks and quotes included. Without
   * a pattern the line is no include: keepalived reads it as a keyword.
   */
  private include(m: MText, fromFile: boolean): boolean {
    const head = /^include[rmwba]?[ \t]+/.exec(m.text);
    if (!head) return false;
    const variant = head[0].trimEnd();
    const checks = INCLUDE_VARIANTS.get(variant);
    const pattern = m.text.slice(head[0].length).replace(/[ \t]+$/, '');
    if (!checks || pattern === '') return false;
    const lo = origin(m, 0, m.text.length);
    // Past the expansion budget, includes produced by expansions are not followed either.
    if (this.budget.expansionStopped && !fromFile) return true;
    const span: Span = { file: lo.file, start: lo.start, end: lo.end };
    const po = origin(m, head[0].length, head[0].length + pattern.length);
    const pathSpan: Span = { file: po.file, start: po.start, end: po.end };
    const resolved = includeTarget(pattern, this.currentDir(), this.entryPath, this.host, this.options.root);
    const edge: IncludeEdge = { variant, span, pathSpan, pattern, resolved, files: [] };
    this.out.includes.push(edge);
    const depth = this.currentDepth() + 1;
    const toRead = openInclude(edge, depth, {
      host: this.host,
      issue: (code, severity, message) => this.issue(code, severity, message, pathSpan),
      beingRead: (real) => this.stack.some((p) => p.kind === 'file' && p.real === real),
      known: (path) => this.out.files.get(path),
      mayReread: (file) => this.budget.mayExpand(file.lineCount, file.text.length, pathSpan),
    });
    for (const { file, real } of toRead.reverse()) this.pushFile(file, depth, real);
    return true;
  }
}
