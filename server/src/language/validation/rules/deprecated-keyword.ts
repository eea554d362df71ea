import { statementsWithDef } from '../../syntax/ast';
import type { Rule } from '../rule';

/** An old spelling or a keyword with a modern replacement. */
export const deprecatedKeyword: Rule = {
  id: 'deprecated-keyword',
  severity: 'information',
  title: 'A deprecated keyword, with its replacement.',
  keepalived: 'Accepts it; for some it prints a deprecation warning.',
  example: 'nb_get_retry 3   (in HTTP_GET)',
  fix: 'Use the replacement keyword (quick fix).',
  *check({ model }) {
    for (const s of statementsWithDef(model.parsed.statements, (def) => def?.deprecated !== undefined)) {
      const d = s.def?.deprecated;
      if (!d) continue;
      yield {
        span: s.keyword.span,
        message: `'${s.keyword.value}' is deprecated${d.replacement ? `: use '${d.replacement}' instead` : ''}. ${d.note}`,
        // keepalived's own deprecation messages are warnings; silently accepted old names are hints.
        severity: d.warns ? 'warning' : 'hint',
        data: d.replacement ? { replacement: d.replacement } : undefined,
      };
    }
  },
};
