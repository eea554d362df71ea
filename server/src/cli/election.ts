/**
 * `keepalived-lint election`: who becomes MASTER of each virtual router of the given nodes, why,
 * and what happens in a scenario (--down, --stop, --fail NODE:TRACKER, --link-down NODE:IFACE,
 * --start-order, --start-gap, --step ACTION[,ACTION...], --scenario FILE). A node is a configuration file (named as the linter names it: lb1.conf → lb1)
 * or, with --globals, a Kolla-Ansible host (its custom keepalived.conf or Kolla's rendered one).
 *
 *   --format json  the election model's JSON ({"instances":[...], "splitBrain":[...], "steps":[...]},
 *                  see render/json.ts); a split brain is also a line on stderr
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
  scenarioProblems,
  readProblem,
  type Action,
  type ClusterInput,
  type ProjectService,
  type ScenarioSpec,
} from '../language/project/index';
import * as path from 'node:path';
import type { CliOptions } from './args';
import { CliError, readInputs, report } from './inputs';

export interface ElectionIo {
  readonly stdout: (s: string) => void;
  readonly stderr: (s: string) => void;
  readonly cwd: string;
  /** The text of standard input (for `-`); absent where there is none to read. */
  readonly readStdin?: () => string;
}

/** `NODE:NAME`, where NODE may itself hold a colon: the longest known node name that fits wins. */
export function splitNodeSpec(
  spec: string,
  option: string,
  nodes: readonly string[],
  what = option === '--fail' ? 'TRACKER' : 'IFACE',
): { node: string; name: string } {
  const known = nodes.filter((n) => spec.startsWith(`${n}:`) && spec.length > n.length + 1).sort((a, b) => b.length - a.length)[0];
  if (known !== undefined) return { node: known, name: spec.slice(known.length + 1) };
  const at = spec.indexOf(':');
  if (at <= 0 || at === spec.length - 1) throw new CliError(`${option} needs NODE:${what} (not '${spec}')`, true);
  return { node: spec.slice(0, at), name: spec.slice(at + 1) };
}

const STEP_KINDS = ['crash', 'stop', 'start', 'fail', 'recover', 'link-down', 'link-up', 'isolate', 'rejoin'] as const;

/**
 * One `--step` value: comma-separated actions KIND:NODE (crash, stop, start, isolate, rejoin) or
 * KIND:NODE:NAME (fail/recover NODE:TRACKER, link-down/link-up NODE:IFACE).
 */
export function parseStep(text: string, nodes: readonly string[], option = '--step'): Action[] {
  const parts = text
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length === 0) throw new CliError(`${option} needs at least one action (e.g. crash:lb1)`, true);
  return parts.map((p): Action => {
    const at = p.indexOf(':');
    const kind = at > 0 ? p.slice(0, at) : p;
    const rest = at > 0 ? p.slice(at + 1) : '';
    if (!(STEP_KINDS as readonly string[]).includes(kind)) {
      throw new CliError(`${option} '${p}': unknown action '${kind}' (use ${STEP_KINDS.join(', ')})`, true);
    }
    if (kind === 'fail' || kind === 'recover') {
      const { node, name } = splitNodeSpec(rest, `${option} ${kind}`, nodes, 'TRACKER');
      return { kind: kind === 'fail' ? 'fail' : 'heal', node, tracker: name };
    }
    if (kind === 'link-down' || kind === 'link-up') {
      const { node, name } = splitNodeSpec(rest, `${option} ${kind}`, nodes, 'IFACE');
      return { kind, node, interface: name };
    }
    if (rest === '') throw new CliError(`${option} '${p}' needs a node: ${kind}:NODE`, true);
    return { kind: kind as 'crash' | 'stop' | 'start' | 'isolate' | 'rejoin', node: rest };
  });
}

/** A scenario file: {"startOrder": [...], "startGap": seconds, "steps": ["crash:n1", ["fail:n2:chk", "stop:n3"], ...]}. */
export interface ScenarioFile {
  readonly startOrder?: string[];
  readonly startGap?: number;
  readonly steps: string[];
}

