/**
 * Reading keepalived's C sources for the messages its configuration parsers print: every
 * `report_config_error(...)` / `file_config_error(...)` call and every `log_message(...)` call in a
 * function that reads or checks the configuration, with the format string as keepalived writes
 * it (adjacent literals joined, `PRIu64` and friends turned into their printf letters).
 *
 * Used by the completeness test of the message table (test/lab/keepalived-messages.test.ts) when
 * the keepalived source tree is present (KEEPALIVED_SRC or /work/ksrc/keepalived-2.2.7 beside
 * the clone). Nothing from the sources is copied into the project.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

export interface CallSite {
  /** Path relative to the source tree root, e.g. `keepalived/vrrp/vrrp_parser.c`. */
  readonly file: string;
  readonly line: number;
  readonly fn: string;
  /** `get_uN` = a message handed to get_u8/u16/u32/u64, which print it with report_config_error. */
  readonly call: 'report_config_error' | 'file_config_error' | 'log_message' | 'get_uN';
  /** The format string, or undefined when the argument is not made of literals. */
  readonly format?: string;
  /** The raw text of the format argument (for the ones that are not plain literals). */
  readonly raw: string;
}

/** The files whose messages the table lists. */
export const MESSAGE_FILES = [
  'lib/parser.c',
  'lib/utils.c',
  'lib/notify.c',
  'keepalived/core/global_parser.c',
  'keepalived/core/main.c',
  'keepalived/vrrp/vrrp_parser.c',
  'keepalived/vrrp/vrrp.c',
  'keepalived/vrrp/vrrp_data.c',
  'keepalived/vrrp/vrrp_sync.c',
  'keepalived/vrrp/vrrp_track.c',
  'keepalived/vrrp/vrrp_ipaddress.c',
  'keepalived/vrrp/vrrp_iproute.c',
  'keepalived/vrrp/vrrp_iprule.c',
  'keepalived/vrrp/vrrp_ip_rule_route_parser.c',
  'keepalived/vrrp/vrrp_daemon.c',
  'keepalived/check/check_parser.c',
  'keepalived/check/check_data.c',
  'keepalived/check/check_api.c',
  'keepalived/check/check_http.c',
  'keepalived/check/check_bfd.c',
  'keepalived/check/check_udp.c',
  'keepalived/check/check_misc.c',
  'keepalived/check/check_file.c',
  'keepalived/check/check_dns.c',
  'keepalived/check/check_smtp.c',
  'keepalived/bfd/bfd_parser.c',
  'keepalived/bfd/bfd_data.c',
  'keepalived/trackers/track_file.c',
] as const;

/** Files that only read the configuration: every log_message in them is about it. */
const PARSER_FILES = new Set([
  'lib/parser.c',
  'keepalived/core/global_parser.c',
  'keepalived/vrrp/vrrp_parser.c',
  'keepalived/check/check_parser.c',
  'keepalived/bfd/bfd_parser.c',
  'keepalived/vrrp/vrrp_ip_rule_route_parser.c',
]);

/** Helpers outside those files whose log_message calls are about the configuration. */
const CONFIG_LOG_FUNCTIONS = new Set([
  'add_vrrp_to_track_script',
  'add_vrrp_to_track_process',
  'add_vrrp_to_track_bfd',
  'parse_route',
  'regex_offset_handler',
  'regex_stack_handler',
  'smtp_check_end_handler',
  'vrrp_track_file_handler',
  'check_misc_script_security',
]);

/** The keepalived 2.2.7 source tree, when it is on this machine. */
export function keepalivedSourceDir(): string | undefined {
  const candidates = [process.env.KEEPALIVED_SRC, '/work/ksrc/keepalived-2.2.7', path.resolve(__dirname, '../../../../ksrc/keepalived-2.2.7')];
  for (const c of candidates) if (c && fs.existsSync(path.join(c, 'lib', 'parser.c'))) return c;
  return undefined;
}

const PRI: Record<string, string> = {
  PRIu64: 'lu',
  PRIi64: 'ld',
  PRId64: 'ld',
  PRIx64: 'lx',
  PRIu32: 'u',
  PRIi32: 'd',
  PRId32: 'd',
  PRIx32: 'x',
  PRIu16: 'u',
  PRIu8: 'u',
};

/** C text with comments blanked (strings kept), so that offsets stay the same. */
function blankComments(src: string): string {
  let out = '';
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < src.length && src[j] !== c) j += src[j] === '\\' ? 2 : 1;
      out += src.slice(i, j + 1);
      i = j + 1;
    } else if (c === '/' && src[i + 1] === '*') {
      const end = src.indexOf('*/', i + 2);
      const j = end < 0 ? src.length : end + 2;
      out += src.slice(i, j).replace(/[^\n]/g, ' ');
      i = j;
    } else if (c === '/' && src[i + 1] === '/') {
      let j = src.indexOf('\n', i);
      if (j < 0) j = src.length;
      out += ' '.repeat(j - i);
      i = j;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

/** The arguments of the call whose '(' is at `open`, split at top-level commas. */
function callArgs(src: string, open: number): string[] {
  const args: string[] = [];
  let depth = 0;
  let start = open + 1;
  for (let i = open; i < src.length; i++) {
    const c = src[i];
    if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < src.length && src[j] !== c) j += src[j] === '\\' ? 2 : 1;
      i = j;
    } else if (c === '(') depth++;
    else if (c === ')') {
      depth--;
      if (depth === 0) {
        args.push(src.slice(start, i));
        return args;
      }
    } else if (c === ',' && depth === 1) {
      args.push(src.slice(start, i));
      start = i + 1;
    }
  }
  return args;
}

