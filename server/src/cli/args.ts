/** Command-line parsing for keepalived-lint: the options, their checks, the usage text. */
import { ArgvError, readArgv, type ReadArgs } from './argv';
import { TEMPLATE_SETTINGS, type TemplateSetting } from '../language/project/index';

export const FORMATS = ['text', 'json', 'sarif', 'codequality', 'github'] as const;
export type Format = (typeof FORMATS)[number];

export interface CliOptions {
  command: 'lint' | 'election' | 'explain';
  format: Format;
  configId?: string;
  keepalivedVersion?: string;
  /** --root DIR: the directory standing for the target host's / (absolute include paths) */
  root?: string;
  /** --template auto|none|jinja|erb|go|envsubst|mustache */
  template?: TemplateSetting;
  interfaces: string[];
  globals?: string;
  inventory?: string;
  /** --vars FILE (repeatable): extra variables files for templates */
  vars: string[];
  /** --host NAME: render templates for these hosts (a host, a group, or a comma list) */
  host?: string;
  /** --env-file FILE (repeatable): one node's values for envsubst templates */
  envFiles: string[];
  passwords?: string;
  maxWarnings?: number;
  config?: string;
  color?: boolean;
  /** Check several files as the nodes of one cluster (default); `--no-cluster` turns it off. */
  cluster: boolean;
  paths: string[];
  /** `-` among the paths: the text comes from standard input. */
  stdin: boolean;
  /** --stdin-filename: the path standard input's text stands for (includes, settings, messages). */
  stdinFilename?: string;
  /** --fix: apply the safe fixes in place; --fix-dry-run: print them as a unified diff. */
  fix?: 'write' | 'diff';
  /** --quiet: report errors only (the exit status is unchanged). */
  quiet: boolean;
  help: boolean;
  version: boolean;
  // election
  down: string[];
  stop: string[];
  fail: string[];
  linkDown: string[];
  startOrder?: string[];
  /** --start-gap: seconds between the ordered starts. */
  startGap?: number;
  /** --step: each a comma-separated list of KIND:NODE[:NAME] actions. */
  steps: string[];
  /** --scenario: a JSON file with startOrder, startGap and steps. */
  scenario?: string;
  /** --cluster NODE: preview only the cluster that has this node. */
  electionCluster?: string;
}

export class UsageError extends Error {}

const text = { type: 'string' } as const;
const list = { type: 'string', multiple: true } as const;
const flag = { type: 'boolean' } as const;
/** Every option (tests check that the usage text and the README name each of them). */
export const OPTIONS = {
  format: { ...text, short: 'f' },
  'config-id': { ...text, short: 'i' },
  'keepalived-version': text,
  root: text,
  template: text,
  interface: list,
  globals: text,
  inventory: text,
  vars: list,
  host: text,
  'env-file': list,
  passwords: text,
  'max-warnings': text,
  config: { ...text, short: 'c' },
  color: flag,
  'no-color': flag,
  fix: flag,
  'fix-dry-run': flag,
  'stdin-filename': text,
  quiet: { ...flag, short: 'q' },
  'no-cluster': flag,
  help: { ...flag, short: 'h' },
  version: { ...flag, short: 'v' },
  down: list,
  stop: list,
  fail: list,
  'link-down': list,
  'start-order': text,
  'start-gap': text,
  step: list,
  scenario: text,
  cluster: text,
} as const;

/** The values read, by option name (each option's type as OPTIONS declares it). */
type Values = {
  -readonly [K in keyof typeof OPTIONS]?: (typeof OPTIONS)[K] extends { multiple: true }
    ? string[]
    : (typeof OPTIONS)[K] extends { type: 'boolean' }
      ? boolean
      : string;
};
type Parsed = Omit<ReadArgs, 'values'> & { values: Values };

/** Each value that has a form checked against it. */
function checkValues(v: Values): void {
  const format = v.format ?? 'text';
  if (!(FORMATS as readonly string[]).includes(format))
    throw new UsageError(`--format must be ${FORMATS.slice(0, -1).join(', ')} or ${FORMATS[FORMATS.length - 1]} (not '${format}')`);
  const kv = v['keepalived-version'];
  if (kv !== undefined && !/^\d+\.\d+(\.\d+)?$/.test(kv)) throw new UsageError(`--keepalived-version expects a version such as 2.2.7 (not '${kv}')`);
  const template = v.template;
  if (template !== undefined && !(TEMPLATE_SETTINGS as readonly string[]).includes(template))
    throw new UsageError(`--template must be one of ${TEMPLATE_SETTINGS.join(', ')} (not '${template}')`);
  const gap = v['start-gap'];
  if (gap !== undefined && (!/^\d+(\.\d+)?$/.test(gap) || Number(gap) > 3600))
    throw new UsageError(`--start-gap needs seconds from 0 to 3600, e.g. 0.05 (not '${gap}')`);
  const mw = v['max-warnings'];
  if (mw !== undefined && !/^\d+$/.test(mw)) throw new UsageError(`--max-warnings needs a whole number (not '${mw}')`);
}

