import { readBool } from '../../analysis/values';
import { statementsIn } from '../../syntax/ast';
import type { Rule } from '../rule';
import { spanOfWords } from '../support';

/** Virtual-server-level flags whose handler switches them on whatever follows. */
const FLAGS = new Set(['alpha', 'inhibit_on_failure', 'omega', 'ha_suspend']);

/** `alpha no` / `inhibit_on_failure off` at virtual_server level: still switched ON. */
export const alphaArgument: Rule = {
  id: 'alpha-argument',
  severity: 'warning',
  title: '`alpha`, `inhibit_on_failure`, `omega` or `ha_suspend` with off/no/false at virtual_server level: the flag is switched ON.',
  keepalived: 'Takes no value there: it ignores the word without a message and turns the option on (only real servers and checkers read on/off).',
  example: 'alpha no   # in virtual_server',
  fix: 'Remove the line (or set it per real_server).',
  *check({ model }) {
    for (const s of statementsIn(model.parsed.statements, 'virtual_server')) {
      if (s.isValue || s.blockId !== 'virtual_server' || !FLAGS.has(s.keyword.value) || !s.def) continue;
      const w = s.args[0];
      if (!w || readBool(w.value) !== false) continue;
      yield {
        span: spanOfWords(s.keyword, s.args[s.args.length - 1]),
        message: `At virtual_server level '${s.keyword.value}' takes no value: keepalived ignores '${w.value}' and switches ${s.keyword.value} ON. Remove the line to leave it off${s.keyword.value === 'alpha' || s.keyword.value === 'inhibit_on_failure' ? ` (or set \`${s.keyword.value} ${w.value}\` in each real_server)` : ''}.`,
        data: { remove: true },
      };
    }
  },
};
