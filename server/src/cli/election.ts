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
 * The nodes form clusters (a Kolla deployment's hosts, a role's renderings, plain files): which are
 * previewed, with which part of the scenario (--cluster NODE chooses one), is the core's
 * (language/project/electionCommand.ts); several are printed in text, each under a heading.
 *
 * Exit status: 0 the preview was printed, 2 usage or I/O problems (an unknown node or tracker
 * in the scenario included). Configuration findings are the `lint` command's business. The scenario's
 * grammar (NODE:NAME, steps, scenario files) is the core's: language/features/scenarioText.ts.
 */
import {
  describeElectionCluster,
  electionClustersOf,
  electionRun,
  InputError,
  oneLine,
  ScenarioTextError,
  type ClusterPreview,
  type ProjectService,
} from '../language/project/index';
import type { CliOptions } from './args';
import { readInputs, report } from './inputs';

export interface ElectionIo {
  readonly stdout: (s: string) => void;
  readonly stderr: (s: string) => void;
  readonly cwd: string;
  /** The text of standard input (for `-`); absent where there is none to read. */
  readonly readStdin?: () => string;
}

/** One preview in text: its nodes, then the model's text. */
function previewText({ cluster, preview }: ClusterPreview): string {
  const list = cluster.nodes.map((n) => oneLine(n.name)).join(', ');
  return `Nodes: ${list || '(none)'}${cluster.kolla ? ' (Kolla-Ansible hosts)' : ''}\n${preview.text}`;
}

export function runElection(opts: CliOptions, io: ElectionIo, service: ProjectService): number {
  try {
    if (opts.format !== 'text' && opts.format !== 'json') throw new InputError(`election prints text or json (not ${opts.format})`, true);
    const inputs = readInputs(service, opts, io.cwd, io.readStdin, io.stderr);
    const clusters = electionClustersOf(service, inputs, io.cwd);
    const run = electionRun(service, clusters, io.cwd, {
      ...opts,
      cluster: opts.electionCluster,
      scenarioFile: opts.scenario,
      single: opts.format === 'json',
    });
    for (const w of run.warnings) io.stderr(`keepalived-lint: warning: ${oneLine(w)}\n`);
    if (opts.format === 'json') {
      const { preview } = run.previews[0]!;
      for (const w of preview.warnings) io.stderr(`keepalived-lint: warning: ${w}\n`);
      for (const s of preview.splitBrain) io.stderr(`keepalived-lint: SPLIT BRAIN: ${oneLine(s)}\n`);
      io.stdout(`${JSON.stringify(preview.json, null, 2)}\n`);
    } else if (run.previews.length === 1) io.stdout(previewText(run.previews[0]!));
    else {
      const n = run.previews.length;
      io.stdout(run.previews.map((p, i) => `== Cluster ${i + 1} of ${n}: ${oneLine(describeElectionCluster(p.cluster))} ==\n${previewText(p)}`).join('\n'));
    }
    return 0;
  } catch (e) {
    if (e instanceof ScenarioTextError) return report(new InputError(e.message, e.usage), io.stderr);
    if (!(e instanceof InputError)) throw e;
    return report(e, io.stderr);
  }
}
