/**
 * A Jinja2 template's source as nunjucks must read it to render as Ansible's Jinja2 does, made in
 * one walk over the scanner's tags (scan.ts), so that every rewrite agrees on where a tag, a
 * comment or a raw block ends:
 * - line markers (for render.ts): `\uE000n\uE001` at the start of each template line that prints
 *   text (not a line of block tags and comments only, not a line inside a tag), which say after
 *   rendering where each rendered line comes from;
 * - Jinja's loop filter `{% for x in xs if cond %}`, which nunjucks lacks: a first loop keeps the
 *   items passing `cond` (`__lf_push`), then the loop over the kept ones (`__lf_take`), so
 *   loop.index / loop.last count the kept items and `{% else %}` runs when none is kept;
 * - `{%+` / `+%}` (keep the blanks before a tag, the newline after it): an empty print between;
 * - trim_blocks and lstrip_blocks on comments, and trim_blocks after `{% endraw %}`: Jinja2 applies
 *   them, nunjucks does not, so the comment takes in the newline after it and the blanks before it;
 * - Python's syntax in each tag's code (jinjaSlices.ts: subscripts, string escapes, test arguments).
 * Everything stays on its line, so nunjucks' line numbers are the template's.
 */
import { rewriteTagCode } from './jinjaSlices';
import { scanTemplate, type Tag } from './scan';

export interface JinjaOptions {
  readonly trimBlocks: boolean;
  readonly lstripBlocks: boolean;
}

export const LINE_OPEN = '\uE000';
export const LINE_CLOSE = '\uE001';

// numbered across templates, so an included template's loops are others than its includer's
let loopSites = 0;

