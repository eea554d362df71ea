import { sameAddress } from '../../analysis/addresses';
import { liveRealServers, liveSorryServer, lvsModel, schedulers, type VirtualServer } from '../../analysis/lvs';
import { readBool } from '../../analysis/values';
import { childrenOf } from '../../syntax/ast';
import type { Finding, Rule } from '../rule';

const HASH_FLAGS: Record<string, string> = { 'sh-port': 'sh', 'sh-fallback': 'sh', 'mh-port': 'mh', 'mh-fallback': 'mh' };

/**
 * A real server that is also the sorry server (same address and written port) must agree on
 * inhibit_on_failure: check_data.c validate_check_config gives the sorry server the real server's
 * setting (its own inhibit_on_failure [on|off], else the virtual server's) and says so.
 */
function sorryInhibit(vs: VirtualServer): Finding | undefined {
  const sorry = liveSorryServer(vs);
  if (!sorry?.address) return undefined;
  const lines = childrenOf(vs.stmt).filter((c) => !c.isValue && c.def);
  const at = lines.indexOf(sorry.stmt);
  // the last sorry_server line allocates a new sorry server without inhibit; a sorry_server_inhibit after it sets it
  const sorryInhibits = lines.slice(at + 1).some((c) => c.keyword.value === 'sorry_server_inhibit');
  const vsInhibits = lines.some((c) => c.keyword.value === 'inhibit_on_failure');
  const seen = new Set<string>();
  for (const rs of liveRealServers(vs)) {
    const key = `${rs.address!.address} ${rs.port}`;
    // a duplicate real server is removed before this check (real-server-duplicate)
    if (seen.has(key)) continue;
    seen.add(key);
    if (!sameAddress(rs.address!, sorry.address) || rs.port !== sorry.port) continue;
    let inhibits: boolean | undefined;
    for (const c of childrenOf(rs.stmt)) {
      if (c.isValue || !c.def || c.keyword.value !== 'inhibit_on_failure') continue;
      const v = c.args[0] ? readBool(c.args[0].value) : true;
      if (v !== undefined) inhibits = v;
    }
    inhibits ??= vsInhibits;
    if (inhibits === sorryInhibits) return undefined;
    return {
      span: sorry.stmt.span,
      message: `The sorry server is also the real server ${rs.address!.address}${rs.portWord ? ` ${rs.port}` : ''}, which ${inhibits ? 'inhibits' : 'does not inhibit'} on failure while the sorry server ${sorryInhibits ? 'does' : 'does not'}: keepalived reports it and ${inhibits ? 'sets' : 'clears'} the sorry server's inhibit. Make them agree (${inhibits ? 'add `sorry_server_inhibit` after sorry_server' : 'remove `sorry_server_inhibit`, or set inhibit_on_failure on the real server'}).`,
      related: [{ span: rs.stmt.span, message: 'the same server as a real server' }],
    };
  }
  return undefined;
}

/** Virtual server options keepalived drops because of where or with what they are used. */
export const lvsOptionIgnored: Rule = {
  id: 'lvs-option-ignored',
  severity: 'warning',
  title:
    'A virtual_server option keepalived ignores here: sh-/mh- flags without that scheduler set above them, `ops` on a TCP/SCTP service, `ha_suspend` with fwmarks, sorry_server options before `sorry_server`, a sorry server inhibit setting that differs from the real server it also is.',
  keepalived:
    'Reports "sh-port only applies to sh scheduler - ignoring", "one packet scheduling requires UDP - resetting", "cannot use ha_suspend with fwmarks - clearing", "sorry_server ... used without sorry_server" and drops the option; "real server matches sorry server, but inhibit setting differs" and gives the sorry server the real server\'s setting.',
  example: 'lvs_sched rr … sh-port',
  fix: 'Set the matching scheduler first, or remove the option.',
  *check({ model }) {
    const lvs = lvsModel(model);
    const names = schedulers();
    for (const vs of lvs.virtualServers) {
      if (vs.invalid) continue;
      const live = liveRealServers(vs).length > 0;
      let sched: string | undefined;
      let sorrySeen = false;
      const group = vs.kind === 'group' ? lvs.group(vs.target?.value ?? '') : undefined;
      const fwmark = vs.kind === 'fwmark' || (group?.entries.some((e) => e.valid && e.fwmark) ?? false);
      const byAddress = vs.kind === 'address' || (group?.entries.some((e) => e.valid && !e.fwmark) ?? false);
      for (const c of vs.stmt.body?.statements ?? []) {
        if (c.isValue || !c.def) continue;
        const kw = c.keyword.value;
        let f: Finding | undefined;
        if ((kw === 'lvs_sched' || kw === 'lb_algo') && c.args[0] && names.includes(c.args[0].value)) sched = c.args[0].value;
        else if (kw === 'sorry_server') sorrySeen = true;
        else if (HASH_FLAGS[kw] && sched !== HASH_FLAGS[kw]) {
          f = {
            span: c.keyword.span,
            message: `'${kw}' only works with the ${HASH_FLAGS[kw]} scheduler, and ${sched ? `the scheduler here is ${sched}` : `no scheduler is set above this line`}: keepalived ignores it${sched === 'sh' || sched === 'mh' ? ' without a word' : ''}. Set \`lvs_sched ${HASH_FLAGS[kw]}\` before it, or remove it.`,
          };
        } else if (kw === 'hashed' && sched !== 'sh' && sched !== 'mh') {
          // check_parser.c lbflags_handler: 'hashed' is only passed over in silence under sh or mh
          f = {
            span: c.keyword.span,
            message: `'hashed' is a historic flag that no longer does anything, and ${sched ? `with the ${sched} scheduler` : 'with no scheduler set above this line'} keepalived reports it ("only applies to sh scheduler") and ignores it. Remove it.`,
          };
        } else if ((kw === 'sorry_server_inhibit' || kw === 'sorry_server_lvs_method') && !sorrySeen) {
          f = {
            span: c.keyword.span,
            message: `'${kw}' applies to the sorry_server, but none is defined above this line: keepalived ignores it. Move it after \`sorry_server\`.`,
          };
        } else if (kw === 'ops' && live && byAddress && vs.protocol !== 'UDP' && vs.protocol !== undefined) {
          f = {
            span: c.keyword.span,
            message: `One-packet scheduling only works for UDP, and this service is ${vs.protocol}: keepalived turns 'ops' off. Remove it.`,
          };
        } else if (kw === 'ha_suspend' && live && fwmark) {
          f = {
            span: c.keyword.span,
            message: "A fwmark service has no address whose presence could suspend its checkers: keepalived turns 'ha_suspend' off. Remove it.",
          };
        }
        if (f) yield f;
      }
      const inhibit = sorryInhibit(vs);
      if (inhibit) yield inhibit;
    }
  },
};
