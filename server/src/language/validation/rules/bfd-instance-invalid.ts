import type { ParsedAddress } from '../../analysis/addresses';
import { intOrUndefined } from '../../analysis/values';
import { sockaddr } from '../../analysis/vsgEntry';
import { childrenOf, type Statement, type Word } from '../../syntax/ast';
import type { Finding, Rule } from '../rule';

/** keepalived's bfd_t iname holds 31 characters and a NUL (bfd.h BFD_INAME_MAX). */
const NAME_MAX = 31;

interface BfdRead {
  readonly nbr: { readonly word: Word; readonly addr: ParsedAddress } | undefined;
  readonly src: { readonly word: Word; readonly addr: ParsedAddress } | undefined;
  /** A malformed neighbor_ip: keepalived drops the instance there (argument-value reports it). */
  readonly dropped: boolean;
  readonly ttl: number | undefined;
  readonly maxHops: { readonly stmt: Statement; readonly value: number } | undefined;
}

/** The settings bfd_end_handler looks at, as the handlers of bfd_parser.c leave them (an invalid value keeps the earlier one). */
function readBfd(s: Statement): BfdRead {
  let nbr: BfdRead['nbr'];
  let src: BfdRead['src'];
  let ttl: number | undefined;
  let maxHops: BfdRead['maxHops'];
  for (const c of childrenOf(s)) {
    const kw = c.keyword.value;
    const w = c.args[0];
    if (c.isValue || !c.def || !w) continue;
    if (kw === 'neighbor_ip' || kw === 'neighbour_ip') {
      const addr = sockaddr(w.value);
      if (!addr) return { nbr, src, dropped: true, ttl, maxHops };
      nbr = { word: w, addr };
    } else if (kw === 'source_ip') {
      const addr = sockaddr(w.value);
      if (addr) src = { word: w, addr };
    } else if (kw === 'ttl' || kw === 'hoplimit') {
      ttl = intOrUndefined(w.value, 1, 255) ?? ttl;
    } else if (kw === 'max_hops') {
      const v = intOrUndefined(w.value, -1, 255);
      // bfd_t.max_hops is a uint8_t: -1 is kept as 255 (no hop check)
      if (v !== undefined) maxHops = { stmt: c, value: v < 0 ? 255 : v };
    }
  }
  return { nbr, src, dropped: false, ttl, maxHops };
}

/** Does keepalived's find_bfd_by_addr find `earlier` for `b` (same neighbour, and no source on either side or the same source)? */
function clashes(b: BfdRead, earlier: BfdRead): boolean {
  if (!b.nbr || !earlier.nbr || b.nbr.addr.address !== earlier.nbr.addr.address || b.nbr.addr.family !== earlier.nbr.addr.family) return false;
  if (!earlier.src || !b.src) return true;
  return earlier.src.addr.address === b.src.addr.address;
}

/**
 * A bfd_instance keepalived's BFD process drops or corrects (bfd_data.c alloc_bfd, bfd_parser.c
 * bfd_end_handler): a name over 31 characters, no neighbour address, a source of the other
 * family, the neighbour (and source) of an earlier session, max_hops above the TTL.
 */
export const bfdInstanceInvalid: Rule = {
  id: 'bfd-instance-invalid',
  severity: 'error',
  title:
    'A bfd_instance keepalived disables or ignores (name too long, no neighbor_ip, source of the other family, same neighbour as an earlier one), or whose max_hops exceeds its TTL.',
  keepalived:
    'Reports "BFD instance X has no neighbor address set, disabling instance", "... are not of the same family", "... has duplicate neighbor address ..., ignoring instance" or "name too long" and runs no such session; a max_hops above ttl/hoplimit is lowered to it.',
  example: 'bfd_instance b1 { min_rx 100 }',
  fix: 'Give every bfd_instance a short name and its own neighbor_ip (with a source_ip of the same family), and keep max_hops at most the TTL (-1 and 255 turn the hop check off only when the TTL is 255).',
  *check({ model }) {
    const kept: BfdRead[] = [];
    for (const d of model.symbols.definitions) {
      if (d.kind !== 'bfd_instance' || d.duplicateOf) continue;
      if (d.name.length > NAME_MAX) {
        yield {
          span: d.nameWord.span,
          message: `The bfd_instance name '${d.name}' has ${d.name.length} characters, more than the ${NAME_MAX} keepalived allows: it reports it and ignores the whole block. Use a shorter name.`,
        };
        continue;
      }
      const b = readBfd(d.stmt);
      if (b.dropped) continue;
      const f = problem(d.name, d.nameWord, b, kept);
      if (f) {
        yield f;
        continue;
      }
      kept.push(b);
      const ttl = b.ttl ?? (b.nbr!.addr.family === 4 ? 255 : 64);
      if (b.maxHops && b.maxHops.value > ttl)
        yield {
          span: b.maxHops.stmt.span,
          severity: 'warning',
          message: `max_hops ${maxHopsText(b.maxHops)} is above the session's ${b.ttl === undefined ? `default ${b.nbr!.addr.family === 4 ? 'TTL' : 'hop limit'} ` : 'TTL '}${ttl}: keepalived reports it and lowers max_hops to ${ttl}${b.maxHops.value === 255 ? ', so received packets are checked after all' : ''}. Write at most ${ttl} (or raise ttl/hoplimit).`,
        };
    }
  },
};

/** The max_hops word, and what keepalived makes of it when that is not what it says. */
function maxHopsText(m: NonNullable<BfdRead['maxHops']>): string {
  const w = m.stmt.args[0]?.value ?? '';
  return m.value === 255 ? `${w}${w.trim().startsWith('-') ? ' (kept as 255)' : ''}, meant to turn the hop check off,` : String(m.value);
}

/** Why bfd_end_handler drops the instance, or undefined. */
function problem(name: string, nameWord: Word, b: BfdRead, kept: readonly BfdRead[]): Finding | undefined {
  if (!b.nbr)
    return {
      span: nameWord.span,
      message: `bfd_instance '${name}' has no neighbor_ip: keepalived reports it and disables the session, so nothing that tracks it ever sees it up. Add \`neighbor_ip <address>\`.`,
    };
  if (b.src && b.src.addr.family !== b.nbr.addr.family)
    return {
      span: b.src.word.span,
      message: `source_ip ${b.src.word.value} is IPv${b.src.addr.family} but neighbor_ip ${b.nbr.word.value} is IPv${b.nbr.addr.family}: keepalived reports it and disables bfd_instance '${name}'. Use addresses of one family.`,
    };
  const earlier = kept.find((k) => clashes(b, k));
  if (earlier) {
    const why = !earlier.src
      ? 'an earlier bfd_instance without source_ip already runs a session to it'
      : !b.src
        ? 'an earlier bfd_instance already runs a session to it, and this one has no source_ip to tell them apart'
        : `an earlier bfd_instance already runs a session to it from ${b.src.addr.address}`;
    return {
      span: b.nbr.word.span,
      message: `neighbor ${b.nbr.addr.address}: ${why}. keepalived reports it and ignores bfd_instance '${name}'; track the earlier instance, or give each session its own source_ip.`,
    };
  }
  return undefined;
}