export function readScenarioFile(text: string, file: string): ScenarioFile {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new CliError(`${file}: not JSON (${e instanceof Error ? e.message : String(e)})`);
  }
  const bad = (what: string) => new CliError(`${file}: ${what}`);
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw bad('a scenario is an object {"startOrder", "startGap", "steps"}');
  const r = raw as Record<string, unknown>;
  for (const k of Object.keys(r)) if (!['startOrder', 'startGap', 'steps'].includes(k)) throw bad(`unknown field '${k}' (use startOrder, startGap, steps)`);
  const strings = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');
  const { startOrder, startGap } = r;
  if (startOrder !== undefined && !strings(startOrder)) throw bad('startOrder is a list of node names');
  if (startGap !== undefined && (typeof startGap !== 'number' || !(startGap >= 0) || startGap > 3600))
    throw bad('startGap is a number of seconds from 0 to 3600');
  const steps: unknown = r.steps ?? [];
  const isStep = (x: unknown): x is string | string[] => typeof x === 'string' || strings(x);
  if (!Array.isArray(steps) || !steps.every(isStep)) throw bad('steps is a list of steps, each "KIND:NODE[:NAME]" or a list of them');
  return {
    startOrder,
    startGap,
    steps: steps.map((x) => (typeof x === 'string' ? x : x.join(','))),
  };
}

/** The scenario of the command line, checked against the nodes. */
export function scenarioFromOptions(
  opts: Pick<CliOptions, 'down' | 'stop' | 'fail' | 'linkDown' | 'startOrder' | 'startGap'> & Partial<Pick<CliOptions, 'steps'>>,
  cluster: ClusterInput,
  file?: ScenarioFile,
): ScenarioSpec {
  const names = cluster.nodes.map((n) => n.name);
  let spec: ScenarioSpec = {
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
    startOrder: opts.startOrder ?? file?.startOrder,
    startGap: opts.startGap ?? file?.startGap,
  };
  const steps = [...(file?.steps ?? []), ...(opts.steps ?? [])];
  // without --step the actions are followed by their recovery on the timeline (as before)
  if (steps.length > 0 || file) spec = { ...spec, steps: steps.map((t) => parseStep(t, names)) };
  const problems = scenarioProblems(cluster, spec);
  if (problems.length > 0) throw new CliError(problems.join('\n'), true);
  return spec;
}

export function runElection(opts: CliOptions, io: ElectionIo, service: ProjectService): number {
  try {
    if (opts.format !== 'text' && opts.format !== 'json') throw new CliError(`election prints text or json (not ${opts.format})`, true);
    const { nodes, leftOut } = electionNodesOfFiles(service, readInputs(service, opts, io.cwd, io.readStdin).files);
    if (leftOut.length > 0)
      io.stderr(
        `keepalived-lint: warning: ${leftOut.map(oneLine).join(', ')} ${leftOut.length === 1 ? 'is not a host' : 'are not hosts'} of the Kolla deployment's loadbalancer group: left out of its election (run election on ${leftOut.length === 1 ? 'it' : 'them'} without --globals)\n`,
      );
    const cluster = clusterInput(nodes);
    let file: ScenarioFile | undefined;
    if (opts.scenario !== undefined) {
      const p = path.resolve(io.cwd, opts.scenario);
      const problem = readProblem(service.host, p);
      if (problem) throw new CliError(`cannot read ${p} (--scenario): ${problem}`);
      const r = service.host.readFile(p);
      if (r.kind !== 'ok') throw new CliError(`cannot read ${p} (--scenario)`);
      file = readScenarioFile(r.text, opts.scenario);
    }
    const spec = scenarioFromOptions(opts, cluster, file);
    const preview = previewElection(cluster, spec);
    if (opts.format === 'json') {
      for (const w of preview.warnings) io.stderr(`keepalived-lint: warning: ${w}\n`);
      for (const s of preview.splitBrain) io.stderr(`keepalived-lint: SPLIT BRAIN: ${oneLine(s)}\n`);
      io.stdout(`${JSON.stringify(preview.json, null, 2)}\n`);
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
