import type { AddressEntry, VrrpInstance } from '../../analysis/vrrp';
import type { Rule } from '../rule';

/** The same virtual address twice in one instance or in two instances. */
export const vipDuplicate: Rule = {
  id: 'vip-duplicate',
  severity: 'warning',
  title: 'The same virtual address in two instances of the configuration (or, as a note, twice in one instance).',
  keepalived: 'Says nothing. Both instances add and remove the address: when one of them leaves MASTER it deletes the address the other still needs.',
  example: 'VI_1 and VI_2 both list 192.0.2.10/24',
  fix: 'Keep each VIP in one instance.',
  *check({ model }) {
    const seen = new Map<string, { inst: VrrpInstance; v: AddressEntry }>();
    for (const inst of model.instances) {
      if (inst.dropped) continue;
      for (const v of [...inst.vips, ...inst.excludedVips]) {
        if (!v.addr) continue;
        const key = `${v.addr.family}/${v.addr.address}`;
        const first = seen.get(key);
        if (!first) {
          seen.set(key, { inst, v });
          continue;
        }
        const same = first.inst === inst;
        yield {
          span: v.word.span,
          message: same
            ? `${v.addr.address} is already a virtual address of ${inst.name}: the second line adds nothing. Remove it.`
            : `${v.addr.address} is also a virtual address of ${first.inst.name}: both instances add and remove it, so when one of them stops being MASTER it deletes the address the other still serves. Keep each VIP in one instance (use a vrrp_sync_group to move them together).`,
          related: [{ span: first.v.word.span, message: `first use of ${v.addr.address}${same ? '' : ` in ${first.inst.name}`}` }],
          data: same ? { remove: true } : undefined,
          // inside one instance the second line is only redundant (keepalived's own samples do it to show `label`)
          severity: same ? 'information' : undefined,
        };
      }
    }
  },
};
