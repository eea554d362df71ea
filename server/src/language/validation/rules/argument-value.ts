import { isMulticast, parseAddress, parseSockaddr } from '../../analysis/addresses';
import { granularityValid, serviceFamily, virtualServerOf } from '../../analysis/lvs';
import {
  digestProblem,
  dnsNameEmptyLabel,
  hexStringProblem,
  readBool,
  readDecimal,
  readInteger,
  statusCodeProblem,
  UMASK_BITS,
  umaskProblem,
} from '../../analysis/values';
import type { ArgType, KeywordDef } from '../../catalogue/types';
import { typeText } from '../../catalogue/syntax';
import { statementsWithDef, type Statement, type Word } from '../../syntax/ast';
import type { Finding, Rule } from '../rule';

/**
 * Keywords whose values have their own rule, with keepalived's exact consequence
 * (e.g. an invalid priority becomes 100, an invalid VRID drops the instance).
 */
const OWN_RULE = new Set([
  'virtual_router_id',
  'priority',
  'advert_int',
  'state',
  'auth_type',
  'auth_pass',
  'preempt_delay',
  'down_timer_adverts',
  'vrrp_garp_interval',
  'vrrp_gna_interval',
  'lb_algo',
  'lvs_sched',
  'lb_kind',
  'lvs_method',
  'protocol',
  'persistence_timeout',
  'interface',
]);
/** Blocks whose `weight` has its own rule (script-weight-range, track-weight-range); elsewhere (LVS) it is checked here. */
const OWN_WEIGHT = new Set(['vrrp_script', 'vrrp_track_process', 'track_file', 'bfd_instance']);

/** Why `w` is not a valid `t`, or undefined when it is. */
export function checkValue(w: Word, t: ArgType): string | undefined {
  const v = w.value;
  switch (t.kind) {
    case 'int': {
      const r = readInteger(v, t.min, t.max);
      if (r.ok) return undefined;
      if (r.reason === 'invalid') return `'${v}' is not a whole number`;
      if (r.reason === 'negative') return `'${v}' is negative; it must be ${typeText(t)}`;
      return `${v} is outside ${typeText(t)}`;
    }
    case 'number': {
      const r = readDecimal(v, t.min, t.max);
      if (r.ok) return undefined;
      if (r.reason === 'invalid') return `'${v}' is not a number`;
      return `${v} is outside ${typeText(t)}`;
    }
    case 'enum': {
      const ok = t.caseInsensitive ? t.values.some((x) => x.toLowerCase() === v.toLowerCase()) : t.values.includes(v);
      if (ok) return undefined;
      const ci = t.values.find((x) => x.toLowerCase() === v.toLowerCase());
      return ci ? `'${v}' must be written '${ci}' (keepalived is case-sensitive here)` : `'${v}' is not one of ${t.values.join(', ')}`;
    }
    case 'bool':
      return readBool(v) === undefined ? `'${v}' is not one of on, off, true, false, yes, no (lower case)` : undefined;
    case 'ip': {
      // keepalived's inet_stosockaddr: a /mask or -range after the address is cut off unread
      const a = parseSockaddr(v).addr;
      if (!a) return `'${v}' is not a valid IP address`;
      if (t.family && a.family !== t.family) return `'${v}' is not an IPv${t.family} address`;
      if (t.multicast && !isMulticast(a)) return `'${v}' is not a multicast address`;
      return undefined;
    }
    case 'prefix': {
      const a = parseAddress(v, true);
      if (!a) return `'${v}' is not a valid address[/prefix]`;
      if (t.family && a.family !== t.family) return `'${v}' is not an IPv${t.family} address`;
      return undefined;
    }
    case 'port': {
      const r = readInteger(v, 0, 65535);
      return r.ok ? undefined : `'${v}' is not a port number (0..65535)`;
    }
    case 'interface':
      return v.length > 15 ? `'${v}' is longer than the 15 characters Linux allows in an interface name` : undefined;
    case 'mac':
      return /^([0-9a-f]{2}:){5}[0-9a-f]{2}$/i.test(v) ? undefined : `'${v}' is not a MAC address (xx:xx:xx:xx:xx:xx)`;
    case 'md5':
      return digestProblem(v);
    case 'httpStatus':
      return statusCodeProblem(v);
    case 'text':
      return t.maxLength !== undefined && v.length > t.maxLength ? `'${v}' has ${v.length} characters, more than the ${t.maxLength} allowed` : undefined;
    default:
      return undefined;
  }
}

