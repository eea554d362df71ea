/**
 * A template file in a project: linted on its own (what holds for every rendering), and, when an
 * Ansible inventory (Jinja2) or env files (envsubst) give its variables, rendered for each host and
 * linted as each host gets it, the hosts checked together as the nodes of a cluster — every
 * finding on the template line.
 */
import type { ClusterNode } from '../analysis/cluster';
import { inventoryFromAnsibleCfg } from '../ansible/project';
import { dirname, resolvePath, type ConfigHost } from '../host';
import type { LintOptions } from '../index';
import type { Issue, Span } from '../issue';
import type { VarDef } from '../ansible/types';
import { SourceFile } from '../syntax/source';
import { TemplateCode } from '../templates/codes';
import { mapHostIssues, renderHosts, renderProblems, TemplateMapper, type RenderedTemplate, type RenderingLint } from '../templates/hosts';
import { lintTemplate, type SkeletonLint } from '../templates/lint';
import { pyRepr } from '../templates/pyValue';
import type { Engine } from '../templates/scan';
import { finishIssues } from '../validation/run';
import type { SeveritySetting } from '../validation/validate';
import { lintCluster, type FileResult } from './lint';
import type { TemplatesSettings } from './settings';
import { templateVariables, type TemplateSources, type TemplateVariables } from './templateVariables';

export type { TemplateSources };

/** How a template's keepalived texts are linted (default: each afresh; an open document passes its incremental linters). */
export interface TemplateLinters {
  /** Each variant's skeleton (the template on its own). */
  readonly skeleton?: SkeletonLint;
  /** Each host's rendering. */
  readonly rendering?: RenderingLint;
}

/** The rendered side of a template's result. */
export interface TemplateRendering extends RenderedTemplate {
  readonly variables: TemplateVariables;
  readonly mapper: TemplateMapper;
}

export type TemplateFileResult = FileResult;

/** The template's variables: the settings' inventory (relative to `base`), else ansible.cfg's, beside or above the template. */
export function templateSources(host: ConfigHost, path: string, settings: TemplatesSettings, base: string | undefined): TemplateSources {
  const abs = (p: string) => (p.startsWith('/') || base === undefined ? p : resolvePath(base, p));
  const inventory = settings.inventory ? abs(settings.inventory) : inventoryFromAnsibleCfg(host, dirname(path));
  return { inventory, vars: settings.vars.map(abs), hosts: settings.hosts, envFiles: settings.envFiles.map(abs) };
}

/** Cluster issues of rendered nodes, per host (each on its host's rendering). */
function clusterByHost(nodes: readonly ClusterNode[], severities: Readonly<Record<string, SeveritySetting>> | undefined): { host: string; issues: Issue[] }[] {
  const issues = lintCluster(nodes, { sameNetwork: true, severities });
  return nodes.map((n) => ({ host: n.name, issues: issues.filter((i) => n.model.parsed.entry === i.span.file) }));
}

export function lintTemplateFile(
  path: string,
  text: string,
  engine: Engine,
  host: ConfigHost,
  options: LintOptions,
  sources: TemplateSources | undefined,
  linters: TemplateLinters = {},
): TemplateFileResult {
  const variables = templateVariables(path, text, engine, host, sources);
  const hosts = variables?.hosts ?? [];
  // rendered for hosts, only the first variant is needed (the editor's view); on its own, every variant
  const t = lintTemplate(path, text, engine, host, options, hosts.length > 0 ? 1 : undefined, linters.skeleton);
  const fileOf = (p: string) => (p === path ? t.file : t.view.result.model.parsed.files.get(p));
  const finish = (issues: readonly Issue[]) => finishIssues(issues, { severities: options.severities, fileOf });
  if (!variables || hosts.length === 0) {
    const issues = finish([...t.issues, ...(variables?.problems ?? [])]);
    const notRendered = variables?.problems.find((p) => p.code === TemplateCode.render)?.message;
    return { model: t.view.result.model, issues, template: { ...t, issues }, ...(variables && notRendered ? { notRendered } : {}) };
  }
  // rendered for each host: what each host gets replaces what holds for every rendering
  const rendered = renderHosts(path, hosts, variables.render, host, options, linters.rendering);
  const mapper = new TemplateMapper(path, text, rendered, engine);
  const perHost = [...rendered.hosts.map((h) => ({ host: h.host, issues: h.result?.issues ?? [] })), ...clusterByHost(rendered.nodes, options.severities)];
  // what the template's text does whatever the values: its syntax, lines its whitespace control joins or glues
  const textual = t.issues.filter((i) => i.code === TemplateCode.syntax || i.code === TemplateCode.joinedLine || i.code === TemplateCode.gluedKeyword);
  const issues = finish([
    ...textual,
    ...variables.problems,
    ...renderProblems(path, text, rendered, engine),
    ...withoutGluedWords(text, textual, mapHostIssues(mapper, perHost, hosts)),
  ]);
  return { model: t.view.result.model, issues, template: { ...t, issues }, rendered: { ...rendered, variables, mapper } };
}

/** The hosts' unknown keyword `priority150` where template-glued-keyword already says why (from the keyword to the end of its value's line). */
function withoutGluedWords(text: string, textual: readonly Issue[], issues: readonly Issue[]): Issue[] {
  const glued = textual
    .filter((i) => i.code === TemplateCode.gluedKeyword)
    .map((g) => {
      const end = text.indexOf('\n', text.indexOf('{{', g.span.end));
      return [g.span.start, end < 0 ? text.length : end] as const;
    });
  if (glued.length === 0) return [...issues];
  return issues.filter((i) => i.code !== 'unknown-keyword' || !glued.some(([s, e]) => i.span.start >= s && i.span.start <= e));
}

