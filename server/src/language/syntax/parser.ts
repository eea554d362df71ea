/**
 * The Chevrotain grammar of keepalived.conf.
 *
 * keepalived's grammar is line-oriented: a logical line is a keyword and its words, and
 * braces stand on logical lines of their own (read_line splits lines at braces). Whether a
 * `{` opens a block depends on the keyword table, not on syntax — an unknown keyword's `{`
 * opens nothing and its `}` closes the enclosing block. So the grammar groups tokens into
 * lines and braces, and toAst.ts builds the block structure from the catalogue, iteratively
 * (20,000 nested braces cannot overflow the stack).
 *
 *   config := ( line | '{' | '}' )*
 *   line   := Keyword Word*        (read in place in config: no sub-rule call per line)
 *
 * One parser instance is created lazily and reused for every parse.
 */
import { EmbeddedActionsParser } from 'chevrotain';
import type { AstSink } from './toAst';
import { allTokens, Keyword, LCurly, RCurly, Word, type KToken } from './tokens';

export type SynItem =
  /** `args` is exactly sized: the AST keeps it as the statement's arguments. */
  | { readonly kind: 'line'; readonly keyword: KToken; readonly args: readonly KToken[] }
  | { readonly kind: 'open'; readonly token: KToken }
  | { readonly kind: 'close'; readonly token: KToken };

/**
 * The DSL methods Chevrotain's grammar recording shadows with recording versions, as own properties
 * of the parser (GastRecorder.enableRecording in Chevrotain 11): each of eight for occurrences 0–9,
 * their lower-case forms, ACTION, BACKTRACK and LA.
 */
export const RECORDED_METHODS: readonly string[] = [
  ...['', '1', '2', '3', '4', '5', '6', '7', '8', '9'].flatMap((i) =>
    ['CONSUME', 'SUBRULE', 'OPTION', 'OR', 'MANY', 'MANY_SEP', 'AT_LEAST_ONE', 'AT_LEAST_ONE_SEP'].map((m) => `${m}${i}`),
  ),
  ...['consume', 'subrule', 'option', 'or', 'many', 'atLeastOne', 'ACTION', 'BACKTRACK', 'LA'],
];

/** Discards everything (the grammar recording phase of performSelfAnalysis() runs the actions). */
const NO_SINK: AstSink = { line: () => undefined, open: () => undefined, close: () => undefined };

class KeepalivedParser extends EmbeddedActionsParser {
  // Chevrotain's performance guide: no closures or alternative arrays created per token. The
  // actions report to `sink`, and the alternatives are built once.
  sink: AstSink = NO_SINK;
  /** Words of the current line: a scratch array reused for every line (`count` of it in use); each line gets an exact-size copy. */
  private readonly words: KToken[] = [];
  private count = 0;

  private readonly pushWord = (): void => {
    this.words[this.count++] = this.CONSUME(Word) as KToken;
  };

  // a line is read in place rather than as a sub-rule: a rule invocation per line costs more than the line
  private readonly readLine = (): void => {
    const keyword = this.CONSUME(Keyword) as KToken;
    this.count = 0;
    this.MANY(this.pushWord);
    const args = this.count === 0 ? [] : this.words.slice(0, this.count);
    this.sink.line(keyword, args);
  };

  private readonly alternatives = [
    { ALT: this.readLine },
    { ALT: () => this.sink.open(this.CONSUME(LCurly) as KToken) },
    { ALT: () => this.sink.close(this.CONSUME(RCurly) as KToken) },
  ];

  private readonly item = (): void => {
    this.OR(this.alternatives);
  };

  /** Drop the words of the last line parsed. */
  forget(): void {
    this.words.length = 0;
    this.count = 0;
  }

  /**
   * `validate`: check the grammar itself (a test does; every run of the linter would pay ~1.5 ms for it).
   * No error recovery: the grammar accepts every token sequence the reader makes (an error is a bug
   * and throws either way), and recovery costs a check at the end of every repetition.
   */
  constructor(validate = false) {
    super(allTokens, { recoveryEnabled: false, maxLookahead: 1, skipValidations: !validate });
    this.performSelfAnalysis();
  }

  /**
   * Ends Chevrotain's grammar recording. Chevrotain's own version deletes the ~90 shadowing
   * properties one by one; by then the parser is a prototype object (Chevrotain makes it one for
   * fast properties), and from the second run of keepalived-lint on (its code cached) those deletes
   * took 2 to 3 ms, most of constructing the parser on every run (bench/NOTES.md, round five).
   * Pointing each back at the prototype's method leaves the parser doing exactly what it did
   * (parser.test.ts checks that no shadow is left), in ~0.1 ms.
   */
  disableRecording(): void {
    this.RECORDING_PHASE = false;
    const self = this as unknown as Record<string, unknown>;
    const proto = Object.getPrototypeOf(this) as Record<string, unknown>;
    for (const name of RECORDED_METHODS) self[name] = proto[name];
  }

  public readonly config = this.RULE('config', (): void => {
    this.MANY1(this.item);
  });
}

let instance: KeepalivedParser | undefined;

/** The parser instance parseInto() uses (created on first use), for tests. */
export function parserInstance(): object {
  return (instance ??= new KeepalivedParser());
}

/** Build a parser with Chevrotain's grammar validations on: throws when the grammar is wrong. */
export function checkGrammar(): void {
  new KeepalivedParser(true);
}

/** Report the lines and braces of a token vector to `sink`, in order. */
export function parseInto(tokens: KToken[], sink: AstSink): void {
  instance ??= new KeepalivedParser();
  instance.input = tokens;
  instance.sink = sink;
  let error: string | undefined;
  try {
    instance.config();
    // The grammar accepts every token sequence the reader produces; an error here is a bug.
    error = instance.errors[0]?.message;
  } finally {
    // Keep no reference to this parse between parses.
    instance.sink = NO_SINK;
    instance.input = [];
    instance.forget();
  }
  if (error !== undefined) throw new Error(`keepalived parser: ${error}`);
}

/** Group a token vector into lines and braces. */
export function parseTokens(tokens: KToken[]): SynItem[] {
  const items: SynItem[] = [];
  parseInto(tokens, {
    line: (keyword, args) => items.push({ kind: 'line', keyword, args }),
    open: (token) => items.push({ kind: 'open', token }),
    close: (token) => items.push({ kind: 'close', token }),
  });
  return items;
}

/**
 * The same grammar without Chevrotain's machinery, for the many short token runs of incremental
 * reading (language/incremental reads a file one top-level block at a time, and starting the
 * Chevrotain parser costs more than such a run). A test checks that it reports exactly what
 * parseInto() reports.
 */
export function feedLines(tokens: readonly KToken[], sink: AstSink): void {
  const n = tokens.length;
  let i = 0;
  while (i < n) {
    const t = tokens[i]!;
    if (t.tokenType === LCurly) {
      sink.open(t);
      i++;
    } else if (t.tokenType === RCurly) {
      sink.close(t);
      i++;
    } else if (t.tokenType === Keyword) {
      let j = i + 1;
      while (j < n && tokens[j]!.tokenType === Word) j++;
      sink.line(t, j === i + 1 ? [] : tokens.slice(i + 1, j));
      i = j;
    } else {
      throw new Error(`keepalived parser: a word without a keyword at offset ${t.start} of ${t.file}`);
    }
  }
}
