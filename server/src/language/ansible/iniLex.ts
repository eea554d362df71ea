/**
 * Lexical helpers for Ansible's INI inventory: host lines are split like Python's
 * `shlex.split(line, comments=True)` (POSIX quoting, `#` ends the line outside quotes), and host
 * patterns expand `[01:03]` / `[a:c]` / `[1:9:2]` ranges like `expand_hostname_range`.
 */

export interface LexToken {
  /** The token after quote removal. */
  readonly text: string;
  /** Offsets in the line (raw text, quotes included). */
  readonly start: number;
  readonly end: number;
  /** For every character of `text`, its offset in the line (to place `key=value` values). */
  readonly offsets: readonly number[];
}

export type LexResult = { readonly tokens: LexToken[] } | { readonly error: string; readonly at: number };

const WS = /\s/;

export function shlexSplit(line: string): LexResult {
  const tokens: LexToken[] = [];
  let i = 0;
  while (i < line.length) {
    while (i < line.length && WS.test(line.charAt(i))) i++;
    if (i >= line.length || line[i] === '#') break;
    const start = i;
    let text = '';
    const offsets: number[] = [];
    let ended = false;
    while (i < line.length && !WS.test(line.charAt(i))) {
      const ch = line[i];
      if (ch === '#') {
        ended = true;
        break;
      }
      if (ch === "'" || ch === '"') {
        const q = ch;
        const open = i;
        i++;
        while (i < line.length && line[i] !== q) {
          if (q === '"' && line[i] === '\\' && i + 1 < line.length && '\\"$`'.includes(line.charAt(i + 1))) i++;
          text += line[i];
          offsets.push(i);
          i++;
        }
        if (i >= line.length) return { error: 'No closing quotation', at: open };
        i++;
        continue;
      }
      if (ch === '\\' && i + 1 < line.length) i++;
      text += line[i];
      offsets.push(i);
      i++;
    }
    tokens.push({ text, start, end: i, offsets });
    if (ended) break;
  }
  return { tokens };
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** Expand the first `[beg:end(:step)]` of a host pattern, recursively. Throws with Ansible's words on a bad range. */
export function expandHostRange(pattern: string): string[] {
  const open = pattern.indexOf('[');
  if (open < 0) return [pattern];
  const close = pattern.indexOf(']', open);
  if (close < 0) throw new Error(`host range in '${pattern}' is missing its closing ']'`);
  const head = pattern.slice(0, open);
  const tail = pattern.slice(close + 1);
  const bounds = pattern.slice(open + 1, close).split(':');
  if (bounds.length !== 2 && bounds.length !== 3) throw new Error('host range must be begin:end or begin:end:step');
  const beg = bounds[0] || '0';
  const end = bounds[1];
  const step = bounds.length === 3 ? Number(bounds[2]) : 1;
  if (!end) throw new Error('host range must specify end value');
  if (!Number.isInteger(step) || step <= 0) throw new Error('host range step must be a positive integer');
  let fill = (x: string | number): string => String(x);
  if (beg[0] === '0' && beg.length > 1) {
    if (beg.length !== end.length) throw new Error('host range must specify equal-length begin and end formats');
    fill = (x) => String(x).padStart(beg.length, '0');
  }
  let seq: (string | number)[];
  const ib = LETTERS.indexOf(beg);
  const ie = LETTERS.indexOf(end);
  if (beg.length === 1 && end.length === 1 && ib >= 0 && ie >= 0) {
    if (ib > ie) throw new Error('host range must have begin <= end');
    seq = [];
    for (let k = ib; k <= ie; k += step) seq.push(LETTERS.charAt(k));
  } else {
    if (!/^\d+$/.test(beg) || !/^\d+$/.test(end)) throw new Error(`host range [${bounds.join(':')}] is neither numeric nor alphabetic`);
    seq = [];
    const b = parseInt(beg, 10);
    const e = parseInt(end, 10);
    if (e - b > 100000) throw new Error('host range is too large');
    for (let k = b; k <= e; k += step) seq.push(k);
  }
  const out: string[] = [];
  for (const r of seq) {
    const name = head + fill(r) + tail;
    if (name.includes('[')) out.push(...expandHostRange(name));
    else out.push(name);
  }
  return out;
}

/** `host:port` → host (the port is a connection detail); IPv6 literals (several colons) stay whole. */
export function stripPort(pattern: string): string {
  const m = /^([^:]+):(\d+)$/.exec(pattern);
  return m?.[1] ?? pattern;
}
