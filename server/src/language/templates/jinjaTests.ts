/**
 * The tests (`x is match('^eth')`, `select('odd')`) of Jinja2 and Ansible that nunjucks lacks or
 * reads otherwise, as Python computes them. nunjucks' own (odd, even, divisibleby, string, mapping,
 * iterable, ...) are kept. A value we cannot know passes none of these.
 */
import { isKwargs, isUnknown, text } from './jinjaUnknown';
import { isFloat, isNumber, isPlainObject, pyEq, pyIn, pyTruth } from './pyTypes';

type Test = (v: unknown, ...args: unknown[]) => boolean;

const flagsOf = (args: unknown[]): string => {
  const kw = args.find(isKwargs) ?? {};
  const [ignorecase, multiline] = [kw.ignorecase ?? args[0], kw.multiline ?? args[1]];
  return `${ignorecase === true ? 'i' : ''}${multiline === true ? 'm' : ''}`;
};

/** Python's `in`: an element of a list, a key of a dict, a substring of a string (a value we cannot know is in nothing). */
const contains = (seq: unknown, x: unknown): boolean => !isUnknown(x) && !isUnknown(seq) && pyIn(x, seq);

/** Ansible's `version` test (loose comparison: numbers compared as numbers, words as words). */
function version(v: unknown, other: unknown, op: unknown = 'eq'): boolean {
  const parts = (s: unknown) =>
    text(s)
      .split(/[.\-+_]/)
      .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
  const a = parts(v);
  const b = parts(other);
  let cmp = 0;
  for (let i = 0; i < Math.max(a.length, b.length) && cmp === 0; i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    if (x !== y) cmp = typeof x === typeof y ? (x < y ? -1 : 1) : typeof x === 'number' ? 1 : -1;
  }
  const ops: Record<string, boolean> = {
    '<': cmp < 0,
    lt: cmp < 0,
    '<=': cmp <= 0,
    le: cmp <= 0,
    '>': cmp > 0,
    gt: cmp > 0,
    '>=': cmp >= 0,
    ge: cmp >= 0,
    '==': cmp === 0,
    '=': cmp === 0,
    eq: cmp === 0,
    '!=': cmp !== 0,
    '<>': cmp !== 0,
    ne: cmp !== 0,
  };
  return ops[text(op)] ?? false;
}

export const TESTS: Record<string, Test> = {
  // Ansible's regex tests: match is anchored at the start, search is not
  match: (v, pattern, ...args) => typeof v === 'string' && new RegExp(`^(?:${text(pattern)})`, flagsOf(args)).test(v),
  search: (v, pattern, ...args) => typeof v === 'string' && new RegExp(text(pattern), flagsOf(args)).test(v),
  regex: (v, pattern, ...args) => {
    const kw = args.find(isKwargs) ?? {};
    const anchored = (kw.match_type ?? args[2]) === 'match';
    return typeof v === 'string' && new RegExp(anchored ? `^(?:${text(pattern)})` : text(pattern), flagsOf(args)).test(v);
  },
  none: (v) => v === null,
  boolean: (v) => typeof v === 'boolean',
  integer: (v) => isNumber(v) && !isFloat(v),
  float: isFloat,
  // Python's bool is a number
  number: (v) => isNumber(v) || typeof v === 'boolean',
  sequence: (v) => typeof v === 'string' || Array.isArray(v) || (typeof v === 'object' && v !== null && isPlainObject(v)),
  mapping: (v) => typeof v === 'object' && v !== null && isPlainObject(v),
  in: (v, seq) => contains(seq, v),
  contains: (seq, x) => contains(seq, x),
  subset: (v, other) => Array.isArray(v) && Array.isArray(other) && v.every((x) => other.includes(x)),
  superset: (v, other) => Array.isArray(v) && Array.isArray(other) && other.every((x) => v.includes(x)),
  version,
  version_compare: version,
  truthy: (v) => pyTruth(v) && !isUnknown(v),
  falsy: (v) => !pyTruth(v),
  '==': (v, x) => pyEq(v, x),
  '!=': (v, x) => !pyEq(v, x),
  '<': (v, x) => (v as number) < (x as number),
  '<=': (v, x) => (v as number) <= (x as number),
  '>': (v, x) => (v as number) > (x as number),
  '>=': (v, x) => (v as number) >= (x as number),
};
for (const name of ['match', 'search', 'regex', 'version']) TESTS[`ansible.builtin.${name}`] = TESTS[name]!;
// Jinja's names of the comparison tests
for (const [alias, name] of Object.entries({ eq: '==', equalto: '==', ne: '!=' })) TESTS[alias] = TESTS[name]!;
