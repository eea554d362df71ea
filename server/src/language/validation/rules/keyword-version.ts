import type { KeywordDef } from '../../catalogue/types';
import { atOrBefore, unknownIn } from '../../catalogue/version';
import { statementsWithDef, type Statement } from '../../syntax/ast';
import type { Finding, Rule } from '../rule';

/** Does the keyword (or one of its number arguments) depend on the keepalived version? */
const versioned = (def: KeywordDef | undefined): boolean =>
  def !== undefined &&
  (def.since !== undefined || def.absentIn !== undefined || (def.args ?? []).some((a) => a.type.kind === 'number' && a.type.wholeIn !== undefined));

/** Number arguments written with a fraction where the target reads whole numbers only. */
function* fractions(s: Statement, target: string): Generator<Finding> {
  const args = s.def?.args ?? [];
  for (let i = 0; i < args.length && i < s.args.length; i++) {
    const t = args[i]!.type;
    const w = s.args[i]!;
    if (t.kind !== 'number' || !t.wholeIn || !atOrBefore(target, t.wholeIn) || !/^\d*\.\d+$|^\d+\.\d*$/.test(w.value)) continue;
    yield {
      span: w.span,
      message: `keepalived ${target} reads '${s.keyword.value}' in whole ${t.unit ?? 'seconds'} only: it reports '${w.value}' as invalid and ignores this line (newer versions read fractions). Write a whole number.`,
    };
  }
}

/** A keyword (or a form of its value) newer than the keepalived version the target hosts run (when that version is set). */
export const keywordVersion: Rule = {
  id: 'keyword-version',
  severity: 'warning',
  title: 'A keyword (or a form of its value) newer than the keepalived version of the target hosts (`keepalived.version` / `--keepalived-version`).',
  keepalived: 'An older keepalived reports "Unknown keyword \'x\'" and ignores the line; a value form it cannot read is reported and the line ignored.',
  example: 'auth_hmac { ... }   # with keepalived.version 2.2.7 (auth_hmac arrived in 2.4.0)',
  fix: 'Remove the line for the older hosts, or upgrade keepalived there.',
  *check({ model, options }) {
    const target = options.keepalivedVersion;
    if (!target) return;
    for (const s of statementsWithDef(model.parsed.statements, versioned)) {
      const def = s.def;
      if (!def) continue;
      const why = unknownIn(def, target);
      if (!why) {
        yield* fractions(s, target);
        continue;
      }
      yield {
        span: s.keyword.span,
        message: `'${s.keyword.value}' ${why}; keepalived ${target} does not know it: it reports "Unknown keyword" and ignores this line${def.opens || def.values ? ' (and its block)' : ''}.`,
        data: { remove: true },
      };
    }
  },
};
