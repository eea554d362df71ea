/**
 * The `envsubst` engine: placeholders as envsubst, a shell heredoc (`cat <<EOF … EOF`) or
 * Terraform's templatefile() fill them in.
 *
 * - `$NAME`, `${NAME}` and every bash expansion of a name (`${NAME:-x}`, `${NAME^^}`, `${#NAME}`,
 *   `${NAME/a/b}`, nested `${A:-${B}}`), and Terraform interpolations (`${var.x}`, `${join(",", l)}`)
 *   print a value;
 * - shell command substitution `$(…)` and `` `…` ``, and arithmetic `$((…))`, print text we cannot
 *   see: a value where they stand in a line, any lines where they stand alone (a `$(for …; done)`);
 * - Terraform directives `%{ if }`, `%{ else }`, `%{ endif }`, `%{ for }`, `%{ endfor }` (with
 *   `~` strip markers) are conditionals and loops; `$${` and `%%{` are Terraform's escapes.
 *
 * keepalived has `$NAME` of its own: a name defined in the file (`$NAME=value`) is keepalived's,
 * not a placeholder.
 */
import type { Scan, Tag, TagKind } from './tags';

/** keepalived's own `$NAME=value` definitions. */
export function keepalivedDefinitions(text: string): Set<string> {
  return new Set([...text.matchAll(/^[ \t]*\$(\w+)\s*=/gm)].map((m) => m[1]!));
}

/** The `}` that ends the `{` at `open` on its line (nested braces counted, double-quoted strings skipped), or -1. */
function braceEnd(text: string, open: number): number {
  let depth = 0;
  let quoted = false;
  for (let i = open; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\n') return -1;
    if (c === '\\') i++;
    else if (c === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return i;
  }
  return -1;
}

/** How far a command substitution may reach (a `$(` never closed costs no more than this). */
const MAX_COMMAND = 20000;

/** The `)` that ends the `(` at `open` (nested parentheses counted, quoted strings skipped; may span lines), or -1. */
function parenEnd(text: string, open: number): number {
  let depth = 0;
  let quote: string | undefined;
  for (let i = open; i < Math.min(text.length, open + MAX_COMMAND); i++) {
    const c = text[i]!;
    if (c === '\\') i++;
    else if (quote) {
      if (c === quote) quote = undefined;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return -1;
}

/** The closing backquote of the one at `open`, on its line, or -1. */
function backquoteEnd(text: string, open: number): number {
  for (let i = open + 1; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\n') return -1;
    if (c === '\\') i++;
    else if (c === '`') return i;
  }
  return -1;
}

const DIRECTIVES: Readonly<Record<string, TagKind>> = { if: 'if', for: 'loop', else: 'else', endif: 'end', endfor: 'end' };

/** A Terraform directive `%{ … }` at `at`, if it is one. */
function directive(text: string, at: number): Tag | undefined {
  const end = braceEnd(text, at + 1);
  if (end < 0) return undefined;
  const code = text
    .slice(at + 2, end)
    .replace(/^~/, '')
    .replace(/~$/, '')
    .trim();
  const keyword = /^[a-z]+/.exec(code)?.[0] ?? '';
  const kind = DIRECTIVES[keyword];
  if (kind === undefined || (kind !== 'if' && kind !== 'loop' && code !== keyword)) return undefined;
  return { kind, start: at, end: end + 1, code, keyword };
}

/** Text a command prints: a value inside a line, any lines when it spans lines. */
function commandTag(text: string, start: number, end: number, code: string): Tag {
  const multiLine = text.slice(start, end).includes('\n');
  return { kind: multiLine ? 'opaque' : 'expr', start, end, code: code.trim(), keyword: multiLine ? '$(' : '' };
}

export function scanShell(text: string): Scan {
  const defined = keepalivedDefinitions(text);
  const tags: Tag[] = [];
  const value = (start: number, end: number, code: string) => tags.push({ kind: 'expr', start, end, code, keyword: '' });
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    const next = text[i + 1];
    if (c === '\\') {
      i++;
    } else if (c === '%' && next === '%' && text[i + 2] === '{') {
      i += 2;
    } else if (c === '%' && next === '{') {
      const tag = directive(text, i);
      if (tag) {
        tags.push(tag);
        i = tag.end - 1;
      }
    } else if (c === '`') {
      const end = backquoteEnd(text, i);
      if (end > i + 1) {
        tags.push(commandTag(text, i, end + 1, text.slice(i + 1, end)));
        i = end;
      }
    } else if (c !== '$') {
      continue;
    } else if (next === '$') {
      // `$${` is Terraform's literal `${`; `$$` the shell's process id, a value
      if (text[i + 2] === '{') i += 2;
      else {
        value(i, i + 2, '$$');
        i++;
      }
    } else if (next === '{') {
      const end = braceEnd(text, i + 1);
      if (end < 0) continue;
      const inner = text
        .slice(i + 2, end)
        .replace(/^~/, '')
        .replace(/~$/, '')
        .trim();
      const name = /^([#!]?)(\w+)/.exec(inner);
      // a use of a keepalived definition (`${NAME}`, `${NAME(args)}`) is keepalived's own
      if (name && name[1] === '' && defined.has(name[2]!)) continue;
      value(i, end + 1, name && /^[#!]?\w+([:?+\-^,%/#@[]|$)/.test(inner) ? name[1]! + name[2]! : inner);
      i = end;
    } else if (next === '(') {
      const end = parenEnd(text, i + 1);
      if (end < 0) continue;
      const arithmetic = text[i + 2] === '(' && text[end - 1] === ')';
      if (arithmetic) value(i, end + 1, text.slice(i + 3, end - 1).trim());
      else tags.push(commandTag(text, i, end + 1, text.slice(i + 2, end)));
      i = end;
    } else if (next !== undefined && /[A-Za-z_]/.test(next)) {
      const name = /^\w+/.exec(text.slice(i + 1, i + 200))![0];
      if (!defined.has(name)) value(i, i + 1 + name.length, name);
      i += name.length;
    }
  }
  return { tags, problems: [] };
}
