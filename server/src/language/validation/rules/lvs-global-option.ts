import { isMulticast, parseSockaddr } from '../../analysis/addresses';
import { syncDaemonTaken } from '../../analysis/lvs';
import { syncInstanceWord } from '../../analysis/syncDaemon';
import type { ConfigModel } from '../../analysis/model';
import { readInteger } from '../../analysis/values';
import { childrenOf, type Statement, type Word } from '../../syntax/ast';
import type { Finding, Rule } from '../rule';

/** global_parser.c LVS_MAX_TIMEOUT: 31 days. */
const MAX_TIMEOUT = 86400 * 31;
const TIMEOUTS = ['tcp', 'tcpfin', 'udp'];
/** lvs_sync_daemon's numeric options and their ranges (global_parser.c lvs_syncd_handler). */
const SYNC_NUMBERS: Readonly<Record<string, { min: number; max: number; then: string }>> = {
  id: { min: 0, max: 255, then: 'uses the VRRP instance’s VRID as sync id' },
  maxlen: { min: 1, max: 65535 - 20 - 8, then: 'keeps the default packet length' },
  port: { min: 1, max: 65535, then: 'keeps port 8848' },
  ttl: { min: 1, max: 255, then: 'keeps the default TTL' },
};

const at = (w: Word, message: string, severity?: Finding['severity']): Finding => ({ span: w.span, message, severity });

function* lvsTimeouts(s: Statement): Generator<Finding> {
  const a = s.args;
  if (a.length < 2) {
    yield {
      span: s.span,
      message: '`lvs_timeouts` needs an option and its value (`tcp`, `tcpfin` or `udp` <seconds>): keepalived reports it and ignores the line.',
    };
    return;
  }
  for (let i = 0; i < a.length; i++) {
    const w = a[i]!;
    if (!TIMEOUTS.includes(w.value)) {
      yield at(w, `'${w.value}' is not an lvs_timeouts option (tcp, tcpfin, udp): keepalived reports it and ignores the word.`);
      continue;
    }
    const v = a[i + 1];
    if (!v) {
      yield at(w, `lvs_timeouts ${w.value} has no value: keepalived reports it and ignores it.`);
      continue;
    }
    i++;
    if (!readInteger(v.value, 0, MAX_TIMEOUT).ok)
      yield at(
        v,
        `'${v.value}' is not a timeout of 0..${MAX_TIMEOUT} seconds for ${w.value}: keepalived reports it and leaves that timeout as the kernel has it.`,
      );
  }
}

/** One option of lvs_sync_daemon at a[i] (a word after the interface); returns how many words it used. */
function syncOption(a: readonly Word[], i: number, state: { instance: boolean }, out: Finding[]): number {
  const w = a[i]!;
  const v = a[i + 1];
  const opt = w.value;
  if (opt === 'inst') {
    // an instance already given is reported before the name is read (even when there is none)
    if (state.instance) out.push(at(v ?? w, `The VRRP instance is already given: keepalived reports it and ignores ${v ? `'${v.value}'` : 'this one'}.`));
    else if (!v)
      out.push(at(w, '`inst` without the VRRP instance name: keepalived reports the missing parameter and stops reading the configuration.', 'error'));
    state.instance = true;
    return 2;
  }
  const range = SYNC_NUMBERS[opt];
  if (range || opt === 'group') {
    if (!v) {
      out.push(at(w, `lvs_sync_daemon ${opt} has no value: keepalived reports it and ${range ? range.then : 'keeps the default group'}.`));
      return 1;
    }
    if (range && !readInteger(v.value, range.min, range.max).ok)
      out.push(at(v, `'${v.value}' is not a valid ${opt} (${range.min}..${range.max}): keepalived reports it and ${range.then}.`));
    if (opt === 'group') {
      const g = parseSockaddr(v.value).addr;
      if (!g) out.push(at(v, `'${v.value}' is not an address: keepalived reports it and keeps the default group.`));
      else if (!isMulticast(g)) out.push(at(v, `${g.address} is not a multicast address: keepalived reports it and keeps the default group.`));
    }
    return 2;
  }
  // the old form: <interface> <instance> [<syncid>]
  if (i === 1) {
    state.instance = true;
    return 1;
  }
  if (i === 2) {
    out.push(
      readInteger(w.value, 0, 255).ok
        ? at(w, `A sync id after the instance is the old form: keepalived reports it (and uses it). Write \`id ${w.value}\`.`, 'information')
        : at(w, `'${w.value}' is not a sync id of 0..255: keepalived reports it and uses the VRRP instance’s VRID.`),
    );
    return 1;
  }
  out.push(at(w, `'${opt}' is not an lvs_sync_daemon option (inst, id, maxlen, port, ttl, group): keepalived reports it and ignores the word.`));
  return 1;
}

