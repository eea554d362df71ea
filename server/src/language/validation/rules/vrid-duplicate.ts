import { parseAddress, parseSockaddr } from '../../analysis/addresses';
import type { VrrpInstance } from '../../analysis/model';
import { references } from '../../analysis/resolve';
import { children } from '../../syntax/ast';
import { nextFreeVrid } from '../../analysis/vrids';
import type { Finding, Rule, ValidationOptions } from '../rule';

const DEFAULT_GROUP = { 4: '224.0.0.18', 6: 'ff02::12' } as const;

/**
 * The local address a unicast instance sends from: unicast_src_ip / mcast_src_ip, else the interface's first
 * address of the family when the host is known, else the interface itself (two instances on one
 * interface without unicast_src_ip share its address whatever it is).
 */
function localAddress(inst: VrrpInstance, iface: string, options: ValidationOptions): string {
  // unicast_src_ip and mcast_src_ip both set the source address: the last line read wins
  const lines = [...inst.named('unicast_src_ip'), ...inst.named('mcast_src_ip')].filter(
    (l) => l.args[0] && parseSockaddr(l.args[0].value).addr?.family === (inst.family ?? 4),
  );
  const last = lines.sort((a, b) => (a.span.file === b.span.file ? a.span.start - b.span.start : 0)).pop();
  const src = last ? parseSockaddr(last.args[0]!.value).addr : undefined;
  if (src) return src.address;
  const own = options.interfaces?.get(iface)?.find((a) => a.family === (inst.family ?? 4));
  return own ? own.address : `interface ${iface}`;
}

/**
 * Unicast instances with the same VRID and family, on the same interface, sending from the same
 * address to a common peer (vrrp.c check_vrid_conflicts: "duplicate VRID conflict").
 */
function* unicastConflicts(
  list: readonly { inst: VrrpInstance; iface: string }[],
  options: ValidationOptions,
  used: Map<string, Set<number>>,
): Generator<Finding> {
  const peersOf = (inst: VrrpInstance) => new Set(inst.unicastPeers.flatMap((p) => (p.addr ? [p.addr.address] : [])));
  for (let j = 1; j < list.length; j++) {
    const b = list[j]!;
    for (let i = 0; i < j; i++) {
      const a = list[i]!;
      if (a.inst.vrid !== b.inst.vrid || (a.inst.family ?? 4) !== (b.inst.family ?? 4) || a.iface !== b.iface) continue;
      const srcA = localAddress(a.inst, a.iface, options);
      const srcB = localAddress(b.inst, b.iface, options);
      // an explicit address against an unknown interface address: cannot tell
      if (srcA !== srcB) continue;
      const peersA = peersOf(a.inst);
      const common = [...peersOf(b.inst)].find((p) => peersA.has(p));
      if (!common) continue;
      const free = nextFreeVrid(b.inst.vrid!, used.get(`${b.iface}\0${b.inst.family ?? 4}`) ?? new Set<number>());
      yield {
        span: b.inst.last('virtual_router_id')?.args[0]?.span ?? b.inst.obj.nameWord.span,
        message: `${b.inst.name} and ${a.inst.name} both send VRID ${b.inst.vrid} from ${srcA.startsWith('interface') ? `the address of ${a.iface}` : srcA} to the unicast peer ${common}: keepalived reports a duplicate VRID conflict and the VRRP process does not start. Give one of them another virtual_router_id${free !== undefined ? ` (${free} is free)` : ''}.`,
        related: [
          { span: a.inst.last('virtual_router_id')?.args[0]?.span ?? a.inst.obj.nameWord.span, message: `${a.inst.name} also uses VRID ${a.inst.vrid}` },
        ],
        data: free !== undefined ? { freeVrid: free } : undefined,
      };
      break;
    }
  }
}

/** Two instances with the same VRID on the same interface and address family: multicast to one group, or unicast from one address to a common peer. */
export const vridDuplicate: Rule = {
  id: 'vrid-duplicate',
  severity: 'error',
  title:
    'Two vrrp_instances using the same virtual_router_id on the same interface and address family: multicast to the same group, or unicast from the same address to a common peer.',
  keepalived:
    'Reports "VI_1 and VI_2 both use VRID 51 with IPv4 on interface eth0" (multicast) or "(VI_1) duplicate VRID conflict with VI_2 VRID 51" (unicast) and the VRRP process refuses to start.',
  example: 'two instances on eth0 with virtual_router_id 51',
  fix: 'Give each instance on an interface its own VRID.',
  *check({ model, options }) {
    const globalGroup = (family: 4 | 6): string => {
      let v: string | undefined;
      for (const g of model.globals.globalDefs) for (const c of children(g, `vrrp_mcast_group${family}`)) v = c.args[0]?.value ?? v;
      return (v && parseAddress(v, false)?.address) ?? DEFAULT_GROUP[family];
    };
    const keyed = new Map<string, VrrpInstance[]>();
    const used = new Map<string, Set<number>>();
    const refs = references(model);
    const unicast: { inst: VrrpInstance; iface: string }[] = [];
    for (const inst of model.instances) {
      if (inst.dropped || inst.vrid === undefined || refs.hiddenBy(inst.stmt, 'vrrp')) continue;
      const iface = inst.interface?.value ?? model.globals.defaultInterface?.value;
      if (!iface) continue;
      const family = inst.family ?? 4;
      const ifKey = `${iface}\0${family}`;
      const set = used.get(ifKey) ?? new Set<number>();
      set.add(inst.vrid);
      used.set(ifKey, set);
      // Unicast and multicast instances are separate VRID spaces; unicast ones are compared below.
      if (inst.unicastPeers.length > 0) {
        unicast.push({ inst, iface });
        continue;
      }
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
    yield* unicastConflicts(unicast, options, used);
  },
};
