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
import {
  clusterInput,
  electionNodesOfFiles,
  oneLine,
  previewElection,
  renderJson,
  scenarioProblems,
  type ClusterInput,
  type ProjectService,
  type ScenarioSpec,
} from '../language/project/index';
import type { CliOptions } from './args';
import { CliError, readInputs, report } from './inputs';

export interface ElectionIo {
  readonly stdout: (s: string) => void;
  readonly stderr: (s: string) => void;
  readonly cwd: string;
}

/** `NODE:NAME`, where NODE may itself hold a colon: the longest known node name that fits wins. */
export function splitNodeSpec(spec: string, option: string, nodes: readonly string[]): { node: string; name: string } {
  const known = nodes.filter((n) => spec.startsWith(`${n}:`) && spec.length > n.length + 1).sort((a, b) => b.length - a.length)[0];
  if (known !== undefined) return { node: known, name: spec.slice(known.length + 1) };
  const at = spec.indexOf(':');
  if (at <= 0 || at === spec.length - 1) throw new CliError(`${option} needs NODE:${option === '--fail' ? 'TRACKER' : 'IFACE'} (not '${spec}')`, true);
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
  if (problems.length > 0) throw new CliError(problems.join('\n'), true);
  return spec;
}

export function runElection(opts: CliOptions, io: ElectionIo, service: ProjectService): number {
  try {
    if (opts.format === 'sarif') throw new CliError('election prints text or json (not sarif)', true);
    const nodes = electionNodesOfFiles(service, readInputs(service, opts, io.cwd).files);
    const cluster = clusterInput(nodes);
    const spec = scenarioFromOptions(opts, cluster);
    const preview = previewElection(cluster, spec);
    if (opts.format === 'json') {
      for (const w of preview.warnings) io.stderr(`keepalived-lint: warning: ${w}\n`);
      io.stdout(`${renderJson(preview.result)}\n`);
    } else {
      const list = nodes.map((n) => oneLine(n.name)).join(', ');
      io.stdout(`Nodes: ${list || '(none)'}${service.kollaPaths() ? ' (Kolla-Ansible hosts)' : ''}\n${preview.text}`);
    }
    return 0;
  } catch (e) {
    if (!(e instanceof CliError)) throw e;
    return report(e, io.stderr);
  }
}
