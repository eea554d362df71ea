import { isMulticast, parseAddress, parseSockaddr } from '../../analysis/addresses';
import { familyOrigin, readVipAddress, type VrrpInstance } from '../../analysis/vrrp';
import type { Finding, Rule } from '../rule';

/** Unicast peers keepalived accepts (an address of the instance's family): they make the instance unicast. */
const hasUsablePeers = (inst: VrrpInstance): boolean =>
  inst.unicastPeers.some((p) => {
    const a = readVipAddress(p.word.value, false).addr;
    return a && (!inst.family || a.family === inst.family);
  });

function xmitBaseWithoutVmac(inst: VrrpInstance): Finding | undefined {
  const line = inst.last('vmac_xmit_base');
  if (!line || inst.last('use_vmac')) return undefined;
  const ipvlan = inst.last('use_ipvlan') ? ' (use_ipvlan is not a VMAC)' : '';
  return {
    span: line.keyword.span,
    message: `vmac_xmit_base only applies to an instance with use_vmac${ipvlan}: keepalived reports it and ignores it for ${inst.name}. Remove it, or add use_vmac.`,
    data: { remove: true },
  };
}

function mcastDstWithUnicast(inst: VrrpInstance): Finding | undefined {
  const w = inst.mcastDstIp;
  const a = w ? parseAddress(w.value, false) : undefined;
  // an address keepalived refused on its line (argument-value) never reaches this check
  if (!w || !a || !isMulticast(a) || (inst.family && a.family !== inst.family) || !hasUsablePeers(inst)) return undefined;
  return {
    span: w.span,
    message: `${inst.name} sends its adverts to unicast peers, so a multicast destination does not apply: keepalived reports it and ignores mcast_dst_ip. Remove it.`,
  };
}

/** An mcast_dst_ip of the other family than the instance's (fixed by an earlier address): keepalived skips it. */
function mcastDstFamily(inst: VrrpInstance): Finding | undefined {
  for (const line of inst.named('mcast_dst_ip')) {
    const w = line.args[0];
    const a = w && parseSockaddr(w.value).addr;
    if (!w || !a || !inst.family || a.family === inst.family || w === inst.familyWord) continue;
    const origin = familyOrigin(inst);
    return {
      span: w.span,
      message: `mcast_dst_ip ${w.value} is IPv${a.family} but ${inst.name} is an IPv${inst.family} instance${origin ? ` (${origin.note})` : ''}: keepalived reports it and keeps the default group. Use a group of the instance's family (e.g. ${inst.family === 4 ? '224.0.0.18' : 'ff02::12'}).`,
      related: origin && inst.familyWord ? [{ span: inst.familyWord.span, message: origin.related }] : undefined,
    };
  }
  return undefined;
}

function vrfMisplaced(inst: VrrpInstance): Finding | undefined {
  const vrf = inst.last('vrf');
  if (!vrf?.args[0] || vrf.args[0].value.length >= 16) return undefined;
  if (inst.interface) {
    const after = inst.interface.span.file === vrf.span.file && inst.interface.span.start < vrf.span.start;
    return {
      span: vrf.keyword.span,
      message: `vrf is for a unicast instance without an interface, and ${inst.name} has 'interface ${inst.interface.value}': keepalived ${after ? 'reports it and ignores the vrf line' : 'ignores the vrf'}. Remove one of them.`,
    };
  }
  return undefined;
}

/** Instance settings keepalived ignores because of another setting of the instance. */
export const instanceOptionIgnored: Rule = {
  id: 'instance-option-ignored',
  severity: 'warning',
  title:
    'An instance setting that another one makes keepalived ignore: vmac_xmit_base without use_vmac, mcast_dst_ip with unicast peers or of the other address family, vrf together with interface.',
  keepalived:
    'Reports "vmac_xmit_base is only valid with a vmac", "multicast destination specified with unicast - ignoring", "mcast dest address ... MUST match VRRP instance family" or "Cannot specify VRF interface and interface - ignoring", and goes on without the setting.',
  example: 'vmac_xmit_base   # no use_vmac',
  fix: 'Remove the setting, or add what it needs (use_vmac; multicast instead of unicast peers; no interface).',
  *check({ model }) {
    for (const inst of model.instances) {
      if (inst.dropped) continue;
      for (const check of [xmitBaseWithoutVmac, mcastDstWithUnicast, mcastDstFamily, vrfMisplaced]) {
        const f = check(inst);
        if (f) yield f;
      }
    }
  },
};
