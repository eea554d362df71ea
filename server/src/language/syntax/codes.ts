/**
 * The codes the reader and the parser emit themselves, while reading and before any rule runs.
 * Their docs are in validation/syntaxCodes.ts (keyed by this type, so none can be missing) and
 * their fixes in features/fixes name them through these constants.
 */
export const SyntaxCode = {
  unterminatedQuote: 'unterminated-quote',
  lineTooLong: 'line-too-long',
  nulCharacter: 'nul-character',
  missingOpenBrace: 'missing-open-brace',
  missingCloseBrace: 'missing-close-brace',
  extraCloseBrace: 'extra-close-brace',
  unexpectedOpenBrace: 'unexpected-open-brace',
  valueBlockArguments: 'value-block-arguments',
  substitutionOverflow: 'substitution-overflow',
  invalidSequence: 'invalid-sequence',
  includeMissing: 'include-missing',
  includeNoMatch: 'include-no-match',
  includeUnreadable: 'include-unreadable',
  includeCycle: 'include-cycle',
  includeDepth: 'include-depth',
  includeTooMany: 'include-too-many',
} as const;

export type SyntaxCode = (typeof SyntaxCode)[keyof typeof SyntaxCode];
