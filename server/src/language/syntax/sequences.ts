/**
 * `~SEQ(var, start, step, end) text`, `~SEQx(...)` and `~LST(var, v1, v2...) text` line
 * repetition (keepalived's add_seq and its 2.4 list blocks).
 */

export interface Repetition {
  /** The variables set on each round (one for ~SEQ; one or more for ~LST). */
  readonly vars: readonly string[];
  /** One tuple of values per round. */
  readonly rounds: readonly (readonly string[])[];
  /** Index in the line where the repeated text starts. */
  readonly textStart: number;
}

export type RepetitionResult = { readonly ok: Repetition } | { readonly error: string };

/** keepalived caps nothing here; we cap the rounds so a hostile range cannot exhaust memory. */
export const MAX_ROUNDS = 100_000;

function parseLong(s: string): number | undefined {
  const t = s.trim();
  if (!/^[-+]?(0x[0-9a-f]+|0[0-7]*|[1-9][0-9]*)$/i.test(t)) return undefined;
  const neg = t.startsWith('-');
  const body = t.replace(/^[-+]/, '');
  const v = /^0x/i.test(body) ? parseInt(body.slice(2), 16) : body.length > 1 && body.startsWith('0') ? parseInt(body, 8) : parseInt(body, 10);
  return neg ? -v : v;
}

/**
 * Parse the header of a line starting with `~SEQ`, `~SEQx` or `~LST`. `expand` applies
 * `$NAME` substitution to the parameters, as keepalived does for ~SEQ.
 */
export function parseRepetition(line: string, expand: (s: string) => string): RepetitionResult {
  if (line.startsWith('~LST')) return parseList(line, expand);
  let p = 4;
  const hex = line[p] === 'x';
  if (hex) p++;
  while (line[p] === ' ' || line[p] === '\t') p++;
  if (line[p] !== '(') return { error: `expected '(' after ${hex ? '~SEQx' : '~SEQ'}` };
  const close = line.indexOf(')', p);
  if (close < 0) return { error: "missing ')'" };
  const inner = line.slice(p + 1, close);
  const comma = inner.search(/[ \t,]/);
  const v = (comma < 0 ? inner : inner.slice(0, comma)).trim();
  if (!v) return { error: 'missing variable name' };
  const rest = comma < 0 ? '' : inner.slice(comma).replace(/^[ \t]*,?/, '');
  if (rest.trim() === '') return { error: 'missing end value' };
  const nums = expand(rest).split(',').map(parseLong);
  const [a, b, c] = nums;
  if (a === undefined || nums.some((n) => n === undefined) || nums.length > 3) return { error: `invalid ~SEQ values '${rest.trim()}'` };
  let start: number, step: number, end: number;
  if (b === undefined) {
    end = a;
    step = end < 1 ? -1 : 1;
    start = end < 0 ? -1 : 1;
  } else if (c === undefined) {
    start = a;
    end = b;
    step = start <= end ? 1 : -1;
  } else {
    start = a;
    step = b;
    end = c;
    if (step === 0 || (start < end && step < 0) || (start > end && step > 0)) return { error: `invalid ~SEQ values '${rest.trim()}'` };
  }
  if (hex && (start < 0 || end < 0)) return { error: '~SEQx is only valid for positive numbers' };
  const count = Math.floor((end - start) / step) + 1;
  if (count > MAX_ROUNDS) return { error: `~SEQ would produce ${count} lines; more than ${MAX_ROUNDS} are not expanded` };
  const rounds: string[][] = [];
  for (let x = start; step > 0 ? x <= end : x >= end; x += step) rounds.push([hex ? x.toString(16) : String(x)]);
  let textStart = close + 1;
  while (line[textStart] === ' ' || line[textStart] === '\t') textStart++;
  return { ok: { vars: [v], rounds, textStart } };
}

/** Split on commas that are not inside `{...}`. */
function splitTop(s: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (const c of s) {
    if (c === '{') depth++;
    if (c === '}') depth--;
    if (c === ',' && depth === 0) {
      out.push(cur.trim());
      cur = '';
    } else cur += c;
  }
  out.push(cur.trim());
  return out;
}

const unbrace = (s: string): string[] =>
  s.startsWith('{') && s.endsWith('}')
    ? s
        .slice(1, -1)
        .split(',')
        .map((x) => x.trim())
    : [s];

function parseList(line: string, expand: (s: string) => string): RepetitionResult {
  let p = 4;
  while (line[p] === ' ' || line[p] === '\t') p++;
  if (line[p] !== '(') return { error: "expected '(' after ~LST" };
  let depth = 0;
  let close = -1;
  for (let i = p; i < line.length; i++) {
    if (line[i] === '(') depth++;
    if (line[i] === ')' && --depth === 0) {
      close = i;
      break;
    }
  }
  if (close < 0) return { error: "missing ')'" };
  const [varPart, ...valueParts] = splitTop(expand(line.slice(p + 1, close)));
  if (varPart === undefined || valueParts.length === 0) return { error: '~LST needs a variable and at least one value' };
  const vars = unbrace(varPart);
  if (vars.some((v) => !/^[A-Za-z_][A-Za-z0-9_]*$/.test(v))) return { error: `invalid ~LST variable '${varPart}'` };
  const rounds = valueParts.map(unbrace);
  if (rounds.some((r) => r.length !== vars.length)) return { error: `each ~LST value needs ${vars.length} part(s)` };
  let textStart = close + 1;
  while (line[textStart] === ' ' || line[textStart] === '\t') textStart++;
  return { ok: { vars, rounds, textStart } };
}