/** The kinds of value checkValue() judges (it accepts any other). */
const CHECKED_KINDS = new Set<ArgType['kind']>(['int', 'number', 'enum', 'bool', 'ip', 'prefix', 'port', 'interface', 'mac', 'md5', 'httpStatus']);

/** An argument checkValue() judges: a checked kind, or text with a length limit. */
const isChecked = (t: ArgType): boolean => CHECKED_KINDS.has(t.kind) || (t.kind === 'text' && t.maxLength !== undefined);

/** What keepalived does with a refused value, where it is not "the default applies". */
const CONSEQUENCE: Readonly<Record<string, string>> = {
  status_code: 'keepalived reports it and skips that item (a url left without any valid code accepts 200-299)',
  digest: 'keepalived reports it and checks this url without a digest',
  process_name: 'keepalived reports it and cuts the name to 15 characters (the kernel keeps no more)',
  vrrp_process_name: 'keepalived reports it and cuts the name to 15 characters (the kernel keeps no more)',
  checker_process_name: 'keepalived reports it and cuts the name to 15 characters (the kernel keeps no more)',
  lvs_process_name: 'keepalived reports it and cuts the name to 15 characters (the kernel keeps no more)',
  bfd_process_name: 'keepalived reports it and cuts the name to 15 characters (the kernel keeps no more)',
  nftables: 'keepalived reports it and ignores the line, so VRRP uses no nftables table',
  nftables_ipvs: 'keepalived reports it and ignores the line, so no nftables table marks the virtual server groups',
  // check_file.c track_file_weight_handler refuses the whole line
  'FILE_CHECK weight': "keepalived reports it and ignores the whole line (the track_file's own weight applies)",
};

const INCLUDE_CHECKS = ['read', 'match', 'wildcard_match', 'brace_match'];

/** global_defs `include_check`: options, each but the first with + or - (lib/parser.c include_check_set). */
function checkIncludeCheck(s: Statement, out: Finding[]): void {
  s.args.forEach((w, i) => {
    const sign = /^[+-]/.test(w.value);
    if (!sign && i > 0) {
      out.push({
        span: w.span,
        message: `'${w.value}' after the first include_check option needs + or -: keepalived reports it as a duplicate and ignores it. Write '+${w.value}' to add the check.`,
        data: { replacement: `+${w.value}` },
      });
      return;
    }
    const name = sign ? w.value.slice(1) : w.value;
    if (!INCLUDE_CHECKS.includes(name))
      out.push({
        span: w.span,
        message: `'${name}' is not an include_check option (${INCLUDE_CHECKS.join(', ')}, each with an optional + or -): keepalived reports it and ignores it.`,
      });
  });
}

/** Why global_defs `umask` is rejected (keepalived reports it and keeps the default mask). */
function checkUmask(s: Statement, out: Finding[]): void {
  const p = umaskProblem(s.args.map((w) => w.value));
  const w = p && s.args[p.index];
  if (!p || !w) return;
  const why = {
    extra: 'a numeric umask is a single word',
    number: `'${w.value}' is not a mask from 0 to 0777 (octal with a leading 0, hex with 0x, or decimal)`,
    bit: `'${p.rest ?? w.value}' does not start with a bit keepalived knows: only ${UMASK_BITS.join(', ')} (no IRWXU, IRWXG or IRWXO)`,
    syntax: `'${w.value}': bits must be joined by '|'`,
    'missing-bit': "the mask ends with '|' and no bit after it",
  }[p.reason];
  out.push({ span: w.span, message: `Invalid umask: ${why}. keepalived reports it and ignores the line (the default mask stays).` });
}

/** track_file `init_file`: each word a number (read as an int, sensibly within ±254) or `overwrite`. */
function checkInitFile(s: Statement, out: Finding[]): void {
  for (const w of s.args) {
    const v = w.value;
    if (v === 'overwrite') continue;
    if (!/^[0-9-]/.test(v)) {
      out.push({ span: w.span, message: `'${v}' is not an init_file option (a number or \`overwrite\`): keepalived reports it and ignores it.` });
      continue;
    }
    const r = readInteger(v, -2147483648, 2147483647, false);
    if (!r.ok) out.push({ span: w.span, message: `init_file value '${v}' is not a whole number: keepalived reports it and writes 0 into a file it creates.` });
    else if (Math.abs(r.value) > 254)
      out.push({
        span: w.span,
        message: `init_file value ${v} is outside -254..254: keepalived reports it as beyond the sensible range, though it still writes it into the file. Use a value from -254 to 254.`,
      });
  }
}

