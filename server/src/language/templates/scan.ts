/**
 * Template tags: where Jinja2, ERB, Go text/template and envsubst-style placeholders sit in a
 * keepalived template, and what each tag does to the text around it (an expression that prints a
 * value, the start, middle or end of a conditional or a loop, a statement or comment that prints
 * nothing). One scanner per engine; a tag's string literals are skipped when looking for its end.
 */

export type Engine = 'jinja' | 'erb' | 'go' | 'envsubst';
export const ENGINES: readonly Engine[] = ['jinja', 'erb', 'go', 'envsubst'];

export type TagKind =
  /** prints a value */
  | 'expr'
  /** opens a conditional (if, unless, case, with) */
  | 'if'
  /** another branch of it (elif, elsif, else if, when) */
  | 'elif'
  /** the last branch (else); after a loop: what renders when the loop is empty */
  | 'else'
  /** opens a loop (for, each, range, while) */
  | 'loop'
  /** opens a block whose body renders once where it stands (filter, with, block, autoescape) */
  | 'group'
  /** opens a block whose body does not render where it stands (macro, set-block, define, call's definition) */
  | 'hidden'
  /** ends the innermost open block */
  | 'end'
  /** prints nothing (assignment, comment, import) */
  | 'stmt'
  /** prints text we cannot see (include, template, call, super) */
  | 'opaque';

export interface Tag {
  readonly kind: TagKind;
  /** Offsets of the whole tag, delimiters included. */
  readonly start: number;
  readonly end: number;
  /** The code between the delimiters, trimmed (without trim markers). */
  readonly code: string;
  /** The construct's keyword (if, for, endif, each, range...), '' for expressions. */
  readonly keyword: string;
}

export interface TagProblem {
  readonly start: number;
  readonly end: number;
  readonly message: string;
}

export interface Scan {
  readonly tags: readonly Tag[];
  readonly problems: readonly TagProblem[];
}

/** The end of a tag body: the first `close` outside a quoted string, or -1. */
function findClose(text: string, from: number, close: string): number {
  let quote: string | undefined;
  for (let i = from; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = undefined;
    } else if (c === '"' || c === "'" || c === '`') {
      quote = c;
    } else if (text.startsWith(close, i)) {
      return i;
    }
  }
  return -1;
}

/** Where a tag that is never closed ends for error reporting: the end of its line. */
const lineEnd = (text: string, at: number) => {
  const nl = text.indexOf('\n', at);
  return nl < 0 ? text.length : nl;
};

// ---- Jinja2 --------------------------------------------------------------------------------

const JINJA_OPEN: Readonly<Record<string, TagKind>> = {
  if: 'if',
  for: 'loop',
  macro: 'hidden',
  call: 'opaque',
  filter: 'group',
  block: 'group',
  with: 'group',
  autoescape: 'group',
};

function jinjaStatement(code: string): { kind: TagKind; keyword: string } {
  const keyword = /^[a-z_]+/.exec(code)?.[0] ?? '';
  if (keyword === 'elif') return { kind: 'elif', keyword };
  if (keyword === 'else') return { kind: 'else', keyword };
  if (keyword.startsWith('end')) return { kind: 'end', keyword };
  // `{% set x %}...{% endset %}` captures its body; `{% set x = 1 %}` prints nothing
  if (keyword === 'set') return { kind: /^set\s+[\w, ]+$/.test(code) ? 'hidden' : 'stmt', keyword };
  if (keyword === 'include') return { kind: 'opaque', keyword };
  if (keyword === 'call') return { kind: 'hidden', keyword }; // its body is the caller(); the call prints unknown text
  return { kind: JINJA_OPEN[keyword] ?? 'stmt', keyword };
}

