/**
 * The shape of the keyword catalogue: data, not code paths. One catalogue feeds
 * parsing (which keywords open blocks), validation (arguments, ranges, where a keyword
 * belongs), hover and completion. This module imports nothing.
 *
 * Facts (ranges, defaults, versions) come from keepalived's man page and sources;
 * every `summary`/`doc` text is written in our own words.
 */

/** Kinds of named objects a config defines and references. */
export type RefKind =
  'vrrp_instance' | 'vrrp_script' | 'vrrp_sync_group' | 'track_file' | 'track_process' | 'bfd_instance' | 'virtual_server_group' | 'track_group' | 'garp_group';

/** The type of one argument word. Validation checks values against it conservatively. */
export type ArgType =
  /** integer in [min, max] (keepalived read_int / read_unsigned) */
  | { readonly kind: 'int'; readonly min?: number; readonly max?: number }
  /** decimal number, e.g. a timer in seconds (keepalived read_double / read_timer) */
  | {
      readonly kind: 'number';
      readonly min?: number;
      readonly max?: number;
      readonly unit?: 'seconds' | 'milliseconds' | 'microseconds';
      /** A keepalived version known to read whole numbers only here (a fraction is rejected there); later ones read fractions. */
      readonly wholeIn?: string;
    }
  /** one of a fixed set of words */
  | { readonly kind: 'enum'; readonly values: readonly string[]; readonly caseInsensitive?: boolean }
  /** on|off|true|false|yes|no */
  | { readonly kind: 'bool' }
  /** an IP address (family restricts it; multicast: it must be a multicast group) */
  | { readonly kind: 'ip'; readonly family?: 4 | 6; readonly multicast?: boolean }
  /** an IP address with an optional /prefix */
  | { readonly kind: 'prefix'; readonly family?: 4 | 6 }
  /** a TCP/UDP port 0..65535 (or 1..65535 with min) */
  | { readonly kind: 'port' }
  /** a network interface name (at most 15 characters) */
  | { readonly kind: 'interface' }
  /** the name of an object defined elsewhere in the config */
  | { readonly kind: 'ref'; readonly target: RefKind }
  /** the name this statement defines (e.g. `vrrp_instance NAME`) */
  | { readonly kind: 'name'; readonly defines: RefKind }
  /** a file path */
  | { readonly kind: 'path' }
  /** a script/command line (possibly quoted, possibly the rest of the line) */
  | { readonly kind: 'command' }
  /** an e-mail address */
  | { readonly kind: 'email' }
  /** a host name or address */
  | { readonly kind: 'host' }
  /** a user name (optionally followed by a group argument) */
  | { readonly kind: 'user' }
  /** a MAC address */
  | { readonly kind: 'mac' }
  /** an MD5 digest written as 32 hexadecimal digits (HTTP_GET / SSL_GET url digest) */
  | { readonly kind: 'md5' }
  /** an HTTP status code 100..599 or a range of them, `from-to` */
  | { readonly kind: 'httpStatus' }
  /** free text: anything is accepted */
  | { readonly kind: 'text'; readonly maxLength?: number };

export interface ArgSpec {
  /** Display name used in syntax lines and hovers, e.g. `vrid`. */
  readonly name: string;
  readonly type: ArgType;
  readonly optional?: boolean;
  /** The argument may repeat (e.g. a list of interfaces on one line). */
  readonly repeat?: boolean;
}

export interface Deprecation {
  /** What to write instead, if there is a direct replacement (a keyword name). */
  readonly replacement?: string;
  /** Our own words: why / since when. */
  readonly note: string;
  /** keepalived itself prints a deprecation message when it reads this keyword. */
  readonly warns?: boolean;
}

export interface KeywordDef {
  readonly name: string;
  /** One sentence, our own words: what the keyword does. */
  readonly summary: string;
  /** Optional further explanation (markdown), our own words, a few lines at most. */
  readonly doc?: string;
  /** Display syntax, e.g. `priority <1-255>`; generated from args when absent. */
  readonly syntax?: string;
  /** Positional arguments after the keyword. Absent means the keyword takes none. */
  readonly args?: readonly ArgSpec[];
  /**
   * The keyword's arguments are too irregular for `args` (options in any order, keyword/value
   * pairs...). Generic argument-count checks are skipped; a dedicated rule may check them.
   */
  readonly freeform?: boolean;
  /**
   * For a free-form keyword: what completion inserts after it, as snippet text (`${1:ip} ${2:port}`),
   * where the required words of `syntax` alone are not the form people write.
   */
  readonly insertArgs?: string;
  /** Default value keepalived uses when the keyword is absent (display text). */
  readonly default?: string;
  /** First keepalived version that accepts the keyword, e.g. `2.0.11`, where known. */
  readonly since?: string;
  /**
   * A keepalived version known not to register the keyword, when its first version (`since`) is
   * not known: it was added later than this one.
   */
  readonly absentIn?: string;
  readonly deprecated?: Deprecation;
  /** The id of the section block this keyword opens: `keyword ... { <keywords of that block> }`. */
  readonly opens?: string;
  /**
   * The keyword takes a value block `{ ... }` whose lines are values, not keywords
   * (keepalived's alloc_value_block). The string names the line format, see ValueBlockKind.
   */
  readonly values?: ValueBlockKind;
  /** May the keyword appear more than once in the same block without one replacing the other? */
  readonly repeatable?: boolean;
  /** Keepalived accepts the keyword only when built with an optional feature (display text). */
  readonly buildOption?: string;
}

/** Formats of lines inside value blocks. */
export type ValueBlockKind =
  /** `<ip>[/<prefix>] [brd <ip>] [dev <if>] [scope <scope>] [label <label>] ...` (virtual_ipaddress...) */
  | 'addresses'
  /** static/virtual routes: `[src <ip>] <dest> [via|gw <ip>] [dev <if>] ...` */
  | 'routes'
  /** static/virtual rules: `from <ip> [to <ip>] table <n> ...` */
  | 'rules'
  /** unicast peers: `<ip> [min_ttl <n>] [max_ttl <n>]` */
  | 'peers'
  /** `<interface> [weight <n>]` */
  | 'track_interface'
  /** `<vrrp_script name> [weight <n> [reverse]]` */
  | 'track_script'
  /** `<track_file name> [weight <n> [reverse]]` */
  | 'track_file'
  /** `<track_process name> [weight <n> [reverse]]` */
  | 'track_process'
  /** `<bfd name> [weight <n> [reverse]]` */
  | 'track_bfd'
  /** names of vrrp instances (sync group / track group members) */
  | 'instances'
  /** e-mail addresses */
  | 'emails'
  /** interface names, one or more per line */
  | 'interfaces'
  /** virtual_server_group members: `<ip>[-<last octet>] <port>` or `fwmark <n>` */
  | 'vsg_members'
  /** any words */
  | 'words';

export interface BlockDef {
  /** Stable id, e.g. `root`, `global_defs`, `vrrp_instance`, `authentication`, `HTTP_GET`, `url`. */
  readonly id: string;
  /** What a user calls it, e.g. "VRRP instance". */
  readonly title: string;
  /** Our own words: what the block is for. */
  readonly summary: string;
  readonly keywords: readonly KeywordDef[];
}
