import { parseAddress } from '../../analysis/addresses';
import { vmacAddressProblem } from '../../analysis/mac';
import { readInteger } from '../../analysis/values';
import type { VrrpInstance } from '../../analysis/vrrp';
import { childrenOf, type Statement, type Word } from '../../syntax/ast';
import type { Finding, Rule } from '../rule';

/**
 * Keywords whose words are options in any order, read word by word by their handlers (so the
 * catalogue leaves them free-form): garp_extra_if and vrrp_garp_extra_if (a delay, `all`),
 * vrrp_rx_bufs_policy (MTU, ADVERT, a size), use_ipvlan (an address, a mode, a name) and the lines of
 * linkbeat_interfaces (an interface and a polling method).
 */

/** garp_extra_if / vmac_garp_intvl (vrrp_parser.c, delay 0..86400) and vrrp_garp_extra_if / vrrp_vmac_garp_intvl (global_parser.c, 1..86400). */
const GARP_EXTRA: Readonly<Record<string, { readonly block: string; readonly min: number }>> = {
  garp_extra_if: { block: 'vrrp_instance', min: 0 },
  vmac_garp_intvl: { block: 'vrrp_instance', min: 0 },
  vrrp_garp_extra_if: { block: 'global_defs', min: 1 },
  vrrp_vmac_garp_intvl: { block: 'global_defs', min: 1 },
};

/** The instance-level ones (delay 0..86400). */
const INSTANCE_GARP = Object.keys(GARP_EXTRA).filter((k) => GARP_EXTRA[k]!.block === 'vrrp_instance');

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

/** Option words of use_vmac / use_ipvlan in later keepalived versions: a line with one is not checked for names. */
const LATER_OPTIONS = new Set(['name', 'group', 'netlink_notify_msg']);

/** An interface name the kernel refuses (dev_name_valid): 16 characters or more, '.', '..', a '/' or a blank. */
const badIfName = (name: string): boolean => name.length >= 16 || name === '.' || name === '..' || /[/\s]/.test(name);

/** The VMAC or ipvlan interface names instances already use (file order), for "already using". */
type TakenNames = Map<string, string>;

function takenBy(taken: TakenNames, inst: VrrpInstance, w: Word): Finding | undefined {
  const other = taken.get(w.value);
  if (other === undefined) return undefined;
  return {
    span: w.span,
    message: `Instance ${other} already uses the interface name '${w.value}': keepalived reports it and ignores the name for ${inst.name}, which gets a generated one.`,
  };
}

/** use_vmac lines of one instance: up to two words each, a MAC address (with ':') or an interface name. */
function* vmacOptions(inst: VrrpInstance, taken: TakenNames): Generator<Finding> {
  let mac = false;
  let name: string | undefined;
  for (const s of inst.named('use_vmac')) {
    const names = !s.args.some((w) => LATER_OPTIONS.has(w.value));
    for (const w of s.args.slice(0, 2)) {
      if (w.value.includes(':')) {
        if (mac) {
          yield { span: w.span, message: `use_vmac is given a second MAC address '${w.value}': keepalived reports it and keeps the first.` };
          continue;
        }
        const problem = vmacAddressProblem(w.value);
        if (problem) yield { span: w.span, message: `The VMAC address '${w.value}' ${problem}: keepalived reports it and ignores it.` };
        else mac = true;
      } else if (names) {
        if (name !== undefined) {
          yield { span: w.span, message: `use_vmac is given a second interface name '${w.value}': keepalived reports it and keeps '${name}'.` };
          continue;
        }
        if (badIfName(w.value)) {
          yield {
            span: w.span,
            message: `'${w.value}' is not a valid interface name (at most 15 characters, no '/' or blanks): keepalived reports it and ignores it.`,
          };
          continue;
        }
        const f = takenBy(taken, inst, w);
        if (f) yield f;
        else name = w.value;
      }
    }
  }
  if (name !== undefined) taken.set(name, inst.name);
}

/** The instance's family as keepalived knows it when it reads `s`: fixed by an address (or native_ipv6) before it. */
function familyBefore(inst: VrrpInstance, s: Statement): 4 | 6 | undefined {
  const w = inst.familyWord;
  return w && w.span.file === s.span.file && w.span.start < s.span.start ? inst.family : undefined;
}

/**
 * The first use_ipvlan line (a second one is duplicate-keyword): one mode, one address of the
 * instance's family, one interface name. Returns whether an address was taken.
 */
