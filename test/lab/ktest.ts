/**
 * `keepalived -t` (and a short real start) inside a network namespace this module creates, for
 * the parity tests. The namespace gets the interfaces the fixtures name (veth pairs created inside
 * it, with the lab addresses); nothing touches the host's own namespace, and the namespace is
 * removed afterwards, also when a test fails or the process exits.
 */
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

export const run = (cmd: string, args: readonly string[], timeout = 10000) => spawnSync(cmd, args, { encoding: 'utf8', timeout });

/** Why `keepalived -t` cannot run here, or undefined when it can. */
export function ktestUnavailable(): string | undefined {
  if (process.platform !== 'linux') return 'not Linux';
  if (typeof process.getuid === 'function' && process.getuid() !== 0) return 'not running as root (network namespaces need it)';
  if (run('ip', ['-V']).status !== 0) return "the 'ip' command (iproute2) is not available";
  const v = run('keepalived', ['--version']);
  if (v.error || (v.status !== 0 && !`${v.stdout}${v.stderr}`.includes('Keepalived'))) return "the 'keepalived' command is not available";
  return undefined;
}

/** The installed keepalived's version (e.g. `2.2.7`), or '' when it cannot be told. */
export function keepalivedVersion(): string {
  const v = run('keepalived', ['--version']);
  return /Keepalived v(\S+)/.exec(`${v.stdout}${v.stderr}`)?.[1] ?? '';
}

export class Namespace {
  readonly name = `klint-${process.pid}-${Math.floor(Math.random() * 1e6)}`;
  private created = false;
  private interfaces: Record<string, string> = {};
  private readonly cleanup = () => this.remove();

  create(interfaces: Record<string, string>): void {
    this.interfaces = interfaces;
    const ip = (...args: string[]) => {
      const r = run('ip', args);
      if (r.status !== 0) throw new Error(`ip ${args.join(' ')}: ${r.stderr || r.error?.message}`);
    };
    ip('netns', 'add', this.name);
    this.created = true;
    process.once('exit', this.cleanup);
    ip('-n', this.name, 'link', 'set', 'lo', 'up');
    Object.entries(interfaces).forEach(([dev, cidr], i) => {
      // both ends live inside the namespace; the peer gets a name no fixture uses
      ip('-n', this.name, 'link', 'add', dev, 'type', 'veth', 'peer', 'name', `klpeer${i}`);
      ip('-n', this.name, 'addr', 'add', cidr, 'dev', dev);
      ip('-n', this.name, 'link', 'set', dev, 'up');
      ip('-n', this.name, 'link', 'set', `klpeer${i}`, 'up');
    });
  }

  /**
   * Back to what create() made, after a keepalived that ran in the namespace: each interface with
   * only its own address and up, and no interface keepalived added (a VMAC). A daemon killed before
   * it cleaned up leaves its VIPs on eth0, and the next example would find them there.
   */
  reset(): void {
    if (!this.created) return;
    const devs = Object.keys(this.interfaces);
    const known = new Set(['lo', ...devs, ...devs.map((_, i) => `klpeer${i}`)]);
    const links = run('ip', ['-o', '-n', this.name, 'link', 'show']).stdout.split('\n');
    for (const l of links) {
      const name = /^\d+:\s+([^:@\s]+)/.exec(l)?.[1];
      if (name && !known.has(name)) run('ip', ['-n', this.name, 'link', 'del', name]);
    }
    for (const [dev, cidr] of Object.entries(this.interfaces)) {
      // the link-local address stays: a new one would be tentative (DAD) when the next example starts
      run('ip', ['-n', this.name, 'addr', 'flush', 'dev', dev, 'scope', 'global']);
      run('ip', ['-n', this.name, 'addr', 'add', cidr, 'dev', dev]);
      run('ip', ['-n', this.name, 'link', 'set', dev, 'up']);
    }
  }

  /** Kill what still runs inside the namespace (only processes this test started live there). */
  killInside(): void {
    if (!this.created) return;
    for (const pid of run('ip', ['netns', 'pids', this.name])
      .stdout.split(/\s+/)
      .filter((p) => /^\d+$/.test(p))) {
      try {
        process.kill(Number(pid), 'SIGKILL');
      } catch {
        /* already gone */
      }
    }
  }

  remove(): void {
    if (!this.created) return;
    this.killInside();
    run('ip', ['netns', 'delete', this.name]);
    this.created = false;
    process.removeListener('exit', this.cleanup);
  }
}

/** Private pid files: the default /run/keepalived.pid is shared with any keepalived on the host. */
const pidArgs = (pidDir: string) => [
  '-p',
  path.join(pidDir, 'k.pid'),
  '-r',
  path.join(pidDir, 'k_vrrp.pid'),
  '-c',
  path.join(pidDir, 'k_chk.pid'),
  '-b',
  path.join(pidDir, 'k_bfd.pid'),
];

/** `keepalived -t -f file` in the namespace: its exit code and output. */
export function keepaliveT(ns: string, file: string, pidDir: string): { rc: number; output: string } {
  const r = run('ip', ['netns', 'exec', ns, 'keepalived', '-t', '-f', file, ...pidArgs(pidDir)]);
  if (r.error) throw r.error;
  return { rc: r.status ?? -1, output: `${r.stdout}${r.stderr}`.trim() };
}

/**
 * Start keepalived for real on `file` in the namespace for `seconds`, logging to the console, and
 * return what it printed (time stamps removed). What it starts is stopped with it.
 */
export function keepalivedStart(ns: Namespace, file: string, pidDir: string, seconds = 3): string {
  const r = spawnSync('ip', ['netns', 'exec', ns.name, 'keepalived', '--dont-fork', '--log-console', '--no-syslog', '-f', file, ...pidArgs(pidDir)], {
    encoding: 'utf8',
    timeout: seconds * 1000,
    killSignal: 'SIGTERM',
  });
  ns.killInside();
  ns.reset();
  return `${r.stdout ?? ''}${r.stderr ?? ''}`
    .split('\n')
    .map((l) => l.replace(/^\w{3} \w{3} +\d+ [\d:]+ \d+: /, ''))
    .join('\n')
    .trim();
}
