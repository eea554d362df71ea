/**
 * Runs one lab scenario: writes each node's keepalived.conf from the scenario, asks the model
 * for its prediction (the same timeline `keepalived-lint election --step` prints), starts real
 * daemons in the node namespaces at the model's start times, applies each step once the one
 * before has settled, and observes who holds each VIP (kernel address events) and each daemon's
 * VRRP state (its log).
 */
import * as fs from 'node:fs';
import type { Action, InstanceOutcome, TimelinePlan, Window } from '../../server/src/language/election/index';
import { detectionWindow, resolveCluster, timeline } from '../../server/src/language/election/index';
import { planStartTimes } from '../../server/src/language/election/schedule';
import { Daemon, flagFile, nodeConfig } from './keepalived';
import { findKeepalived, now, sleep, Topology } from './netns';
import type { LabScenario } from './scenarios';

/**
 * What the lab adds to the model's windows: the kernel's address event is stamped when node
 * reads `ip monitor`'s line (a few ms, more while the machine is busy), and an action is stamped
 * just before the lab's own call (a `ip netns exec` spawn, an `ip link` command). The model's
 * windows already hold keepalived's own latencies (start-up, shutdown, timers).
 */
export const TOLERANCE = 0.05;

export interface InstanceMeasure {
  readonly name: string;
  readonly vip: string;
  readonly predicted: InstanceOutcome;
  /** Seconds from the step (the first start for step 0) until the VIP appeared on the predicted master; 0 if it never moved. */
  readonly measured: number | null;
}

export interface StepMeasure {
  readonly label: string;
  readonly instances: readonly InstanceMeasure[];
}

export interface FinalState {
  readonly name: string;
  /** Alive nodes whose last VRRP state is MASTER, and alive nodes holding the VIP, at the end. */
  readonly masters: readonly string[];
  readonly holders: readonly string[];
  readonly predicted: InstanceOutcome;
  /** Nodes other than the predicted master(s) that got the VIP during the last step. */
  readonly strayAdds: readonly string[];
}

export interface LabObservation {
  readonly steps: readonly StepMeasure[];
  readonly final: readonly FinalState[];
  readonly details: string;
}

