import type { AddressEntry, VrrpInstance } from '../../analysis/vrrp';
import type { Finding, Rule } from '../rule';

/** A VMAC interface as keepalived finds or creates it: one per base interface, VRID and family (its MAC address). */
const vmacKey = (iface: string, vrid: number, family: number): string => `${iface}\0${vrid}\0${family}`;

interface Placed {
  readonly vip: AddressEntry;
  /** The VMAC the address goes on, or undefined when it goes on an ordinary interface. */
  readonly vmac: string | undefined;
}

/** The instance's own VMAC (use_vmac), and the VMAC each of its addresses goes on (vrrp.c vrrp_complete_instance). */
function vmacsOf(inst: VrrpInstance): { readonly own: string | undefined; readonly vips: Placed[] } {
  const iface = inst.interface?.value;
  const family = inst.family ?? 4;
  if (!iface || inst.vrid === undefined) return { own: undefined, vips: [] };
  const vrid = inst.vrid;
  const own = inst.last('use_vmac') ? vmacKey(iface, vrid, family) : undefined;
  const vmacAddr = inst.last('use_vmac_addr') !== undefined;
  const vips: Placed[] = [];
  for (const vip of [...inst.vips, ...inst.excludedVips]) {
    if (!vip.addr) continue;
    const sameIf = !vip.dev || vip.dev.value === iface;
    const sameFamily = vip.addr.family === family;
    const asked = vip.stmt.args.some((a) => a.value === 'use_vmac');
    let vmac: string | undefined;
    if (own && sameIf && sameFamily) vmac = own;
    else if (asked && !(vmacAddr && (!sameIf || !sameFamily))) vmac = vmacKey(vip.dev?.value ?? iface, vrid, vip.addr.family);
    vips.push({ vip, vmac });
  }
  return { own, vips };
}

const multicastDuplicate = (a: VrrpInstance, b: VrrpInstance): boolean =>
  a.unicastPeers.length === 0 && b.unicastPeers.length === 0 && a.interface?.value === b.interface?.value && a.mcastDstIp?.value === b.mcastDstIp?.value;

const useVmacWord = (p: Placed) => p.vip.stmt.args.find((a) => a.value === 'use_vmac') ?? p.vip.word;

/**
 * Two instances with the same VRID, not in one sync group, whose addresses end up on the same VMAC
 * interface (vrrp.c check_vmac_conflicts): keepalived puts the later instance in FAULT.
 */
export const vmacConflict: Rule = {
  id: 'vmac-conflict',
  severity: 'error',
  title:
    'Two vrrp_instances with the same VRID (not in one sync group) whose addresses share a VMAC interface: use_vmac on an address puts it on the VMAC another instance uses.',
  keepalived: 'Reports "VIP/eVIP X uses same VMAC as VRRP instance Y, disabling Y" when it starts, and keeps the later instance in FAULT state.',
  example: 'VI_1: interface eth0, VRID 51, use_vmac; VI_2: interface eth1, VRID 51, VIP 192.0.2.20/24 dev eth0 use_vmac',
  fix: 'Give the instances different VRIDs, put them in one sync group, or drop use_vmac on the address.',
  *check({ model }) {
    // a whole-file rule runs on every edit: most files have no use_vmac at all, and only instances
    // sharing a VRID can clash (validation/scope.ts)
    if (![...model.parsed.files.values()].some((f) => f.text.includes('use_vmac'))) return;
    const byVrid = new Map<string, VrrpInstance[]>();
    for (const inst of model.instances) {
      if (inst.dropped || inst.vrid === undefined) continue;
      const key = `${inst.vrid}/${inst.family ?? 4}`;
      const list = byVrid.get(key);
      if (list) list.push(inst);
      else byVrid.set(key, [inst]);
    }
    for (const list of byVrid.values()) if (list.length > 1) yield* conflicts(list.map((inst) => ({ inst, ...vmacsOf(inst) })));
  },
};

/** The clashes among instances of one VRID and family, each against the ones before it. */
function* conflicts(all: readonly ({ readonly inst: VrrpInstance } & ReturnType<typeof vmacsOf>)[]): Generator<Finding> {
  for (let j = 1; j < all.length; j++) {
    const b = all[j]!;
    for (let i = 0; i < j; i++) {
      const a = all[i]!;
      if (a.inst.vrid !== b.inst.vrid || (a.inst.family ?? 4) !== (b.inst.family ?? 4) || (a.inst.syncGroup && a.inst.syncGroup === b.inst.syncGroup)) continue;
      // the same VRID on one interface and multicast group stops keepalived before this check (vrid-duplicate)
      if (multicastDuplicate(a.inst, b.inst)) continue;
      const findings: Finding[] = [];
      const clash = (p: Placed, why: string) =>
        findings.push({
          span: useVmacWord(p).span,
          message: `${why}, and ${a.inst.name} and ${b.inst.name} both use VRID ${b.inst.vrid} without being in one sync group: keepalived reports it at start and keeps ${b.inst.name} in FAULT state. Give them different VRIDs, put them in one sync group, or drop use_vmac on the address.`,
          related: [{ span: a.inst.obj.nameWord.span, message: `${a.inst.name} uses VRID ${a.inst.vrid}` }],
        });
      if (b.own) for (const p of a.vips) if (p.vmac === b.own) clash(p, `${p.vip.word.value} of ${a.inst.name} goes on the VMAC interface of ${b.inst.name}`);
      for (const p of b.vips)
        if (p.vmac && a.vips.some((q) => q.vmac === p.vmac))
          clash(p, `${p.vip.word.value} of ${b.inst.name} goes on the same VMAC interface as addresses of ${a.inst.name}`);
      yield* findings;
    }
  }
}