function unescapeC(s: string): string {
  return s.replace(/\\(["'\\nt])/g, (_m, ch: string) => (ch === 'n' ? '\n' : ch === 't' ? '\t' : ch));
}

/** A format argument made of string literals and PRI macros, joined; undefined otherwise. */
export function literalFormat(arg: string): string | undefined {
  const text = arg
    .split('\n')
    .filter((l) => !/^\s*#/.test(l))
    .join('\n')
    .trim();
  let out = '';
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (/\s/.test(c)) {
      i++;
    } else if (c === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      out += unescapeC(text.slice(i + 1, j));
      i = j + 1;
    } else {
      const m = /^[A-Za-z_]\w*/.exec(text.slice(i));
      if (!m || !(m[0] in PRI)) return undefined;
      out += PRI[m[0]];
      i += m[0].length;
    }
  }
  return out;
}

/** `#if 0 ... #endif` blocks blanked (never compiled), nesting of other #if kept track of. */
function blankIfZero(src: string): string {
  const lines = src.split('\n');
  let depth = 0;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (depth === 0) {
      if (/^\s*#\s*if\s+0\b/.test(l)) {
        depth = 1;
        lines[i] = '';
      }
      continue;
    }
    if (/^\s*#\s*if/.test(l)) depth++;
    else if (/^\s*#\s*endif/.test(l)) depth--;
    lines[i] = '';
  }
  return lines.join('\n');
}

/** Every message call in one file. */
export function callSites(root: string, file: string): CallSite[] {
  const src = blankIfZero(blankComments(fs.readFileSync(path.join(root, file), 'utf8')));
  const out: CallSite[] = [];
  // function names: an identifier followed by '(' at brace depth 0, the last one before a depth 0 → 1 '{'
  const fnAt: { offset: number; name: string }[] = [];
  let depth = 0;
  let lastName = '';
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < src.length && src[j] !== c) j += src[j] === '\\' ? 2 : 1;
      i = j;
    } else if (c === '{') {
      if (depth === 0) fnAt.push({ offset: i, name: lastName });
      depth++;
    } else if (c === '}') depth = Math.max(0, depth - 1);
    else if (depth === 0 && /[A-Za-z_]/.test(c ?? '') && !/\w/.test(src[i - 1] ?? '')) {
      const m = /^([A-Za-z_]\w*)\s*\(/.exec(src.slice(i, i + 200));
      if (m?.[1]) lastName = m[1];
    }
  }
  const fnOf = (offset: number) => {
    let name = '';
    for (const f of fnAt) if (f.offset < offset) name = f.name;
    return name;
  };
  const lineOf = (offset: number) => src.slice(0, offset).split('\n').length;
  for (const m of src.matchAll(/\b(report_config_error|file_config_error|log_message|get_u(?:8|16|32|64))\s*\(/g)) {
    const called = m[1] ?? '';
    const call = (called.startsWith('get_u') ? 'get_uN' : called) as CallSite['call'];
    const open = (m.index ?? 0) + m[0].length - 1;
    const fn = fnOf(m.index ?? 0);
    // the definitions themselves
    if (/^v?report_config_error$|^file_config_error$/.test(fn)) continue;
    const before = src.slice(Math.max(0, (m.index ?? 0) - 30), m.index);
    if (/\b(void|static)\s*$/.test(before)) continue;
    const args = callArgs(src, open);
    const raw = (args[call === 'get_uN' ? 3 : 1] ?? '').trim();
    // get_uN's own report_config_error(..., errmsg, str) prints the caller's message
    if (call !== 'get_uN' && /^get_u(8|16|32|64)$/.test(fn)) continue;
    if (call === 'get_uN' && !raw.startsWith('"')) continue;
    out.push({ file, line: lineOf(m.index ?? 0), fn, call, format: literalFormat(raw), raw });
  }
  return out;
}

/** The messages the table must list: distinct (file, format) pairs of the configuration code. */
export function configMessages(root: string): { file: string; format: string; lines: number[]; call: CallSite['call'] }[] {
  const sites = MESSAGE_FILES.flatMap((f) => callSites(root, f));
  const errorFunctions = new Set(sites.filter((s) => s.call !== 'log_message').map((s) => `${s.file}|${s.fn}`));
  const wanted = sites.filter(
    (s) =>
      s.call !== 'log_message' ||
      PARSER_FILES.has(s.file) ||
      CONFIG_LOG_FUNCTIONS.has(s.fn) ||
      (s.file !== 'keepalived/core/main.c' && errorFunctions.has(`${s.file}|${s.fn}`)),
  );
  const out = new Map<string, { file: string; format: string; lines: number[]; call: CallSite['call'] }>();
  for (const s of wanted) {
    const format = s.format ?? `<${s.raw}>`;
    const key = `${s.file}\0${format}`;
    const row = out.get(key) ?? { file: s.file, format, lines: [], call: s.call };
    row.lines.push(s.line);
    out.set(key, row);
  }
  return [...out.values()];
}
