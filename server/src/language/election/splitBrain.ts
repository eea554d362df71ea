/**
 * Split brain across virtual routers: the same VIP held by masters on more than one node at the
 * same time. Within one virtual router that happens when members do not hear each other (cut off,
 * different advert_int or authentication); across virtual routers when the nodes give one VIP
 * different virtual_router_ids (each VRID elects its own master, and every master adds the VIP).
 */

import type { StepEvaluation } from './elect';
import type { ResolvedCluster } from './resolve';
import type { SplitBrain, SplitBrainHolder } from './result';

export function splitBrainOf(rc: ResolvedCluster, evs: readonly StepEvaluation[]): SplitBrain[] {
  const byVip = new Map<string, { masters: SplitBrainHolder[]; oneOf: SplitBrainHolder[] }>();
  const add = (ev: StepEvaluation, node: string, to: 'masters' | 'oneOf') => {
    const inst = ev.seg.members.find((x) => x.node === node);
    if (!inst) return;
    for (const vip of inst.vips) {
      const e = byVip.get(vip) ?? { masters: [], oneOf: [] };
      if (!e[to].some((h) => h.node === node && h.key === inst.key)) e[to].push({ node, instance: inst.name, vrid: inst.vrid, key: inst.key });
      byVip.set(vip, e);
    }
  };
  for (const ev of evs) {
    for (const m of ev.alsoMaster) add(ev, m.node, 'masters');
    if (ev.master) add(ev, ev.master.node, 'masters');
    // no predicted master, but nodes that are MASTER whatever happens: one of the candidates joins them
    else if (ev.alsoMaster.length) for (const c of distinctNodes([...ev.startWinners, ...ev.raceWinners])) add(ev, c, 'oneOf');
  }
  // one entry per set of holders, listing every VIP they share
  const out = new Map<string, { vips: string[]; masters: SplitBrainHolder[]; oneOf?: SplitBrainHolder[] }>();
  for (const [vip, e] of byVip) {
    const nodes = new Set(e.masters.map((h) => h.node));
    const oneOf = e.oneOf.filter((h) => !nodes.has(h.node));
    if (nodes.size + (oneOf.length ? 1 : 0) < 2) continue;
    const order = (a: SplitBrainHolder, b: SplitBrainHolder) => nodeIndex(rc, a.node) - nodeIndex(rc, b.node) || a.vrid - b.vrid;
    const masters = [...e.masters].sort(order);
    const entry = oneOf.length ? { masters, oneOf: [...oneOf].sort(order) } : { masters };
    const key = JSON.stringify(entry);
    const found = out.get(key) ?? { vips: [], ...entry };
    found.vips.push(vip);
    out.set(key, found);
  }
  return [...out.values()];
}

function distinctNodes(xs: readonly (string | null)[]): string[] {
  return [...new Set(xs.filter((x): x is string => x !== null))];
}

function nodeIndex(rc: ResolvedCluster, node: string): number {
  return rc.nodes.findIndex((n) => n.name === node);
}

/** "192.0.2.100 is held by lb1 (VI_1, VRID 51) and lb2 (VI_2, VRID 52) at the same time" */
export function splitBrainText(s: SplitBrain): string {
  const holder = (m: SplitBrainHolder) => `${m.node} (${m.instance}, VRID ${m.vrid})`;
  const who = s.masters.map(holder);
  if (s.oneOf?.length) who.push(`${list(s.oneOf.map(holder), 'or')} (whichever wins the start)`);
  const vrids = new Set([...s.masters, ...(s.oneOf ?? [])].map((m) => m.key)).size;
  const why = vrids > 1 ? 'different virtual routers never elect one master between them' : 'these nodes do not hear each other';
  return `${s.vips.join(', ')} ${s.vips.length > 1 ? 'are' : 'is'} held by ${list(who, 'and')} at the same time: ${why}`;
}

function list(xs: readonly string[], word: 'and' | 'or'): string {
  return xs.length <= 2 ? xs.join(` ${word} `) : `${xs.slice(0, -1).join(', ')} ${word} ${xs[xs.length - 1]}`;
}