/** A host's rendering of a template result, for the read-only view (`keepalived/renderedConfig`). */
export function renderedConfigOf(result: TemplateFileResult | undefined, host: string | undefined): { hosts: string[]; text?: string; problem?: string } {
  const r = result?.rendered;
  if (!r) {
    return {
      hosts: [],
      problem: !result?.template
        ? 'This file is not a template.'
        : result.notRendered
          ? result.notRendered
          : result.template.engine === 'envsubst'
            ? 'No env files give this template its values: set keepalived.templates.envFiles.'
            : 'No inventory gives this template its variables: set keepalived.templates.inventory (or an ansible.cfg with an inventory).',
    };
  }
  const hosts = r.hosts.map((h) => h.host);
  if (host === undefined) return { hosts };
  const h = r.hosts.find((x) => x.host === host);
  if (!h) return { hosts, problem: `${host} is not one of the hosts this template is rendered for (${hosts.join(', ')}).` };
  if (h.rendering.error) return { hosts, problem: `Rendering for ${host} fails: ${h.rendering.error.message}` };
  return { hosts, text: h.rendering.text };
}

/** A template variable under the cursor: its value on each host and where each comes from. */
export interface TemplateVariable {
  readonly name: string;
  /** The name's place in the template. */
  readonly span: Span;
  readonly hosts: readonly { readonly host: string; readonly value: string; readonly def?: VarDef }[];
  readonly markdown: string;
  /** The distinct places the variable is set (for go to definition). */
  readonly definitions: readonly Span[];
}

const NOT_VARIABLES = new Set([
  'if',
  'elif',
  'else',
  'endif',
  'for',
  'endfor',
  'in',
  'and',
  'or',
  'not',
  'is',
  'true',
  'false',
  'none',
  'True',
  'False',
  'None',
  'set',
  'include',
  'defined',
  'undefined',
  'loop',
]);
const MAGIC: Readonly<Record<string, string>> = {
  inventory_hostname: 'the host the template is rendered for',
  groups: "every group's hosts (groups['lb'])",
  hostvars: "every host's variables (hostvars['lb1'].ansible_host)",
  group_names: 'the groups of the host',
};

const LAYER: Readonly<Record<string, string>> = {
  'role-defaults': 'role defaults',
  'role-vars': 'role vars',
  group_vars: 'group_vars',
  host_vars: 'host_vars',
  'inventory-host': 'the inventory (host line)',
  'inventory-group': 'the inventory ([group:vars])',
  'extra-vars': 'a variables file',
  'env-file': 'the env file',
};

/** A variable's value as Ansible prints it (a list or map as Python's repr: `{'preempt': False}`). */
function printed(d: VarDef): string {
  if (d.complex) return d.data === undefined ? '' : pyRepr(d.data);
  return d.printed;
}

/** The variable whose name is at `offset` of the template, with its value on each rendered host. */
export function templateVariableAt(result: TemplateFileResult, path: string, offset: number): TemplateVariable | undefined {
  const t = result.template;
  if (!t) return undefined;
  const text = t.file.text;
  const tag = t.structure.tags.find((x) => x.start <= offset && offset < x.end);
  if (!tag) return undefined;
  let a = offset;
  let b = offset;
  while (a > tag.start && /[\w.]/.test(text[a - 1]!)) a--;
  while (b < tag.end && /\w/.test(text[b]!)) b++;
  const word = text.slice(a, b);
  const name = /^[A-Za-z_]\w*/.exec(word.startsWith('.') || word.startsWith('@') ? word.slice(1) : word)?.[0];
  if (!name || NOT_VARIABLES.has(name) || /\./.test(text.slice(Math.max(tag.start, a - 1), a))) return undefined;
  const span: Span = { file: path, start: a, end: a + name.length };
  const r = result.rendered;
  if (MAGIC[name]) return { name, span, hosts: [], definitions: [], markdown: `**\`${name}\`** — Ansible's ${MAGIC[name]}.` };
  if (!r) {
    return {
      name,
      span,
      hosts: [],
      definitions: [],
      markdown:
        t.engine === 'envsubst'
          ? `**\`${name}\`** — a template variable. No env files give this template its values here (set \`keepalived.templates.envFiles\`).`
          : `**\`${name}\`** — a template variable. No inventory gives this template its values here (set \`keepalived.templates.inventory\`).`,
    };
  }
  const hosts = r.hosts.map((h) => {
    const def = h.rendering.variables.get(name);
    return { host: h.host, value: def ? printed(def) : '(not set)', def };
  });
  if (hosts.every((h) => !h.def)) return undefined;
  const files = new Map([...r.variables.files].map(([p, s]) => [p, new SourceFile(p, s)]));
  const where = (d: VarDef | undefined) => {
    const k = d?.keySpan;
    if (!k || !d) return '';
    const line = files.get(k.file)?.positionAt(k.start).line;
    return `${LAYER[d.source] ?? d.source}: ${k.file.slice(k.file.lastIndexOf('/') + 1)}${line !== undefined ? `:${line + 1}` : ''}`;
  };
  const rows = hosts.map((h) => `| ${h.host} | \`${h.value.replace(/\|/g, '\\|')}\` | ${where(h.def)} |`);
  const definitions: Span[] = [];
  for (const h of hosts) {
    const k = h.def?.keySpan;
    if (k && !definitions.some((d) => d.file === k.file && d.start === k.start)) definitions.push(k);
  }
  return {
    name,
    span,
    hosts,
    definitions,
    markdown: [`**\`${name}\`** on each host:`, '', '| host | value | set in |', '| --- | --- | --- |', ...rows].join('\n'),
  };
}
