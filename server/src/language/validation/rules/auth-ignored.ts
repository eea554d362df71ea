import { authenticationOf } from '../../analysis/authentication';
import type { Rule } from '../rule';

const WHY = {
  strict: 'strict mode (vrrp_strict / strict_mode) does not allow authentication',
  version3: 'VRRPv3 has no authentication',
  'no-password': 'there is no auth_pass',
} as const;

/** An authentication block keepalived drops: VRRPv3, strict mode, or no password. */
export const authIgnored: Rule = {
  id: 'auth-ignored',
  severity: 'warning',
  title: 'An authentication block keepalived ignores: under VRRPv3 (version 3, vrrp_version 3 or an IPv6 instance), in strict mode, or without auth_pass.',
  keepalived:
    'Reports "... does not support authentication. Ignoring." or "Authentication specified but no password given" and sends adverts without authentication.',
  example: 'version 3 … authentication { auth_type PASS … }',
  fix: 'Remove the authentication block (or add auth_pass).',
  *check({ model }) {
    for (const inst of model.instances) {
      if (inst.dropped) continue;
      const auth = authenticationOf(inst);
      if (!auth) continue;
      const kw = auth.block.keyword;
      if (auth.ignored && auth.ignored !== 'ah-ipv6') {
        const why =
          auth.ignored === 'version3'
            ? `${WHY.version3} and ${inst.name} uses version 3 (${inst.last('version') ? 'its version line' : inst.family === 6 ? 'IPv6 instances always do' : 'global vrrp_version 3'})`
            : WHY[auth.ignored];
        yield {
          span: kw.span,
          message: `keepalived ignores this authentication block because ${why}: adverts go out unauthenticated. ${auth.ignored === 'no-password' ? 'Add auth_pass (the same on every node) or remove the block.' : 'Remove the block; with VRRPv3 use auth_hmac (keepalived 2.4+) or protect the network instead.'}`,
          data: auth.ignored === 'no-password' ? undefined : { remove: true },
        };
      } else if (!auth.type && !auth.block.body?.statements.some((c) => !c.isValue && c.keyword.value === 'auth_type') && auth.passWord) {
        // keepalived is silent here: the password is simply never used
        yield {
          span: kw.span,
          message:
            'This authentication block has auth_pass but no auth_type: keepalived silently sends adverts without authentication. Add `auth_type PASS` (on every node) or remove the block.',
          severity: 'information',
          data: { insert: 'auth_type PASS' },
        };
      }
    }
  },
};
