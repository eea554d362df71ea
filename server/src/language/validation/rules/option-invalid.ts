import { parseAddress } from '../../analysis/addresses';
import { readInteger } from '../../analysis/values';
import { statementsNamed, type Statement } from '../../syntax/ast';
import type { Finding, Rule } from '../rule';

/**
 * Keywords whose words are options in any order, read word by word by their handlers (so the
 * catalogue leaves them free-form): garp_extra_if and vrrp_garp_extra_if (a delay, `all`),
 * vrrp_rx_bufs_policy (MTU, ADVERT, a size) and use_ipvlan (an address, a mode, a name).
 */

/** garp_extra_if / vmac_garp_intvl (vrrp_parser.c, delay 0..86400) and vrrp_garp_extra_if / vrrp_vmac_garp_intvl (global_parser.c, 1..86400). */
const GARP_EXTRA: Readonly<Record<string, { readonly block: string; readonly min: number }>> = {
  garp_extra_if: { block: 'vrrp_instance', min: 0 },
  vmac_garp_intvl: { block: 'vrrp_instance', min: 0 },
  vrrp_garp_extra_if: { block: 'global_defs', min: 1 },
  vrrp_vmac_garp_intvl: { block: 'global_defs', min: 1 },
};

function garpExtra(s: Statement, min: number): Finding | undefined {
  const kw = s.keyword.value;
  let delay = false;
  for (const w of s.args) {
    if (w.value === 'all') continue;
    if (!readInteger(w.value, min, 86400).ok) {
      // the handler stops at the first bad word: the line sets nothing
      return {
        span: w.span,
        message: `'${w.value}' is neither 'all' nor a delay of ${min} to 86400 seconds: keepalived reports it and ignores the whole ${kw} line.`,
      };
    }
    // the global handler takes 0 as "no time" too, but 0 is out of its range above
    delay = true;
  }
  if (delay) return undefined;
  return { span: s.span, message: `'${kw}' has no delay: keepalived ignores the line. Give the interval in seconds (${min} to 86400), with 'all' or without.` };
}

/** The policy flags of global_data, as vrrp_rx_bufs_policy_handler leaves them (they add up over the lines). */
interface RxBufs {
  mtu: boolean;
  advert: boolean;
  size: boolean;
}

function* rxBufsPolicy(s: Statement, flags: RxBufs): Generator<Finding> {
  const [first] = s.args;
  if (!first) {
    yield { span: s.span, message: "'vrrp_rx_bufs_policy' has no value: keepalived reports it and ignores the line. Write MTU, ADVERT or a size in bytes." };
    return;
  }
  for (const w of s.args) {
    const v = w.value.toUpperCase();
    if (v === 'MTU') flags.mtu = true;
    else if (v === 'ADVERT') flags.advert = true;
    // keepalived 2.2.7 reads the first word as the size whatever word it is at: a number first makes any later word a size too
    else if (readInteger(first.value, 0, 4294967295).ok) flags.size = true;
    else yield { span: w.span, message: `'${w.value}' is not MTU, ADVERT or a size in bytes: keepalived reports it and ignores it.` };
  }
  if (flags.size && (flags.mtu || flags.advert)) {
    flags.mtu = flags.advert = false;
    yield {
      span: s.span,
      message:
        'vrrp_rx_bufs_policy is given a size and a policy (MTU or ADVERT, on this line or an earlier one): keepalived keeps the size and ignores the policy.',
    };
  } else if (flags.mtu && flags.advert) {
    flags.advert = false;
    yield {
      span: s.span,
      message: 'vrrp_rx_bufs_policy is given both MTU and ADVERT (on this line or an earlier one): keepalived keeps MTU and ignores ADVERT.',
    };
  }
}

const IPVLAN_MODES = new Set(['bridge', 'private', 'vepa']);

/** Option words keepalived rejects, or a required one missing, on keywords it reads as options. */
export const optionInvalid: Rule = {
  id: 'option-invalid',
  severity: 'warning',
  title:
    'garp_extra_if / vrrp_garp_extra_if without a valid delay, contradictory vrrp_rx_bufs_policy options, use_ipvlan without an address on an IPv4 instance.',
  keepalived:
    'garp_extra_if: "specified without time" or "\'x\' invalid", and the line is ignored. vrrp_rx_bufs_policy: "Invalid vrrp_rx_bufs_policy", or it keeps a size over a policy and MTU over ADVERT. use_ipvlan: "IPv4 ipvlan requires a source ip address", and the instance stays in FAULT state.',
  example: 'garp_extra_if all',
  fix: 'Give the missing value (the delay in seconds, the ipvlan address) or remove the option keepalived ignores.',
  *check({ model }) {
    const rx: RxBufs = { mtu: false, advert: false, size: false };
    for (const s of statementsNamed(model.parsed.statements, ...Object.keys(GARP_EXTRA), 'vrrp_rx_bufs_policy')) {
      if (s.isValue || !s.def) continue;
      const garp = GARP_EXTRA[s.keyword.value];
      if (garp) {
        if (s.blockId !== garp.block) continue;
        const f = garpExtra(s, garp.min);
        if (f) yield f;
      } else if (s.blockId === 'global_defs') yield* rxBufsPolicy(s, rx);
    }
    for (const inst of model.instances) {
      // a second use_ipvlan is "already specified" and ignored (duplicate-keyword)
      const ipvlan = inst.named('use_ipvlan')[0];
      if (inst.dropped || !ipvlan || inst.family === 6) continue;
      if (ipvlan.args.some((w) => !IPVLAN_MODES.has(w.value) && parseAddress(w.value, true))) continue;
      yield {
        span: ipvlan.keyword.span,
        severity: 'error',
        message: `use_ipvlan on an IPv4 instance needs the ipvlan interface's address (use_ipvlan <address>[/<prefix>]): without one keepalived puts ${inst.name} in FAULT state, so it never becomes MASTER.`,
      };
    }
  },
};
