/**
 * A summary of each vrrp_instance as keepalived would load it: the values that rules,
 * cluster checks and the election model need, with the words they came from.
 */
import { child, children, childrenOf, type Statement, type Word } from '../syntax/ast';
import { parseAddress, type Family, type ParsedAddress } from './addresses';
import type { NamedObject, Symbols } from './symbols';
import { decimalOrUndefined, intOrUndefined } from './values';

export interface AddressEntry {
  /** The value line (`192.0.2.10/24 dev eth0 ...`). */
  readonly stmt: Statement;
  readonly word: Word;
  readonly addr: ParsedAddress | undefined;
  /** `dev <if>` on the line. */
  readonly dev: Word | undefined;
}

export interface TrackEntry {
  readonly stmt: Statement;
  readonly name: string;
  readonly word: Word;
  readonly weight: number | undefined;
  readonly weightWord: Word | undefined;
  readonly reverse: boolean;
}

export interface VrrpInstance {
  readonly obj: NamedObject;
  readonly stmt: Statement;
  readonly name: string;
  /** A second instance of an already defined name: keepalived drops it. */
  readonly dropped: boolean;
  /** The last statement `kw` in the instance (keepalived: the last one wins). */
  last(kw: string): Statement | undefined;
  readonly interface: Word | undefined;
  readonly vrid: number | undefined;
  /** The configured priority word's value, if it is a valid number (may be out of range). */
  readonly priorityValue: number | undefined;
  /** The priority keepalived runs with: an invalid one becomes 100; state MASTER without priority is 255. */
  readonly effectivePriority: number;
  readonly state: 'MASTER' | 'BACKUP' | undefined;
  readonly version: 2 | 3;
  readonly advertInt: number;
  readonly nopreempt: boolean;
  readonly preemptDelay: number | undefined;
  readonly downTimerAdverts: number;
  readonly unicastSrcIp: AddressEntry | undefined;
  readonly unicastPeers: AddressEntry[];
  readonly vips: AddressEntry[];
  readonly excludedVips: AddressEntry[];
  /** The instance's address family, decided by its first VIP (or unicast address). */
  readonly family: Family | undefined;
  readonly trackScripts: TrackEntry[];
  readonly trackFiles: TrackEntry[];
  readonly trackProcesses: TrackEntry[];
  readonly trackInterfaces: TrackEntry[];
  readonly trackBfds: TrackEntry[];
  readonly authType: Word | undefined;
  readonly authPass: Word | undefined;
  readonly dontTrackPrimary: boolean;
  readonly unicastFaultNoPeer: boolean;
  readonly mcastDstIp: Word | undefined;
}

export interface GlobalSettings {
  readonly vrrpVersion: 2 | 3 | undefined;
  readonly vrrpStrict: boolean;
  readonly enableScriptSecurity: boolean;
  readonly scriptUser: Word | undefined;
  readonly defaultInterface: Word | undefined;
  readonly globalDefs: Statement[];
}

export function globalSettings(statements: readonly Statement[]): GlobalSettings {
  const globalDefs = statements.filter((s) => s.keyword.value === 'global_defs' && s.def);
  const lastOf = (kw: string): Statement | undefined => {
    let found: Statement | undefined;
    for (const g of globalDefs) for (const c of children(g, kw)) found = c;
    return found;
  };
  const v = intOrUndefined(lastOf('vrrp_version')?.args[0]?.value, 2, 3);
  return {
    vrrpVersion: v === 2 || v === 3 ? v : undefined,
    vrrpStrict: lastOf('vrrp_strict') !== undefined,
    enableScriptSecurity: lastOf('enable_script_security') !== undefined,
    scriptUser: lastOf('script_user')?.args[0],
    defaultInterface: lastOf('default_interface')?.args[0],
    globalDefs,
  };
}

export function addressLines(s: Statement | undefined, allowPrefix = true): AddressEntry[] {
  if (!s) return [];
  return childrenOf(s).map((line) => {
    const devIndex = line.args.findIndex((a) => a.value === 'dev');
    return {
      stmt: line,
      word: line.keyword,
      addr: parseAddress(line.keyword.value, allowPrefix),
      dev: devIndex >= 0 ? line.args[devIndex + 1] : undefined,
    };
  });
}

