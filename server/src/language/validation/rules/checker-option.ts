import { closingSpan } from '../../analysis/blocks';
import { readInteger, strtoul } from '../../analysis/values';
import { childrenOf, statementsNamed, type Statement } from '../../syntax/ast';
import type { Finding, Rule } from '../rule';

/** PCRE2 option names keepalived's regex_options knows (check_http.c regex_options[]); it skips other words. */
const REGEX_OPTIONS = new Set([
  'allow_empty_class',
  'alt_bsux',
  'auto_callout',
  'caseless',
  'dollar_endonly',
  'dotall',
  'dupnames',
  'extended',
  'firstline',
  'match_unset_backref',
  'multiline',
  'never_ucp',
  'never_utf',
  'no_auto_capture',
  'no_auto_possess',
  'no_dotstar_anchor',
  'no_start_optimize',
  'ucp',
  'ungreedy',
  'utf',
  'never_backslash_c',
  'alt_circumflex',
  'alt_verbnames',
  'use_offset_limit',
]);

const ULONG_MAX = (1n << 64n) - 1n;

/** A number as check_http.c reads regex offsets and stack sizes (strtoul, base 10, nothing after it), or undefined. */
function ulong(word: string): bigint | undefined {
  const r = strtoul(word, 10);
  return r.end === word.length ? r.value : undefined;
}

/** What the regex lines of one url set, in the order keepalived reads them (check_http.c). */
interface RegexState {
  pattern: boolean;
  /** The lines that set something only a regex uses (options it knows, no_match, offsets, stack). */
  readonly needsPattern: Statement[];
  min: { stmt: Statement; value: bigint } | undefined;
  /** regex_max_offset as keepalived keeps it: one beyond the written value (0: none). */
  max: { stmt: Statement; value: bigint } | undefined;
}

/** regex_min_offset / regex_max_offset: exactly one number (regex_offset_handler); a refused line sets 0. */
function* offsetLine(s: Statement, st: RegexState): Generator<Finding> {
  const which = s.keyword.value === 'regex_min_offset' ? 'min' : 'max';
  let value = 0n;
  if (s.args.length !== 1) {
    yield {
      span: s.span,
      message: `'${s.keyword.value}' takes exactly one number, the offset in bytes: keepalived logs it when it starts and uses 0${which === 'max' ? ' (a last offset of 0)' : ''}.`,
    };
  } else {
    const v = ulong(s.args[0]!.value);
    if (v === undefined)
      yield {
        span: s.args[0]!.span,
        message: `'${s.args[0]!.value}' is not an offset in bytes: keepalived logs it when it starts and uses 0${which === 'max' ? ' (a last offset of 0)' : ''}. Write a whole number.`,
      };
    else value = v;
  }
  if (which === 'min') {
    st.min = value ? { stmt: s, value } : undefined;
    if (value) st.needsPattern.push(s);
  } else {
    const kept = (value + 1n) & ULONG_MAX;
    st.max = kept ? { stmt: s, value: kept } : undefined;
    if (kept) st.needsPattern.push(s);
  }
}

/** regex_stack: a start and a maximum size, the start not above the maximum (regex_stack_handler); a refused line sets nothing. */
function* stackLine(s: Statement, st: RegexState): Generator<Finding> {
  const [a, b] = s.args;
  if (s.args.length !== 2 || !a || !b) {
    yield {
      span: s.span,
      message: "'regex_stack' takes two numbers, the start and the maximum stack size in bytes: keepalived logs it when it starts and ignores the line.",
    };
    return;
  }
  const start = ulong(a.value);
  const max = ulong(b.value);
  if (start === undefined || max === undefined) {
    const w = start === undefined ? a : b;
    yield {
      span: w.span,
      message: `'${w.value}' is not a size in bytes: keepalived logs it when it starts and ignores the regex_stack line. Write a whole number.`,
    };
    return;
  }
  if (start > max) {
    yield {
      span: s.span,
      message: `The regex stack start size ${a.value} is above its maximum ${b.value}: keepalived logs it when it starts and ignores the line. Swap them.`,
    };
    return;
  }
  st.needsPattern.push(s);
}

