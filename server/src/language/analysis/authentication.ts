/**
 * An instance's authentication block as keepalived 2.2.7 completes it: the type and password it
 * keeps, and why it drops them (vrrp_complete_instance's checks, in their order).
 */
import { childrenOf, type Statement, type Word } from '../syntax/ast';
import type { VrrpInstance } from './vrrp';

/** Why keepalived drops an instance's authentication (its checks in order), or undefined when it uses it. */
export type AuthIgnored = 'strict' | 'version3' | 'no-password' | 'ah-ipv6';

export interface AuthenticationInfo {
  readonly block: Statement;
  /** The auth_type keepalived accepted (exactly `PASS` or `AH`), from the last valid line. */
  readonly type: 'PASS' | 'AH' | undefined;
  readonly typeWord: Word | undefined;
  /** The last auth_pass word. */
  readonly passWord: Word | undefined;
  readonly ignored: AuthIgnored | undefined;
}

/** The instance's authentication as keepalived 2.2.7 completes it (vrrp_complete_instance), or undefined without a block. */
export function authenticationOf(inst: VrrpInstance): AuthenticationInfo | undefined {
  const block = inst.last('authentication');
  if (!block) return undefined;
  let type: 'PASS' | 'AH' | undefined;
  let typeWord: Word | undefined;
  let passWord: Word | undefined;
  const body = childrenOf(block);
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    const w = c.args[0];
    if (c.isValue || !w) continue;
    if (c.keyword.value === 'auth_type' && (w.value === 'PASS' || w.value === 'AH')) {
      type = w.value;
      typeWord = w;
    } else if (c.keyword.value === 'auth_pass') passWord = w;
  }
  let ignored: AuthIgnored | undefined;
  if (type) {
    if (inst.strict) ignored = 'strict';
    else if (inst.version === 3) ignored = 'version3';
    else if (!passWord || passWord.value === '') ignored = 'no-password';
    else if (inst.family === 6 && type === 'AH') ignored = 'ah-ipv6';
  }
  return { block, type, typeWord, passWord, ignored };
}
