/**
 * One virtual_server_group entry as keepalived 2.2.7 reads it (check_data.c alloc_vsg_entry, with
 * lib/utils.c inet_stosockaddr and inet_stor): `fwmark <n> [inet|inet6]`, or
 * `<address>[/<mask> | -<last> | -<end address>] [<port>]`. Says which family the entry adds to its
 * group and why keepalived skips it, if it does.
 */
import { parseSockaddr, type Family, type ParsedAddress } from './addresses';
import { readInteger, strtoul } from './values';

export interface VsgEntryRead {
  readonly fwmark: boolean;
  /** The family the entry gives its group; undefined for a fwmark without a family word. */
  readonly family: Family | undefined;
  /** Why keepalived skips the entry (undefined: it keeps it), and the word to point at (0 = the first). */
  readonly problem?: { readonly text: string; readonly word: number };
  /** keepalived stops reading the configuration (a `fwmark` without a number). */
  readonly fatal?: boolean;
}

const skip = (text: string, word = 0) => ({ text, word });

function readFwmark(words: readonly string[]): VsgEntryRead {
  const mark = words[1];
  if (mark === undefined)
    return {
      fwmark: true,
      family: undefined,
      fatal: true,
      problem: skip('`fwmark` without its number: keepalived reports the missing parameter and stops reading the configuration'),
    };
  if (!readInteger(mark, 0, 4294967295).ok) return { fwmark: true, family: undefined, problem: skip(`fwmark '${mark}' is not a number 0..4294967295`, 1) };
  const fam = words[2];
  if (fam === undefined) return { fwmark: true, family: undefined };
  if (fam === 'inet' || fam === 'inet6') return { fwmark: true, family: fam === 'inet' ? 4 : 6 };
  return { fwmark: true, family: undefined, problem: skip(`'${fam}' is not an address family (inet or inet6)`, 2) };
}

/** inet_stosockaddr without the port (addresses.ts parseSockaddr). */
export const sockaddr = (text: string): ParsedAddress | undefined => parseSockaddr(text).addr;

/** The address as bytes, most significant first. */
const bytesOf = (a: ParsedAddress): number[] => a.addr.toByteArray();

/** Is `a` above `b` (same family)? */
function above(a: ParsedAddress, b: ParsedAddress): boolean {
  const x = bytesOf(a);
  const y = bytesOf(b);
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i]! > y[i]!;
  return false;
}

/** Host bits below `mask` set in `a`? */
function hostBitsSet(a: ParsedAddress, mask: number): boolean {
  return bytesOf(a).some((byte, i) => {
    const keep = Math.max(0, Math.min(8, mask - 8 * i));
    return (byte & (0xff >> keep)) !== 0;
  });
}

function readMask(text: string, a: ParsedAddress): VsgEntryRead['problem'] {
  const m = strtoul(text.slice(text.indexOf('/') + 1), 10);
  const rest = text.slice(text.indexOf('/') + 1 + m.end);
  const bits = a.family === 4 ? 32 : 128;
  if (rest !== '' || m.end === 0 || m.value === 0n || m.value > BigInt(bits)) return skip(`'${text}' has an invalid mask (1..${bits})`);
  // keepalived reads an IPv4 /32 through its IPv6 branch, which finds nothing set
  if (Number(m.value) < bits && hostBitsSet(a, Number(m.value))) return skip(`'${text}' has address bits set below its mask`);
  return undefined;
}

function readRange(text: string, a: ParsedAddress): VsgEntryRead['problem'] {
  const after = text.slice(text.indexOf('-') + 1);
  if ((a.family === 4 && after.includes('.')) || (a.family === 6 && after.includes(':'))) {
    // a whole end address (of the start's family: the family comes from a ':' anywhere in the word)
    const end = sockaddr(after);
    if (!end) return skip(`the range end of '${text}' is not a valid address`);
    return above(a, end) ? skip(`the range '${text}' ends below its start`) : undefined;
  }
  // the last octet (IPv4) or the last group in hex (IPv6)
  const r = strtoul(after, a.family === 4 ? 10 : 16);
  const rest = r.end === 0 ? after : after.slice(r.end);
  // keepalived -t skips it; a running keepalived only warns and ends the range at the number read
  if (rest !== '')
    return skip(`the range end of '${text}' has characters after its number ('${rest}'; a running keepalived only warns and reads the number before them)`);
  if (r.value > BigInt(a.family === 4 ? 255 : 0xffff)) return skip(`the range end of '${text}' is past ${a.family === 4 ? '255' : 'ffff'}`);
  const b = bytesOf(a);
  const start = a.family === 4 ? b[3]! : b[14]! * 256 + b[15]!;
  return BigInt(start) >= r.value ? skip(`the range '${text}' does not end above its start`) : undefined;
}

/** Read a virtual_server_group entry line: its words, the first being the address or `fwmark`. */
export function readVsgEntry(words: readonly string[]): VsgEntryRead {
  const text = words[0] ?? '';
  if (text === 'fwmark') return readFwmark(words);
  const family: Family = text.includes(':') ? 6 : 4;
  const port = words[1];
  // a port of only zeros (or an empty word) is no port
  if (port !== undefined && /[^0]/.test(port) && !readInteger(port, 1, 65535).ok)
    return { fwmark: false, family, problem: skip(`port '${port}' is not 1..65535`, 1) };
  const a = sockaddr(text);
  if (!a) return { fwmark: false, family, problem: skip(`'${text}' is not a valid IPv${family} address`) };
  const problem = text.includes('/') ? readMask(text, a) : text.includes('-') ? readRange(text, a) : undefined;
  return problem ? { fwmark: false, family, problem } : { fwmark: false, family };
}

/** keepalived removes a group holding IPv4 and IPv6 entries and a fwmark without a family (check_parser.c vsg_handler). */
export function mixesFamilies(entries: readonly VsgEntryRead[]): boolean {
  const kept = entries.filter((e) => !e.problem);
  return kept.some((e) => e.family === 4) && kept.some((e) => e.family === 6) && kept.some((e) => e.fwmark && e.family === undefined);
}