/** Options that do not go together (standard input, fixes, the election). */
function checkCombinations(command: CliOptions['command'], v: Values, stdinCount: number): void {
  if (stdinCount > 1) throw new UsageError("'-' (standard input) can be given once");
  if (v['stdin-filename'] !== undefined && stdinCount === 0)
    throw new UsageError("--stdin-filename names the text read from standard input: give '-' as a PATH too");
  if (v.fix && v['fix-dry-run']) throw new UsageError('use either --fix or --fix-dry-run');
  if (v.fix && stdinCount > 0) throw new UsageError('--fix writes files and cannot write back to standard input: use --fix-dry-run for a diff');
  if (command === 'election' && (v.fix || v['fix-dry-run'])) throw new UsageError('--fix and --fix-dry-run are for linting, not for the election preview');
  if (command === 'explain' && (v.fix || v['fix-dry-run'] || stdinCount > 0))
    throw new UsageError('explain takes codes, e.g. keepalived-lint explain vrid-duplicate');
  if (command !== 'election' && v.cluster !== undefined)
    throw new UsageError(`--cluster chooses the cluster of keepalived-lint election${command === 'lint' ? ' (linting checks every cluster)' : ''}`);
}

/** The checked values as CliOptions. */
function toOptions(command: CliOptions['command'], parsed: Parsed): CliOptions {
  const v = parsed.values;
  // the last of --color / --no-color wins
  const colour = parsed.order.filter((name) => name === 'color' || name === 'no-color').pop();
  return {
    command,
    format: (v.format ?? 'text') as Format,
    configId: v['config-id'],
    keepalivedVersion: v['keepalived-version'],
    root: v.root,
    template: v.template as TemplateSetting | undefined,
    interfaces: v.interface ?? [],
    globals: v.globals,
    inventory: v.inventory,
    vars: v.vars ?? [],
    host: v.host,
    envFiles: v['env-file'] ?? [],
    passwords: v.passwords,
    maxWarnings: v['max-warnings'] !== undefined ? Number(v['max-warnings']) : undefined,
    config: v.config,
    color: colour !== undefined ? colour === 'color' : undefined,
    cluster: v['no-cluster'] !== true,
    paths: parsed.positionals.filter((p) => p !== '-'),
    stdin: parsed.positionals.includes('-'),
    stdinFilename: v['stdin-filename'],
    fix: v.fix ? 'write' : v['fix-dry-run'] ? 'diff' : undefined,
    quiet: v.quiet === true,
    help: v.help === true,
    version: v.version === true,
    down: v.down ?? [],
    stop: v.stop ?? [],
    fail: v.fail ?? [],
    linkDown: v['link-down'] ?? [],
    startOrder: v['start-order']
      ?.split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    startGap: v['start-gap'] !== undefined ? Number(v['start-gap']) : undefined,
    steps: v.step ?? [],
    scenario: v.scenario,
    electionCluster: v.cluster,
  };
}

export function parseArgs(argv: readonly string[]): CliOptions {
  const args = [...argv];
  const command = args[0] === 'election' || args[0] === 'explain' ? args[0] : 'lint';
  if (args[0] === 'election' || args[0] === 'explain' || args[0] === 'lint') args.shift();
  let parsed: Parsed;
  try {
    parsed = readArgv(args, OPTIONS);
  } catch (e) {
    if (e instanceof ArgvError) throw new UsageError(e.message);
    throw e;
  }
  checkValues(parsed.values);
  checkCombinations(command, parsed.values, parsed.positionals.filter((p) => p === '-').length);
  return toOptions(command, parsed);
}

