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
 * in the scenario included). Configuration findings are the `lint` command's business. The scenario's
 * grammar (NODE:NAME, steps, scenario files) is the core's: language/features/scenarioText.ts.
 */
import {
  clusterInput,
  electionClusters,
  electionNodesOfFiles,
  InputError,
  oneLine,
  previewElection,
  problemOf,
  readScenarioFile,
  scenarioOfText,
  ScenarioTextError,
  type ProjectService,
  type ScenarioFile,
} from '../language/project/index';
import { resolve as resolvePath } from 'node:path';
import type { CliOptions } from './args';
import { readInputs, report } from './inputs';

export interface ElectionIo {
  readonly stdout: (s: string) => void;
  readonly stderr: (s: string) => void;
  readonly cwd: string;
  /** The text of standard input (for `-`); absent where there is none to read. */
  readonly readStdin?: () => string;
}

export function runElection(opts: CliOptions, io: ElectionIo, service: ProjectService): number {
  try {
    if (opts.format !== 'text' && opts.format !== 'json') throw new InputError(`election prints text or json (not ${opts.format})`, true);
    const inputs = readInputs(service, opts, io.cwd, io.readStdin, io.stderr);
    const { nodes, leftOut } = electionNodesOfFiles(service, inputs.files);
    if (leftOut.length > 0)
      io.stderr(
        `keepalived-lint: warning: ${leftOut.map(oneLine).join(', ')} ${leftOut.length === 1 ? 'is not a host' : 'are not hosts'} of the Kolla deployment's loadbalancer group: left out of its election (run election on ${leftOut.length === 1 ? 'it' : 'them'} without --globals)\n`,
      );
    const groups = service.kollaPaths() ? [] : electionClusters(nodes, inputs.namedFiles);
    if (groups.length > 1)
      io.stderr(
        `keepalived-lint: warning: these nodes form ${groups.length} separate clusters (${groups.map((g) => g.map(oneLine).join(', ')).join('; ')}): the preview takes them as one, so a VRID two of them share looks like a split brain. Run election on one cluster's files at a time.\n`,
      );
    const cluster = clusterInput(nodes);
    let file: ScenarioFile | undefined;
    if (opts.scenario !== undefined) {
      const p = resolvePath(io.cwd, opts.scenario);
      const r = service.host.readFile(p);
      if (r.kind !== 'ok') throw new InputError(`cannot read ${p} (--scenario): ${problemOf(r)}`);
      file = readScenarioFile(r.text, opts.scenario);
    }
    const spec = scenarioOfText(opts, cluster, file);
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
    if (e instanceof ScenarioTextError) return report(new InputError(e.message, e.usage), io.stderr);
    if (!(e instanceof InputError)) throw e;
    return report(e, io.stderr);
  }
}
