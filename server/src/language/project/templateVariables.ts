/**
 * What gives a template's hosts their variables, whatever the engine: an Ansible project for a
 * Jinja2 template (the hosts of its inventory), env files for an envsubst / shell-heredoc template
 * (one node per file). Either way the template is rendered per host with the same interface, and
 * templates/hosts.ts lints the renderings and maps their findings back.
 */
import { loadAnsibleProject, roleOf, templateHosts, unknownHostNames } from '../ansible/project';
import type { ConfigHost } from '../host';
import type { Issue } from '../issue';
import { problemOf } from './types';
import { envProblemText, loadEnvFiles, type EnvFileProblem } from '../templates/envFile';
import { renderEnvsubst } from '../templates/envsubst';
import { TemplateCode } from '../templates/codes';
import { prepareTemplate, renderForHost, type HostRendering } from '../templates/render';
import type { Engine } from '../templates/scan';

/** Where a template's variables come from (absolute paths). */
export interface TemplateSources {
  readonly inventory?: string;
  readonly vars: readonly string[];
  readonly hosts?: string;
  /** Env files, one node each (envsubst templates). */
  readonly envFiles: readonly string[];
}

export interface TemplateVariables {
  readonly kind: 'ansible' | 'env';
  /** The hosts (nodes) the template is rendered for. */
  readonly hosts: readonly string[];
  /** Renders the template for one of them. */
  readonly render: (host: string) => HostRendering;
  /** Every file read for the variables, with its text (positions for hover and go to definition). */
  readonly files: ReadonlyMap<string, string>;
  /** The files the variables come from: the inventory, the env files. */
  readonly sources: readonly string[];
  /** Files that could not be read or parsed, reported on the template. */
  readonly problems: readonly Issue[];
}

/** The first problem of the env files (for the command line, which refuses to run with one). */
export function envFilesProblem(host: ConfigHost, files: readonly string[]): string | undefined {
  const p = loadEnvFiles(host, files).envs.flatMap((e) => e.problems)[0];
  return p && envProblemText(p);
}

/** The first inventory or variables file of Jinja2 templates' sources that cannot be read (the command line refuses to run then). */
export function ansibleFilesProblem(host: ConfigHost, sources: readonly TemplateSources[]): string | undefined {
  for (const s of sources) {
    for (const [file, what] of [
      ...(s.inventory ? [[s.inventory, 'the Ansible inventory'] as const] : []),
      ...s.vars.map((v) => [v, 'a variables file'] as const),
    ]) {
      const r = host.readFile(file);
      if (r.kind !== 'ok') return `cannot read ${file} (${what} templates are rendered with): ${problemOf(r)}`;
    }
  }
  return undefined;
}

function envProblemIssue(path: string, p: EnvFileProblem, rendered: boolean): Issue {
  return {
    code: TemplateCode.render,
    severity: 'error',
    message: `Env file ${envProblemText(p)}${rendered ? '' : ' (its node is not rendered)'}.`,
    span: { file: path, start: 0, end: 0 },
  };
}

/**
 * A variables file (the inventory, group_vars, host_vars, the role's defaults or vars, a variables
 * file given) Ansible cannot read or load, reported on the template: no host is rendered, the
 * template is checked on its own.
 */
function ansibleProblemIssue(path: string, i: Issue, files: ReadonlyMap<string, string>): Issue {
  const text = files.get(i.span.file);
  const line = text === undefined || i.span.start === 0 ? '' : `:${text.slice(0, i.span.start).split('\n').length}`;
  // the loader's message names the file when it could not read it
  const where = i.message.includes(i.span.file) ? '' : `${i.span.file}${line}: `;
  return {
    code: TemplateCode.render,
    severity: 'error',
    message: `${where}${i.message} No host's rendering is checked: the template is checked on its own.`,
    span: { file: path, start: 0, end: 0 },
  };
}

