/**
 * A template rendered for each host (a Jinja2 template for the hosts of an Ansible project, an
 * envsubst template for the nodes of its env files) and linted like the plain file each host gets;
 * the rendered hosts are the nodes of a cluster. Every finding moves back to the template line
 * that produced it and says on which hosts it occurs; a finding on a value we could not know is
 * dropped; a variable nothing defines, or a rendering that fails, is reported on the template.
 */
import { onUnknown, type ClusterNode } from '../analysis/cluster';
import { dirname, type ConfigHost } from '../host';
import { lint, type LintOptions, type LintResult } from '../index';
import type { Issue, RelatedInfo, Span } from '../issue';
import { SourceFile } from '../syntax/source';
import { TemplateCode } from './codes';
import type { HostRendering } from './render';
import type { UndefinedKey } from './jinjaUnknown';
import { scanTemplate, type Engine } from './scan';
import { openLineDoubt } from './openLines';

export interface HostLint {
  readonly host: string;
  /** The virtual path of the host's rendering (never a real file). */
  readonly path: string;
  readonly rendering: HostRendering;
  /** Undefined when the rendering failed. */
  readonly result?: LintResult;
}

export interface RenderedTemplate {
  readonly hosts: readonly HostLint[];
  /** The hosts that rendered, as cluster nodes named after them. */
  readonly nodes: readonly ClusterNode[];
}

/** The spans of a host's rendering whose values we could not know. */
function unknownSpans(h: HostLint): Span[] {
  return h.rendering.unknowns.map((u) => ({ file: h.path, start: u.start, end: u.end }));
}

/** The virtual path of `host`'s rendering of `template`. */
export function renderedPathOf(template: string, host: string): string {
  return `${dirname(template)}/<rendered>/${host}/keepalived.conf`;
}

/**
 * Lints one host's rendering (its virtual path, its text): a fresh lint, or the host's incremental
 * linter an open document keeps between edits (project/service.ts openDocument) — the same result.
 */
export type RenderingLint = (vpath: string, text: string) => LintResult;

/** Render (with `render`) and lint the template at `path` for every host. */
export function renderHosts(
  path: string,
  hosts: readonly string[],
  render: (host: string) => HostRendering,
  files: ConfigHost,
  options: LintOptions,
  lintRendering: RenderingLint = (vpath, text) => lint(vpath, text, files, options),
): RenderedTemplate {
  const out: HostLint[] = [];
  for (const host of hosts) {
    const rendering = render(host);
    const vpath = renderedPathOf(path, host);
    out.push({ host, path: vpath, rendering, result: rendering.error ? undefined : lintRendering(vpath, rendering.text) });
  }
  const nodes = out
    .filter((h) => h.result)
    .map((h): ClusterNode => ({
      name: h.host,
      model: h.result!.model,
      unknowns: unknownSpans(h),
    }));
  return { hosts: out, nodes };
}

/** Starts of the rendered lines that hold nothing but a value we could not know. */
function openLines(r: HostRendering): number[] {
  const out: number[] = [];
  for (const u of r.unknowns) {
    const lineStart = r.text.lastIndexOf('\n', u.start - 1) + 1;
    let lineEnd = r.text.indexOf('\n', u.end);
    if (lineEnd < 0) lineEnd = r.text.length;
    if (r.text.slice(lineStart, u.start).trim() === '' && r.text.slice(u.end, lineEnd).trim() === '') out.push(lineStart);
  }
  return out;
}

/** Spans of the template's tags on each template line (for a finding on printed text). */
function tagSpansByLine(text: string, file: SourceFile, engine: Engine): Map<number, { start: number; end: number }[]> {
  const out = new Map<number, { start: number; end: number }[]>();
  for (const t of scanTemplate(text, engine).tags) {
    if (t.kind !== 'expr') continue;
    const line = file.positionAt(t.start).line;
    out.set(line, [...(out.get(line) ?? []), { start: t.start, end: t.end }]);
  }
  return out;
}

/** Moves spans of host renderings to the template. */
export class TemplateMapper {
  private readonly file: SourceFile;
  private readonly tags: Map<number, { start: number; end: number }[]>;
  private readonly byPath: Map<string, { lint: HostLint; file: SourceFile; openStarts: number[]; unknowns: Span[] }>;

  constructor(
    private readonly path: string,
    text: string,
    rendered: RenderedTemplate,
    engine: Engine = 'jinja',
  ) {
    this.file = new SourceFile(path, text);
    this.tags = tagSpansByLine(text, this.file, engine);
    this.byPath = new Map(
      rendered.hosts.map((h) => [
        h.path,
        {
          lint: h,
          file: new SourceFile(h.path, h.rendering.text),
          openStarts: openLines(h.rendering),
          unknowns: unknownSpans(h),
        },
      ]),
    );
  }

  /** The host a rendered span belongs to. */
  hostOf(span: Span): string | undefined {
    return this.byPath.get(span.file)?.lint.host;
  }

  /** Does the span lie on a value we could not know? */
  onUnknown(span: Span): boolean {
    const h = this.byPath.get(span.file);
    return !!h && onUnknown(span, h.unknowns);
  }

