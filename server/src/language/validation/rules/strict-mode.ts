import { vmacAddressGiven } from '../../analysis/mac';
import { decimalOrUndefined, intOrUndefined, readBool } from '../../analysis/values';
import { readVipAddress, type VrrpInstance } from '../../analysis/vrrp';
import type { Statement } from '../../syntax/ast';
import type { Finding, Rule } from '../rule';

const enabled = (s: Statement | undefined): boolean | undefined => (s ? (s.args[0] ? readBool(s.args[0].value) : true) : undefined);

/** One thing strict mode changes in an instance (the global vrrp_down_timer_adverts line given). */
type StrictCheck = (inst: VrrpInstance, globalDownTimer: Statement | undefined) => Finding | undefined;

/** A setting strict mode clears or resets, when its last line `applies`: remove the line. */
function resetLine(keyword: string, applies: (inst: VrrpInstance, line: Statement) => boolean, message: string): StrictCheck {
  return (inst) => {
    const line = inst.last(keyword);
    return line && applies(inst, line) ? { span: line.keyword.span, message, data: { remove: true } } : undefined;
  };
}

const unicastPeers: StrictCheck = (inst) => {
  const peers = inst.last('unicast_peer');
  if (!peers || inst.unicastPeers.length === 0) return undefined;
  return {
    span: peers.keyword.span,
    message: `Strict mode (RFC-compliant VRRP) is for multicast: keepalived 2.2.7 lets ${inst.name} use unicast peers anyway, but 2.0.x and 2.3 and later refuse to load it. Drop vrrp_strict/strict_mode for unicast setups.`,
  };
};

const stateOfOwner: StrictCheck = (inst) => {
  const stateLine = inst.last('state');
  if (!stateLine || !inst.last('priority') || (inst.wantState === 'MASTER') === (inst.effectivePriority === 255)) return undefined;
  const state = inst.effectivePriority === 255 ? 'MASTER' : 'BACKUP';
  return {
    span: stateLine.args[0]?.span ?? stateLine.keyword.span,
    message: `In strict mode only the address owner (priority 255) may start as MASTER, and it must: keepalived starts ${inst.name} as ${state}. Write \`state ${state}\`.`,
    data: { replacement: state },
  };
};

const downTimerAdverts: StrictCheck = (inst, globalDownTimer) => {
  const dta = inst.last('down_timer_adverts');
  const dtaValue = intOrUndefined(dta?.args[0]?.value, 1, 100) ?? intOrUndefined(globalDownTimer?.args[0]?.value, 1, 100);
  if (dtaValue === undefined || dtaValue === 3) return undefined;
  return {
    span: (dta ?? globalDownTimer)!.keyword.span,
    message: `Strict mode requires the RFC's 3 missed adverts: keepalived resets down_timer_adverts to 3 for ${inst.name}. Remove the setting or turn strict mode off.`,
  };
};

const linkLocalFirstVip: StrictCheck = (inst) => {
  if (inst.family !== 6 || inst.unicastPeers.length > 0) return undefined;
  const first = inst.vips.find((v) => v.addr?.family === 6);
  const a = first ? readVipAddress(first.word.value).addr : undefined;
  if (!first || !a || a.addr.range() === 'linkLocal') return undefined;
  return {
    span: first.word.span,
    message:
      'In strict mode the first IPv6 VIP must be a link-local address (fe80::/10), as VRRPv3 requires: keepalived reports it. Put a link-local VIP first.',
  };
};

/** `version 2` on an IPv6 instance, read before its first IPv6 address: strict mode makes it VRRPv3. */
const version2Ipv6: StrictCheck = (inst) => {
  if (inst.family !== 6) return undefined;
  // the first valid version line counts; a later different one is ignored (vrrp_version_handler)
  const line = inst.named('version').find((l) => l.args[0]?.value === '2' || l.args[0]?.value === '3');
  const w = line?.args[0];
  const fw = inst.familyWord;
  if (!line || !w || w.value !== '2' || (fw && fw.span.file === line.span.file && fw.span.start < line.span.start)) return undefined;
  return {
    span: w.span,
    message: `In strict mode IPv6 needs VRRPv3 (RFC 5798): keepalived reports version 2 for ${inst.name} and uses version 3. Write version 3.`,
    data: { replacement: '3' },
  };
};

