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

/** The keywords that make an instance a unicast one for keepalived (VRRP_FLAG_UNICAST_CONFIGURED). */
const UNICAST_KEYWORDS = ['unicast_peer', 'unicast_src_ip', 'unicast_fault_no_peer', 'check_unicast_src', 'old_unicast_checksum'];

/** promote_secondaries on a VMAC or ipvlan instance: keepalived sets it on the interface it creates. */
function promoteOnVmac(inst: VrrpInstance): Finding | undefined {
  const line = inst.last('promote_secondaries');
  const vmac = inst.last('use_vmac') ?? inst.last('use_ipvlan');
  if (!line || !vmac || !inst.interface) return undefined;
  return {
    span: line.keyword.span,
    message: `${inst.name} uses ${vmac.keyword.value}, and keepalived sets promote_secondaries on the interface it creates for it: it reports this line and ignores it. Remove it.`,
    data: { remove: true },
  };
}

/** A unicast instance with use_vmac / use_ipvlan and without vmac_xmit_base: keepalived adds vmac_xmit_base itself. */
function unicastVmacXmitBase(inst: VrrpInstance): Finding | undefined {
  const vmac = inst.last('use_vmac') ?? inst.last('use_ipvlan');
  if (!vmac || !inst.interface || inst.last('vmac_xmit_base') || !UNICAST_KEYWORDS.some((k) => inst.last(k))) return undefined;
  if (vmac.keyword.value === 'use_ipvlan')
    return {
      span: vmac.keyword.span,
      severity: 'information',
      message: `keepalived 2.2.7 reports every unicast instance with use_ipvlan as lacking vmac_xmit_base, sets it, and then reports that vmac_xmit_base needs use_vmac: ${inst.name} works, but keepalived -t exits with an error. Nothing in the file avoids it short of use_vmac instead of use_ipvlan.`,
    };
  return {
    span: vmac.keyword.span,
    message: `${inst.name} is a unicast instance with use_vmac: its adverts must leave from ${inst.interface.value} itself, so keepalived reports that vmac_xmit_base is missing and sets it. Add vmac_xmit_base.`,
  };
}

/** `use_vmac` on a VIP line that the instance's own use_vmac / use_vmac_addr already decides (vrrp_complete_instance). */
function vipUseVmac(inst: VrrpInstance): Finding[] {
  const out: Finding[] = [];
  const vmac = inst.last('use_vmac');
  const vmacAddr = inst.last('use_vmac_addr');
  if (!vmac && !vmacAddr) return out;
  for (const v of [...inst.vips, ...inst.excludedVips]) {
    const w = v.stmt.args.find((a) => a.value === 'use_vmac');
    if (!w || !v.addr) continue;
    const sameIf = !v.dev || v.dev.value === inst.interface?.value;
    const sameFamily = v.addr.family === inst.family;
    if (vmac && sameIf && sameFamily)
      out.push({
        span: w.span,
        message: `${inst.name} has use_vmac itself, so ${v.word.value} goes on its VMAC interface anyway: keepalived reports this use_vmac and ignores it. Remove it.`,
      });
    else if (vmacAddr && (!sameIf || !sameFamily))
      out.push({
        span: w.span,
        message: `${inst.name} has use_vmac_addr, which keepalived does not combine with use_vmac on an address ${sameIf ? 'of the other family' : 'on another interface'}: it reports it and adds ${v.word.value} without a VMAC. Remove one of them.`,
      });
  }
  return out;
}

/** Instance settings keepalived ignores because of another setting of the instance. */
export const instanceOptionIgnored: Rule = {
  id: 'instance-option-ignored',
  severity: 'warning',
  title:
    "An instance setting that another one makes keepalived ignore or add: vmac_xmit_base without use_vmac, mcast_dst_ip with unicast peers or of the other address family, vrf together with interface, promote_secondaries or a VIP's use_vmac with the instance's use_vmac, a unicast VMAC instance without vmac_xmit_base.",
  keepalived:
    'Reports "vmac_xmit_base is only valid with a vmac", "multicast destination specified with unicast - ignoring", "mcast dest address ... MUST match VRRP instance family", "Cannot specify VRF interface and interface - ignoring", "promote_secondaries is automatically set for vmacs - ignoring" or "use_vmac specified for VIP/eVIP ... and vrrp instance", and goes on without the setting; "unicast with use_vmac requires vmac_xmit_base - setting" adds it.',
  example: 'vmac_xmit_base   # no use_vmac',
  fix: 'Remove the setting, or add what it needs (use_vmac; multicast instead of unicast peers; no interface).',
  *check({ model }) {
    for (const inst of model.instances) {
      if (inst.dropped) continue;
      for (const check of [xmitBaseWithoutVmac, mcastDstWithUnicast, mcastDstFamily, vrfMisplaced, promoteOnVmac, unicastVmacXmitBase]) {
        const f = check(inst);
        if (f) yield f;
      }
      yield* vipUseVmac(inst);
    }
  },
};