function scanJinja(text: string): Scan {
  const tags: Tag[] = [];
  const problems: TagProblem[] = [];
  let i = 0;
  for (;;) {
    const at = text.indexOf('{', i);
    if (at < 0 || at + 1 >= text.length) break;
    const second = text[at + 1];
    if (second !== '{' && second !== '%' && second !== '#') {
      i = at + 1;
      continue;
    }
    const close = second === '{' ? '}}' : second === '%' ? '%}' : '#}';
    const end = second === '#' ? text.indexOf('#}', at + 2) : findClose(text, at + 2, close);
    if (end < 0) {
      const what = second === '{' ? "'{{' without its '}}'" : second === '%' ? "'{%' without its '%}'" : "'{#' comment without its '#}'";
      problems.push({ start: at, end: lineEnd(text, at), message: `Template syntax: ${what}.` });
      // the rest of the line stands for a value, as far as keepalived is concerned
      tags.push({ kind: 'expr', start: at, end: lineEnd(text, at), code: text.slice(at + 2, lineEnd(text, at)).trim(), keyword: '' });
      i = lineEnd(text, at);
      continue;
    }
    const code = text
      .slice(at + 2, end)
      .replace(/^[-+]/, '')
      .replace(/[-+]$/, '')
      .trim();
    const tagEnd = end + 2;
    if (second === '#') tags.push({ kind: 'stmt', start: at, end: tagEnd, code, keyword: '#' });
    else if (second === '{') tags.push({ kind: 'expr', start: at, end: tagEnd, code, keyword: '' });
    else {
      const s = jinjaStatement(code);
      if (s.keyword === 'raw') {
        // everything up to {% endraw %} is literal text
        const endRaw = /\{%-?\s*endraw\s*-?%\}/g;
        endRaw.lastIndex = tagEnd;
        const m = endRaw.exec(text);
        tags.push({ kind: 'stmt', start: at, end: tagEnd, code, keyword: 'raw' });
        if (!m) {
          problems.push({ start: at, end: tagEnd, message: "Template syntax: '{% raw %}' without its '{% endraw %}'." });
          break;
        }
        tags.push({ kind: 'stmt', start: m.index, end: m.index + m[0].length, code: 'endraw', keyword: 'endraw' });
        i = m.index + m[0].length;
        continue;
      }
      tags.push({ kind: s.kind, start: at, end: tagEnd, code, keyword: s.keyword });
    }
    i = tagEnd;
  }
  return { tags, problems };
}

// ---- ERB -----------------------------------------------------------------------------------

