/**
 * Mustache (os-apply-config, pystache, chevron, Handlebars' common subset): `{{x}}`, `{{{x}}}`
 * and `{{&x}}` print a value; a section `{{#x}}…{{/x}}` renders its body zero, one or more times
 * (a list, or a value that is set); an inverted section `{{^x}}…{{/x}}` renders it when x is
 * empty; `{{! … }}` is a comment, `{{> name}}` a partial (text we cannot see), and `{{=<% %>=}}`
 * changes the delimiters.
 */
import { lineEnd, type Scan, type Tag, type TagProblem } from './tags';

export function scanMustache(text: string): Scan {
  const tags: Tag[] = [];
  const problems: TagProblem[] = [];
  let open = '{{';
  let close = '}}';
  let i = 0;
  for (;;) {
    const at = text.indexOf(open, i);
    if (at < 0) break;
    const sigil = text[at + open.length];
    const triple = open === '{{' && sigil === '{';
    const closing = triple ? '}}}' : sigil === '=' ? `=${close}` : close;
    const end = text.indexOf(closing, at + open.length);
    if (end < 0) {
      problems.push({ start: at, end: lineEnd(text, at), message: `Template syntax: '${open}' without its '${closing}'.` });
      tags.push({ kind: 'expr', start: at, end: lineEnd(text, at), code: text.slice(at + open.length, lineEnd(text, at)).trim(), keyword: '' });
      i = lineEnd(text, at);
      continue;
    }
    const tagEnd = end + closing.length;
    const body = text.slice(at + open.length + (triple || (sigil !== undefined && '&#^/!>='.includes(sigil)) ? 1 : 0), end).trim();
    // sections, their ends and partials keep their sigil in the code (`#state`, `/state`), as messages quote it
    const tag = (kind: Tag['kind'], keyword: string): Tag => ({
      kind,
      start: at,
      end: tagEnd,
      code: '#^/>'.includes(keyword) && keyword ? keyword + body : body,
      keyword,
    });
    if (triple || sigil === '&') tags.push(tag('expr', ''));
    else if (sigil === '#') tags.push(tag('loop', '#'));
    else if (sigil === '^') tags.push(tag('if', '^'));
    else if (sigil === '/') tags.push(tag('end', '/'));
    else if (sigil === '!') tags.push(tag('stmt', '!'));
    else if (sigil === '>') tags.push(tag('opaque', '>'));
    else if (sigil === '=') {
      tags.push(tag('stmt', '='));
      const delims = body.split(/\s+/);
      if (delims.length === 2 && delims[0] && delims[1]) [open, close] = [delims[0], delims[1]];
      else problems.push({ start: at, end: tagEnd, message: `Template syntax: '${body}' does not set two delimiters.` });
    } else tags.push(tag('expr', ''));
    i = tagEnd;
  }
  return { tags, problems };
}
