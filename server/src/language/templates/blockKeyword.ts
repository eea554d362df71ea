/**
 * A printed value in a block keyword's place (`{{ check_type }} {`, `{{ proto | upper }}_CHECK {`):
 * the rendering puts there a block keyword that may stand there, so that keepalived's reading of
 * the block (its body checked, its braces matched) is linted instead of an unknown keyword whose
 * '{' opens nothing. The keyword is one the enclosing block accepts, that fits the literal text
 * glued to the value, and whose block accepts most of the keywords the block's literal lines use
 * (`misc_path` inside → MISC_CHECK).
 */
import { block, blocksAccepting, lookup, type KeywordDef } from '../catalogue/index';

/** A rendered line without its comment (keepalived cuts at `#` or `!` outside double quotes). */
export function uncommented(line: string): string {
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '#' || c === '!')) return line.slice(0, i);
  }
  return line;
}

/** The blocks the rendering is inside, followed line by line (block ids; undefined: a block we cannot name). */
export class BlockContext {
  private readonly stack: (string | undefined)[] = ['root'];
  /** A '}' closed nothing. */
  extraClose = false;

  /** The block the next line is in. */
  get current(): string | undefined {
    return this.stack[this.stack.length - 1];
  }

  /** How many blocks are open (0: the top level). */
  get depth(): number {
    return this.stack.length - 1;
  }

  /** Follow a rendered line's braces. */
  feed(line: string): void {
    const text = uncommented(line);
    const keyword = /^\s*([^\s{}]+)/.exec(text)?.[1];
    let first = true;
    let quoted = false;
    for (const c of text) {
      if (c === '"') quoted = !quoted;
      if (quoted) continue;
      if (c === '{') {
        const here = this.current;
        this.stack.push(first && keyword !== undefined && here !== undefined ? lookup(here, keyword)?.opens : undefined);
        first = false;
      } else if (c === '}') {
        if (this.stack.length > 1) this.stack.pop();
        else this.extraClose = true;
      }
    }
  }
}

/** Template code inside a line, removed before reading its keyword and braces. */
const TAGS = /\{\{[\s\S]*?\}\}|\{%[\s\S]*?%\}|\{#[\s\S]*?#\}|<%[\s\S]*?%>|\$\{[^}\n]*\}|%\{[^}\n]*\}/g;

/** The first words of the literal lines of the block whose '{' ends the line before `from` (a template offset), at most 200 lines. */
export function bodyWords(template: string, from: number): string[] {
  const words: string[] = [];
  let depth = 1;
  let pos = from;
  for (let n = 0; n < 200 && pos < template.length && depth > 0; n++) {
    const nl = template.indexOf('\n', pos);
    const line = uncommented(template.slice(pos, nl < 0 ? template.length : nl).replace(TAGS, ' '));
    pos = nl < 0 ? template.length : nl + 1;
    const word = /^\s*([^\s{}]+)/.exec(line)?.[1];
    if (depth === 1 && word !== undefined) words.push(word);
    for (const c of line) depth += c === '{' ? 1 : c === '}' ? -1 : 0;
  }
  return words;
}

/** How many of a body's first words the block `k` opens takes: its keywords, or for a value block the words no block knows (addresses, names). */
function fitOf(k: KeywordDef, words: readonly string[]): number {
  if (k.opens !== undefined) return words.filter((w) => lookup(k.opens!, w) !== undefined).length;
  return words.filter((w) => blocksAccepting(w).length === 0).length;
}

/**
 * The value that makes `head` + value + `tail` a block keyword `parent` accepts (the one whose
 * block takes most of the body's first words), or undefined when none fits.
 */
export function blockKeywordValue(parent: string | undefined, head: string, tail: string, body: () => readonly string[]): string | undefined {
  const def = parent === undefined ? undefined : block(parent);
  if (!def) return undefined;
  const fits = def.keywords.filter(
    (k) => (k.opens !== undefined || k.values !== undefined) && k.name.length > head.length + tail.length && k.name.startsWith(head) && k.name.endsWith(tail),
  );
  if (fits.length === 0) return undefined;
  const words = fits.length > 1 ? body() : [];
  let best = fits[0]!;
  let bestScore = -1;
  for (const k of fits) {
    const score = fitOf(k, words);
    if (score > bestScore) [best, bestScore] = [k, score];
  }
  return best.name.slice(head.length, best.name.length - tail.length);
}

/** Does some block that a keyword of block `parent` opens accept `keyword`? (Inside a block whose keyword a value chose, the value may choose that one.) */
export function fitsSomeBlockOf(parent: string, keyword: string): boolean {
  return block(parent)?.keywords.some((k) => k.opens !== undefined && lookup(k.opens, keyword) !== undefined) ?? false;
}