/** global_defs `vrrp_mcast_group6`: a multicast group keepalived takes, remarking when its scope is wider than link-local. */
function checkMcastGroup6(s: Statement, out: Finding[]): void {
  const before = out.length;
  checkStatement(s, out);
  const w = s.args[0];
  const a = w && out.length === before ? parseSockaddr(w.value).addr : undefined;
  // IN6_IS_ADDR_MC_LINKLOCAL: ff02::/16 (any flags nibble, scope 2)
  if (!w || !a || a.family !== 6 || (a.addr.toByteArray()[1]! & 0x0f) === 0x2) return;
  out.push({
    span: w.span,
    severity: 'information',
    message: `vrrp_mcast_group6 ${w.value} is not a link-local group (ffx2::): keepalived uses it but says it should be link-local, since VRRP adverts never leave the link. Use ff02::12 (the default) unless the wider scope is meant.`,
  });
}

/** virtual_server persistence_granularity: an IPv6 prefix length or an IPv4 netmask, by the service's family on that line. */
function checkGranularity(s: Statement, out: Finding[]): void {
  const w = s.args[0];
  const vs = s.parent && virtualServerOf(s.parent);
  const read = vs && !vs.invalid ? serviceFamily(vs).granularity.get(s) : undefined;
  if (!w || !read || granularityValid(w.value, read.family)) return;
  const what =
    read.family === 6
      ? `an IPv6 service takes a prefix length from 1 to 128${read.guessed ? ' (with no family known yet, keepalived reads a value without a dot as one)' : ''}`
      : `an IPv4 service takes a netmask such as 255.255.255.0${w.value.includes('/') ? ', without a /prefix' : ''}`;
  out.push({ span: w.span, message: `Invalid persistence_granularity '${w.value}': ${what}. keepalived reports it and ignores the line.` });
}

/** virtual_server persistence_engine: the kernel's names are at most 16 characters (IP_VS_PENAME_MAXLEN). */
function checkEngine(s: Statement, out: Finding[]): void {
  const w = s.args[0];
  if (w && w.value.length > 16)
    out.push({
      span: w.span,
      message: `The persistence engine name '${w.value}' is longer than the 16 characters IPVS allows: keepalived reports it and cuts it to '${w.value.slice(0, 16)}'. The kernel's engine is \`sip\`.`,
    });
}

/** UDP_CHECK payload / require_reply: hexadecimal bytes (require_reply: x/X digits match anything). */
function checkHex(s: Statement, out: Finding[]): void {
  if (s.args.length === 0) return;
  const wildcard = s.keyword.value === 'require_reply';
  const p = hexStringProblem(
    s.args.map((w) => w.value),
    wildcard,
  );
  if (!p) return;
  const why =
    p.reason === 'char'
      ? `'${p.char}' is not a hexadecimal digit${wildcard ? ' (nor x, which matches any digit)' : ''}; write the bytes as hex pairs without 0x, e.g. \`01 ab 7f\``
      : p.reason === 'empty'
        ? 'it has no byte'
        : 'keepalived 2.2.7 refuses a hex string whose last byte is ff (a quirk of its parser), so the data cannot end with ff';
  const then = wildcard ? 'the checker then accepts any reply' : 'the checker then sends its default data';
  out.push({ span: s.span, message: `Invalid ${s.keyword.value} for UDP_CHECK: ${why}. keepalived reports it and ignores the data (${then}).` });
}

/** DNS_CHECK name: keepalived 2.2.7 refuses a name in which it sees an empty label. */
function checkDnsName(s: Statement, out: Finding[]): void {
  const w = s.args[0];
  if (!w || !dnsNameEmptyLabel(w.value)) return;
  const quirk = !/\.\./.test(w.value) && !w.value.startsWith('.');
  out.push({
    span: w.span,
    message: `DNS_CHECK name '${w.value}' ${quirk ? 'has a one-character first label, which keepalived 2.2.7 mistakes for an empty one' : 'has an empty label'}: keepalived reports it and ignores the name (the check then queries the root). ${quirk ? 'Query a name whose first label is longer' : 'Remove the extra dot'}.`,
  });
}

