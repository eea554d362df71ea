import { readBool } from '../../analysis/values';
import { statementsWithDef } from '../../syntax/ast';
import type { Rule } from '../rule';
import { syntaxOf } from '../../catalogue/syntax';
import { spanOfWords } from '../support';
import { skippedForName } from '../../syntax/toAst';

/** virtual_server flags whose negative value has its own, sharper rule (alpha-argument). */
const FLAGS_WITH_OWN_RULE = new Set(['alpha', 'inhibit_on_failure', 'omega', 'ha_suspend']);

/** Words after a keyword that keepalived never reads (e.g. `nopreempt false`). */
export const argumentExtra: Rule = {
  id: 'argument-extra',
  severity: 'warning',
  title: 'Words after a keyword that keepalived never reads.',
  keepalived:
    'Ignores them silently — `nopreempt false` still sets nopreempt. A vrrp_instance, vrrp_sync_group or track_group line with more than one word is reported as having no name, and the whole block is skipped.',
  example: 'nopreempt false',
  fix: 'Remove the extra words (to undo a flag, remove the keyword).',
  *check({ model }) {
    for (const s of model.parsed.statements) {
      if (s.args.length < 2 || !s.def?.opens || !skippedForName(s.parent, s.keyword.value, s.args.length)) continue;
      const extra = s.args.slice(1);
      yield {
        span: spanOfWords(extra[0]!, extra[extra.length - 1]),
        severity: 'error',
        message: `'${s.keyword.value}' takes exactly one word, its name: with '${extra.map((w) => w.value).join(' ')}' after it keepalived reports that the block has no name and skips all of it.`,
      };
    }
    const list = statementsWithDef(
      model.parsed.statements,
      (def) => !!def && !def.freeform && !def.opens && !def.values && !(def.args ?? []).some((a) => a.repeat),
    );
    for (let i = 0; i < list.length; i++) {
      const s = list[i]!;
      const def = s.def;
      if (!def || def.freeform || def.opens || def.values) continue;
      const args = def.args ?? [];
      if (args.some((a) => a.repeat)) continue;
      if (s.args.length <= args.length) continue;
      // from here on there are more words than arguments: s.args[0] and extra[0] exist
      if (s.blockId === 'virtual_server' && FLAGS_WITH_OWN_RULE.has(s.keyword.value) && readBool(s.args[0]!.value) === false) continue;
      // keepalived drops a BFD_CHECK whose name line has several words (checker-incomplete)
      if (s.blockId === 'BFD_CHECK' && s.keyword.value === 'name') continue;
      const extra = s.args.slice(args.length);
      const ignored = extra.map((w) => w.value).join(' ');
      yield {
        span: spanOfWords(extra[0]!, extra[extra.length - 1]),
        message:
          args.length === 0
            ? `'${s.keyword.value}' takes no value: keepalived ignores '${ignored}' and the keyword still takes effect.`
            : `'${s.keyword.value}' takes ${args.length === 1 ? 'one value' : `${args.length} values`} (\`${syntaxOf(def)}\`): keepalived ignores '${ignored}'.`,
      };
    }
  },
};
