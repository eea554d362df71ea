/**
 * The shape of the keepalived message table: one row per message keepalived 2.2.7's
 * configuration code can print (report_config_error, and the log_message calls of the functions
 * that read or check the configuration), keyed by the source file and the printf format string
 * as keepalived writes it. A row either names the code of ours that reproduces the message, with
 * a minimal configuration that makes keepalived print it, or says why we do not reproduce it.
 *
 * Data, not code paths: tests keep it true (test/unit/keepalived-messages.test.ts lints every
 * example, test/lab/keepalived-messages.test.ts runs real keepalived on it and checks the source
 * tree still has exactly these messages), and docs/keepalived-messages.md is generated from it.
 */

/** The keepalived 2.2.7 source files the table covers (paths inside the source tree). */
export type SourceFile =
  | 'lib/parser.c'
  | 'lib/utils.c'
  | 'lib/notify.c'
  | 'keepalived/core/global_parser.c'
  | 'keepalived/core/main.c'
  | 'keepalived/vrrp/vrrp_parser.c'
  | 'keepalived/vrrp/vrrp.c'
  | 'keepalived/vrrp/vrrp_data.c'
  | 'keepalived/vrrp/vrrp_sync.c'
  | 'keepalived/vrrp/vrrp_track.c'
  | 'keepalived/vrrp/vrrp_ipaddress.c'
  | 'keepalived/vrrp/vrrp_iproute.c'
  | 'keepalived/vrrp/vrrp_iprule.c'
  | 'keepalived/vrrp/vrrp_ip_rule_route_parser.c'
  | 'keepalived/vrrp/vrrp_daemon.c'
  | 'keepalived/check/check_parser.c'
  | 'keepalived/check/check_data.c'
  | 'keepalived/check/check_api.c'
  | 'keepalived/check/check_http.c'
  | 'keepalived/check/check_bfd.c'
  | 'keepalived/check/check_udp.c'
  | 'keepalived/check/check_misc.c'
  | 'keepalived/check/check_file.c'
  | 'keepalived/check/check_dns.c'
  | 'keepalived/check/check_smtp.c'
  | 'keepalived/bfd/bfd_parser.c'
  | 'keepalived/bfd/bfd_data.c'
  | 'keepalived/trackers/track_file.c';

/**
 * Why a message has no code of ours:
 * - `host`: it depends on the machine keepalived runs on (interfaces, files, scripts, users,
 *   name resolution, kernel features, namespaces), which a configuration file does not say;
 * - `build`: it depends on how keepalived was built (a feature compiled out);
 * - `option`: printed only with a command-line option (debug dumps, a config copy, --config-id...);
 * - `runtime`: printed while keepalived runs or reloads, not about what the file says;
 * - `internal`: an internal failure (memory, a system call, an impossible state) no file can cause;
 * - `covered`: always printed together with another message whose row has a code;
 * - `gap`: a file can cause it and we do not report it yet.
 */
export type WhyNot = 'host' | 'build' | 'option' | 'runtime' | 'internal' | 'covered' | 'gap';

export const WHY_NOT_TEXT: Readonly<Record<WhyNot, string>> = {
  host: 'depends on the host',
  build: 'depends on the build',
  option: 'needs a command-line option',
  runtime: 'printed at run time or reload',
  internal: 'internal failure',
  covered: 'comes with another message',
  gap: 'not reproduced yet',
};

export interface MessageExample {
  /** A whole, minimal configuration file that makes keepalived print the message. */
  readonly config: string;
  /** 1-based line of `config` that keepalived's message names, and where our code points. */
  readonly line: number;
  /** keepalived prints the message without a line number (it checks after reading the file). */
  readonly unlined?: boolean;
  /** keepalived prints it only when it starts for real, not with `keepalived -t` (log_message calls, checks after -t stops). */
  readonly atStart?: boolean;
  /** Where our code points when that is deliberately not keepalived's line (the reason is in `note`). */
  readonly ourLine?: number;
  /** Why our line differs, or what else to know about the example. */
  readonly note?: string;
}

interface RowBase {
  readonly file: SourceFile;
  /** The format string(s), as keepalived writes them; several for one pattern in one file. */
  readonly formats: readonly string[];
}

/** A message one of our codes reproduces. */
export interface ReproducedRow extends RowBase {
  readonly code: string;
  readonly example: MessageExample;
}

/** A message we do not reproduce, and why. */
export interface UnreproducedRow extends RowBase {
  readonly why: WhyNot;
  /** In our words: what makes it so. */
  readonly reason: string;
}

export type MessageRow = ReproducedRow | UnreproducedRow;

export const isReproduced = (r: MessageRow): r is ReproducedRow => 'code' in r;

/** Text of a configuration written as an indented template literal: the first line break and the common indentation are removed. */
export function conf(strings: TemplateStringsArray, ...values: unknown[]): string {
  const raw = strings.reduce((acc, s, i) => acc + s + (i < values.length ? String(values[i]) : ''), '');
  const lines = raw
    .replace(/^\n/, '')
    .replace(/\n\s*$/, '')
    .split('\n');
  const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => /^ */.exec(l)![0].length));
  return `${lines.map((l) => l.slice(indent)).join('\n')}\n`;
}

const list = (f: string | readonly string[]): readonly string[] => (typeof f === 'string' ? [f] : f);

/** Helpers for one source file's rows. */
export function rowsOf(file: SourceFile) {
  return {
    /** A message `code` reproduces on `line` of `config`. */
    yes(
      formats: string | readonly string[],
      code: string,
      line: number,
      config: string,
      more: Partial<Omit<MessageExample, 'config' | 'line'>> = {},
    ): ReproducedRow {
      return { file, formats: list(formats), code, example: { config, line, ...more } };
    },
    /** A message we do not reproduce. */
    no(formats: string | readonly string[], why: WhyNot, reason: string): UnreproducedRow {
      return { file, formats: list(formats), why, reason };
    },
  };
}

/** `global_defs { <lines> }`: the first given line is line 2. */
export function inGlobal(...lines: string[]): string {
  return `global_defs {\n${lines.map((l) => `    ${l}\n`).join('')}}\n`;
}

/** A working VRRP instance on eth0 (lines 1-7) with `lines` added from line 8 on. */
export function inInstance(...lines: string[]): string {
  return (
    'vrrp_instance VI_1 {\n    interface eth0\n    virtual_router_id 51\n    priority 100\n    virtual_ipaddress {\n        192.0.2.10/24\n    }\n' +
    lines.map((l) => `    ${l}\n`).join('') +
    '}\n'
  );
}

/** A working virtual server (lines 1-6 before `lines`, which start on line 4 inside it, before its real server). */
export function inVirtualServer(...lines: string[]): string {
  return (
    'virtual_server 192.0.2.1 80 {\n    lb_algo rr\n    lb_kind NAT\n' +
    lines.map((l) => `    ${l}\n`).join('') +
    '    protocol TCP\n    real_server 192.0.2.21 80 {\n    }\n}\n'
  );
}

/** A working virtual server whose real server holds `lines`, from line 6 on. */
export function inRealServer(...lines: string[]): string {
  return (
    'virtual_server 192.0.2.1 80 {\n    lb_algo rr\n    lb_kind NAT\n    protocol TCP\n    real_server 192.0.2.21 80 {\n' +
    lines.map((l) => `        ${l}\n`).join('') +
    '    }\n}\n'
  );
}
