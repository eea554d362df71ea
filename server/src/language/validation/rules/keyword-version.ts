import { statementsWithDef } from '../../syntax/ast';
import type { Rule } from '../rule';

/** `2.2.7` → [2, 2, 7]; undefined when it is not a version. */
function parts(v: string): [number, number, number] | undefined {
  const m = /^(\d+)\.(\d+)(?:\.(\d+))?/.exec(v.trim());
  return m ? [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)] : undefined;
}

/** Is version `a` newer than `b`? */
export function newer(a: string, b: string): boolean {
  const x = parts(a);
  const y = parts(b);
  if (!x || !y) return false;
  return x[0] !== y[0] ? x[0] > y[0] : x[1] !== y[1] ? x[1] > y[1] : x[2] > y[2];
}

/** A keyword added after the keepalived version the target hosts run (when that version is set). */
export const keywordVersion: Rule = {
  id: 'keyword-version',
  severity: 'warning',
  title: 'A keyword newer than the keepalived version of the target hosts (`keepalived.version` / `--keepalived-version`).',
  keepalived: 'An older keepalived reports "Unknown keyword \'x\'" and ignores the line.',
  example: 'auth_hmac { ... }   # with keepalived.version 2.2.7 (auth_hmac arrived in 2.4.0)',
  fix: 'Remove the line for the older hosts, or upgrade keepalived there.',
  *check({ model, options }) {
    const target = options.keepalivedVersion;
    if (!target) return;
    for (const s of statementsWithDef(model.parsed.statements, (def) => def?.since !== undefined)) {
      const since = s.def?.since;
      if (!since || !newer(since, target)) continue;
      yield {
        span: s.keyword.span,
        message: `'${s.keyword.value}' arrived in keepalived ${since}; keepalived ${target} does not know it: it reports "Unknown keyword" and ignores this line${s.def?.opens || s.def?.values ? ' (and its block)' : ''}.`,
        data: { remove: true },
      };
    }
  },
};
