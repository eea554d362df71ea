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
 *   line   := Keyword Word*
 *
 * One parser instance is created lazily and reused for every parse.
 */
import { EmbeddedActionsParser } from 'chevrotain';
import { allTokens, Keyword, LCurly, RCurly, Word, type KToken } from './tokens';

export type SynItem =
  | { readonly kind: 'line'; readonly words: readonly KToken[] }
  | { readonly kind: 'open'; readonly token: KToken }
  | { readonly kind: 'close'; readonly token: KToken };

class KeepalivedParser extends EmbeddedActionsParser {
  constructor() {
    super(allTokens, { recoveryEnabled: true, maxLookahead: 1 });
    this.performSelfAnalysis();
  }

  public readonly config = this.RULE('config', (): SynItem[] => {
    const items: SynItem[] = [];
    this.MANY(() => {
      this.OR([
        { ALT: () => items.push(this.SUBRULE(this.line)) },
        { ALT: () => items.push({ kind: 'open', token: this.CONSUME(LCurly) as KToken }) },
        { ALT: () => items.push({ kind: 'close', token: this.CONSUME(RCurly) as KToken }) },
      ]);
    });
    return items;
  });

  private readonly line = this.RULE('line', (): SynItem => {
    const words: KToken[] = [this.CONSUME(Keyword) as KToken];
    this.MANY(() => {
      words.push(this.CONSUME(Word) as KToken);
    });
    return { kind: 'line', words };
  });
}

let instance: KeepalivedParser | undefined;

/** Group a token vector into lines and braces. */
export function parseTokens(tokens: KToken[]): SynItem[] {
  instance ??= new KeepalivedParser();
  instance.input = tokens;
  const items = instance.config();
  if (instance.errors.length > 0) {
    // The grammar accepts every token sequence the reader produces; an error here is a bug.
    throw new Error(`keepalived parser: ${instance.errors[0].message}`);
  }
  return items;
}
