/** references rules. */
import type { Rule } from '../rule';

export const referencesRules: readonly Rule[] = [];
