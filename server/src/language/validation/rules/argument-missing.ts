import { problemsOf, routeModel } from '../../analysis/routes';
import { statementsWithDef } from '../../syntax/ast';
import type { Rule } from '../rule';
import { requiredArgCount, syntaxOf } from '../../catalogue/syntax';
import { skippedForName } from '../../syntax/toAst';

/** A keyword written without the value(s) it needs. */
export const argumentMissing: Rule = {
  id: 'argument-missing',
  severity: 'error',
  title: 'A keyword without a value it requires.',
  keepalived:
    'Most keywords, and route or rule options at the end of their line: "Configuration line ... is missing a parameter" and keepalived exits; others ignore the line.',
  example: 'priority',
  fix: 'Add the value the keyword needs.',
  *check({ model }) {
    const list = statementsWithDef(model.parsed.statements, (def) => !!def?.args && !def.freeform && requiredArgCount(def) > 0);
    for (let i = 0; i < list.length; i++) {
      const s = list[i]!;
      const def = s.def;
      if (!def || !def.args || def.freeform) continue;
      if (s.args.length >= requiredArgCount(def)) continue;
      const missing = def.args
        .filter((a) => !a.optional)
        .slice(s.args.length)
        .map((a) => `<${a.name}>`)
        .join(' ');
      const effect = skippedForName(s.parent, s.keyword.value, s.args.length)
        ? 'keepalived reports that the block has no name and skips all of it'
        : 'keepalived stops reading the configuration (missing parameter) or ignores the line';
      yield {
        span: s.span,
        message: `'${s.keyword.value}' needs ${missing}: write \`${syntaxOf(def)}\`. ${effect}.`,
      };
    }
    // a route or rule line that ends where an option needs its value
    const { routes, rules } = routeModel(model);
    for (const { span, sentence } of problemsOf([...routes, ...rules], ['missing']))
      yield { span, message: `${sentence}: keepalived stops reading the configuration here ("missing a parameter") and does not start.` };
  },
};
