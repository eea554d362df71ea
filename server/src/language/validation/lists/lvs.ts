/** lvs rules. */
import type { Rule } from '../rule';

export const lvsRules: readonly Rule[] = [];
