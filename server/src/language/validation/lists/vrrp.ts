/** vrrp rules. */
import type { Rule } from '../rule';

export const vrrpRules: readonly Rule[] = [];
