/**
 * Template tags: where Jinja2, ERB, Go text/template and envsubst-style placeholders sit in a
 * keepalived template, and what each tag does to the text around it (an expression that prints a
 * value, the start, middle or end of a conditional or a loop, a statement or comment that prints
 * nothing). One scanner per engine; a tag's string literals are skipped when looking for its end.
 */

import { findClose, lineEnd, type Scan, type Tag, type TagKind, type TagProblem, type Engine } from './tags';
import { scanShell } from './scanShell';
import { scanMustache } from './scanMustache';

export { ENGINES, type Engine, type Scan, type Tag, type TagKind, type TagProblem } from './tags';

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
  // `{% set x %}...{% endset %}` and `{% set x | trim %}...{% endset %}` capture their body; `{% set x = 1 %}` prints nothing
  if (keyword === 'set') return { kind: /^set\s+[\w, ]+(\|.*)?$/s.test(code) ? 'hidden' : 'stmt', keyword };
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
    const end = second === '#' ? text.indexOf('#}', at + 2) : findClose(text, at + 2, close, true);
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
    else if (second === '{') {
      // Ansible's `{{ ansible_managed | comment }}` prints comment lines: nothing keepalived reads
      const comment = /\|\s*comment\b(\s*\(.*\))?$/s.test(code);
      tags.push({ kind: comment ? 'stmt' : 'expr', start: at, end: tagEnd, code, keyword: comment ? 'comment' : '' });
    } else {
      const s = jinjaStatement(code);
      if (s.keyword === 'raw') {
        // everything up to {% endraw %} is literal text
        const endRaw = /\{%[-+]?\s*endraw\s*[-+]?%\}/g;
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
  // Puppet EPP and Perl templates write their branches with braces: `} else {`, `} elsif ($x) {`
  if (/^\}\s*else\s*\{$/.test(c)) return { kind: 'else', keyword: 'else' };
  if (/^\}\s*(elsif|else\s+if)\b.*\{$/.test(c)) return { kind: 'elif', keyword: 'elsif' };
  if (/^end\b/.test(c) || /^\}$/.test(c)) return { kind: 'end', keyword: 'end' };
  if (/\bdo(\s*\|[^|]*\|)?$/.test(c) || /^(for|while|until)\b/.test(c) || /\{\s*(\|[^|]*\|)?$/.test(c)) return { kind: 'loop', keyword: 'each' };
  return { kind: 'stmt', keyword: '' };
}

/** The tag of a `%` line (ERB's trim mode '%', Mojo::Template): the whole line is code; `%=` prints. */
function percentLine(m: RegExpExecArray): Tag {
  const raw = m[1]!;
  const code = raw.replace(/^[=#]/, '').trim();
  const start = m.index;
  const end = m.index + m[0].length;
  if (raw.startsWith('#')) return { kind: 'stmt', start, end, code, keyword: '#' };
  if (raw.startsWith('=')) return { kind: 'expr', start, end, code, keyword: '' };
  return { ...erbStatement(code), start, end, code };
}

function scanErb(text: string): Scan {
  const tags: Tag[] = [];
  const problems: TagProblem[] = [];
  // a line starting with `%` (not `%%`) is code: keepalived has no such line
  const percent = /^%(?!%)([^\n]*)/gm;
  let i = 0;
  for (;;) {
    const at = text.indexOf('<%', i);
    percent.lastIndex = i;
    const line = percent.exec(text);
    if (line && (at < 0 || line.index < at)) {
      tags.push(percentLine(line));
      i = line.index + line[0].length;
      continue;
    }
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
    const end = findClose(text, at + 2, '}}', true);
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

export function scanTemplate(text: string, engine: Engine): Scan {
  switch (engine) {
    case 'jinja':
      return scanJinja(text);
    case 'erb':
      return scanErb(text);
    case 'go':
      return scanGo(text);
    case 'envsubst':
      return scanShell(text);
    case 'mustache':
      return scanMustache(text);
  }
}
