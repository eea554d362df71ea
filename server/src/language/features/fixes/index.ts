/**
 * The quick-fix list: one provider per diagnostic code (or a few related codes), keyed by the
 * same code the rule emits. Adding a fix = a provider here and a test in test/unit/fixes*.test.ts
 * that applies it and validates again.
 */
import { extraCloseBraceFix, missingCloseBraceFix } from './braces';
import { addressSuffixFix, authTypeFix, lvsMethodFix, lvsSchedulerFix, routeDeprecatedFix } from './generic';
import { interfaceMissingFix, ruleNoPreferenceFix, trackerWeightOwnerFix } from './lines';
import { argumentExtraFix, deprecatedKeywordFix, unknownKeywordFix, wrongBlockFix } from './keywords';
import { scriptSecurityFix, undefinedReferenceFix, unusedScriptFix } from './references';
import { authPassLengthFix, midWordCommentFix, valueFix, wordValueFix } from './values';
import { nopreemptMasterFix, preemptDelayMasterFix, unicastSelfPeerFix, vipFamilyMixedFix, vipPrefixFix, vridDuplicateFix } from './vrrp';
import type { CodeFix, FixProvider } from './types';

export const fixProviders: readonly FixProvider[] = [
  unknownKeywordFix,
  wrongBlockFix,
  deprecatedKeywordFix,
  argumentExtraFix,
  valueFix,
  wordValueFix,
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
  lvsMethodFix,
  authTypeFix,
  addressSuffixFix,
];

const byCode = new Map<string, FixProvider>();
for (const p of fixProviders) {
  if (p.safe === 'some' && !p.safeWhen) throw new Error(`fixes: ${p.codes.join(', ')} marks some fixes safe without saying when`);
  for (const c of p.codes) {
    if (byCode.has(c)) throw new Error(`fixes: two providers for ${c}`);
    byCode.set(c, p);
  }
}

export function fixProvider(code: string): FixProvider | undefined {
  return byCode.get(code);
}

/** Is this fix of `code` safe to apply unattended (keepalived-lint --fix)? See FixProvider.safe. */
export function isSafe(code: string, fix: CodeFix): boolean {
  const p = byCode.get(code);
  if (!p?.safe) return false;
  return p.safe === true ? fix.safe !== false : fix.safe === true;
}

/** The providers with safe fixes, for the docs: their codes and when their fixes are safe. */
export function safeFixKinds(): { codes: readonly string[]; when?: string }[] {
  return fixProviders.filter((p) => p.safe).map((p) => ({ codes: p.codes, when: p.safe === true ? undefined : p.safeWhen }));
}

/** Every code that has a quick fix. */
export function fixableCodes(): string[] {
  return [...byCode.keys()];
}

export type { CodeFix, FixContext, FixProvider, TextEdit } from './types';