export function trackLines(statements: readonly Statement[]): TrackEntry[] {
  const out: TrackEntry[] = [];
  for (const s of statements) {
    for (const line of childrenOf(s)) {
      const wi = line.args.findIndex((a) => a.value === 'weight');
      const weightWord = wi >= 0 ? line.args[wi + 1] : undefined;
      out.push({
        stmt: line,
        name: line.keyword.value,
        word: line.keyword,
        weight: intOrUndefined(weightWord?.value),
        weightWord,
        reverse: line.args.some((a) => a.value === 'reverse'),
      });
    }
  }
  return out;
}

export function vrrpInstances(symbols: Symbols, globals: GlobalSettings): VrrpInstance[] {
  return symbols.definitions
    .filter((d) => d.kind === 'vrrp_instance')
    .map((obj) => instanceOf(obj, globals));
}

function instanceOf(obj: NamedObject, globals: GlobalSettings): VrrpInstance {
  const s = obj.stmt;
  const last = (kw: string): Statement | undefined => {
    const all = children(s, kw);
    return all[all.length - 1];
  };
  const all = (kw: string) => children(s, kw);
  const has = (kw: string) => last(kw) !== undefined;
  const stateWord = last('state')?.args[0]?.value;
  const state = stateWord === 'MASTER' || stateWord === 'BACKUP' ? stateWord : undefined;
  const priorityValue = intOrUndefined(last('priority')?.args[0]?.value);
  const validPriority = priorityValue !== undefined && priorityValue >= 1 && priorityValue <= 255;
  const effectivePriority = validPriority ? priorityValue : !has('priority') && state === 'MASTER' ? 255 : 100;
  const vips = all('virtual_ipaddress').flatMap((v) => addressLines(v));
  const excludedVips = all('virtual_ipaddress_excluded').flatMap((v) => addressLines(v));
  const unicastPeers = all('unicast_peer').flatMap((v) => addressLines(v));
  const srcWord = last('unicast_src_ip')?.args[0];
  const unicastSrcIp = srcWord ? { stmt: last('unicast_src_ip')!, word: srcWord, addr: parseAddress(srcWord.value, false), dev: undefined } : undefined;
  const family = vips.find((v) => v.addr)?.addr?.family ?? unicastSrcIp?.addr?.family ?? unicastPeers.find((p) => p.addr)?.addr?.family;
  const versionValue = intOrUndefined(last('version')?.args[0]?.value, 2, 3);
  const version: 2 | 3 = versionValue === 2 || versionValue === 3 ? versionValue : family === 6 ? 3 : globals.vrrpVersion ?? 2;
  const advertInt = decimalOrUndefined(last('advert_int')?.args[0]?.value, 0.01, 255) ?? 1;
  const auth = last('authentication');
  return {
    obj,
    stmt: s,
    name: obj.name,
    dropped: obj.duplicateOf !== undefined,
    last,
    interface: last('interface')?.args[0],
    vrid: intOrUndefined(last('virtual_router_id')?.args[0]?.value, 1, 255),
    priorityValue,
    effectivePriority,
    state,
    version,
    advertInt: version === 2 ? Math.max(1, Math.round(advertInt)) : advertInt,
    nopreempt: has('nopreempt'),
    preemptDelay: decimalOrUndefined(last('preempt_delay')?.args[0]?.value, 0, 1000),
    downTimerAdverts: intOrUndefined(last('down_timer_adverts')?.args[0]?.value, 1, 100) ?? 3,
    unicastSrcIp,
    unicastPeers,
    vips,
    excludedVips,
    family,
    trackScripts: trackLines(all('track_script')),
    trackFiles: trackLines(all('track_file')),
    trackProcesses: trackLines(all('track_process')),
    trackInterfaces: trackLines(all('track_interface')),
    trackBfds: trackLines(all('track_bfd')),
    authType: auth ? child(auth, 'auth_type')?.args[0] : undefined,
    authPass: auth ? child(auth, 'auth_pass')?.args[0] : undefined,
    dontTrackPrimary: has('dont_track_primary'),
    unicastFaultNoPeer: has('unicast_fault_no_peer'),
    mcastDstIp: last('mcast_dst_ip')?.args[0],
  };
}