/** The plan of a lab scenario: its actions as the first step, then its steps. */
export function labPlan(sc: LabScenario): TimelinePlan {
  const s = sc.scenario;
  return {
    absent: s.absent,
    startOrder: s.startOrder,
    startGap: s.startGap,
    initial: s.initial,
    steps: [...(s.actions?.length ? [{ actions: s.actions }] : []), ...(s.steps ?? [])],
  };
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

  private async apply(a: Action): Promise<void> {
    const k = this.index(a.node);
    switch (a.kind) {
      case 'crash':
        return this.daemon(a.node).crash();
      case 'stop':
        return this.daemon(a.node).stop();
      case 'start':
        this.daemon(a.node).start();
        return;
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

  /** First time after `from` that `vip` was added on `node`, waiting until `deadline`. */
  private async vipAdded(node: string, vip: string, from: number, deadline: number): Promise<number | undefined> {
    const k = this.index(node);
    for (;;) {
      const e = this.topo.events.find((x) => x.node === k && x.added && x.address === vip && x.t >= from);
      if (e) return e.t;
      if (now() > deadline) return undefined;
      await sleep(0.01);
    }
  }

  /** Longest time a check of the step needs to be noticed. */
  private detectMax(sc: LabScenario, actions: readonly Action[]): number {
    let max = 0;
    for (const a of actions) {
      if (a.kind !== 'fail' && a.kind !== 'heal') continue;
      const t = sc.cluster.nodes
        .find((n) => n.name === a.node)
        ?.instances.flatMap((i) => i.trackers ?? [])
        .find((x) => x.name === a.tracker);
      if (t) max = Math.max(max, detectionWindow(t.kind, t, a.kind).max);
    }
    return max;
  }

  /** The VIP of each predicted instance (its first virtual_ipaddress). */
  private vipOf(sc: LabScenario, name: string): string {
    const i = sc.cluster.nodes.flatMap((n) => n.instances).find((x) => x.name === name);
    return (i?.vips?.[0] ?? '').split('/')[0]!;
  }

  /** Measure the VIP moves of one step (from `from`), given the masters before it. */
  private async measureStep(
    sc: LabScenario,
    predicted: readonly InstanceOutcome[],
    before: ReadonlyMap<string, string | null>,
    from: number,
    observe: number,
  ): Promise<InstanceMeasure[]> {
    const out: InstanceMeasure[] = [];
    const deadline = from + observe;
    for (const p of predicted) {
      const vip = this.vipOf(sc, p.name);
      const w: Window = p.failover ?? { min: 0, max: 0 };
      let measured: number | null = null;
      if (p.master && (before.get(p.name) !== p.master || w.max > 0)) {
        const at = await this.vipAdded(p.master, vip, from, Math.max(deadline, from + w.max + TOLERANCE + 2));
        measured = at === undefined ? null : at - from;
      } else if (p.master) measured = 0;
      out.push({ name: p.name, vip, predicted: p, measured });
    }
    await sleep(deadline - now());
    return out;
  }

  async run(sc: LabScenario): Promise<LabObservation> {
    const plan = labPlan(sc);
    const tl = timeline(sc.cluster, plan);
    const maxMd = Math.max(...tl.steps[0]!.instances.flatMap((i) => i.nodes.map((n) => n.masterDownInterval)));
    for (const n of sc.cluster.nodes) this.daemon(n.name).writeConfig(nodeConfig(n, this.dir));

    // start as the model does: the ordered nodes its start gap apart, the others together
    const starts = [...planStartTimes(resolveCluster(sc.cluster), plan)].sort((a, b) => a[1] - b[1]);
    const t0 = now();
    for (const [node, offset] of starts) {
      await sleep(t0 + offset - now());
      this.daemon(node).start();
    }
    const lastStart = Math.max(...starts.map(([, o]) => o));
    const steps: StepMeasure[] = [];
    const masters = new Map<string, string | null>();
    const first = tl.steps[0]!;
    steps.push({ label: first.label, instances: await this.measureStep(sc, first.instances, masters, t0, lastStart + maxMd + 1.5) });
    for (const i of first.instances) masters.set(i.name, i.master);
    let from = t0;
    for (let k = 1; k < tl.steps.length; k++) {
      const step = tl.steps[k]!;
      await sleep(1 + Math.random()); // a random phase against the advert schedule
      from = now();
      for (const a of step.actions) await this.apply(a);
      const delay = Math.max(0, ...step.instances.map((i) => i.failover?.max ?? 0));
      const observe = Math.max(delay, this.detectMax(sc, step.actions) + maxMd) + 1.5;
      steps.push({ label: step.label, instances: await this.measureStep(sc, step.instances, masters, from, observe) });
      for (const i of step.instances) masters.set(i.name, i.master);
    }

    const last = tl.steps[tl.steps.length - 1]!;
    const alive = sc.cluster.nodes.map((n) => n.name).filter((n) => this.daemon(n).running);
    const final: FinalState[] = [];
    for (const p of last.instances) {
      const vip = this.vipOf(sc, p.name);
      const holders: string[] = [];
      for (const n of alive) if ((await this.topo.addresses(this.index(n))).includes(vip)) holders.push(n);
      const expected = [p.master, ...p.alsoMaster];
      const strayAdds =
        tl.steps.length > 1
          ? [
              ...new Set(
                this.topo.events.filter((e) => e.added && e.address === vip && e.t >= from && !expected.includes(`n${e.node}`)).map((e) => `n${e.node}`),
              ),
            ]
          : [];
      final.push({ name: p.name, predicted: p, masters: alive.filter((n) => this.daemon(n).state(p.name.split('/')[0]!) === 'MASTER'), holders, strayAdds });
    }
    return { steps, final, details: this.logs() };
  }

  logs(): string {
    return [...this.daemons.values()].map((d) => d.tail()).join('\n');
  }

  /** Back to a clean slate: daemons stopped, no VIP, links up, ports on the bridge, no flag files. */
  async reset(): Promise<void> {
    await Promise.all([...this.daemons.values()].map((d) => d.shutdown()));
    this.daemons.clear();
    for (let k = 1; k <= this.topo.size; k++) {
      for (const a of await this.topo.addresses(k)) {
        if (a !== this.topo.nodeAddress(k)) await this.topo.ip(k, ['addr', 'del', `${a}/24`, 'dev', 'eth0']);
      }
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