function* ipvlanOptions(inst: VrrpInstance, s: Statement, taken: TakenNames): Generator<Finding, boolean> {
  let mode: string | undefined;
  let addr: string | undefined;
  let name: string | undefined;
  const names = !s.args.some((w) => LATER_OPTIONS.has(w.value));
  const family = familyBefore(inst, s);
  for (const w of s.args) {
    const a = IPVLAN_MODES.has(w.value) ? undefined : parseAddress(w.value, true);
    if (IPVLAN_MODES.has(w.value)) {
      if (mode !== undefined) yield { span: w.span, message: `use_ipvlan is given a second mode '${w.value}': keepalived reports it and keeps '${mode}'.` };
      else mode = w.value;
    } else if (a) {
      if (addr !== undefined) yield { span: w.span, message: `use_ipvlan is given a second address '${w.value}': keepalived reports it and keeps ${addr}.` };
      else if (family !== undefined && a.family !== family)
        yield {
          span: w.span,
          message: `The ipvlan address '${w.value}' is IPv${a.family} but ${inst.name} is already IPv${family} (from its addresses above): keepalived reports it and ignores it.`,
        };
      else addr = w.value;
    } else if (names) {
      if (name !== undefined) {
        yield { span: w.span, message: `use_ipvlan is given a second interface name '${w.value}': keepalived reports it and keeps '${name}'.` };
        continue;
      }
      if (w.value.length >= 16) {
        yield { span: w.span, message: `The ipvlan interface name '${w.value}' is longer than 15 characters: keepalived reports it and ignores it.` };
        continue;
      }
      const f = takenBy(taken, inst, w);
      if (f) yield f;
      else name = w.value;
    }
  }
  if (name !== undefined) taken.set(name, inst.name);
  return addr !== undefined;
}

const LINKBEAT_TYPES = ['MII', 'ETHTOOL', 'IOCTL'];

/** linkbeat_interfaces lines: an interface and at most one polling method (vrrp_parser.c alloc_linkbeat_interface). */
function* linkbeatLines(block: Statement): Generator<Finding> {
  for (const line of childrenOf(block)) {
    const [type, ...extra] = line.isValue ? line.args : [];
    if (!type || (LINKBEAT_TYPES.includes(type.value) && extra.length === 0)) continue;
    const known = LINKBEAT_TYPES.includes(type.value);
    yield {
      span: known ? { ...extra[0]!.span, end: extra[extra.length - 1]!.span.end } : type.span,
      message: known
        ? `A linkbeat_interfaces line takes one polling method: keepalived reports the words after ${type.value} and ignores them. Remove them.`
        : `'${type.value}' is not a linkbeat polling method (${LINKBEAT_TYPES.join(', ')}, upper case): keepalived reports it and polls ${line.keyword.value} with its default method. Write one of them, or nothing.`,
    };
  }
}

/** Option words keepalived rejects, or a required one missing, on keywords it reads as options. */
export const optionInvalid: Rule = {
  id: 'option-invalid',
  severity: 'warning',
  title:
    'garp_extra_if / vrrp_garp_extra_if without a valid delay, contradictory vrrp_rx_bufs_policy options, a bad or repeated use_vmac MAC address or interface name, a repeated use_ipvlan option, use_ipvlan without an address on an IPv4 instance, a linkbeat_interfaces method other than MII, ETHTOOL or IOCTL.',
  keepalived:
    'garp_extra_if: "specified without time" or "\'x\' invalid", and the line is ignored. vrrp_rx_bufs_policy: "Invalid vrrp_rx_bufs_policy", or it keeps a size over a policy and MTU over ADVERT. use_vmac / use_ipvlan: "VMAC invalid MAC address", "is multicast", "not allowed to be RFC5798 address", "already specified", "too long", "already using", and the word is ignored; "IPv4 ipvlan requires a source ip address", and the instance stays in FAULT state. linkbeat_interfaces: "extra characters ... in linkbeat interface".',
  example: 'garp_extra_if all',
  fix: 'Give the missing value (the delay in seconds, the ipvlan address), correct the address or name, or remove the option keepalived ignores.',
  *check({ model }) {
    // global_defs' lines and the instances' (not an index lookup: in the server the model of an
    // edited file has no index, and building one on every edit cost ~9 ms on big)
    const rx: RxBufs = { mtu: false, advert: false, size: false };
    for (const g of model.globals.globalDefs) {
      for (const s of childrenOf(g)) {
        if (s.isValue || !s.def) continue;
        const garp = GARP_EXTRA[s.keyword.value];
        if (garp?.block === 'global_defs') {
          const f = garpExtra(s, garp.min);
          if (f) yield f;
        } else if (s.keyword.value === 'vrrp_rx_bufs_policy') yield* rxBufsPolicy(s, rx);
      }
    }
    for (const inst of model.instances) {
      for (const kw of INSTANCE_GARP) {
        for (const s of inst.named(kw)) {
          const f = s.def ? garpExtra(s, 0) : undefined;
          if (f) yield f;
        }
      }
    }
    for (const top of model.parsed.statements) if (top.keyword.value === 'linkbeat_interfaces' && !top.isValue && top.def) yield* linkbeatLines(top);
    const taken: TakenNames = new Map();
    for (const inst of model.instances) {
      if (inst.dropped || (inst.named('use_vmac').length === 0 && inst.named('use_ipvlan').length === 0)) continue;
      yield* vmacOptions(inst, taken);
      // a second use_ipvlan is "already specified" and ignored (duplicate-keyword)
      const ipvlan = inst.named('use_ipvlan')[0];
      if (!ipvlan) continue;
      const hasAddress = yield* ipvlanOptions(inst, ipvlan, taken);
      if (hasAddress || inst.family === 6) continue;
      yield {
        span: ipvlan.keyword.span,
        severity: 'error',
        message: `use_ipvlan on an IPv4 instance needs the ipvlan interface's address (use_ipvlan <address>[/<prefix>]): without one keepalived puts ${inst.name} in FAULT state, so it never becomes MASTER.`,
      };
    }
  },
};
