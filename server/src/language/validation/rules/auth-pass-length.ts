import { statementsNamed } from '../../syntax/ast';
import type { Rule } from '../rule';

/** VRRPv2 passwords are 8 bytes; keepalived keeps the first 8 characters. */
export const authPassLength: Rule = {
  id: 'auth-pass-length',
  severity: 'warning',
  title: 'An auth_pass longer than 8 characters, which keepalived truncates.',
  keepalived: 'Reports "Truncating auth_pass to 8 characters" and uses only the first 8.',
  example: 'auth_pass 0123456789abcdef',
  fix: 'Use exactly 8 characters on every node.',
  *check({ model }) {
    for (const s of statementsNamed(model.parsed.statements, 'auth_pass')) {
      const w = s.args[0];
      if (s.isValue || s.keyword.value !== 'auth_pass' || s.blockId !== 'authentication' || !w) continue;
      const bytes = new TextEncoder().encode(w.value).length;
      if (bytes <= 8) continue;
      const used = firstBytes(w.value, 8);
      yield {
        span: w.span,
        message:
          `auth_pass has ${bytes} characters but VRRP passwords are 8: keepalived uses only '${used}'. ` +
          'Nodes still agree if they all truncate the same string, but the rest adds no security. Use exactly 8 characters on every node (or drop authentication).',
        data: { truncated: used },
      };
    }
  },
};

/** The whole characters within the first `n` UTF-8 bytes (keepalived cuts at byte 8). */
function firstBytes(s: string, n: number): string {
  let out = '';
  let used = 0;
  for (const ch of s) {
    const len = new TextEncoder().encode(ch).length;
    if (used + len > n) break;
    used += len;
    out += ch;
  }
  return out;
}