/** The regex lines of one HTTP_GET / SSL_GET url block (check_http.c, url_check at its end). */
function* urlRegex(url: Statement): Generator<Finding> {
  const st: RegexState = { pattern: false, needsPattern: [], min: undefined, max: undefined };
  let hasPath = false;
  for (const c of childrenOf(url)) {
    if (c.isValue || !c.def) continue;
    const kw = c.keyword.value;
    if (kw === 'path' && c.args.length > 0) hasPath = true;
    else if (kw === 'regex' && c.args.length > 0) st.pattern = true;
    else if (kw === 'regex_no_match') st.needsPattern.push(c);
    else if (kw === 'regex_options' && c.args.some((w) => REGEX_OPTIONS.has(w.value))) st.needsPattern.push(c);
    else if (kw === 'regex_min_offset' || kw === 'regex_max_offset') yield* offsetLine(c, st);
    else if (kw === 'regex_stack') yield* stackLine(c, st);
  }
  // a url without a path is dropped before its regex settings are looked at (checker-no-url)
  if (!hasPath) return;
  if (!st.pattern && st.needsPattern.length > 0) {
    for (const s of st.needsPattern)
      yield {
        span: s.keyword.span,
        message: `'${s.keyword.value}' tunes a regex test, but this url has no \`regex\`: keepalived logs it when it starts and ignores the regex settings. Add \`regex "<pattern>"\` or remove the line.`,
      };
    return;
  }
  if (st.max && st.min && st.min.value >= st.max.value) {
    yield {
      span: st.min.stmt.span,
      message: `regex_min_offset ${st.min.value} is not below regex_max_offset ${st.max.value - 1n}: keepalived logs it when it starts and ignores both offsets, so the whole body is searched. Make the minimum smaller than the maximum.`,
      related: [{ span: st.max.stmt.span, message: 'the regex_max_offset' }],
    };
  }
}

/** UDP_CHECK: min_reply_length above max_reply_length (255 unless given), checked at the block's end. */
function udpLengths(block: Statement): Finding | undefined {
  let min = 0;
  let max = 255;
  let maxGiven = false;
  for (const c of childrenOf(block)) {
    if (c.isValue || !c.def || !c.args[0]) continue;
    const r = readInteger(c.args[0].value, 0, 65535);
    if (!r.ok) continue;
    if (c.keyword.value === 'min_reply_length') min = r.value;
    else if (c.keyword.value === 'max_reply_length') {
      max = r.value;
      maxGiven = true;
    }
  }
  if (min <= max) return undefined;
  return {
    span: closingSpan(block),
    message: `min_reply_length ${min} is above max_reply_length ${max}${maxGiven ? '' : ' (the default)'}: no reply can be both, so keepalived reports it and the check always fails. ${maxGiven ? 'Lower min_reply_length or raise max_reply_length' : 'Set max_reply_length (up to 65535) or lower min_reply_length'}.`,
    related: [{ span: block.keyword.span, message: 'UDP_CHECK starts here' }],
  };
}

/** Checker options keepalived ignores, or that make a check always fail. */
export const checkerOption: Rule = {
  id: 'checker-option',
  severity: 'warning',
  title:
    "A health checker option keepalived ignores or that makes the check fail: an HTTP_GET/SSL_GET url's regex settings without `regex`, a malformed regex offset or stack size, a minimum offset not below the maximum; a UDP_CHECK min_reply_length above max_reply_length.",
  keepalived:
    'Logs "regex parameters specified without regex", "Invalid regex_min_offset", "regex_stack requires start and max values", "regex min offset > regex_max_offset - ignoring" when it starts (not with -t) and ignores them; reports "UDP_CHECK min_reply length > max_reply_length - will always fail".',
  example: 'url { path / regex_no_match }',
  fix: 'Add the missing `regex`, correct or remove the option; give max_reply_length with a large min_reply_length.',
  *check({ model }) {
    for (const s of statementsNamed(model.parsed.statements, 'url', 'UDP_CHECK')) {
      if (s.isValue || !s.def || !s.body) continue;
      if (s.keyword.value === 'url') yield* urlRegex(s);
      else {
        const f = udpLengths(s);
        if (f) yield f;
      }
    }
  },
};