/** bfd_instance min_rx / min_tx / idle_tx: the range, then keepalived's remark above 10 seconds. */
function checkBfdInterval(s: Statement, out: Finding[]): void {
  const before = out.length;
  checkStatement(s, out);
  const w = s.args[0];
  if (out.length > before || !w || !(Number(w.value) > 10000)) return;
  out.push({
    span: w.span,
    message: `${s.keyword.value} ${w.value} ms is over 10 seconds, beyond what keepalived considers sensible (it warns when it starts): BFD is meant to notice a failure within a second or so. The interval is in milliseconds; use a smaller one.`,
  });
}

/** Keywords read by a handler of their own rather than by argument types, with the block they belong to. */
const OWN_READER: Readonly<Record<string, { block: string; read: (s: Statement, out: Finding[]) => void }>> = {
  umask: { block: 'global_defs', read: checkUmask },
  init_file: { block: 'track_file', read: checkInitFile },
  include_check: { block: 'global_defs', read: checkIncludeCheck },
  vrrp_mcast_group6: { block: 'global_defs', read: checkMcastGroup6 },
  persistence_granularity: { block: 'virtual_server', read: checkGranularity },
  persistence_engine: { block: 'virtual_server', read: checkEngine },
  payload: { block: 'UDP_CHECK', read: checkHex },
  require_reply: { block: 'UDP_CHECK', read: checkHex },
  name: { block: 'DNS_CHECK', read: checkDnsName },
  min_rx: { block: 'bfd_instance', read: checkBfdInterval },
  min_tx: { block: 'bfd_instance', read: checkBfdInterval },
  idle_tx: { block: 'bfd_instance', read: checkBfdInterval },
};

/** Entries with a value to check here (an entry's name is its statements' keyword; value lines have no entry). */
const checked = (def: KeywordDef | undefined): boolean =>
  def !== undefined &&
  (OWN_READER[def.name] !== undefined || (def.args !== undefined && !def.freeform && !OWN_RULE.has(def.name) && def.args.some((a) => isChecked(a.type))));

function checkStatement(s: Statement, out: Finding[]): void {
  const args = s.def?.args;
  if (!args || s.def?.freeform) return;
  let i = 0;
  for (const spec of args) {
    // the word at i (a repeated argument: every word from i on)
    const end = spec.repeat ? s.args.length : Math.min(i + 1, s.args.length);
    for (let j = i; j < end; j++) {
      const w = s.args[j]!;
      const why = checkValue(w, spec.type);
      if (why) {
        out.push({
          span: w.span,
          message: `Invalid ${spec.name} for '${s.keyword.value}': ${why}. ${CONSEQUENCE[`${s.blockId} ${s.keyword.value}`] ?? CONSEQUENCE[s.keyword.value] ?? 'keepalived reports it and ignores the value (the default applies)'}.`,
        });
      }
    }
    i = end;
    if (spec.repeat) break;
  }
}

/** A value of the wrong type or out of the range keepalived accepts, checked from the catalogue. */
export const argumentValue: Rule = {
  id: 'argument-value',
  severity: 'warning',
  title: 'A value keepalived rejects: not a number, out of range, not one of the allowed words, a malformed address.',
  keepalived: 'Reports the value ("number outside range", "invalid number", "unknown ...") and ignores it.',
  example: 'vrrp_garp_master_repeat 0',
  fix: 'Use a value in the range the message gives (quick fix: the nearest valid one).',
  check({ model }) {
    const out: Finding[] = [];
    const list = statementsWithDef(model.parsed.statements, checked);
    for (let i = 0; i < list.length; i++) {
      const s = list[i]!;
      if (s.keyword.value === 'weight' && OWN_WEIGHT.has(s.blockId)) continue;
      const own = OWN_READER[s.keyword.value];
      // a keyword of the same name elsewhere (BFD_CHECK's name) is checked from its arguments
      if (own?.block === s.blockId) own.read(s, out);
      else checkStatement(s, out);
    }
    return out;
  },
};
