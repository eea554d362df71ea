/**
 * Linting a template on its own, without its variables: what holds for every rendering is
 * reported on the template line. Each variant (one branch of every conditional, loops once or
 * not at all) is linted like a plain file and its findings moved back to the template; a finding
 * is kept when every variant that renders its line has it, and it is not about a printed value
 * (a value stands for any value of its type) nor about something a line of printed values (which
 * may be any lines) could supply. Template syntax problems are reported as `template-syntax`.
 * A fragment (fragment.ts) is not expected to hold global_defs or its scripts; a piece of a block
 * is linted inside the blocks that would hold it. The body of a definition that holds keepalived
 * blocks (Go's define, Jinja's macro) is linted the same way on its own; whitespace control that
 * joins lines is read as the engine reads it (trim.ts).
 */
import { lint, type LintOptions, type LintResult } from '../index';
import type { ConfigHost } from '../host';
import type { Issue, RelatedInfo } from '../issue';
import { walkWhere, type Statement } from '../syntax/ast';
import { fitsSomeBlockOf } from './blockKeyword';
import { SourceFile } from '../syntax/source';
import { SyntaxCode } from '../syntax/codes';
import { TemplateCode } from './codes';
import type { Engine } from './scan';
import { fragmentWrapper, inWrapper, isFragment, wholeConfigName, wrapRendering } from './fragment';
import { jinjaOptions } from './jinja';
import { renderSkeleton, variantsOf, type SkeletonRendering } from './skeleton';
import { rendersWithAnsible, strippedRanges, type Range } from './trim';
import { parseTemplate, type TemplateNode, type TemplateStructure } from './structure';
import { absentAnywhere, lineStarts, openLineDoubt } from './openLines';

/** At most this many variants are linted (one per branch of a conditional, with the first branches and the empty loops). */
const MAX_VARIANTS = 48;

/** Codes whose finding does not depend on the value a tag prints, even where it covers one. */
const VALUE_INDEPENDENT = new Set(['script-security', 'deprecated-keyword', 'keyword-version', 'wrong-block']);
/** Codes whose finding also rests on what its related places say (vip-family-mixed: the address that fixed the family). */
const RELATED_DEPENDENT = new Set(['vip-family-mixed']);

export interface TemplateVariant {
  readonly rendering: SkeletonRendering;
  readonly result: LintResult;
}

/**
 * Lints a skeleton rendering of the template (the keepalived text one variant renders, on the
 * template's path) under a key that names the variant (`template variant 3`): a fresh lint, or the
 * variant's incremental linter an open document keeps between edits (project/document.ts).
 */
export type SkeletonLint = (key: string, skeleton: string) => LintResult;

export interface TemplateLint {
  readonly engine: Engine;
  readonly structure: TemplateStructure;
  /** Issues on the template (and on files it includes), what holds for every rendering. */
  readonly issues: Issue[];
  /** The linted variants; the first (every first branch, loops once) serves the editor's features. */
  readonly variants: readonly TemplateVariant[];
  /**
   * What the editor's features read: the first variant, or — when definitions hold keepalived
   * blocks (a Helm `define`, a Jinja `macro`) — the same choices with their bodies rendered in place.
   */
  readonly view: TemplateVariant;
  /** The template's own text, for positions. */
  readonly file: SourceFile;
}

/**
 * Is the keyword at `offset` inside a block whose keyword a value prints (`{{ check }} {`), and
 * would another block that value may choose accept it? The rendering's block keyword is a guess.
 */
function inBlockChosenByValue(statements: readonly Statement[], path: string, offset: number, v: TemplateVariant): boolean {
  const s = walkWhere(statements, (x) => x.keyword.span.file === path && x.keyword.span.start === offset)[0];
  const p = s?.parent;
  if (!s || !p?.def?.opens || !v.rendering.map.touchesValue(p.keyword.span.start, p.keyword.span.end)) return false;
  return fitsSomeBlockOf(p.blockId, s.keyword.value);
}