/** Env files as the variables of an envsubst template: each file a node (`only`: the nodes named, comma-separated). */
function envVariables(path: string, text: string, host: ConfigHost, files: readonly string[], only: string | undefined): TemplateVariables {
  const { envs, texts } = loadEnvFiles(host, files);
  const named = hostNames(only);
  const readable = envs.filter((e) => !e.problems.some((p) => p.line === 0) && (named.length === 0 || named.includes(e.node)));
  return {
    kind: 'env',
    hosts: readable.map((e) => e.node),
    render: (node) => renderEnvsubst(text, node, readable.find((e) => e.node === node)?.vars ?? new Map()),
    files: texts,
    sources: envs.map((e) => e.file),
    problems: [
      ...envs.flatMap((e) => e.problems.map((p) => envProblemIssue(path, p, p.line > 0))),
      ...unknownHostsIssues(
        path,
        named.filter((n) => !envs.some((e) => e.node === n)),
        'env',
        envs.map((e) => e.node),
      ),
    ],
  };
}

const hostNames = (only: string | undefined): string[] =>
  (only ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

/** Names the hosts setting (`--host`) gives that match nothing: the template is not rendered for them. */
function unknownHostsIssues(path: string, unknown: readonly string[], kind: TemplateVariables['kind'], known: readonly string[]): Issue[] {
  if (unknown.length === 0) return [];
  const list = (xs: readonly string[]) => xs.map((x) => `'${x}'`).join(', ');
  return [
    {
      code: TemplateCode.render,
      severity: 'warning',
      message:
        `The hosts to render for (keepalived.templates.hosts, --host) name ${list(unknown)}, ${unknown.length === 1 ? 'which is' : 'which are'} not ${kind === 'env' ? 'the node of any env file' : 'a host or group of the inventory'}: nothing is rendered for ${unknown.length === 1 ? 'it' : 'them'}. ${known.length > 0 ? `Known: ${list(known.slice(0, 12))}${known.length > 12 ? ', …' : ''}.` : ''}`.trim(),
      span: { file: path, start: 0, end: 0 },
    },
  ];
}

/** The first name the hosts setting gives that matches nothing (the command line refuses to run then). */
export function unknownHostsProblem(host: ConfigHost, path: string, engine: Engine, sources: TemplateSources): string | undefined {
  if (!sources.hosts) return undefined;
  if (engine === 'envsubst' && sources.envFiles.length > 0) {
    const nodes = loadEnvFiles(host, sources.envFiles).envs.map((e) => e.node);
    const bad = hostNames(sources.hosts).find((n) => !nodes.includes(n));
    return bad && `${bad} (--host, or templates.hosts in the settings): no env file is for a node of that name (${nodes.join(', ')})`;
  }
  if (engine !== 'jinja' || !sources.inventory) return undefined;
  const project = loadAnsibleProject(host, { inventory: sources.inventory, varsFiles: sources.vars, roleDir: roleOf(path) });
  const bad = unknownHostNames(project, sources.hosts)[0];
  return bad && `${bad} (--host, or templates.hosts in the settings): no host or group of that name in the inventory ${sources.inventory}`;
}

/** The variables of the template at `path`: env files for envsubst, an Ansible project for Jinja2; undefined when none is given. */
export function templateVariables(
  path: string,
  text: string,
  engine: Engine,
  host: ConfigHost,
  sources: TemplateSources | undefined,
): TemplateVariables | undefined {
  if (engine === 'envsubst' && sources && sources.envFiles.length > 0) return envVariables(path, text, host, sources.envFiles, sources.hosts);
  if (engine !== 'jinja' || !sources?.inventory) return undefined;
  const project = loadAnsibleProject(host, { inventory: sources.inventory, varsFiles: sources.vars, roleDir: roleOf(path) });
  let prepared: ReturnType<typeof prepareTemplate> | undefined;
  // a file Ansible cannot read or load stops the play before any host's template is rendered
  const failures = project.issues.filter((i) => i.severity === 'error');
  return {
    kind: 'ansible',
    hosts: failures.length > 0 ? [] : templateHosts(project, sources.hosts),
    render: (h) => renderForHost(path, text, project, h, host, (prepared ??= prepareTemplate(path, text, host))),
    files: project.files,
    sources: [sources.inventory],
    problems:
      failures.length > 0
        ? failures.map((i) => ansibleProblemIssue(path, i, project.files))
        : unknownHostsIssues(path, unknownHostNames(project, sources.hosts), 'ansible', [...(project.inventory?.hosts.keys() ?? [])]),
  };
}
