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
  const byVip = new Map<string, SplitBrainHolder[]>();
  for (const ev of evs) {
    if (!ev.master) continue;
    for (const m of [ev.master, ...ev.alsoMaster]) {
      const inst = ev.seg.members.find((x) => x.node === m.node);
      if (!inst) continue;
      for (const vip of inst.vips) {
        const list = byVip.get(vip) ?? [];
        if (!list.some((h) => h.node === m.node && h.key === inst.key)) list.push({ node: m.node, instance: inst.name, vrid: inst.vrid, key: inst.key });
        byVip.set(vip, list);
      }
    }
  }
  // one entry per set of holders, listing every VIP they share
  const out = new Map<string, { vips: string[]; masters: SplitBrainHolder[] }>();
  for (const [vip, holders] of byVip) {
    if (new Set(holders.map((h) => h.node)).size < 2) continue;
    const sorted = [...holders].sort((a, b) => nodeIndex(rc, a.node) - nodeIndex(rc, b.node) || a.vrid - b.vrid);
    const key = JSON.stringify(sorted);
    const e = out.get(key) ?? { vips: [], masters: sorted };
    e.vips.push(vip);
    out.set(key, e);
  }
  return [...out.values()];
}

function nodeIndex(rc: ResolvedCluster, node: string): number {
  return rc.nodes.findIndex((n) => n.name === node);
}

/** "192.0.2.100 is held by lb1 (VI_1, VRID 51) and lb2 (VI_2, VRID 52) at the same time" */
export function splitBrainText(s: SplitBrain): string {
  const who = s.masters.map((m) => `${m.node} (${m.instance}, VRID ${m.vrid})`);
  const list = who.length <= 2 ? who.join(' and ') : `${who.slice(0, -1).join(', ')} and ${who[who.length - 1]}`;
  const vrids = new Set(s.masters.map((m) => m.key)).size;
  const why = vrids > 1 ? 'different virtual routers never elect one master between them' : 'these nodes do not hear each other';
  return `${s.vips.join(', ')} ${s.vips.length > 1 ? 'are' : 'is'} held by ${list} at the same time: ${why}`;
}
