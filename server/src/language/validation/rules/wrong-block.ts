import { blocksAccepting } from '../../catalogue/index';
import { statementsWithDef } from '../../syntax/ast';
import { INCLUDE_VARIANTS } from '../../syntax/includes';
import type { Rule } from '../rule';
import { blockTitle } from '../support';

/** A real keyword in the wrong block (e.g. auth_pass directly in vrrp_instance, vrrp_script inside global_defs). */
export const wrongBlock: Rule = {
  id: 'wrong-block',
  severity: 'warning',
  title: 'A keyword that is valid elsewhere but not in this block; says where it belongs.',
  keepalived: "Reports \"Unknown keyword 'x'\" and ignores the line (and any '{' after it).",
  example: 'auth_pass secret1 directly in vrrp_instance',
  fix: 'Move it into the block it belongs to (quick fix), or remove it.',
  *check({ model }) {
    for (const s of statementsWithDef(model.parsed.statements, (def) => def === undefined)) {
      // an include without a path is unknown-keyword's
      if (s.isValue || s.def || INCLUDE_VARIANTS.has(s.keyword.value)) continue;
      const where = blocksAccepting(s.keyword.value);
      if (where.length === 0) continue;
      const places = where.map(blockTitle);
      const list = places.length > 3 ? `${places.slice(0, 3).join(', ')}...` : places.join(' or ');
      yield {
        span: s.keyword.span,
        message: `'${s.keyword.value}' does not belong in ${blockTitle(s.blockId)} (it belongs in ${list}): keepalived treats it as an unknown keyword and ignores it.`,
        data: { blocks: where },
      };
    }
  },
};