/** Should a finding of variant `v` be dropped because of what printed values might be? */
function doubtful(issue: Issue, path: string, v: TemplateVariant, openStarts: readonly number[]): boolean {
  if (issue.span.file !== path) return false;
  if (!VALUE_INDEPENDENT.has(issue.code) && v.rendering.map.touchesValue(issue.span.start, issue.span.end)) return true;
  if (RELATED_DEPENDENT.has(issue.code) && issue.related?.some((r) => r.span.file === path && v.rendering.map.touchesValue(r.span.start, r.span.end)))
    return true;
  const statements = v.result.model.parsed.statements;
  if (issue.code === 'wrong-block' && inBlockChosenByValue(statements, path, issue.span.start, v)) return true;
  return openLineDoubt(issue.code, statements, path, issue.span.start, openStarts);
}

/** The expression sources behind the values a message names (`VI_tpl1` → `VI_{{ id }}`). */
function restoreValues(message: string, v: TemplateVariant): string {
  let out = message;
  for (const val of v.rendering.values) {
    if (!/^(tpl\d+|tif\d+|\/tpl\/value\d+)$/.test(val.value)) continue;
    out = out.split(val.value).join(`{${val.tag.code}}`);
  }
  return out;
}

function mapIssue(issue: Issue, path: string, v: TemplateVariant): Issue {
  const mapSpan = (s: Issue['span']) => (s.file === path ? { file: path, ...v.rendering.map.toTemplateSpan(s.start, s.end) } : s);
  const related: RelatedInfo[] | undefined = issue.related?.map((r) => ({ span: mapSpan(r.span), message: restoreValues(r.message, v) }));
  return { ...issue, span: mapSpan(issue.span), message: restoreValues(issue.message, v), related };
}

/** A template's brace count may be a fragment's: another template (a Puppet concat, an include) may close it. */
function asFragment(issue: Issue): Issue {
  if (issue.code !== SyntaxCode.missingCloseBrace) return issue;
  return { ...issue, severity: 'information', message: `${issue.message} (Fine if this template is a fragment that another one completes.)` };
}

export function lintTemplate(
  path: string,
  text: string,
  engine: Engine,
  host: ConfigHost,
  options: LintOptions = {},
  maxVariants = MAX_VARIANTS,
  lintSkeleton: SkeletonLint = (_key, skeleton) => lint(path, skeleton, host, options),
): TemplateLint {
  const structure = parseTemplate(text, engine);
  const file = new SourceFile(path, text);
  // whitespace control may join lines; trim_blocks only where Ansible renders the template
  const trimBlocks = engine === 'jinja' && rendersWithAnsible(path, text) && jinjaOptions(text).trimBlocks;
  const scope: Scope = {
    path,
    text,
    structure,
    file,
    host,
    options,
    maxVariants,
    stripped: strippedRanges(text, structure.tags, engine, trimBlocks),
    lintSkeleton,
  };
  const { issues, variants } = lintScope(scope, structure.nodes, 'template');
  // a named template's body (Go's define, Jinja's macro) renders where it is used: linted on its own
  const definitions = keepalivedDefinitions(text, structure.nodes);
  const bodies = definitions.map((d, k) => lintScope(scope, d.body, `definition ${k}`));
  const seen = new Set(issues.map(issueKey));
  for (const i of bodies.flatMap((b) => b.issues)) {
    if (seen.has(issueKey(i))) continue;
    seen.add(issueKey(i));
    issues.push(i);
  }
  issues.push(...joinedLineIssues(path, [...variants, ...bodies.flatMap((b) => b.variants)]));
  issues.push(...gluedKeywordIssues(path, text, [...variants, ...bodies.flatMap((b) => b.variants)]));
  for (const p of structure.problems)
    issues.push({ code: TemplateCode.syntax, severity: 'error', message: p.message, span: { file: path, start: p.start, end: p.end } });
  issues.sort((a, b) => (a.span.file < b.span.file ? -1 : a.span.file > b.span.file ? 1 : a.span.start - b.span.start));
  const view = definitions.length > 0 ? viewWithDefinitions(scope, definitions) : variants[0]!;
  return { engine, structure, issues, variants, file, view };
}

