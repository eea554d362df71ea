/** Rules about keywords, blocks and argument shapes, driven by the catalogue. */
import type { Rule } from '../rule';
import { addressSuffixIgnored } from '../rules/address-suffix-ignored';
import { argumentExtra } from '../rules/argument-extra';
import { argumentMissing } from '../rules/argument-missing';
import { argumentValue } from '../rules/argument-value';
import { deprecatedKeyword } from '../rules/deprecated-keyword';
import { duplicateKeyword } from '../rules/duplicate-keyword';
import { emptyBlock } from '../rules/empty-block';
import { keywordVersion } from '../rules/keyword-version';
import { midWordComment } from '../rules/mid-word-comment';
import { randomParameters } from '../rules/random-parameters';
import { unknownKeyword } from '../rules/unknown-keyword';
import { wrongBlock } from '../rules/wrong-block';

export const structureRules: readonly Rule[] = [
  unknownKeyword,
  wrongBlock,
  argumentMissing,
  argumentExtra,
  argumentValue,
  addressSuffixIgnored,
  duplicateKeyword,
  emptyBlock,
  deprecatedKeyword,
  midWordComment,
  randomParameters,
  keywordVersion,
];