  /**
   * Should a host's finding be dropped: it lies on a value we could not know, or it says something
   * is missing where a line of such values (a heredoc's `$(...)` alone on its line) could hold it.
   */
  doubtful(issue: Issue): boolean {
    if (this.onUnknown(issue.span)) return true;
    const h = this.byPath.get(issue.span.file);
    const statements = h?.lint.result?.model.parsed.statements;
    return !!h && !!statements && openLineDoubt(issue.code, statements, issue.span.file, issue.span.start, h.openStarts);
  }

  /** A rendered span in the template: the same literal text on the template line, else the line's tag, else the line. */
  toTemplate(span: Span): Span {
    const h = this.byPath.get(span.file);
    if (!h) return span;
    const pos = h.file.positionAt(span.start);
    const tplLine = h.lint.rendering.lineOf[pos.line] ?? 0;
    const lineStart = this.file.offsetAt({ line: tplLine, character: 0 });
    const lineText = this.file.lineText(tplLine);
    const word = h.file.text.slice(span.start, span.end);
    const tags = this.tags.get(tplLine) ?? [];
    const inTag = (o: number) => tags.some((t) => o >= t.start && o < t.end);
    if (word !== '') {
      // the occurrence nearest the rendered column, outside the line's tags
      let best: number | undefined;
      for (let i = lineText.indexOf(word); i >= 0; i = lineText.indexOf(word, i + 1)) {
        if (inTag(lineStart + i)) continue;
        if (best === undefined || Math.abs(i - pos.character) < Math.abs(best - pos.character)) best = i;
      }
      if (best !== undefined) return { file: this.path, start: lineStart + best, end: lineStart + best + word.length };
    }
    if (tags.length > 0) {
      const t = tags.find((x) => x.start - lineStart >= pos.character - 1) ?? tags[0]!;
      return { file: this.path, start: t.start, end: t.end };
    }
    const lead = lineText.length - lineText.trimStart().length;
    return { file: this.path, start: lineStart + lead, end: lineStart + lineText.trimEnd().length };
  }
}

function hostsText(hosts: readonly string[], all: readonly string[]): string {
  if (hosts.length === all.length && all.length > 1) return `on every host: ${hosts.join(', ')}`;
  return `on ${hosts.join(', ')}`;
}

/** Issues of the hosts' renderings (and of the cluster they form) on the template, one per finding with its hosts. */
export function mapHostIssues(
  mapper: TemplateMapper,
  perHost: readonly { readonly host: string; readonly issues: readonly Issue[] }[],
  allHosts: readonly string[],
): Issue[] {
  const merged = new Map<string, { issue: Issue; hosts: string[] }>();
  for (const { host, issues } of perHost) {
    for (const i of issues) {
      if (mapper.doubtful(i)) continue;
      const span = mapper.toTemplate(i.span);
      const related: RelatedInfo[] | undefined = i.related?.map((r) => {
        const other = mapper.hostOf(r.span);
        return { span: mapper.toTemplate(r.span), message: other && other !== host ? `${other}: ${r.message}` : r.message };
      });
      const key = `${i.code}\0${span.file}\0${span.start}\0${span.end}`;
      const e = merged.get(key);
      if (e) {
        if (!e.hosts.includes(host)) e.hosts.push(host);
      } else merged.set(key, { issue: { ...i, span, related }, hosts: [host] });
    }
  }
  return [...merged.values()].map(({ issue, hosts }) => ({ ...issue, message: `${issue.message} (${hostsText(hosts, allHosts)})` }));
}

/** How a variable nothing defines, or a rendering that fails, is told for each engine. */
const WORDING: Readonly<Record<'jinja' | 'envsubst', { undefinedVar(name: string, hosts: string, note?: string): string; failure(host: string): string }>> = {
  jinja: {
    undefinedVar: (name, hosts) =>
      `'${name}' is not defined for ${hosts}: no inventory, group_vars, host_vars, role defaults or variables file sets it, so Ansible stops rendering this template there. Define it, or give it a default (\`| default(...)\`).`,
    failure: (host) => `Ansible stops here and ${host} keeps its old keepalived.conf.`,
  },
  envsubst: {
    undefinedVar: (name, hosts, note) =>
      note !== undefined
        ? `'${name}' is not set in the env file of ${hosts}: the shell stops here ("${note}") and writes no keepalived.conf. Set it in each node's env file.`
        : `'${name}' is not set in the env file of ${hosts}: envsubst prints nothing in its place. Set it in each node's env file (in a heredoc, \`\${${name}:-default}\` gives a default).`,
    failure: (host) => `${host} gets no keepalived.conf.`,
  },
};

/** Where the template reads `name`: the first tag naming it. */
function tagReading(text: string, name: string, engine: Engine) {
  const tags = scanTemplate(text, engine).tags;
  if (engine === 'envsubst') return tags.find((t) => new RegExp(`\\$\\{?[#!]?${name}\\b`).test(text.slice(t.start, t.end)));
  return tags.find((t) => new RegExp(`(^|[^\\w.'"])${name}\\b`).test(t.code));
}

