/** cluster rules. */
import type { Rule } from '../rule';

export const clusterRules: readonly Rule[] = [];
