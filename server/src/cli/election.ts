/**
 * `keepalived-lint election`: who becomes MASTER of each virtual router of the given nodes, why,
 * and what happens in a scenario (--down, --stop, --fail NODE:TRACKER, --link-down NODE:IFACE,
 * --start-order). A node is a configuration file (named as the linter names it: lb1.conf → lb1)
 * or, with --globals, a Kolla-Ansible host (its custom keepalived.conf or Kolla's rendered one).
 *
 *   --format json  exactly the election model's JSON ({"instances":[...]}, see renderJson)
 *   --format text  the scenario, a table per virtual router (winner, why, failover window) and
 *                  the timeline (default scenario: start all, the master fails, the master returns)
 *
 * Exit status: 0 the preview was printed, 2 usage or I/O problems (an unknown node or tracker
 * in the scenario included). Configuration findings are the `lint` command's business.
 */
import * as path from 'node:path';
import type { ClusterNode } from '../language/analysis/cluster';
import { clusterInput, previewElection, scenarioProblems, type ScenarioSpec } from '../language/features/electionPreview';
import type { ClusterInput } from '../language/election/input';
import { oneLine } from '../language/election/render/escape';
import { renderJson } from '../language/election/render/json';
import { loadKollaContext, type KollaPaths } from '../language/kolla/index';
import { lintConfigs, nodeNames, type ConfigInput } from '../language/workspace/index';
import { lintKolla } from '../language/workspace/kolla';
import { discover } from '../host/discover';
import { createNodeHost, readRegularFile } from '../host/nodeHost';
import type { CliOptions } from './args';
import { asCidrs, interfacesFor, type InterfaceSpecs } from './interfaces';
import type { FileSettings } from './settings';

export interface ElectionIo {
  readonly stdout: (s: string) => void;
  readonly stderr: (s: string) => void;
  readonly cwd: string;
}

export interface ElectionContext {
  readonly settings: FileSettings;
  /** The Kolla files (--globals/--inventory/--passwords or the settings file's `kolla`). */
  readonly kolla?: KollaPaths;
  readonly specs: InterfaceSpecs;
}

class ElectionError extends Error {
  constructor(
    message: string,
    readonly usage = false,
  ) {
    super(message);
  }
}

function readProblem(r: ReturnType<typeof readRegularFile>): string | undefined {
  if (r.kind === 'ok') return undefined;
  return r.kind === 'error' ? r.message : r.kind === 'missing' ? 'no such file' : `it is a ${r.what}`;
}

/** `NODE:NAME`, where NODE may itself hold a colon: the longest known node name that fits wins. */
export function splitNodeSpec(spec: string, option: string, nodes: readonly string[]): { node: string; name: string } {
  const known = nodes.filter((n) => spec.startsWith(`${n}:`) && spec.length > n.length + 1).sort((a, b) => b.length - a.length)[0];
  if (known !== undefined) return { node: known, name: spec.slice(known.length + 1) };
  const at = spec.indexOf(':');
  if (at <= 0 || at === spec.length - 1) throw new ElectionError(`${option} needs NODE:${option === '--fail' ? 'TRACKER' : 'IFACE'} (not '${spec}')`, true);
  return { node: spec.slice(0, at), name: spec.slice(at + 1) };
}

/** The scenario of the command line, checked against the nodes. */
export function scenarioFromOptions(opts: Pick<CliOptions, 'down' | 'stop' | 'fail' | 'linkDown' | 'startOrder'>, cluster: ClusterInput): ScenarioSpec {
  const names = cluster.nodes.map((n) => n.name);
  const spec: ScenarioSpec = {
    down: opts.down,
    stop: opts.stop,
    fail: opts.fail.map((s) => {
      const { node, name } = splitNodeSpec(s, '--fail', names);
      return { node, tracker: name };
    }),
    linkDown: opts.linkDown.map((s) => {
      const { node, name } = splitNodeSpec(s, '--link-down', names);
      return { node, interface: name };
    }),
    startOrder: opts.startOrder,
  };
  const problems = scenarioProblems(cluster, spec);
  if (problems.length > 0) throw new ElectionError(problems.join('\n'), true);
  return spec;
}

/** Read and analyse the nodes: the files given, or Kolla's hosts. */
function loadNodes(opts: CliOptions, io: ElectionIo, ctx: ElectionContext): ClusterNode[] {
  const found = opts.paths.length > 0 ? discover(opts.paths.map((p) => path.resolve(io.cwd, p))) : { files: [], errors: [] };
  if (found.errors.length > 0) throw new ElectionError(found.errors.join('\n'));
  if (opts.paths.length > 0 && found.files.length === 0) throw new ElectionError('no keepalived configuration found under the given paths');
  const several = found.files.length > 1 || ctx.kolla !== undefined;
  const names = nodeNames(found.files);
  const inputs: ConfigInput[] = found.files.map((file, i) => {
    const r = readRegularFile(file);
    if (r.kind !== 'ok') throw new ElectionError(`cannot read ${file}: ${readProblem(r)}`);
    const name = names[i]!; // one name per file
    return { path: file, text: r.text, name, interfaces: interfacesFor(ctx.specs, name, several), nodeInterfaces: ctx.specs.perNode.get(name) };
  });
  const host = createNodeHost();
  const ws = lintConfigs(inputs, host, { configId: opts.configId ?? ctx.settings.configId, noCluster: true });
  if (!ctx.kolla) return [...ws.nodes];
  for (const [what, p] of [
    ['--globals', ctx.kolla.globals],
    ['--inventory', ctx.kolla.inventory],
    ['--passwords', ctx.kolla.passwords],
  ] as const) {
    if (p === undefined) continue;
    const r = readRegularFile(p);
    if (r.kind !== 'ok') throw new ElectionError(`cannot read ${p} (${what}): ${readProblem(r)}`);
  }
  const hostInterfaces = Object.fromEntries([...ctx.specs.perNode].map(([node, m]) => [node, asCidrs(m)]));
  const kctx = loadKollaContext(host, ctx.kolla, { interfaces: asCidrs(ctx.specs.common), hostInterfaces });
  return [...lintKolla(kctx, ws.nodes, { clusterOnly: [] }).nodes];
}

export function runElection(opts: CliOptions, io: ElectionIo, ctx: ElectionContext): number {
  try {
    if (opts.format === 'sarif') throw new ElectionError('election prints text or json (not sarif)', true);
    const nodes = loadNodes(opts, io, ctx);
    const cluster = clusterInput(nodes);
    const spec = scenarioFromOptions(opts, cluster);
    const preview = previewElection(cluster, spec);
    if (opts.format === 'json') {
      for (const w of preview.warnings) io.stderr(`keepalived-lint: warning: ${w}\n`);
      io.stdout(`${renderJson(preview.result)}\n`);
    } else {
      const list = nodes.map((n) => oneLine(n.name)).join(', ');
      io.stdout(`Nodes: ${list || '(none)'}${ctx.kolla ? ' (Kolla-Ansible hosts)' : ''}\n${preview.text}`);
    }
    return 0;
  } catch (e) {
    if (!(e instanceof ElectionError)) throw e;
    io.stderr(
      `${e.message
        .split('\n')
        .map((l) => `keepalived-lint: ${l}\n`)
        .join('')}${e.usage ? 'Try keepalived-lint --help.\n' : ''}`,
    );
    return 2;
  }
}
