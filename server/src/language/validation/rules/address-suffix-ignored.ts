import type { KeywordDef } from '../../catalogue/types';
import { parseSockaddr } from '../../analysis/addresses';
import { statementsWithDef, type Word } from '../../syntax/ast';
import type { Finding, Rule } from '../rule';

function finding(w: Word, what: string): Finding | undefined {
  const { addr, ignored } = parseSockaddr(w.value);
  if (!addr || !ignored) return undefined;
  return {
    span: w.span,
    message: `keepalived reads only the address ${addr.address} as ${what}: it cuts '${ignored}' off unread. Write ${addr.address}.`,
    data: { replacement: addr.address },
  };
}

/**
 * An address written with a /prefix (or a -range) where keepalived takes a plain address
 * (inet_stosockaddr): unicast peers and source addresses, multicast groups, virtual, real and
 * sorry servers, checker and BFD addresses. keepalived accepts it and ignores the suffix.
 */
export const addressSuffixIgnored: Rule = {
  id: 'address-suffix-ignored',
  severity: 'hint',
  title: 'An address with a /prefix (or -range) where keepalived takes a plain address: unicast_src_ip, unicast peers, real_server, connect_ip...',
  keepalived: 'Accepts it silently and uses the address alone; the prefix says nothing (the peer or source is not a subnet).',
  example: 'unicast_src_ip 192.0.2.11/24',
  fix: 'Write the address without the suffix (quick fix).',
  *check({ model }) {
    // value lines (peers) and unknown keywords have no entry; an entry's name is its statement's keyword
    const wanted = (def: KeywordDef | undefined) =>
      def === undefined || def.name === 'virtual_server' || (def.args ?? []).some((a) => a.type.kind === 'ip' && !a.repeat);
    const list = statementsWithDef(model.parsed.statements, wanted);
    for (let k = 0; k < list.length; k++) {
      const s = list[k]!;
      if (s.isValue) {
        if (s.blockId === 'values:peers') {
          const f = finding(s.keyword, 'a unicast peer');
          if (f) yield f;
        }
        continue;
      }
      if (!s.def) continue;
      if (s.keyword.value === 'virtual_server' && s.blockId === 'root') {
        const a0 = s.args[0];
        if (a0 && a0.value !== 'fwmark' && a0.value !== 'group') {
          const f = finding(a0, 'the virtual server');
          if (f) yield f;
        }
        continue;
      }
      const args = s.def.args ?? [];
      for (let i = 0; i < args.length; i++) {
        const w = s.args[i];
        if (args[i]!.type.kind !== 'ip' || !w || args[i]!.repeat) continue;
        const f = finding(w, `'${s.keyword.value}'`);
        if (f) yield f;
      }
    }
  },
};
