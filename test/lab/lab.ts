/**
 * Runs one lab scenario: writes each node's keepalived.conf from the scenario, asks the model
 * for its prediction, starts real daemons in the node namespaces, applies the actions, and
 * observes who holds the VIP (kernel address events) and each daemon's VRRP state (its log).
 */
import * as fs from 'node:fs';
import type { Action, InstanceOutcome, Window } from '../../server/src/language/election/index';
import { detectionWindow, elect, START_JITTER } from '../../server/src/language/election/index';
import { Daemon, flagFile, nodeConfig } from './keepalived';
import { findKeepalived, now, sleep, Topology, VIP } from './netns';
import type { LabScenario } from './scenarios';

/** Allowance for start latency (keepalived reaches BACKUP(init) 20–80 ms after exec), polling and scheduling. */
export const TOLERANCE = 0.25;

export interface LabObservation {
  readonly predicted: InstanceOutcome;
  /** The model's outcome of the start alone, when there are actions. */
  readonly before?: InstanceOutcome;
  /** Seconds from the first start until the VIP appeared on the predicted pre-action master. */
  readonly beforeMeasured: number | null;
  /** Seconds from the actions (or the first start) until the VIP appeared on the final master; 0 if it never moved. */
  readonly measured: number | null;
  /** Alive nodes whose last VRRP state is MASTER, and alive nodes holding the VIP, at the end. */
  readonly masters: readonly string[];
  readonly holders: readonly string[];
  /** Nodes other than the predicted master that got the VIP after the actions. */
  readonly strayAdds: readonly string[];
  readonly details: string;
}

export class Lab {
  private daemons = new Map<string, Daemon>();

  private constructor(
    readonly topo: Topology,
    readonly dir: string,
    readonly binary: string,
  ) {}

  static async create(size = 3): Promise<Lab> {
    const id = String(process.pid);
    const dir = `/tmp/kelab-${id}`;
    fs.mkdirSync(dir, { recursive: true, mode: 0o755 });
    const topo = await Topology.create(id, size);
    return new Lab(topo, dir, findKeepalived()!);
  }

  private index(node: string): number {
    return Number(node.replace(/^n/, ''));
  }

  private daemon(node: string): Daemon {
    let d = this.daemons.get(node);
    if (!d) {
      d = new Daemon(this.binary, node, this.topo.nodeNs(this.index(node)), this.dir);
      this.daemons.set(node, d);
    }
    return d;
  }

  private startPlan(sc: LabScenario): [string, number][] {
    const s = sc.scenario;
    const absent = new Set(s.absent ?? []);
    const names = sc.cluster.nodes.map((n) => n.name).filter((n) => !absent.has(n));
    const order = (s.startOrder ?? []).filter((n) => names.includes(n));
    const rest = names.filter((n) => !order.includes(n));
    const interval = s.startInterval ?? START_JITTER;
    if (order.length === 0) return names.map((n) => [n, 0]);
    return [...order, ...rest].map((n, k) => [n, k * interval]);
  }

  private async apply(a: Action): Promise<void> {
    const k = this.index(a.node);
    switch (a.kind) {
      case 'crash':
        return this.daemon(a.node).crash();
      case 'stop':
        return this.daemon(a.node).stop();
      case 'start': {
        const d = this.daemon(a.node);
        d.start();
        return d.waitStarted();
      }
      case 'fail':
        fs.writeFileSync(flagFile(this.dir, a.node, a.tracker), '');
        return;
      case 'heal':
        fs.rmSync(flagFile(this.dir, a.node, a.tracker), { force: true });
        return;
      case 'link-down':
        await this.topo.ip(k, ['link', 'set', a.interface, 'down']);
        return;
      case 'link-up':
        await this.topo.ip(k, ['link', 'set', a.interface, 'up']);
        return;
      case 'isolate':
        await this.topo.ip('switch', ['link', 'set', `p${k}`, 'nomaster']);
        return;
      case 'rejoin':
        await this.topo.ip('switch', ['link', 'set', `p${k}`, 'master', 'br0']);
        return;
    }
  }

  /** First time after `from` that the VIP was added on `node`, waiting until `deadline`. */
  private async vipAdded(node: string, from: number, deadline: number): Promise<number | undefined> {
    const k = this.index(node);
    for (;;) {
      const e = this.topo.events.find((x) => x.node === k && x.added && x.address === VIP && x.t >= from);
      if (e) return e.t;
      if (now() > deadline) return undefined;
      await sleep(0.01);
    }
  }

