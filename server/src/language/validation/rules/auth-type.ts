import { statementsNamed } from '../../syntax/ast';
import type { Rule } from '../rule';

/** auth_type is exactly PASS or AH (case-sensitive). */
export const authType: Rule = {
  id: 'auth-type',
  severity: 'warning',
  title: 'An auth_type other than PASS or AH (case-sensitive), e.g. `PASS;` or `pass`.',
  keepalived: 'Reports "unknown authentication type" and sends adverts without authentication, which peers using PASS or AH reject.',
  example: 'auth_type PASS;',
  fix: 'Write PASS or AH in upper case, nothing after it.',
  *check({ model }) {
    for (const s of statementsNamed(model.parsed.statements, 'auth_type')) {
      const w = s.args[0];
      if (s.isValue || s.keyword.value !== 'auth_type' || s.blockId !== 'authentication' || !w) continue;
      if (w.value === 'PASS' || w.value === 'AH') continue;
      const cleaned = w.value.toUpperCase().replace(/[^A-Z]/g, '');
      const meant = cleaned === 'PASS' || cleaned === 'AH' ? cleaned : undefined;
      yield {
        span: w.span,
        message:
          `'${w.value}' is not an authentication type keepalived knows: it ignores the line, so this node sends adverts without authentication and nodes that use a password drop them (both may become MASTER). ` +
          (meant ? `Write '${meant}' (upper case, no punctuation).` : 'Write PASS or AH (upper case).'),
        data: meant ? { replacement: meant } : undefined,
      };
    }
  },
};