/** A value, as a message names it: `vip (a dict)`, `servers (a list of 3 items)`. */
function valueWords(k: UndefinedKey): string {
  const n = k.size ?? 0;
  const kinds: Readonly<Record<string, string>> = {
    dict: 'a dict',
    list: `a list of ${n} item${n === 1 ? '' : 's'}`,
    tuple: `a tuple of ${n} item${n === 1 ? '' : 's'}`,
    str: `a string of ${n} character${n === 1 ? '' : 's'}`,
    int: 'a number',
    float: 'a number',
    bool: 'a boolean',
    NoneType: 'None',
    variables: "a host's variables",
  };
  return `${k.owner} (${kinds[k.ownerType] ?? k.ownerType})`;
}

/** What a value lacks, in words: `vip (a dict) has no key 'missing'`. */
function lacking(k: UndefinedKey): string {
  const what = k.kind === 'item' ? `item ${k.key}` : k.ownerType === 'variables' ? `variable '${k.key}'` : `${k.kind} '${k.key}'`;
  return `${valueWords(k)} has no ${what}`;
}

/** Where the template looks `k` up: the tag on its line that names the key, else the line's first tag, else a tag naming both. */
function keyReading(text: string, file: SourceFile, k: UndefinedKey): Span | undefined {
  const tags = scanTemplate(text, 'jinja').tags.filter((t) => t.kind !== 'stmt' || t.keyword !== '#');
  const names = (t: { code: string }) => t.code.includes(k.key);
  const onLine = k.line === undefined ? [] : tags.filter((t) => file.positionAt(t.start).line <= k.line! && file.positionAt(t.end).line >= k.line!);
  const root = /^[A-Za-z_]\w*/.exec(k.owner)?.[0];
  const tag = onLine.find(names) ?? onLine[0] ?? tags.find((t) => names(t) && (root === undefined || t.code.includes(root)));
  if (tag) return { file: file.path, start: tag.start, end: tag.end };
  if (k.line === undefined) return undefined;
  const at = file.offsetAt({ line: k.line, character: 0 });
  return { file: file.path, start: at, end: at + file.lineText(k.line).length };
}

/** Keys, items and attributes the hosts' renderings lack, one issue per lookup with its hosts. */
function undefinedKeyProblems(path: string, text: string, file: SourceFile, rendered: RenderedTemplate): Issue[] {
  const byLookup = new Map<string, { key: UndefinedKey; hosts: string[] }>();
  for (const h of rendered.hosts) {
    for (const key of h.rendering.undefinedKeys ?? []) {
      const id = `${key.expr}\0${key.line ?? ''}`;
      const e = byLookup.get(id);
      if (e) e.hosts.push(h.host);
      else byLookup.set(id, { key, hosts: [h.host] });
    }
  }
  return [...byLookup.values()].map(({ key, hosts }) => ({
    code: TemplateCode.undefinedVariable,
    severity: 'error' as const,
    message: `'${key.expr}' is not defined for ${hosts.join(', ')}: ${lacking(key)}, so Ansible stops rendering this template there. Add it, check it first (\`${key.expr} is defined\`), or give it a default (\`| default(...)\`).`,
    span: keyReading(text, file, key) ?? { file: path, start: 0, end: 0 },
  }));
}

/** Variables nothing defines, and renderings that fail, on the template (Ansible's or the shell's words). */
export function renderProblems(path: string, text: string, rendered: RenderedTemplate, engine: Engine = 'jinja'): Issue[] {
  const file = new SourceFile(path, text);
  const words = WORDING[engine === 'envsubst' ? 'envsubst' : 'jinja'];
  const undefinedBy = new Map<string, string[]>();
  const notes = new Map<string, string>();
  const failures: Issue[] = [];
  for (const h of rendered.hosts) {
    for (const name of h.rendering.undefinedNames) {
      undefinedBy.set(name, [...(undefinedBy.get(name) ?? []), h.host]);
      const note = h.rendering.undefinedNotes?.get(name);
      if (note !== undefined && !notes.has(name)) notes.set(name, note);
    }
    const e = h.rendering.error;
    if (e) {
      const at = e.line !== undefined ? file.offsetAt({ line: e.line, character: 0 }) : 0;
      failures.push({
        code: TemplateCode.render,
        severity: 'error',
        message: `Rendering for ${h.host} fails: ${e.message}. ${words.failure(h.host)}`,
        span: { file: path, start: at, end: at + file.lineText(e.line ?? 0).length },
      });
    }
  }
  const out: Issue[] = [...failures];
  for (const [name, hosts] of undefinedBy) {
    const tag = tagReading(text, name, engine);
    const span = tag ? { file: path, start: tag.start, end: tag.end } : { file: path, start: 0, end: 0 };
    out.push({ code: TemplateCode.undefinedVariable, severity: 'error', message: words.undefinedVar(name, hosts.join(', '), notes.get(name)), span });
  }
  out.push(...undefinedKeyProblems(path, text, file, rendered));
  return out;
}