  /** Longest time a check needs to be noticed, for the observation window. */
  private detectMax(sc: LabScenario): number {
    let max = 0;
    for (const a of sc.scenario.actions ?? []) {
      if (a.kind !== 'fail' && a.kind !== 'heal') continue;
      const t = sc.cluster.nodes
        .find((n) => n.name === a.node)
        ?.instances.flatMap((i) => i.trackers ?? [])
        .find((x) => x.name === a.tracker);
      if (t) max = Math.max(max, detectionWindow(t.kind, t, a.kind).max);
    }
    return max;
  }

  async run(sc: LabScenario): Promise<LabObservation> {
    const predicted = elect(sc.cluster, sc.scenario).instances[0]!;
    const actions = sc.scenario.actions ?? [];
    const pre = actions.length ? elect(sc.cluster, { ...sc.scenario, actions: undefined }).instances[0]! : undefined;
    const maxMd = Math.max(...predicted.nodes.map((n) => n.masterDownInterval));
    for (const n of sc.cluster.nodes) this.daemon(n.name).writeConfig(nodeConfig(n, this.dir));

    const plan = this.startPlan(sc);
    const t0 = now();
    for (const [node, offset] of plan) {
      await sleep(t0 + offset - now());
      this.daemon(node).start();
    }
    await Promise.all(plan.map(([n]) => this.daemon(n).waitStarted()));
    const lastStart = Math.max(...plan.map(([, o]) => o));
    const expected = predicted.master;
    let measured: number | null;
    let beforeMeasured: number | null = null;
    let from = t0;

    if (!pre) {
      const at = expected ? await this.vipAdded(expected, t0, t0 + lastStart + maxMd + 3) : undefined;
      measured = at === undefined ? null : at - t0;
      await sleep(t0 + lastStart + maxMd + 1.5 - now());
    } else {
      const first = pre.master ? await this.vipAdded(pre.master, t0, t0 + lastStart + maxMd + 3) : undefined;
      if (pre.master && first === undefined) throw new Error(`${pre.master} never became MASTER before the actions\n${this.logs()}`);
      beforeMeasured = first === undefined ? null : first - t0;
      await sleep(1 + Math.random()); // a random phase against the advert schedule
      from = now();
      for (const a of actions) await this.apply(a);
      const window: Window = predicted.failover ?? { min: 0, max: 0 };
      const observe = this.detectMax(sc) + maxMd + 1.5;
      if (!expected || (expected === pre.master && window.max === 0)) {
        await sleep(from + observe - now());
        measured = expected ? 0 : null;
      } else {
        const at = await this.vipAdded(expected, from, from + window.max + TOLERANCE + 2);
        measured = at === undefined ? null : at - from;
        await sleep(Math.min(1.5, from + observe - now()));
      }
    }

    const alive = sc.cluster.nodes.map((n) => n.name).filter((n) => this.daemon(n).running);
    const masters = alive.filter((n) => this.daemon(n).state('VI_1') === 'MASTER');
    const holders: string[] = [];
    for (const n of alive) if ((await this.topo.addresses(this.index(n))).includes(VIP)) holders.push(n);
    const strayAdds = [
      ...new Set(
        this.topo.events
          .filter((e) => e.added && e.address === VIP && e.t >= from && `n${e.node}` !== expected && !predicted.alsoMaster.includes(`n${e.node}`))
          .map((e) => `n${e.node}`),
      ),
    ];
    return { predicted, before: pre, beforeMeasured, measured, masters, holders, strayAdds, details: this.logs() };
  }

  logs(): string {
    return [...this.daemons.values()].map((d) => d.tail()).join('\n');
  }

  /** Back to a clean slate: daemons stopped, no VIP, links up, ports on the bridge, no flag files. */
  async reset(): Promise<void> {
    await Promise.all([...this.daemons.values()].map((d) => d.shutdown()));
    this.daemons.clear();
    for (let k = 1; k <= this.topo.size; k++) {
      await this.topo.ip(k, ['addr', 'del', `${VIP}/24`, 'dev', 'eth0']);
      await this.topo.ip(k, ['link', 'set', 'eth0', 'up']);
      await this.topo.ip('switch', ['link', 'set', `p${k}`, 'master', 'br0']);
    }
    for (const f of fs.readdirSync(this.dir)) if (f.startsWith('fail-')) fs.rmSync(`${this.dir}/${f}`, { force: true });
    this.topo.events.length = 0;
  }

  async destroy(): Promise<void> {
    await this.reset().catch(() => undefined);
    await this.topo.destroy();
    fs.rmSync(this.dir, { recursive: true, force: true });
  }

  destroySync(): void {
    this.topo.destroySync();
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}
