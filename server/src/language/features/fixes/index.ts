/**
 * The quick-fix list: one provider per diagnostic code (or a few related codes), keyed by the
 * same code the rule emits. Adding a fix = a provider here and a test in test/unit/fixes*.test.ts
 * that applies it and validates again.
 */
import { extraCloseBraceFix, missingCloseBraceFix } from './braces';
import { lvsSchedulerFix, routeDeprecatedFix } from './generic';
import { interfaceMissingFix, ruleNoPreferenceFix, trackerWeightOwnerFix } from './lines';
import { argumentExtraFix, deprecatedKeywordFix, unknownKeywordFix, wrongBlockFix } from './keywords';
import { scriptSecurityFix, undefinedReferenceFix, unusedScriptFix } from './references';
import { authPassLengthFix, midWordCommentFix, valueFix } from './values';
import { nopreemptMasterFix, preemptDelayMasterFix, unicastSelfPeerFix, vipFamilyMixedFix, vipPrefixFix, vridDuplicateFix } from './vrrp';
import type { FixProvider } from './types';

export const fixProviders: readonly FixProvider[] = [
  unknownKeywordFix,
  wrongBlockFix,
  deprecatedKeywordFix,
  argumentExtraFix,
  valueFix,
  authPassLengthFix,
  midWordCommentFix,
  undefinedReferenceFix,
  unusedScriptFix,
  scriptSecurityFix,
  vridDuplicateFix,
  nopreemptMasterFix,
  preemptDelayMasterFix,
  vipPrefixFix,
  vipFamilyMixedFix,
  unicastSelfPeerFix,
  interfaceMissingFix,
  trackerWeightOwnerFix,
  ruleNoPreferenceFix,
  missingCloseBraceFix,
  extraCloseBraceFix,
  routeDeprecatedFix,
  lvsSchedulerFix,
];

const byCode = new Map<string, FixProvider>();
for (const p of fixProviders) {
  for (const c of p.codes) {
    if (byCode.has(c)) throw new Error(`fixes: two providers for ${c}`);
    byCode.set(c, p);
  }
}

export function fixProvider(code: string): FixProvider | undefined {
  return byCode.get(code);
}

/** Every code that has a quick fix. */
export function fixableCodes(): string[] {
  return [...byCode.keys()];
}

export type { CodeFix, FixContext, FixProvider, TextEdit } from './types';