/** A line of block tags and comments only (it prints nothing of its own). */
const BLOCKS_ONLY = /^\s*(\{%[\s\S]*?%\}\s*|\{#[\s\S]*?#\}\s*)+$/;

/** A block tag (`{%...%}`, `inner` between the delimiters) with its code rewritten, `{%+` / `+%}` as an empty print beside it. */
function blockTag(inner: string): string {
  const plusOpen = inner.startsWith('+');
  const plusClose = inner.endsWith('+') && inner.length > (plusOpen ? 1 : 0);
  const code = inner.slice(plusOpen ? 1 : 0, plusClose ? -1 : undefined);
  return `${plusOpen ? "{{ '' }}" : ''}{%${rewriteTagCode('%', code)}%}${plusClose ? "{{ '' }}" : ''}`;
}

/** The top-level ` if ` of a for tag's code (Jinja's loop filter), outside brackets and strings. */
function loopFilterAt(code: string): number {
  let depth = 0;
  let quote: string | undefined;
  for (let i = 0; i < code.length; i++) {
    const c = code[i]!;
    if (quote) {
      if (c === quote) quote = undefined;
    } else if (c === '"' || c === "'") quote = c;
    else if ('([{'.includes(c)) depth++;
    else if (')]}'.includes(c)) depth--;
    else if (depth === 0 && code.startsWith(' if ', i)) return i;
  }
  return -1;
}

/** `{% for x in xs if cond %}` as two loops (undefined for a for tag without a loop filter). */
function loopFilter(tag: string, t: Tag): string | undefined {
  const at = loopFilterAt(t.code);
  const head = /^for\s+([\s\S]+?)\s+in\s/.exec(t.code);
  if (at < 0 || !head) return undefined;
  const open = /^\{%[-+]?/.exec(tag)![0].slice(2);
  const close = /[-+]?%\}$/.exec(tag)![0].slice(0, -2);
  const targets = head[1]!;
  const kept = targets.includes(',') ? `[${targets}]` : targets;
  const n = loopSites++;
  return (
    `${blockTag(`${open} ${t.code.slice(0, at)} `)}${blockTag(` if ${t.code.slice(at + 4)} `)}{{${rewriteTagCode('{', ` __lf_push(${n}, ${kept}) `)}}}` +
    `{% endif %}{% endfor %}${blockTag(` for ${targets} in __lf_take(${n}) ${close}`)}`
  );
}

/** The walk's state: the text, what is written, and where line markers go. */
class Walk {
  out = '';
  /** The source offset copied up to. */
  pos = 0;
  /** Where the last comment's rewrite ended (blanks before a comment are taken in only after it). */
  commentEnd = 0;
  private line = 0;
  private lineCountedTo = 0;

  constructor(
    readonly text: string,
    readonly o: JinjaOptions,
    readonly mark: boolean,
  ) {}

  /** Copy the text up to `to`, with a marker at each line start (up to `to` included) that prints text. */
  copy(to: number): void {
    const { text } = this;
    let from = this.pos;
    if (this.mark) {
      const next = (at: number): number => {
        const nl = text.indexOf('\n', at);
        return nl < 0 ? -1 : nl + 1;
      };
      for (let x = from === 0 || text[from - 1] === '\n' ? from : next(from); x >= 0 && x <= to; x = next(x)) {
        this.out += text.slice(from, x) + this.marker(x);
        from = x;
      }
    }
    this.out += text.slice(from, to);
    this.pos = to;
  }

  /** The marker for the line starting at `x` ('' when the line prints nothing). */
  private marker(x: number): string {
    const end = this.text.indexOf('\n', x);
    const line = this.text.slice(x, end < 0 ? this.text.length : end);
    if (line.trim() === '' || (BLOCKS_ONLY.test(line) && !line.includes('{{'))) return '';
    for (let nl = this.text.indexOf('\n', this.lineCountedTo); nl >= 0 && nl < x; nl = this.text.indexOf('\n', nl + 1)) this.line++;
    this.lineCountedTo = x;
    return `${LINE_OPEN}${this.line}${LINE_CLOSE}`;
  }

  /** A comment, with the blanks before it (lstrip_blocks) and the newline after it (trim_blocks) taken in. */
  comment(t: Tag): void {
    const { text, o } = this;
    let body = text.slice(t.start + 2, t.end - 2);
    const lineStart = text.lastIndexOf('\n', t.start - 1) + 1;
    const lead = /^[ \t]*$/.test(text.slice(lineStart, t.start)) ? t.start - lineStart : -1;
    if (o.lstripBlocks && lineStart >= this.commentEnd && lead >= 0 && !/^[-+]/.test(body)) {
      this.out = this.out.slice(0, this.out.length - lead);
      body = text.slice(lineStart, t.start) + body;
    }
    let end = t.end;
    if (o.trimBlocks && !/[-+]$/.test(body) && text[end] === '\n') {
      body += '\n';
      end++;
    }
    this.out += `{#${body}#}`;
    this.pos = this.commentEnd = end;
  }
}

/**
 * The nunjucks source of a Jinja2 template: `mark` puts the line markers in (the rendered
 * template itself, not an included one nor a variable's value); `header` says the first line is
 * Ansible's `#jinja2:` line, which Ansible drops with its newline (a comment takes them in).
 */
export function nunjucksSource(text: string, o: JinjaOptions, mark = false, header = false): string {
  const w = new Walk(text, o, mark);
  if (header) {
    const nl = text.indexOf('\n');
    w.out = `{#${text.slice(0, nl < 0 ? text.length : nl + 1).replace(/[^\n]/g, '')}#}`;
    w.pos = w.commentEnd = nl < 0 ? text.length : nl + 1;
  }
  const { tags } = scanTemplate(text, 'jinja');
  for (const t of tags) {
    if (t.start < w.pos) continue;
    const tag = text.slice(t.start, t.end);
    const kind = tag[1];
    const closed = tag.length >= 4 && tag.endsWith(kind === '{' ? '}}' : kind === '%' ? '%}' : '#}');
    if (!closed) break; // nunjucks reports the tag that is never closed, the text after it as it is
    w.copy(t.start);
    if (kind === '#') {
      if (o.trimBlocks || o.lstripBlocks) w.comment(t);
      else {
        w.out += tag;
        w.pos = t.end;
      }
      continue;
    }
    w.out += kind === '{' ? `{{${rewriteTagCode('{', tag.slice(2, -2))}}}` : (t.keyword === 'for' && loopFilter(tag, t)) || blockTag(tag.slice(2, -2));
    w.pos = t.end;
    // trim_blocks takes the newline after `{% endraw %}` too (nunjucks keeps it): a comment takes it in
    if (t.keyword === 'endraw' && o.trimBlocks && !tag.endsWith('+%}') && text[t.end] === '\n') {
      w.out += '{#\n#}';
      w.pos = t.end + 1;
    }
  }
  w.copy(text.length);
  return w.out;
}