function* lvsSyncDaemon(s: Statement): Generator<Finding> {
  const a = s.args;
  const ifname = a[0];
  if (!ifname) {
    yield { span: s.span, message: '`lvs_sync_daemon` needs an interface: keepalived reports it and starts no sync daemon.' };
    return;
  }
  if (ifname.value.length >= 16) {
    yield at(ifname, `The interface name '${ifname.value}' is longer than 15 characters: keepalived reports it and ignores the whole line.`);
    return;
  }
  const out: Finding[] = [];
  const state = { instance: false };
  for (let i = 1; i < a.length;) i += syncOption(a, i, state, out);
  yield* out;
}

/**
 * The sync daemon's interface is set once. global_defs is read before the instances wherever it
 * stands, so its lvs_sync_daemon wins; otherwise the first instance's deprecated
 * lvs_sync_daemon_interface does. Every other instance line is ignored (vrrp_parser.c
 * vrrp_lvs_syncd_handler: "already been specified").
 */
function* syncDaemonTakenTwice(model: ConfigModel): Generator<Finding> {
  let taken = model.globals.globalDefs.flatMap((g) => childrenOf(g)).find((s) => !s.isValue && s.keyword.value === 'lvs_sync_daemon' && syncDaemonTaken(s));
  for (const inst of model.instances) {
    if (inst.dropped) continue;
    for (const s of inst.named('lvs_sync_daemon_interface')) {
      if (!taken) {
        taken = s;
        continue;
      }
      yield {
        span: s.keyword.span,
        message: `The IPVS sync daemon's interface is already set by ${taken.keyword.value === 'lvs_sync_daemon' ? "global_defs' lvs_sync_daemon" : 'the earlier lvs_sync_daemon_interface'} ${taken.args[0]?.value ?? ''}: keepalived reports this lvs_sync_daemon_interface and ignores it. Keep one (global_defs' lvs_sync_daemon).`,
        related: [{ span: taken.keyword.span, message: `the ${taken.keyword.value} that counts` }],
      };
    }
  }
}

/** The sync daemon follows an instance that does not exist (vrrp.c vrrp_complete_init: "Unable to find vrrp instance"). */
function* syncDaemonInstance(model: ConfigModel): Generator<Finding> {
  const line = model.globals.globalDefs.flatMap((g) => childrenOf(g)).find((s) => !s.isValue && s.keyword.value === 'lvs_sync_daemon' && syncDaemonTaken(s));
  const w = line && syncInstanceWord(line.args);
  // without any instance there is no VRRP process to complain (and a global_defs-only file is often an included part)
  if (!w || model.instances.length === 0 || model.instances.some((i) => !i.dropped && i.name === w.value)) return;
  yield at(
    w,
    `lvs_sync_daemon follows VRRP instance '${w.value}', which is not defined: keepalived reports it when it starts and drops the sync daemon configuration. Name an existing vrrp_instance.`,
  );
}

/** Options of global_defs' lvs_timeouts and lvs_sync_daemon that keepalived rejects. */
export const lvsGlobalOption: Rule = {
  id: 'lvs-global-option',
  severity: 'warning',
  title:
    'An lvs_timeouts or lvs_sync_daemon option keepalived rejects (unknown, without its value, out of range), an lvs_sync_daemon following an undefined instance, or an instance lvs_sync_daemon_interface when the sync daemon already has one.',
  keepalived:
    'Reports the option ("Unknown option X specified for lvs_timeouts", "Invalid lvs_sync_daemon port (X) - ignoring", "No value specified for ...", "lvs_sync_daemon requires interface"...) and ignores it; `inst` without a name stops the configuration. An undefined instance: "Unable to find vrrp instance ... - clearing lvs_syncd config" at start. A second interface: "lvs_sync_daemon_interface has already been specified".',
  example: 'lvs_timeouts tcp 10 udp',
  fix: 'Give each option its value in range: `lvs_timeouts tcp|tcpfin|udp <0-2678400>`, `lvs_sync_daemon <if> [inst <vrrp_instance>] [id <0-255>] [maxlen <1-65507>] [port <1-65535>] [ttl <1-255>] [group <multicast address>]`.',
  *check({ model }) {
    // after the first lvs_sync_daemon keepalived takes, the others are ignored whole (duplicate-keyword)
    let syncTaken = false;
    // global_defs' own lines, not an index lookup (the server's model of an edited file has no index)
    for (const s of model.globals.globalDefs.flatMap((g) => childrenOf(g))) {
      if (s.isValue || (s.keyword.value !== 'lvs_timeouts' && s.keyword.value !== 'lvs_sync_daemon')) continue;
      if (s.keyword.value === 'lvs_timeouts') {
        yield* lvsTimeouts(s);
      } else if (!syncTaken) {
        yield* lvsSyncDaemon(s);
        syncTaken = syncDaemonTaken(s);
      }
    }
    yield* syncDaemonTakenTwice(model);
    yield* syncDaemonInstance(model);
  },
};
