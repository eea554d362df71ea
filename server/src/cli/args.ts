/** Command-line parsing for keepalived-lint (no dependency: the options are few and fixed). */

export interface CliOptions {
  command: 'lint' | 'election';
  format: 'text' | 'json' | 'sarif';
  configId?: string;
  keepalivedVersion?: string;
  interfaces: string[];
  globals?: string;
  inventory?: string;
  passwords?: string;
  maxWarnings?: number;
  config?: string;
  color?: boolean;
  /** Check several files as the nodes of one cluster (default); `--no-cluster` turns it off. */
  cluster: boolean;
  paths: string[];
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
}

export class UsageError extends Error {}

const VALUE_OPTIONS = new Set([
  '--format',
  '-f',
  '--config-id',
  '-i',
  '--interface',
  '--globals',
  '--inventory',
  '--passwords',
  '--max-warnings',
  '--config',
  '-c',
  '--keepalived-version',
  '--down',
  '--stop',
  '--fail',
  '--link-down',
  '--start-order',
  '--start-gap',
  '--step',
  '--scenario',
]);

export function parseArgs(argv: readonly string[]): CliOptions {
  const o: CliOptions = {
    command: 'lint',
    format: 'text',
    interfaces: [],
    cluster: true,
    paths: [],
    help: false,
    version: false,
    down: [],
    stop: [],
    fail: [],
    linkDown: [],
    steps: [],
  };
  const args = [...argv];
  if (args[0] === 'election') {
    o.command = 'election';
    args.shift();
  } else if (args[0] === 'lint') {
    args.shift();
  }
  for (let i = 0; i < args.length; i++) {
    let a = args[i]!;
    let value: string | undefined;
    const eq = a.startsWith('--') ? a.indexOf('=') : -1;
    if (eq > 0) {
      value = a.slice(eq + 1);
      a = a.slice(0, eq);
    }
    const need = (): string => {
      if (value !== undefined) return value;
      const next = args[++i];
      if (next === undefined) throw new UsageError(`${a} needs a value`);
      return next;
    };
    if (a === '--') {
      o.paths.push(...args.slice(i + 1));
      break;
    }
    if (!a.startsWith('-') || a === '-') {
      o.paths.push(a);
      continue;
    }
    if (eq > 0 && !VALUE_OPTIONS.has(a)) throw new UsageError(`${a} does not take a value`);
    switch (a) {
      case '-h':
      case '--help':
        o.help = true;
        break;
      case '-v':
      case '--version':
        o.version = true;
        break;
      case '-f':
      case '--format': {
        const f = need();
        if (f !== 'text' && f !== 'json' && f !== 'sarif') throw new UsageError(`--format must be text, json or sarif (not '${f}')`);
        o.format = f;
        break;
      }
      case '-i':
      case '--config-id':
        o.configId = need();
        break;
      case '--keepalived-version': {
        const v = need();
        if (!/^\d+\.\d+(\.\d+)?$/.test(v)) throw new UsageError(`--keepalived-version expects a version such as 2.2.7 (not '${v}')`);
        o.keepalivedVersion = v;
        break;
      }
      case '--interface':
        o.interfaces.push(need());
        break;
      case '--globals':
        o.globals = need();
        break;
      case '--inventory':
        o.inventory = need();
        break;
      case '--passwords':
        o.passwords = need();
        break;
      case '-c':
      case '--config':
        o.config = need();
        break;
      case '--max-warnings': {
        const n = need();
        if (!/^\d+$/.test(n)) throw new UsageError(`--max-warnings needs a whole number (not '${n}')`);
        o.maxWarnings = Number(n);
        break;
      }
      case '--color':
        o.color = true;
        break;
      case '--no-color':
        o.color = false;
        break;
      case '--no-cluster':
        o.cluster = false;
        break;
      case '--down':
        o.down.push(need());
        break;
      case '--stop':
        o.stop.push(need());
        break;
      case '--fail':
        o.fail.push(need());
        break;
      case '--link-down':
        o.linkDown.push(need());
        break;
      case '--start-order':
        o.startOrder = need()
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean);
        break;
      case '--start-gap': {
        const g = need();
        if (!/^\d+(\.\d+)?$/.test(g) || Number(g) > 3600) throw new UsageError(`--start-gap needs seconds from 0 to 3600, e.g. 0.05 (not '${g}')`);
        o.startGap = Number(g);
        break;
      }
      case '--step':
        o.steps.push(need());
        break;
      case '--scenario':
        o.scenario = need();
        break;
      default:
        throw new UsageError(`unknown option ${a}`);
    }
  }
  return o;
}

export const USAGE = `Usage: keepalived-lint [options] PATH...
       keepalived-lint election [options] PATH...

Checks keepalived configuration files the way keepalived reads them, and reports what
keepalived would reject, correct or ignore, plus the mistakes it does not catch.
PATH is a file or a directory (searched for keepalived.conf, keepalived.conf.*, *.keepalived,
keepalived/**/*.conf and keepalived.d/*.conf). Several files are also checked as the nodes
of one cluster (VIPs, VRIDs, priorities, advert_int, version, authentication, unicast peers
must agree); a node is named after its file (lb1.conf → lb1, <host>/keepalived.conf → host).
With --globals, PATH is optional: the Kolla-Ansible files are checked, the node configurations
given are compared with them, and Kolla's rendered keepalived.conf stands in for every host
without a node configuration.

Options:
  -f, --format text|json|sarif  output format (default: text)
  -i, --config-id ID            keepalived's --config-id: which @ID lines are active
      --keepalived-version V    the keepalived version of the target hosts (e.g. 2.2.7):
                                keywords added after it are reported
      --interface [NODE:]NAME=CIDR
                                an interface of the target host and its address
                                (repeatable), e.g. --interface eth0=192.0.2.10/24;
                                with several nodes, only its subnet is used unless
                                NODE: names the node it belongs to (lb1:eth0=...)
      --globals FILE            Kolla-Ansible globals.yml to cross-check
      --inventory FILE          Kolla-Ansible inventory (with --globals)
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

Exit status: 0 no errors (and warnings within --max-warnings), 1 errors found,
2 usage or I/O problem. Scripts named in a configuration are never executed.
`;
