import { parseAddress } from '../../analysis/addresses';
import type { VrrpInstance } from '../../analysis/model';
import { references } from '../../analysis/resolve';
import { children } from '../../syntax/ast';
import { nextFreeVrid } from '../../analysis/vrids';
import type { Rule } from '../rule';

const DEFAULT_GROUP = { 4: '224.0.0.18', 6: 'ff02::12' } as const;

/** Two multicast instances with the same VRID on the same interface and address family. */
export const vridDuplicate: Rule = {
  id: 'vrid-duplicate',
  severity: 'error',
  title: 'Two vrrp_instances using the same virtual_router_id on the same interface, address family and multicast group.',
  keepalived: 'Reports "VI_1 and VI_2 both use VRID 51 with IPv4 on interface eth0" and the VRRP process refuses to start.',
  example: 'two instances on eth0 with virtual_router_id 51',
  fix: 'Give each instance on an interface its own VRID.',
  *check({ model }) {
    const globalGroup = (family: 4 | 6): string => {
      let v: string | undefined;
      for (const g of model.globals.globalDefs) for (const c of children(g, `vrrp_mcast_group${family}`)) v = c.args[0]?.value ?? v;
      return (v && parseAddress(v, false)?.address) ?? DEFAULT_GROUP[family];
    };
    const keyed = new Map<string, VrrpInstance[]>();
    const used = new Map<string, Set<number>>();
    const refs = references(model);
    for (const inst of model.instances) {
      if (inst.dropped || inst.vrid === undefined || refs.hiddenBy(inst.stmt, 'vrrp')) continue;
      const iface = inst.interface?.value ?? model.globals.defaultInterface?.value;
      if (!iface) continue;
      const family = inst.family ?? 4;
      const ifKey = `${iface}\0${family}`;
      const set = used.get(ifKey) ?? new Set<number>();
      set.add(inst.vrid);
      used.set(ifKey, set);
      // Unicast instances do not clash: keepalived only checks instances that use multicast.
      if (inst.unicastPeers.length > 0) continue;
      const group = (inst.mcastDstIp && parseAddress(inst.mcastDstIp.value, false)?.address) ?? globalGroup(family);
      const key = `${ifKey}\0${group}\0${inst.vrid}`;
      const list = keyed.get(key) ?? [];
      list.push(inst);
      keyed.set(key, list);
    }
    for (const list of keyed.values()) {
      const [first, ...rest] = list;
      if (!first || rest.length === 0) continue;
      const family = first.family ?? 4;
      const iface = first.interface?.value ?? model.globals.defaultInterface?.value ?? '';
      const taken = used.get(`${iface}\0${family}`) ?? new Set<number>();
      // The next VRID after this one that nothing on the interface uses (wrapping at 255).
      const free = nextFreeVrid(first.vrid!, taken);
      for (const inst of rest) {
        const vridStmt = inst.last('virtual_router_id');
        const others = list.slice(0, list.indexOf(inst));
        yield {
          span: vridStmt?.args[0]?.span ?? inst.obj.nameWord.span,
          message: `${inst.name} uses VRID ${inst.vrid} with IPv${family} on interface ${iface}, like ${others.map((o) => o.name).join(', ')}: keepalived refuses to start the VRRP process. Give each instance on this interface its own virtual_router_id${free !== undefined ? ` (${free} is free)` : ''}.`,
          related: others.map((o) => ({
            span: o.last('virtual_router_id')?.args[0]?.span ?? o.obj.nameWord.span,
            message: `${o.name} also uses VRID ${o.vrid} on ${iface}`,
          })),
          data: free !== undefined ? { freeVrid: free } : undefined,
        };
      }
    }
  },
};
