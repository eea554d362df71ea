/**
 * Network-namespace plumbing for the election lab: one switch namespace holding a bridge, one
 * namespace per node joined to it by a veth created inside the switch namespace (the peer is
 * moved into the node namespace as eth0). Nothing is created in, or attached to, the root
 * namespace. Every name starts with LAB_PREFIX so leftovers of a killed run can be found.
 */
import { execFile, execFileSync, spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as readline from 'node:readline';

export const LAB_PREFIX = 'kelab';
/** Node k (1-based) has 192.0.2.(10+k)/24 on eth0 (TEST-NET-1, RFC 5737). */
export const nodeAddress = (k: number): string => `192.0.2.${10 + k}`;
export const VIP = '192.0.2.100';
/** The second virtual router's VIP (sync-group scenarios). */
export const VIP2 = '192.0.2.101';

/** Seconds on a monotonic clock. */
export const now = (): number => performance.now() / 1000;
export const sleep = (s: number): Promise<void> => new Promise((r) => setTimeout(r, Math.max(0, s * 1000)));

export interface RunResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Run a command without a shell; never throws. */
export function run(cmd: string, args: readonly string[], timeoutS = 10): Promise<RunResult> {
  return new Promise((resolve) => {
    execFile(cmd, args, { timeout: timeoutS * 1000, encoding: 'utf8' }, (err, stdout, stderr) => {
      const code = err ? (typeof (err as { code?: unknown }).code === 'number' ? (err as { code: number }).code : 1) : 0;
      resolve({ code, stdout: stdout ?? '', stderr: stderr ?? (err ? err.message : '') });
    });
  });
}

async function must(cmd: string, args: readonly string[]): Promise<string> {
  const r = await run(cmd, args);
  if (r.code !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.code}): ${r.stderr.trim()}`);
  return r.stdout;
}

/** Find keepalived (root's PATH usually has /usr/sbin, CI's may not). */
export function findKeepalived(): string | undefined {
  const fromPath = (process.env.PATH ?? '')
    .split(':')
    .filter(Boolean)
    .map((d) => `${d}/keepalived`);
  return [...fromPath, '/usr/sbin/keepalived', '/usr/local/sbin/keepalived', '/sbin/keepalived'].find((p) => {
    try {
      fs.accessSync(p, fs.constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

/** Why the lab cannot run here, or undefined when it can. */
export async function labUnavailable(): Promise<string | undefined> {
  if (process.env.KEEPALIVED_LAB === 'skip' || process.env.KEEPALIVED_LAB === '0') return 'KEEPALIVED_LAB=skip is set';
  if (process.platform !== 'linux') return `network namespaces need Linux (this is ${process.platform})`;
  if (process.getuid?.() !== 0) return 'not running as root (network namespaces, veth, bridge and VRRP raw sockets need it)';
  if ((await run('ip', ['-V'])).code !== 0) return "'ip' (iproute2) is not installed";
  const ka = findKeepalived();
  if (!ka) return 'keepalived is not installed (apt-get install keepalived)';
  const probe = `${LAB_PREFIX}-probe-${process.pid}`;
  const add = await run('ip', ['netns', 'add', probe]);
  if (add.code !== 0) return `cannot create a network namespace: ${add.stderr.trim()}`;
  const veth = await run('ip', ['-n', probe, 'link', 'add', 'p0', 'type', 'veth', 'peer', 'name', 'p1']);
  await run('ip', ['netns', 'del', probe]);
  if (veth.code !== 0) return `cannot create a veth pair inside a namespace: ${veth.stderr.trim()}`;
  return undefined;
}

async function killNamespacePids(ns: string): Promise<void> {
  const pids = (await run('ip', ['netns', 'pids', ns])).stdout.split(/\s+/).filter((p) => /^\d+$/.test(p));
  for (const p of pids) {
    try {
      process.kill(Number(p), 'SIGKILL');
    } catch {
      /* already gone */
    }
  }
}

/** Names carry the pid of the run that made them (kelab-<pid>-..., kelab-probe-<pid>); is that run gone? */
function orphaned(name: string): boolean {
  const m = new RegExp(`^${LAB_PREFIX}-(?:probe-)?(\\d+)(?:-|$)`).exec(name);
  if (!m) return false;
  const pid = Number(m[1]);
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return false; // that run is still going: leave it alone
  } catch {
    return true;
  }
}

/** Remove namespaces (and what runs in them) and directories left behind by earlier, killed runs. */
export async function cleanupLeftovers(): Promise<string[]> {
  const list = (await run('ip', ['netns', 'list'])).stdout;
  const names = list
    .split('\n')
    .map((l) => l.trim().split(/\s+/)[0] ?? '')
    .filter(orphaned);
  for (const ns of names) {
    await killNamespacePids(ns);
    await run('ip', ['netns', 'del', ns]);
  }
  for (const d of fs.readdirSync('/tmp').filter(orphaned)) fs.rmSync(`/tmp/${d}`, { recursive: true, force: true });
  return names;
}

export interface AddressEvent {
  readonly t: number;
  readonly node: number;
  readonly added: boolean;
  readonly address: string;
}

export class Topology {
  readonly events: AddressEvent[] = [];
  private readonly monitors: ChildProcess[] = [];
  private readonly created: string[] = [];

  private constructor(
    readonly id: string,
    readonly size: number,
  ) {}

  get switchNs(): string {
    return `${LAB_PREFIX}-${this.id}-sw`;
  }

  /** Node k's own address on eth0. */
  nodeAddress(k: number): string {
    return nodeAddress(k);
  }

  nodeNs(k: number): string {
    return `${LAB_PREFIX}-${this.id}-n${k}`;
  }

  static async create(id: string, size: number): Promise<Topology> {
    const t = new Topology(id, size);
    try {
      await t.build();
    } catch (e) {
      await t.destroy();
      throw e;
    }
    return t;
  }

  private async addNs(ns: string): Promise<void> {
    await must('ip', ['netns', 'add', ns]);
    this.created.push(ns);
    await must('ip', ['-n', ns, 'link', 'set', 'lo', 'up']);
  }

  private async build(): Promise<void> {
    const sw = this.switchNs;
    await this.addNs(sw);
    await must('ip', ['-n', sw, 'link', 'add', 'br0', 'type', 'bridge']);
    await must('ip', ['-n', sw, 'link', 'set', 'br0', 'up']);
    for (let k = 1; k <= this.size; k++) {
      const ns = this.nodeNs(k);
      await this.addNs(ns);
      await must('ip', ['-n', sw, 'link', 'add', `p${k}`, 'type', 'veth', 'peer', 'name', 'eth0', 'netns', ns]);
      await must('ip', ['-n', sw, 'link', 'set', `p${k}`, 'master', 'br0']);
      await must('ip', ['-n', sw, 'link', 'set', `p${k}`, 'up']);
      await must('ip', ['-n', ns, 'addr', 'add', `${nodeAddress(k)}/24`, 'dev', 'eth0']);
      await must('ip', ['-n', ns, 'link', 'set', 'eth0', 'up']);
      this.monitor(k);
    }
  }

  /** `ip monitor address` inside node k, each line stamped when read. */
  private monitor(k: number): void {
    const p = spawn('ip', ['-o', '-n', this.nodeNs(k), 'monitor', 'address'], { stdio: ['ignore', 'pipe', 'ignore'] });
    this.monitors.push(p);
    readline.createInterface({ input: p.stdout }).on('line', (line) => {
      const m = /\sinet6?\s+([0-9a-f.:]+)\//.exec(line);
      if (m) this.events.push({ t: now(), node: k, added: !line.startsWith('Deleted'), address: m[1]! });
    });
  }

  /** Addresses currently on node k's eth0. */
  async addresses(k: number): Promise<string[]> {
    const out = (await run('ip', ['-o', '-n', this.nodeNs(k), 'addr', 'show', 'dev', 'eth0'])).stdout;
    return [...out.matchAll(/\sinet6?\s+([0-9a-f.:]+)\//g)].map((m) => m[1]!);
  }

  async ip(k: number | 'switch', args: readonly string[]): Promise<RunResult> {
    return run('ip', ['-n', k === 'switch' ? this.switchNs : this.nodeNs(k), ...args]);
  }

  async destroy(): Promise<void> {
    for (const m of this.monitors) m.kill('SIGKILL');
    for (const ns of [...this.created].reverse()) {
      await killNamespacePids(ns);
      await run('ip', ['netns', 'del', ns]);
    }
    this.created.length = 0;
  }

  /** Last-resort synchronous cleanup (process exit). */
  destroySync(): void {
    for (const m of this.monitors) m.kill('SIGKILL');
    for (const ns of this.created) {
      try {
        const pids = execFileSync('ip', ['netns', 'pids', ns], { encoding: 'utf8' })
          .split(/\s+/)
          .filter((p) => /^\d+$/.test(p));
        for (const p of pids) process.kill(Number(p), 'SIGKILL');
      } catch {
        /* ignore */
      }
      try {
        execFileSync('ip', ['netns', 'del', ns]);
      } catch {
        /* ignore */
      }
    }
    this.created.length = 0;
  }
}