function erbStatement(code: string): { kind: TagKind; keyword: string } {
  const c = code.replace(/#.*$/, '').trim();
  if (/^(if|unless)\b/.test(c) && !/\bend$/.test(c)) return { kind: 'if', keyword: /^\w+/.exec(c)![0] };
  if (/^case\b/.test(c)) return { kind: 'if', keyword: 'case' };
  if (/^(elsif|when)\b/.test(c)) return { kind: 'elif', keyword: /^\w+/.exec(c)![0] };
  if (/^else$/.test(c)) return { kind: 'else', keyword: 'else' };
  if (/^end\b/.test(c) || /^\}$/.test(c)) return { kind: 'end', keyword: 'end' };
  if (/\bdo(\s*\|[^|]*\|)?$/.test(c) || /^(for|while|until)\b/.test(c) || /\{\s*(\|[^|]*\|)?$/.test(c)) return { kind: 'loop', keyword: 'each' };
  return { kind: 'stmt', keyword: '' };
}

function scanErb(text: string): Scan {
  const tags: Tag[] = [];
  const problems: TagProblem[] = [];
  let i = 0;
  for (;;) {
    const at = text.indexOf('<%', i);
    if (at < 0) break;
    if (text[at + 2] === '%') {
      // `<%%` is a literal `<%`
      i = at + 3;
      continue;
    }
    const end = findClose(text, at + 2, '%>');
    if (end < 0) {
      problems.push({ start: at, end: lineEnd(text, at), message: "Template syntax: '<%' without its '%>'." });
      tags.push({ kind: 'expr', start: at, end: lineEnd(text, at), code: text.slice(at + 2, lineEnd(text, at)).trim(), keyword: '' });
      i = lineEnd(text, at);
      continue;
    }
    const raw = text.slice(at + 2, end);
    const tagEnd = end + 2;
    const code = raw
      .replace(/^[=#-]+/, '')
      .replace(/-$/, '')
      .trim();
    if (raw.startsWith('#')) tags.push({ kind: 'stmt', start: at, end: tagEnd, code, keyword: '#' });
    else if (raw.startsWith('=')) {
      // `<%= list.each do |x| %>` prints the block's result: a loop
      const s = erbStatement(code);
      tags.push({ kind: s.kind === 'loop' ? 'loop' : 'expr', start: at, end: tagEnd, code, keyword: s.kind === 'loop' ? s.keyword : '' });
    } else {
      const s = erbStatement(code);
      tags.push({ kind: s.kind, start: at, end: tagEnd, code, keyword: s.keyword });
    }
    i = tagEnd;
  }
  return { tags, problems };
}

// ---- Go text/template ------------------------------------------------------------------------

function goAction(code: string): { kind: TagKind; keyword: string } {
  if (/^\/\*[\s\S]*\*\/$/.test(code)) return { kind: 'stmt', keyword: '#' };
  const keyword = /^[a-z]+/.exec(code)?.[0] ?? '';
  if (keyword === 'if' || keyword === 'with') return { kind: 'if', keyword };
  if (keyword === 'range') return { kind: 'loop', keyword };
  if (keyword === 'else') return { kind: /^else\s+(if|with)\b/.test(code) ? 'elif' : 'else', keyword };
  if (keyword === 'end') return { kind: 'end', keyword };
  if (keyword === 'define') return { kind: 'hidden', keyword };
  if (keyword === 'block') return { kind: 'group', keyword };
  if (keyword === 'template') return { kind: 'opaque', keyword };
  if (keyword === 'break' || keyword === 'continue') return { kind: 'stmt', keyword };
  // `$x := ...` / `$x = ...` print nothing
  if (/^\$\w*\s*:?=/.test(code)) return { kind: 'stmt', keyword: ':=' };
  return { kind: 'expr', keyword: '' };
}

function scanGo(text: string): Scan {
  const tags: Tag[] = [];
  const problems: TagProblem[] = [];
  let i = 0;
  for (;;) {
    const at = text.indexOf('{{', i);
    if (at < 0) break;
    const end = findClose(text, at + 2, '}}');
    if (end < 0) {
      problems.push({ start: at, end: lineEnd(text, at), message: "Template syntax: '{{' without its '}}'." });
      tags.push({ kind: 'expr', start: at, end: lineEnd(text, at), code: text.slice(at + 2, lineEnd(text, at)).trim(), keyword: '' });
      i = lineEnd(text, at);
      continue;
    }
    const code = text
      .slice(at + 2, end)
      .replace(/^-\s/, '')
      .replace(/\s-$/, '')
      .trim();
    const s = goAction(code);
    tags.push({ kind: s.kind, start: at, end: end + 2, code, keyword: s.keyword });
    i = end + 2;
  }
  return { tags, problems };
}

// ---- envsubst / shell heredoc ----------------------------------------------------------------

/**
 * `${NAME}`, `${NAME:-default}` and `$NAME` placeholders. keepalived has `$NAME` of its own: a
 * name defined in the file (`$NAME=value`) is keepalived's, not a placeholder.
 */
function scanEnvsubst(text: string): Scan {
  const defined = new Set([...text.matchAll(/^[ \t]*\$(\w+)\s*=/gm)].map((m) => m[1]!));
  const tags: Tag[] = [];
  for (const m of text.matchAll(/\$\{(\w+)(?:[:?+-][^}\n]*)?\}|\$([A-Za-z_]\w*)/g)) {
    const name = m[1] ?? m[2]!;
    // a keepalived definition line itself, or a use of a keepalived definition
    if (defined.has(name)) continue;
    tags.push({ kind: 'expr', start: m.index, end: m.index + m[0].length, code: name, keyword: '' });
  }
  return { tags, problems: [] };
}

export function scanTemplate(text: string, engine: Engine): Scan {
  switch (engine) {
    case 'jinja':
      return scanJinja(text);
    case 'erb':
      return scanErb(text);
    case 'go':
      return scanGo(text);
    case 'envsubst':
      return scanEnvsubst(text);
  }
}
