/**
 * The structure of a template: literal text, expressions, and the conditionals and loops that
 * decide which text renders — a tree built from the tags. Unbalanced tags (an `if` never ended,
 * an `end` that closes nothing, an `else` outside a conditional) are template syntax problems.
 */
import { scanTemplate, type Engine, type Tag, type TagProblem } from './scan';

export type TemplateNode =
  /** literal keepalived text, [start, end) of the template */
  | { readonly kind: 'text'; readonly start: number; readonly end: number }
  /** a printed value */
  | { readonly kind: 'expr'; readonly tag: Tag }
  /** text we cannot see (an include, a macro call): any number of lines */
  | { readonly kind: 'opaque'; readonly tag: Tag }
  /** a tag that prints nothing */
  | { readonly kind: 'silent'; readonly tag: Tag }
  /** a conditional: one branch renders, or none when there is no else */
  | { readonly kind: 'if'; readonly tag: Tag; readonly branches: readonly Branch[]; readonly hasElse: boolean }
  /** a loop: its body renders any number of times; `empty` renders when it renders none */
  | { readonly kind: 'loop'; readonly tag: Tag; readonly body: readonly TemplateNode[]; readonly empty: readonly TemplateNode[] | undefined }
  /** a block whose body renders once where it stands */
  | { readonly kind: 'group'; readonly tag: Tag; readonly body: readonly TemplateNode[] }
  /** a block whose body does not render where it stands (a macro, a captured set) */
  | { readonly kind: 'hidden'; readonly tag: Tag; readonly body: readonly TemplateNode[] };

export interface Branch {
  readonly tag: Tag;
  readonly body: readonly TemplateNode[];
}

export interface TemplateStructure {
  readonly engine: Engine;
  readonly nodes: readonly TemplateNode[];
  readonly tags: readonly Tag[];
  readonly problems: readonly TagProblem[];
}

interface Frame {
  readonly open: Tag;
  readonly branches: Branch[];
  /** nodes of the branch being read */
  current: TemplateNode[];
  currentTag: Tag;
  hasElse: boolean;
}

const closesAs: Partial<Record<string, string>> = {
  endif: 'if',
  endfor: 'for',
  endmacro: 'macro',
  endcall: 'call',
  endfilter: 'filter',
  endblock: 'block',
  endwith: 'with',
  endset: 'set',
  endautoescape: 'autoescape',
};

/** How each engine ends a block (for the message about one never closed). */
const NEVER_CLOSED: Readonly<Record<Engine, (open: Tag) => string>> = {
  jinja: (open) => `end${open.keyword}`,
  erb: (open) => (open.code.endsWith('{') ? '}' : 'end'),
  go: () => '{{ end }}',
  envsubst: (open) => `%{ end${open.keyword} }`,
  mustache: (open) => `{{/${open.code.slice(1)}}}`,
};

export function parseTemplate(text: string, engine: Engine): TemplateStructure {
  const scan = scanTemplate(text, engine);
  const problems: TagProblem[] = [...scan.problems];
  const root: TemplateNode[] = [];
  const stack: Frame[] = [];
  const out = () => (stack.length > 0 ? stack[stack.length - 1]!.current : root);
  let pos = 0;
  const flushText = (upTo: number) => {
    if (upTo > pos) out().push({ kind: 'text', start: pos, end: upTo });
  };
  const close = (f: Frame): TemplateNode => {
    const branches = [...f.branches, { tag: f.currentTag, body: f.current }];
    switch (f.open.kind) {
      case 'if':
        return { kind: 'if', tag: f.open, branches, hasElse: f.hasElse };
      case 'loop':
        return { kind: 'loop', tag: f.open, body: branches[0]!.body, empty: branches.length > 1 ? branches[branches.length - 1]!.body : undefined };
      case 'group':
        return { kind: 'group', tag: f.open, body: branches.flatMap((b) => b.body) };
      default:
        return { kind: 'hidden', tag: f.open, body: branches.flatMap((b) => b.body) };
    }
  };

  for (const tag of scan.tags) {
    flushText(tag.start);
    pos = tag.end;
    const top = stack[stack.length - 1];
    switch (tag.kind) {
      case 'expr':
        out().push({ kind: 'expr', tag });
        break;
      case 'opaque':
        out().push({ kind: 'opaque', tag });
        break;
      case 'stmt':
        out().push({ kind: 'silent', tag });
        break;
      case 'if':
      case 'loop':
      case 'group':
      case 'hidden':
        stack.push({ open: tag, branches: [], current: [], currentTag: tag, hasElse: false });
        break;
      case 'elif':
      case 'else': {
        if (!top || (top.open.kind !== 'if' && !(top.open.kind === 'loop' && tag.kind === 'else'))) {
          problems.push({ start: tag.start, end: tag.end, message: `Template syntax: '${tag.code}' outside a conditional.` });
          out().push({ kind: 'silent', tag });
          break;
        }
        if (top.hasElse) problems.push({ start: tag.start, end: tag.end, message: `Template syntax: '${tag.code}' after the conditional's else branch.` });
        top.branches.push({ tag: top.currentTag, body: top.current });
        top.current = [];
        top.currentTag = tag;
        if (tag.kind === 'else') top.hasElse = true;
        break;
      }
      case 'end': {
        if (!top) {
          problems.push({ start: tag.start, end: tag.end, message: `Template syntax: '${tag.code}' ends nothing.` });
          out().push({ kind: 'silent', tag });
          break;
        }
        const expects = closesAs[tag.keyword];
        // Mustache names the section it closes: `{{/x}}` after `{{#x}}` or `{{^x}}`
        if ((expects !== undefined && expects !== top.open.keyword) || (tag.keyword === '/' && tag.code.slice(1) !== top.open.code.slice(1))) {
          problems.push({
            start: tag.start,
            end: tag.end,
            message: `Template syntax: '${tag.code}' where '${top.open.code}' (line of its start) is still open.`,
          });
        }
        stack.pop();
        out().push(close(top));
        break;
      }
    }
  }
  flushText(text.length);
  while (stack.length > 0) {
    const f = stack.pop()!;
    const what = NEVER_CLOSED[engine](f.open);
    problems.push({ start: f.open.start, end: f.open.end, message: `Template syntax: '${f.open.code}' is never closed (no ${what}).` });
    out().push(close(f));
  }
  return { engine, nodes: root, tags: scan.tags, problems };
}