/** A VMAC address of one's own: strict mode keeps the RFC's. */
const vmacAddress: StrictCheck = (inst) => {
  const lines = inst.named('use_vmac');
  if (!vmacAddressGiven(lines)) return undefined;
  return {
    span: lines[lines.length - 1]!.keyword.span,
    message: `Strict mode requires the RFC's virtual MAC address (00:00:5e:00:01:<VRID>): keepalived ignores the MAC address use_vmac gives ${inst.name}. Remove the address, or turn strict mode off.`,
  };
};

/** What strict mode changes, in the order the findings are reported. */
const STRICT_CHECKS: readonly StrictCheck[] = [
  unicastPeers,
  vmacAddress,
  resetLine(
    'preempt_delay',
    (inst, l) => (decimalOrUndefined(l.args[0]?.value, 0, 1000) ?? 0) > 0 && inst.wantState !== 'MASTER',
    'Strict mode does not allow preempt_delay: keepalived resets it to 0. Remove it, or turn strict mode off.',
  ),
  stateOfOwner,
  downTimerAdverts,
  ...['garp_lower_prio_repeat', 'garp_lower_prio_delay'].map((kw) =>
    resetLine(
      kw,
      (_inst, l) => (intOrUndefined(l.args[0]?.value) ?? 0) !== 0,
      `Strict mode does not allow repeated gratuitous ARPs after a lower-priority advert: keepalived resets ${kw} to 0. Remove it.`,
    ),
  ),
  resetLine(
    'lower_prio_no_advert',
    (_inst, l) => enabled(l) === false,
    'Strict mode requires a MASTER to ignore lower-priority adverts: keepalived turns lower_prio_no_advert back on. Remove the line.',
  ),
  resetLine(
    'higher_prio_send_advert',
    (_inst, l) => enabled(l) === true,
    'Strict mode does not allow higher_prio_send_advert: keepalived clears it. Remove the line.',
  ),
  resetLine(
    'accept',
    (inst) => inst.version === 2 && inst.effectivePriority !== 255 && !inst.last('no_accept'),
    'Accept mode is not part of VRRPv2 (RFC 3768): in strict mode keepalived turns it off. Remove `accept` or use version 3.',
  ),
  resetLine(
    'vmac_xmit_base',
    (inst) => !!inst.last('use_vmac'),
    'Strict mode does not allow vmac_xmit_base: keepalived clears it and sends adverts from the VMAC interface. Remove the line.',
  ),
  linkLocalFirstVip,
  version2Ipv6,
];

function* strictProblems(inst: VrrpInstance, globalDownTimer: Statement | undefined): Generator<Finding> {
  for (const check of STRICT_CHECKS) {
    const finding = check(inst, globalDownTimer);
    if (finding) yield finding;
  }
}

/** Settings that strict mode (vrrp_strict / strict_mode) resets or refuses. */
export const strictMode: Rule = {
  id: 'strict-mode',
  severity: 'warning',
  title:
    'A setting strict mode (vrrp_strict / strict_mode) resets or refuses: unicast peers, preempt_delay, state vs priority 255, down_timer_adverts, gratuitous ARP repeats, accept with VRRPv2, non-link-local first IPv6 VIP, a use_vmac MAC address.',
  keepalived:
    'Reports "... incompatible with strict mode - resetting" (or similar) and changes the setting; authentication and missing VIPs are covered by auth-ignored and vip-missing.',
  example: 'vrrp_strict … preempt_delay 5',
  fix: 'Remove the setting, or turn strict mode off.',
  *check({ model }) {
    let globalDownTimer: Statement | undefined;
    for (const g of model.globals.globalDefs)
      for (const c of g.body?.statements ?? []) if (!c.isValue && c.keyword.value === 'vrrp_down_timer_adverts') globalDownTimer = c;
    for (const inst of model.instances) {
      if (inst.dropped || !inst.strict) continue;
      yield* strictProblems(inst, globalDownTimer);
    }
  },
};
