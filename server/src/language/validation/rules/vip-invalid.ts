import { addressLines, type AddressEntry } from '../../analysis/vrrp';
import type { Finding, Rule } from '../rule';

function* check(lines: readonly AddressEntry[], block: string): Generator<Finding> {
  for (const v of lines) {
    if (!v.addr) {
      yield {
        span: v.word.span,
        message: `'${v.word.value}' is not an address keepalived can read (dotted IPv4 without leading zeros, or IPv6, with an optional /prefix): it skips this ${block} line, so the address is never added. Fix the address.`,
      };
    } else if (v.badPrefix !== undefined) {
      const full = v.addr.family === 4 ? 32 : 128;
      yield {
        span: v.word.span,
        message: `'/${v.badPrefix}' is not a valid prefix length for an IPv${v.addr.family} address: keepalived adds ${v.addr.address}/${full} instead. Write a prefix from 0 to ${full} (usually the subnet's, e.g. /24).`,
        data: { replacement: `${v.addr.address}/${full}` },
      };
    }
  }
}

/** A VIP or static address keepalived cannot parse (dropped) or whose prefix it replaces. */
export const vipInvalid: Rule = {
  id: 'vip-invalid',
  severity: 'warning',
  title: 'A virtual address keepalived cannot parse (the line is dropped) or with an invalid prefix length (replaced by /32 or /128).',
  keepalived: 'Reports "VRRP parsed invalid IP ... skipping IP" and drops the address, or "Invalid address prefix len ... - using 32".',
  example: 'virtual_ipaddress { 10.0.0.300/24 }',
  fix: 'Fix the address or its prefix length.',
  *check({ model }) {
    for (const inst of model.instances) {
      if (inst.dropped) continue;
      yield* check(inst.vips, 'virtual_ipaddress');
      yield* check(inst.excludedVips, 'virtual_ipaddress_excluded');
    }
    // top-level static_ipaddress lines go through the same parse_ipaddress (vrrp_ipaddress.c)
    for (const s of model.parsed.statements)
      if (s.blockId === 'root' && s.keyword.value === 'static_ipaddress') yield* check(addressLines(s), 'static_ipaddress');
  },
};
