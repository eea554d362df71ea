import { processOf, references, type Process } from '../../analysis/resolve';
import type { Rule } from '../rule';

const NAMES: Record<Process, string> = { vrrp: 'VRRP', checker: 'checker (LVS)' };

/** A top-level block that the keepalived process owning it never reads. */
export const blockSwallowed: Rule = {
  id: 'block-swallowed',
  severity: 'warning',
  title: 'A top-level block that keepalived never reads, because the brace-counted skip of an earlier block with a stray `{` runs over it.',
  keepalived:
    'Each process skips the blocks it does not own by counting braces; a `{` after an unknown keyword inside such a block makes the skip run past its end, so the blocks after it silently do not exist (only the stray `}` is reported).',
  example: 'global_defs { vrrp_script chk { ... } }   vrrp_instance VI_1 { ... }',
  fix: 'Remove the stray `{` (move blocks that do not belong in global_defs out of it) so that the braces balance.',
  *check({ model }) {
    const refs = references(model);
    for (const s of model.parsed.statements) {
      if (!s.def) continue;
      const process = processOf(s);
      const by = refs.hiddenBy(s, process);
      if (!by) continue;
      const name = s.args[0] ? ` ${s.args[0].value}` : '';
      yield {
        span: s.keyword.span,
        message: `keepalived's ${NAMES[process]} process never reads this ${s.keyword.value}${name}: it skips the ${by.keyword.value} block above by counting braces, and a '{' that keepalived ignores inside it (after an unknown keyword) makes the skip run over this block. Fix the braces of ${by.keyword.value}.`,
        related: [{ span: by.keyword.span, message: `the ${by.keyword.value} block whose skip swallows it` }],
      };
    }
  },
};
