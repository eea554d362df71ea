/**
 * The election scenario as text, the grammar `keepalived-lint election` reads: `NODE:NAME`
 * specs (a node name may itself hold a colon), steps of comma-separated actions
 * (`crash:lb1,fail:lb2:chk_haproxy`), and scenario files (JSON: {"startOrder", "startGap",
 * "steps"}). A mistake is a ScenarioTextError naming the option or file it came from; `usage`
 * marks a mistake in the command line rather than in a file. The editor's panel sends structured
 * actions and does not need it.
 */
import type { Action, ClusterInput } from '../election/input';
import { scenarioProblems, type ScenarioSpec } from './electionPreview';

export class ScenarioTextError extends Error {
  constructor(
    message: string,
    readonly usage = false,
  ) {
    super(message);
  }
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
  if (at <= 0 || at === spec.length - 1) throw new ScenarioTextError(`${option} needs NODE:${what} (not '${spec}')`, true);
  return { node: spec.slice(0, at), name: spec.slice(at + 1) };
}

const STEP_KINDS = ['crash', 'stop', 'start', 'fail', 'recover', 'link-down', 'link-up', 'isolate', 'rejoin'] as const;

/**
 * One step: comma-separated actions KIND:NODE (crash, stop, start, isolate, rejoin) or
 * KIND:NODE:NAME (fail/recover NODE:TRACKER, link-down/link-up NODE:IFACE).
 */
export function parseStep(text: string, nodes: readonly string[], option = '--step'): Action[] {
  const parts = text
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length === 0) throw new ScenarioTextError(`${option} needs at least one action (e.g. crash:lb1)`, true);
  return parts.map((p): Action => {
    const at = p.indexOf(':');
    const kind = at > 0 ? p.slice(0, at) : p;
    const rest = at > 0 ? p.slice(at + 1) : '';
    if (!(STEP_KINDS as readonly string[]).includes(kind)) {
      throw new ScenarioTextError(`${option} '${p}': unknown action '${kind}' (use ${STEP_KINDS.join(', ')})`, true);
    }
    if (kind === 'fail' || kind === 'recover') {
      const { node, name } = splitNodeSpec(rest, `${option} ${kind}`, nodes, 'TRACKER');
      return { kind: kind === 'fail' ? 'fail' : 'heal', node, tracker: name };
    }
    if (kind === 'link-down' || kind === 'link-up') {
      const { node, name } = splitNodeSpec(rest, `${option} ${kind}`, nodes, 'IFACE');
      return { kind, node, interface: name };
    }
    if (rest === '') throw new ScenarioTextError(`${option} '${p}' needs a node: ${kind}:NODE`, true);
    return { kind: kind as 'crash' | 'stop' | 'start' | 'isolate' | 'rejoin', node: rest };
  });
}

/** A scenario file: {"startOrder": [...], "startGap": seconds, "steps": ["crash:n1", ["fail:n2:chk", "stop:n3"], ...]}. */
export interface ScenarioFile {
  readonly startOrder?: string[];
  readonly startGap?: number;
  readonly steps: string[];
}

/** A scenario file's text, checked (`file`: its name in messages). */
export function readScenarioFile(text: string, file: string): ScenarioFile {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new ScenarioTextError(`${file}: not JSON (${e instanceof Error ? e.message : String(e)})`);
  }
  const bad = (what: string) => new ScenarioTextError(`${file}: ${what}`);
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

/** A scenario as text: the command line's options (--down, --stop, --fail, --link-down, --start-order, --start-gap, --step). */
export interface ScenarioText {
  readonly down: readonly string[];
  readonly stop: readonly string[];
  readonly fail: readonly string[];
  readonly linkDown: readonly string[];
  readonly startOrder?: readonly string[];
  readonly startGap?: number;
  readonly steps?: readonly string[];
}

/** The scenario of the options and a scenario file (the options win), checked against the nodes. */
export function scenarioOfText(opts: ScenarioText, cluster: ClusterInput, file?: ScenarioFile): ScenarioSpec {
  const spec = readScenarioText(
    opts,
    cluster.nodes.map((n) => n.name),
    file,
  );
  const problems = scenarioProblems(cluster, spec);
  if (problems.length > 0) throw new ScenarioTextError(problems.join('\n'), true);
  return spec;
}

/** The scenario of the options and a scenario file, read (NODE:NAME split at the known node `names`) but not checked against the nodes. */
export function readScenarioText(opts: ScenarioText, names: readonly string[], file?: ScenarioFile): ScenarioSpec {
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
  return spec;
}
