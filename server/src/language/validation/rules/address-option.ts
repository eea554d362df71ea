import { parseAddress } from '../../analysis/addresses';
import { topOf } from '../../analysis/model';
import { trackGroupsBefore } from '../../analysis/routes';
import { readVipAddress } from '../../analysis/vrrp';
import { statementsIn, type Statement, type Word } from '../../syntax/ast';
import type { Finding, Rule } from '../rule';

/** Scope names of iproute2's rt_scopes (keepalived reads the same table) besides a number 0..255. */
const SCOPES = new Set(['global', 'universe', 'site', 'link', 'host', 'nowhere']);
/** Words that take no value. */
const FLAGS = new Set(['home', '-nodad', 'mngtmpaddr', 'noprefixroute', 'autojoin', 'no_track']);
/** Words that take a value (track_group only in static_ipaddress). */
const WITH_VALUE = new Set(['dev', 'scope', 'broadcast', 'brd', 'label', 'peer', 'preferred_lft', 'track_group']);
const IFNAMSIZ = 16;

const drop = 'keepalived drops this whole address';

/**
 * The options after an address in virtual_ipaddress, virtual_ipaddress_excluded and
 * static_ipaddress, read as keepalived 2.2.7's alloc_ipaddress reads them.
 */
function* checkLine(s: Statement, groups: ReadonlySet<string> | undefined): Generator<Finding> {
  const isStatic = groups !== undefined;
  const { addr, badPrefix } = readVipAddress(s.keyword.value);
  if (!addr) return; // vip-invalid
  const v6 = addr.family === 6;
  const full = v6 ? 128 : 32;
  const prefix = badPrefix !== undefined ? full : (addr.prefix ?? full);
  const w = s.args;
  let dev: Word | undefined;
  let scope: Word | undefined;
  let label: Word | undefined;
  let brd: Word | undefined;
  let brdShort = false;
  let peer = false;
  let group: Word | undefined;
  for (let i = 0; i < w.length; i++) {
    const opt = w[i]!;
    const name = opt.value;
    if (WITH_VALUE.has(name) && (name !== 'track_group' || isStatic) && i + 1 >= w.length) {
      yield { span: opt.span, message: `'${name}' needs a value: ${drop}.` };
      return;
    }
    if (name === 'dev') {
      const v = w[++i]!;
      if (dev) {
        yield {
          span: opt.span,
          message: `A second 'dev' (${v.value}) after 'dev ${dev.value}': ${drop}. Keep one.`,
          related: [{ span: dev.span, message: 'the first dev' }],
        };
        return;
      }
      dev = v;
    } else if (name === 'scope') {
      const v = w[++i]!;
      if (SCOPES.has(v.value) || (/^\d+$/.test(v.value) && Number(v.value) <= 255)) scope = v;
      else yield { span: v.span, message: `'${v.value}' is not a scope (global, site, link, host, nowhere or 0..255): keepalived ignores it.` };
    } else if (name === 'broadcast' || name === 'brd') {
      if (v6) {
        yield { span: opt.span, message: `IPv6 has no broadcast address: ${drop}. Remove '${name}'.` };
        return;
      }
      const v = w[++i]!;
      if (v.value === '+' || v.value === '-') brdShort = true;
      else if (parseAddress(v.value, false)?.family !== 4) {
        yield { span: v.span, message: `'${v.value}' is not a broadcast address (an IPv4 address, + or -): ${drop}.` };
        return;
      }
      brd = opt;
    } else if (name === 'label') {
      const v = w[++i]!;
      if (v.value.length >= IFNAMSIZ) {
        yield { span: v.span, message: `The label '${v.value}' is longer than ${IFNAMSIZ - 1} characters: ${drop}.` };
        return;
      }
      label = v;
    } else if (name === 'peer') {
      const v = w[++i]!;
      if (peer) {
        yield { span: opt.span, message: `A second peer (${v.value}): keepalived reports it and keeps the first.` };
        continue;
      }
      const p = parseAddress(v.value, true);
      if (!p) yield { span: v.span, message: `'${v.value}' is not a valid peer address: keepalived ignores the peer.` };
      else if (p.family !== addr.family)
        yield { span: v.span, message: `The peer ${v.value} is IPv${p.family} but the address is IPv${addr.family}: keepalived ignores the peer.` };
      else {
        if (prefix !== full)
          yield {
            span: s.keyword.span,
            message: `With a peer address the prefix goes on the peer: keepalived ignores the /${prefix} of ${s.keyword.value} (and uses the peer's).`,
          };
        peer = true;
      }
    } else if (name === 'preferred_lft') {
      const v = w[++i]!;
      if (v.value !== 'forever' && !(/^\d+$/.test(v.value) && Number(v.value) <= 4294967295)) {
        yield { span: v.span, message: `'${v.value}' is not a lifetime (seconds, or forever): keepalived ignores preferred_lft.` };
      }
    } else if (name === 'track_group' && groups) {
      const v = w[++i]!;
      if (group) {
        yield { span: opt.span, message: 'A static address takes one track_group: keepalived stops reading its options at this second one.' };
        break;
      }
      if (groups.has(v.value)) group = v;
      else yield { span: v.span, message: `No track_group '${v.value}' is defined before this line: keepalived ignores it.` };
    } else if (name === 'use_vmac' && !isStatic) {
      // fine in virtual_ipaddress
    } else if (!FLAGS.has(name)) {
      yield { span: opt.span, message: `'${name}' is not an address option: keepalived ignores it ("Unknown configuration entry").` };
    }
  }
  if (brd && peer) yield { span: brd.span, message: 'A broadcast address together with a peer: keepalived ignores the broadcast address.' };
  else if (brdShort && prefix > 30)
    yield { span: brd!.span, message: `A /${prefix} address has no broadcast address to compute: keepalived reports it and sets none.` };
  // vrrp_ipaddress.c: only a non-zero scope is reported on IPv6; global (0) is the default and passes silently
  if (v6 && scope && !isScopeZero(scope.value)) yield { span: scope.span, message: 'IPv6 addresses take no scope here: keepalived ignores it.' };
  if (v6 && label) yield { span: label.span, message: 'IPv6 addresses take no label: keepalived ignores it.' };
}