interface Scope {
  readonly path: string;
  readonly text: string;
  readonly structure: TemplateStructure;
  readonly file: SourceFile;
  readonly host: ConfigHost;
  readonly options: LintOptions;
  readonly maxVariants: number;
  readonly lintSkeleton: SkeletonLint;
  readonly stripped: readonly Range[];
}

const issueKey = (i: Issue) => `${i.code}\0${i.span.file}\0${i.span.start}\0${i.span.end}`;

/** The findings of the template text `nodes` render (the whole template, or a definition's body) that hold for every rendering. */
function lintScope(scope: Scope, nodes: readonly TemplateNode[], key: string): { issues: Issue[]; variants: TemplateVariant[] } {
  const { path, text, structure } = scope;
  const here = { ...structure, nodes };
  const renderings = variantsOf(nodes, scope.maxVariants).map((variant) => renderSkeleton(text, here, variant, scope.stripped));
  // a piece of a block is linted inside the blocks that hold it
  const wrapper = wholeConfigName(path) ? undefined : fragmentWrapper(renderings[0]!.text);
  const variants: TemplateVariant[] = renderings.map((r, k) => {
    const rendering = wrapper ? wrapRendering(r, wrapper) : r;
    return { rendering, result: scope.lintSkeleton(`${key} variant ${k}`, rendering.text) };
  });
  const first = variants[0]!;
  const parsed = first.result.model.parsed;
  const fragment = isFragment(path, here, { rendering: first.rendering, statements: parsed.statements, includes: parsed.includes }, wrapper !== undefined);
  // per finding (code and template span): the variants that have it, and the first of them
  const seen = new Map<string, { issue: Issue; variants: Set<number> }>();
  variants.forEach((v, k) => {
    const starts = lineStarts(v.rendering.text);
    const openStarts = [...v.rendering.openLines].map((l) => starts[l] ?? 0);
    for (const raw of v.result.issues) {
      if (wrapper && raw.span.file === path && inWrapper(raw.span.start, v.rendering.text, wrapper)) continue;
      if (doubtful(raw, path, v, openStarts) || (fragment && absentAnywhere(raw.code))) continue;
      const issue = mapIssue(raw, path, v);
      const entry = seen.get(issueKey(issue)) ?? { issue, variants: new Set<number>() };
      entry.variants.add(k);
      seen.set(issueKey(issue), entry);
    }
  });
  const issues: Issue[] = [];
  for (const { issue, variants: present } of seen.values()) {
    const line = issue.span.file === path ? scope.file.positionAt(issue.span.start).line : -1;
    // the variants that render the line (all of them for lines of other files or of tags)
    const rendering = variants
      .map((_, k) => k)
      .filter((k) => line < 0 || variants[k]!.rendering.renderedLines.has(line) || !variants.some((v) => v.rendering.renderedLines.has(line)));
    if (rendering.every((k) => present.has(k))) issues.push(asFragment(issue));
  }
  return { issues, variants };
}

/** A line that opens a keepalived top-level block: a definition holding one is keepalived text. */
const KEEPALIVED_BLOCK =
  /^[ \t]*(global_defs|vrrp_instance|vrrp_sync_group|vrrp_script|vrrp_track_file|vrrp_track_process|virtual_server|virtual_server_group|static_ipaddress|static_routes|linkbeat_interfaces|bfd_instance)\b/m;

type Definition = TemplateNode & { kind: 'hidden' };

