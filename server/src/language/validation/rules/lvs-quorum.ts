import { liveRealServers, lvsModel } from '../../analysis/lvs';
import { intOrUndefined } from '../../analysis/values';
import { children } from '../../syntax/ast';
import type { Rule } from '../rule';

/** quorum above the real servers' total weight, or hysteresis not below the quorum. */
export const lvsQuorum: Rule = {
  id: 'lvs-quorum',
  severity: 'warning',
  title: '`quorum` larger than the total weight of the real servers, or `hysteresis` not smaller than the quorum.',
  keepalived:
    'Reports "quorum N ... exceeds total weight of real servers M, reducing quorum to M" / "hysteresis H >= quorum Q; setting hysteresis to Q-1" and lowers the value.',
  example: 'quorum 5   # two real servers of weight 1',
  fix: 'Keep quorum ≤ the sum of the real server weights and hysteresis < quorum.',
  *check({ model }) {
    for (const vs of lvsModel(model).virtualServers) {
      if (vs.invalid) continue;
      const live = liveRealServers(vs);
      if (live.length === 0) continue;
      const last = (kw: string) =>
        children(vs.stmt, kw)
          .filter((c) => c.def)
          .pop();
      const vsWeight = intOrUndefined(last('weight')?.args[0]?.value, 1, 2147483647) ?? 1;
      const total = live.reduce((sum, rs) => sum + (intOrUndefined(children(rs.stmt, 'weight').pop()?.args[0]?.value, 0, 2147483647) ?? vsWeight), 0);
      const qLine = last('quorum');
      let quorum = intOrUndefined(qLine?.args[0]?.value, 1, 4294967295) ?? 1;
      if (qLine?.args[0] && quorum > total) {
        yield {
          span: qLine.args[0].span,
          message: `quorum ${quorum} is more than the total weight of the real servers (${total}): the service could never come up, so keepalived lowers the quorum to ${total}. Use at most ${total}.`,
          data: { replacement: String(total) },
        };
        quorum = total;
      }
      const hLine = last('hysteresis');
      const hysteresis = intOrUndefined(hLine?.args[0]?.value, 0, 4294967295) ?? 0;
      if (hLine?.args[0] && hysteresis >= quorum) {
        yield {
          span: hLine.args[0].span,
          message: `hysteresis ${hysteresis} is not below the quorum ${quorum}: keepalived sets it to ${quorum - 1}. Keep hysteresis smaller than the quorum.`,
          data: { replacement: String(Math.max(0, quorum - 1)) },
        };
      }
    }
  },
};