export const USAGE = `Usage: keepalived-lint [options] PATH...
       keepalived-lint [options] --fix PATH...
       keepalived-lint [options] [--stdin-filename PATH] -
       keepalived-lint election [options] PATH...
       keepalived-lint explain [--format json] [CODE...]

Checks keepalived configuration files the way keepalived reads them, and reports what
keepalived would reject, correct or ignore, plus the mistakes it does not catch.
PATH is a file or a directory (searched for keepalived.conf, keepalived.conf.*, *.keepalived,
keepalived/**/*.conf and keepalived.d/*.conf), or - for standard input. Several files are also checked as the nodes
of one cluster (VIPs, VRIDs, priorities, advert_int, version, authentication, unicast peers
must agree); a node is named after its file (lb1.conf → lb1, <host>/keepalived.conf → host).
With --globals, PATH is optional: the Kolla-Ansible files are checked, the node configurations
given (without PATH: those under config/keepalived beside globals.yml) are compared with them,
and Kolla's rendered keepalived.conf stands in for every host without a node configuration. The
inventory and passwords.yml, when not given, are looked for beside globals.yml (the inventory
also above it, then in the current directory). Without --globals, a directory is searched for
Kolla-Ansible deployments as the editor searches a workspace (a globals.yml with its inventory
beside it or in a folder above it), and its hosts are checked against the one they belong to.

Options:
  -f, --format FORMAT           output format: text (default), json, sarif (GitHub code
                                scanning), codequality (GitLab) or github (annotations)
  -q, --quiet                   report errors only (the exit status is the same)
      --fix                     apply the safe fixes to the files in place (again until
                                nothing changes; never in template code nor in an
                                included file that is not among the PATHs), then report
                                what remains
      --fix-dry-run             print the safe fixes as a unified diff instead (nothing is
                                written; what remains is reported on standard error)
      --stdin-filename PATH     the file the text read from - stands for (includes are
                                found beside it, settings above it; messages name it)
  -i, --config-id ID            keepalived's --config-id: which @ID lines are active
      --keepalived-version V    the keepalived version of the target hosts (e.g. 2.2.7):
                                keywords added after it are reported
      --root DIR                the directory that stands for the target host's /:
                                absolute include paths are read under it (default:
                                a copy of the host's tree around the file, e.g.
                                .../etc/keepalived/, else / itself)
      --template ENGINE         read the files as templates: auto (default: by name
                                and content), none, jinja, erb, go, envsubst or
                                mustache
      --interface [NODE:]NAME=CIDR
                                an interface of the target host and its address
                                (repeatable), e.g. --interface eth0=192.0.2.10/24;
                                with several nodes, only its subnet is used unless
                                NODE: names the node it belongs to (lb1:eth0=...)
      --globals FILE            Kolla-Ansible globals.yml to cross-check
      --inventory FILE          an Ansible inventory (INI or YAML): templates are
                                rendered for its hosts (group_vars/, host_vars/ beside
                                it, the role's defaults/vars); with --globals, also
                                the Kolla-Ansible inventory
      --vars FILE               a variables file for templates (extra vars; repeatable)
      --host NAME               render templates only for this host or group, or these
                                env-file nodes (comma-separated; default: the
                                keepalived/lb groups, every env file)
      --env-file FILE           one node's values (KEY=VALUE lines) for envsubst and
                                shell-heredoc templates (repeatable): each file is a
                                node named after it (lb1.env → lb1), and the templates
                                are rendered for every one of them
      --passwords FILE          Kolla-Ansible passwords.yml (with --globals)
      --no-cluster              check each file on its own only
  -c, --config FILE             settings file (default: .keepalived-lint.json, searched
                                upwards from the current directory)
      --max-warnings N          exit 1 when there are more than N warnings
      --color, --no-color       force or disable colours (default: on a terminal)
  -h, --help                    show this help
  -v, --version                 show the version

Election (keepalived-lint election):
      --down NODE               NODE crashed (repeatable)
      --stop NODE               NODE stopped gracefully (repeatable)
      --fail NODE:TRACKER       a tracked script/file/process fails on NODE (repeatable)
      --link-down NODE:IFACE    an interface is down on NODE (repeatable)
      --start-order N1,N2,...   the order the nodes started (default: all together);
                                each starts once the one before has settled
      --start-gap SECONDS       seconds between those starts instead (e.g. 0.05 for a
                                near-simultaneous start, where the order can decide)
      --step ACTION[,ACTION...] one step after the start, once the one before has settled
                                (repeatable; the outcome is the last step's). ACTION is
                                crash:NODE, stop:NODE, start:NODE, fail:NODE:TRACKER,
                                recover:NODE:TRACKER, link-down:NODE:IFACE,
                                link-up:NODE:IFACE, isolate:NODE or rejoin:NODE
      --scenario FILE           a JSON scenario: {"startOrder": [...], "startGap": S,
                                "steps": ["crash:n1", "start:n1", ...]}
      --cluster NODE            preview only the cluster NODE belongs to (any of its
                                nodes, named as the preview names them)
  The nodes given are grouped into clusters as the linter groups them (the hosts of a
  Kolla-Ansible deployment, given with --globals or found in a directory; an Ansible role's
  renderings; files tied by VRID, VIP or peers).
  Several clusters: the text format prints one preview per cluster under a heading, each
  with the part of the scenario that names its nodes (the default scenario when none);
  --format json prints one preview, so it needs --cluster unless the scenario names the
  nodes of one cluster only.

Explain (keepalived-lint explain): what a code means (what it finds, what keepalived does,
an example, the fix); without a CODE, every code with its severity and a line.

Exit status: 0 no errors (and warnings within --max-warnings), 1 errors found,
2 usage or I/O problem. Scripts named in a configuration are never executed.
`;