/** The template's definitions (Go's define, Jinja's macro) that hold keepalived text. */
function keepalivedDefinitions(text: string, nodes: readonly TemplateNode[]): Definition[] {
  const literal = (list: readonly TemplateNode[]): string =>
    list
      .map((n) =>
        n.kind === 'text'
          ? text.slice(n.start, n.end)
          : 'body' in n
            ? literal(n.body)
            : n.kind === 'if'
              ? n.branches.map((b) => literal(b.body)).join('\n')
              : '',
      )
      .join('');
  return nodes.filter(
    (n): n is Definition => n.kind === 'hidden' && (n.tag.keyword === 'define' || n.tag.keyword === 'macro') && KEEPALIVED_BLOCK.test(literal(n.body)),
  );
}

/** The first variant with the definitions' bodies rendered where they stand (the editor's view). */
function viewWithDefinitions(scope: Scope, definitions: readonly Definition[]): TemplateVariant {
  const inPlace = (n: TemplateNode): TemplateNode => {
    const d = definitions.find((x) => x === n);
    return d ? { kind: 'group', tag: d.tag, body: d.body } : n;
  };
  const nodes = scope.structure.nodes.map(inPlace);
  const r = renderSkeleton(scope.text, { ...scope.structure, nodes }, { branch: new Map(), loops: 'once' }, scope.stripped);
  const wrapper = wholeConfigName(scope.path) ? undefined : fragmentWrapper(r.text);
  const rendering = wrapper ? wrapRendering(r, wrapper) : r;
  return { rendering, result: scope.lintSkeleton('view', rendering.text) };
}

/** Keywords whitespace control glues to the value printed after them, in any variant (the template's text decides). */
function gluedKeywordIssues(path: string, text: string, variants: readonly TemplateVariant[]): Issue[] {
  const byStart = new Map<number, Issue>();
  for (const v of variants)
    for (const g of v.rendering.glued) {
      if (byStart.has(g.start)) continue;
      const tag = /^\S+/.exec(text.slice(g.tag))?.[0] ?? '';
      // `priority {{- p }}` / `priority` ↵ `{{- p }}` → `priority {{ p }}`: a blank, and the tag without its `-`
      const marker = /^(\{\{|\{%)-/.exec(text.slice(g.tag));
      const choices = marker
        ? [
            {
              title: `Keep a blank after '${g.keyword}' (drop the '-' of ${marker[0]})`,
              edits: [{ span: { file: path, start: g.end, end: g.tag + 3 }, newText: ` ${marker[1]}` }],
            },
          ]
        : [];
      byStart.set(g.start, {
        code: TemplateCode.gluedKeyword,
        severity: 'warning',
        message: `Whitespace control (\`${tag}\`) removes the blank after \`${g.keyword}\`: the value renders glued to it (\`${g.keyword}<value>\`), one word keepalived does not know, so it ignores the line. Drop the \`-\` on this side of the tag.`,
        span: { file: path, start: g.start, end: g.end },
        ...(choices.length ? { data: { choices } } : {}),
      });
    }
  return [...byStart.values()];
}

/**
 * Keywords whitespace control joins to another statement's line, in any variant: the join is the
 * template's text, not a guess about values, so one rendering that has it is enough.
 */
function joinedLineIssues(path: string, variants: readonly TemplateVariant[]): Issue[] {
  const byStart = new Map<number, Issue>();
  for (const v of variants)
    for (const j of v.rendering.joins) {
      if (byStart.has(j.start)) continue;
      const into = j.into ? `\`${j.into}\`` : 'the statement before it';
      const lands = /^[#!]/.test(j.into)
        ? `lands in the comment on line ${j.intoLine + 1}: keepalived never reads it`
        : `lands on line ${j.intoLine + 1}, where keepalived reads it as one more value of ${into}, not as a keyword`;
      byStart.set(j.start, {
        code: TemplateCode.joinedLine,
        severity: 'warning',
        message: `Whitespace control removes the line break before this line: \`${j.keyword}\` ${lands}.`,
        span: { file: path, start: j.start, end: j.end },
      });
    }
  return [...byStart.values()];
}
