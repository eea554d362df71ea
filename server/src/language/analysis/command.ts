/**
 * The command a script line runs, read as keepalived reads it: its handlers (vrrp_script `script`,
 * `misc_path`, the notify scripts) read the raw line again with shell-like quoting and escapes
 * (lib/parser.c alloc_strvec_quoted_escaped), take the second word of that, and split it the same
 * way into the program and its arguments (lib/notify.c set_script_params_array). So
 * `script ""/bin/true" "` runs /bin/true, and `script "/bin/echo a b"` runs /bin/echo with a and b.
 */
import type { Statement, Word } from '../syntax/ast';

const ESCAPES: Record<string, string> = { a: '\x07', b: '\b', E: '\x1b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v' };
const isSpace = (c: string | undefined) => c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f' || c === '\v';

/** One escape after a backslash at `src[i]` (the character after it): the character and where reading goes on. */
function escape(src: string, i: number): [string, number] {
  const c = src[i]!;
  if (c === 'x' && /[0-9a-f]/i.test(src[i + 1] ?? '')) {
    let j = i + 1;
    let v = 0;
    for (; j < src.length && /[0-9a-f]/i.test(src[j]!); j++) v = ((v << 4) | parseInt(src[j]!, 16)) & 0xff;
    return [String.fromCharCode(v), j];
  }
  if (c === 'c' && i + 1 < src.length) return [String.fromCharCode(src.charCodeAt(i + 1) & 0x1f), i + 2];
  if (c >= '0' && c <= '7') {
    let j = i;
    let v = 0;
    for (; j < i + 3 && j < src.length && src[j]! >= '0' && src[j]! <= '7'; j++) v = ((v << 3) + (src.charCodeAt(j) - 48)) & 0xff;
    return [String.fromCharCode(v), j];
  }
  return [ESCAPES[c] ?? c, i + 1];
}

/** What alloc_strvec_quoted_escaped makes of a string: its words, or the quote left open when it fails on one. */
interface Split {
  readonly words: string[] | undefined;
  /** The quote character (' or ") a word opens and the string never closes: keepalived reports "missing terminating" and gets no words. */
  readonly unmatched?: string;
}

function split(src: string): Split {
  const words: string[] = [];
  let i = 0;
  while (i < src.length) {
    while (i < src.length && isSpace(src[i])) i++;
    if (i >= src.length) break;
    let word = '';
    let quote = '';
    for (; i < src.length;) {
      const c = src[i]!;
      if (c === '\\') {
        if (i + 1 >= src.length) return { words: undefined };
        const [ch, next] = escape(src, i + 1);
        word += ch;
        i = next;
      } else if (quote) {
        if (c === quote) quote = '';
        else word += c;
        i++;
      } else if (c === '"' || c === "'") {
        quote = c;
        i++;
      } else if (isSpace(c)) break;
      else {
        word += c;
        i++;
      }
    }
    if (quote) return { words: undefined, unmatched: quote };
    words.push(word);
  }
  return { words: words.length > 0 ? words : undefined };
}

/**
 * keepalived's alloc_strvec_quoted_escaped: words split at white space outside quotes, quotes
 * removed, backslash escapes applied. Undefined where keepalived gets no words (an unmatched
 * quote, a backslash at the end, nothing but white space).
 */
export function quotedEscapedWords(src: string): string[] | undefined {
  return split(src).words;
}

/**
 * The line keepalived hands the handler, rebuilt from the statement's words: a quoted word with
 * its quotes, words that touch in the file without a space between them.
 */
export function rawLine(s: Statement): string {
  const words: Word[] = [s.keyword, ...s.args];
  let out = '';
  words.forEach((w, i) => {
    const prev = words[i - 1];
    if (prev && !(prev.span.file === w.span.file && prev.span.end === w.span.start && !prev.synthetic && !w.synthetic)) out += ' ';
    out += w.quoted ? `"${w.value}"` : w.value;
  });
  return out;
}

/** What a script statement runs: the words keepalived re-reads (`line`) and the program with its arguments (`argv`, empty when nothing runs). */
export interface ScriptCommand {
  readonly line: readonly string[];
  readonly argv: readonly string[];
  /**
   * A quote left open when keepalived splits the line (`inCommand` false) or the command word
   * (`inCommand` true): it reports "missing terminating" and the statement sets no script.
   */
  readonly unmatched?: { readonly quote: string; readonly inCommand: boolean };
}

const cache = new WeakMap<Statement, ScriptCommand>();

/** The command of a statement whose first argument is a command (script, misc_path, notify...). */
export function scriptCommand(s: Statement): ScriptCommand {
  let c = cache.get(s);
  if (!c) {
    const whole = split(rawLine(s));
    const line = whole.words ?? [];
    const second = line[1];
    const command = second === undefined ? undefined : split(second);
    const unmatched = whole.unmatched ?? command?.unmatched;
    c = { line, argv: command?.words ?? [], ...(unmatched ? { unmatched: { quote: unmatched, inCommand: !whole.unmatched } } : {}) };
    cache.set(s, c);
  }
  return c;
}
