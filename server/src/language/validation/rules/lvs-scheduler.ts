import { liveRealServers, lvsModel, schedulers } from '../../analysis/lvs';
import { nearest } from '../../analysis/suggest';
import type { Rule } from '../rule';
import { spanOfWords } from '../support';

/** lb_algo / lvs_sched naming no IPVS scheduler keepalived knows, or a virtual server with none. */
export const lvsScheduler: Rule = {
  id: 'lvs-scheduler',
  severity: 'warning',
  title: 'An `lb_algo`/`lvs_sched` that is not a scheduler keepalived knows (names are case-sensitive), or a virtual server without one.',
  keepalived: 'Reports "Invalid lvs_scheduler \'x\' - ignoring"; a virtual server left without a scheduler gets "no scheduler set, setting default \'wlc\'".',
  example: 'lb_algo loadbalance',
  fix: 'Use a scheduler name in lower case: rr, wrr, lc, wlc, sh...',
  *check({ model }) {
    const names = schedulers();
    for (const vs of lvsModel(model).virtualServers) {
      if (vs.invalid) continue;
      for (const line of vs.schedulerLines) {
        const w = line.args[0];
        if (!w || names.includes(w.value)) continue;
        const ci = names.find((n) => n === w.value.toLowerCase());
        const suggestion = ci ?? nearest(w.value, names);
        const after = vs.scheduler ? `keeps '${vs.scheduler}'` : "and, with no valid scheduler, uses 'wlc'";
        yield {
          span: w.span,
          message: `'${w.value}' is not an IPVS scheduler keepalived knows${ci ? ` (scheduler names are lower case: '${ci}')` : ''}: it ignores this line ${after}. Use one of ${names.join(', ')}.${suggestion && !ci ? ` Did you mean '${suggestion}'?` : ''}`,
          data: suggestion ? { replacement: suggestion } : undefined,
        };
      }
      if (vs.schedulerLines.length === 0 && liveRealServers(vs).length > 0) {
        yield {
          span: spanOfWords(vs.stmt.keyword, vs.stmt.args[vs.stmt.args.length - 1] ?? vs.stmt.keyword),
          message: "This virtual server sets no scheduler: keepalived uses 'wlc' and reports it. Add `lvs_sched <name>` (e.g. rr, wrr, lc, wlc, sh).",
          data: { add: 'lvs_sched' },
        };
      }
    }
  },
};
