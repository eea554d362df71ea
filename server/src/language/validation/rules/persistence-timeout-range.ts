import { readInteger } from '../../analysis/values';
import { lvsModel } from '../../analysis/lvs';
import type { Rule } from '../rule';

const MAX = 2678400;

/** persistence_timeout outside 1..2678400 (0 does not mean "off"). */
export const persistenceTimeoutRange: Rule = {
  id: 'persistence-timeout-range',
  severity: 'warning',
  title: '`persistence_timeout` that is not a whole number in 1..2678400 (31 days); 0 is rejected, it does not switch persistence off.',
  keepalived: 'Reports "number \'0\' outside range [1, 2678400]" and "persistence_timeout invalid", and ignores the line (the service is not persistent).',
  example: 'persistence_timeout 0',
  fix: 'Use 1..2678400 seconds, or remove the line for no persistence.',
  *check({ model }) {
    for (const vs of lvsModel(model).virtualServers) {
      if (vs.invalid) continue;
      for (const c of vs.stmt.body?.statements ?? []) {
        if (c.isValue || c.keyword.value !== 'persistence_timeout' || !c.def) continue;
        const w = c.args[0];
        if (!w) continue;
        const r = readInteger(w.value, 1, MAX);
        if (r.ok) continue;
        const why = r.reason === 'invalid' ? `'${w.value}' is not a whole number of seconds` : `${w.value} is outside 1..${MAX} seconds`;
        const zero = r.reason !== 'invalid' && r.value === 0;
        yield {
          span: w.span,
          message: `${why}: keepalived reports it and ignores the line, so the service is not persistent.${zero ? ' To switch persistence off, remove the line.' : ''}`,
        };
      }
    }
  },
};
