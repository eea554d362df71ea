/**
 * A template file in a project: linted on its own (what holds for every rendering), and, when an
 * Ansible inventory gives its variables, rendered for each host and linted as each host gets it,
 * the hosts checked together as the nodes of a cluster — every finding on the template line.
 */
import type { ClusterNode } from '../analysis/cluster';
import { inventoryFromAnsibleCfg, loadAnsibleProject, roleOf, templateHosts, type AnsibleProject } from '../ansible/project';
import { dirname, resolvePath, type ConfigHost } from '../host';
import type { LintOptions } from '../index';
import type { Issue } from '../issue';
import { TemplateCode } from '../templates/codes';
import { mapHostIssues, renderHosts, renderProblems, TemplateMapper, type RenderedTemplate } from '../templates/hosts';
import { lintTemplate } from '../templates/lint';
import type { Engine } from '../templates/scan';
import { finishIssues } from '../validation/run';
import type { SeveritySetting } from '../validation/validate';
import { lintCluster, type FileResult } from './lint';
import type { TemplatesSettings } from './settings';

/** Where a template's variables come from (absolute paths). */
export interface TemplateSources {
  readonly inventory?: string;
  readonly vars: readonly string[];
  readonly hosts?: string;
}

/** The rendered side of a template's result. */
export interface TemplateRendering extends RenderedTemplate {
  readonly project: AnsibleProject;
  readonly mapper: TemplateMapper;
}

export interface TemplateFileResult extends FileResult {
  readonly rendered?: TemplateRendering;
}

/** The template's variables: the settings' inventory (relative to `base`), else ansible.cfg's, beside or above the template. */
export function templateSources(host: ConfigHost, path: string, settings: TemplatesSettings, base: string | undefined): TemplateSources {
  const abs = (p: string) => (p.startsWith('/') || base === undefined ? p : resolvePath(base, p));
  const inventory = settings.inventory ? abs(settings.inventory) : inventoryFromAnsibleCfg(host, dirname(path));
  return { inventory, vars: settings.vars.map(abs), hosts: settings.hosts };
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
): TemplateFileResult {
  const t = lintTemplate(path, text, engine, host, options);
  const fileOf = (p: string) => (p === path ? t.file : t.variants[0]!.result.model.parsed.files.get(p));
  const finish = (issues: readonly Issue[]) => finishIssues(issues, { severities: options.severities, fileOf });
  const project =
    engine === 'jinja' && sources?.inventory
      ? loadAnsibleProject(host, { inventory: sources.inventory, varsFiles: sources.vars, roleDir: roleOf(path) })
      : undefined;
  const hosts = project ? templateHosts(project, sources?.hosts) : [];
  if (!project || hosts.length === 0) {
    const issues = finish(t.issues);
    return { model: t.variants[0]!.result.model, issues, template: { ...t, issues } };
  }
  // rendered for each host: what each host gets replaces what holds for every rendering
  const rendered = renderHosts(path, text, project, hosts, host, options);
  const mapper = new TemplateMapper(path, text, rendered);
  const perHost = [...rendered.hosts.map((h) => ({ host: h.host, issues: h.result?.issues ?? [] })), ...clusterByHost(rendered.nodes, options.severities)];
  const issues = finish([
    ...t.issues.filter((i) => i.code === TemplateCode.syntax),
    ...renderProblems(path, text, rendered),
    ...mapHostIssues(mapper, perHost, hosts),
  ]);
  return { model: t.variants[0]!.result.model, issues, template: { ...t, issues }, rendered: { ...rendered, project, mapper } };
}
