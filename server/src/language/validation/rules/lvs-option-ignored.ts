import { liveRealServers, lvsModel, schedulers } from '../../analysis/lvs';
import type { Finding, Rule } from '../rule';

const HASH_FLAGS: Record<string, string> = { 'sh-port': 'sh', 'sh-fallback': 'sh', 'mh-port': 'mh', 'mh-fallback': 'mh' };

/** Virtual server options keepalived drops because of where or with what they are used. */
export const lvsOptionIgnored: Rule = {
  id: 'lvs-option-ignored',
  severity: 'warning',
  title:
    'A virtual_server option keepalived ignores here: sh-/mh- flags without that scheduler set above them, `ops` on a TCP/SCTP service, `ha_suspend` with fwmarks, sorry_server options before `sorry_server`.',
  keepalived:
    'Reports "sh-port only applies to sh scheduler - ignoring", "one packet scheduling requires UDP - resetting", "cannot use ha_suspend with fwmarks - clearing", "sorry_server ... used without sorry_server" and drops the option.',
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
    }
  },
};
