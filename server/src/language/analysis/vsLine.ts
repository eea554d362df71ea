/**
 * The `virtual_server` line as keepalived 2.2.7 reads it (check_parser.c vs_handler, check_data.c
 * alloc_vs, lib/utils.c inet_stosockaddr, lib/parser.c read_unsigned): `<address> [<port>]`,
 * `fwmark <mark>` or `group <name>`. Says why keepalived does not set the service up, if it does not.
 */
import type { Family } from './addresses';
import { readInteger, strtoul } from './values';
import { sockaddr } from './vsgEntry';

export interface VsLineProblem {
  /** The word at fault: an index into the line's words after the keyword, or -1 for the keyword. */
  readonly word: number;
  /** What is wrong and what keepalived does, in a sentence without its final stop. */
  readonly text: string;
}

/**
 * A number word read_unsigned refuses under `keepalived -t` but a running keepalived takes (it
 * warns and keeps the number before the stray characters): that number, else undefined.
 */
function leadingNumber(word: string, min: number, max: number): number | undefined {
  const r = strtoul(word, 10);
  if (r.end === 0 || r.end === word.length || word.trimStart().startsWith('-')) return undefined;
  return r.value >= BigInt(min) && r.value <= BigInt(max) ? Number(r.value) : undefined;
}

const SKIPS = 'keepalived reports it and skips the whole virtual_server block, so the service is never set up';

/** What keepalived does with a number word it refuses: `keepalived -t` skips the block; a running one may take the leading number. */
function refused(word: string, min: number, max: number, what: string): string {
  const n = leadingNumber(word, min, max);
  return n === undefined ? SKIPS : `keepalived -t reports it and skips the whole virtual_server block; a running keepalived warns and uses ${what} ${n}`;
}

function readAddressLine(words: readonly string[]): VsLineProblem | undefined {
  const text = words[0]!;
  const port = words[1];
  // a port of only zeros (or an empty word) means "no port"; anything else must read as 1..65535
  if (port !== undefined && /[^0]/.test(port) && !readInteger(port, 1, 65535).ok)
    return { word: 1, text: `port '${port}' is not a number 1..65535 (0 or no port means every port): ${refused(port, 1, 65535, 'port')}` };
  if (sockaddr(text)) return undefined;
  const family: Family = text.includes(':') ? 6 : 4;
  const name =
    family === 4 && /[a-z]/i.test(text)
      ? ' (keepalived does not resolve host names here)'
      : /^[\d.]+:\d+$/.test(text)
        ? ' (its colon makes keepalived read it as IPv6: write the port as a word of its own)'
        : '';
  return { word: 0, text: `'${text}' is not an IPv${family} address${name}: ${SKIPS}` };
}

/** Why keepalived does not set up the service of a `virtual_server` line with these words (after the keyword), or undefined. */
export function readVsLine(words: readonly string[]): VsLineProblem | undefined {
  const first = words[0];
  if (first === undefined)
    return {
      word: -1,
      text: '`virtual_server` needs an address and port, `fwmark <mark>` or `group <name>`: keepalived reports the missing parameter and stops',
    };
  if (first === 'group' || first === 'fwmark') {
    const second = words[1];
    if (second === undefined)
      return {
        word: 0,
        text: `\`virtual_server ${first}\` without its ${first === 'group' ? 'group name' : 'mark'} makes keepalived 2.2.7 crash while reading the configuration`,
      };
    if (first === 'group' || readInteger(second, 0, 4294967295).ok) return undefined;
    return { word: 1, text: `fwmark '${second}' is not a number 0..4294967295: ${refused(second, 0, 4294967295, 'mark')}` };
  }
  return readAddressLine(words);
}