/** `scope global` or a number that is 0 (keepalived reads numbers with strtoul, base 0). */
const isScopeZero = (v: string): boolean => v === 'global' || (/^\d+$/.test(v) && Number(v) === 0);

/** An option on an address line that keepalived rejects or ignores (dev twice, a bad scope, broadcast, label, peer...). */
export const addressOption: Rule = {
  id: 'address-option',
  severity: 'warning',
  title:
    'An option after a virtual or static address that keepalived rejects: dev given twice, an unknown word, a bad scope, broadcast, label or peer, an option without its value.',
  keepalived:
    'Reports it ("Cannot specify ipaddress device more than once", "Unknown configuration entry", "Invalid scope", "invalid broadcast", "Address label ... is longer than maximum length"...) and drops the address or ignores the option.',
  example: '192.0.2.10/24 dev eth0 dev eth1',
  fix: 'Write `<address>[/<prefix>] [dev <if>] [scope <scope>] [brd <addr>|+|-] [label <label>] ...` with valid values.',
  *check({ model }) {
    let top: Statement | undefined;
    let groups: ReadonlySet<string> = new Set();
    for (const s of statementsIn(model.parsed.statements, 'values:addresses')) {
      if (!s.isValue || s.blockId !== 'values:addresses') continue;
      const isStatic = s.parent?.keyword.value === 'static_ipaddress';
      if (isStatic && topOf(s) !== top) {
        top = topOf(s);
        groups = trackGroupsBefore(model, top);
      }
      yield* checkLine(s, isStatic ? groups : undefined);
    }
  },
};
