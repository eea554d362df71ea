import { closingSpan } from '../../analysis/blocks';
import { statementsNamed } from '../../syntax/ast';
import type { Rule } from '../rule';

/** FILE_CHECK without track_file, BFD_CHECK without name. */
const NEEDS: Record<string, { keyword: string; what: string }> = {
  FILE_CHECK: { keyword: 'track_file', what: '`track_file <name>`' },
  BFD_CHECK: { keyword: 'name', what: '`name <bfd_instance>`' },
};

export const checkerIncomplete: Rule = {
  id: 'checker-incomplete',
  severity: 'warning',
  title: 'A FILE_CHECK without `track_file`, or a BFD_CHECK without `name`.',
  keepalived: 'Reports "FILE_CHECK has no track_file specified - ignoring" / "No name has been specified for BFD_CHECKER - skipping" and drops the checker.',
  example: 'FILE_CHECK { weight 5 }',
  fix: 'Add `track_file <name>` / `name <bfd_instance>`.',
  *check({ model }) {
    for (const s of statementsNamed(model.parsed.statements, ...Object.keys(NEEDS))) {
      const need = NEEDS[s.keyword.value];
      if (s.isValue || !s.def || !need) continue;
      if ((s.body?.statements ?? []).some((c) => !c.isValue && c.keyword.value === need.keyword && c.args.length > 0)) continue;
      yield {
        span: closingSpan(s),
        message: `This ${s.keyword.value} does not say what to follow: keepalived drops the checker. Add ${need.what}.`,
        related: [{ span: s.keyword.span, message: `${s.keyword.value} starts here` }],
      };
    }
  },
};
