/** Helpers shared by the Kolla checks: where to put a finding, and how to name a value's origin. */
import type { RelatedInfo, Span } from '../../issue';
import type { KollaContext } from '../model';
import type { Resolved } from '../types';

/**
 * The place to report a resolved variable: where the operator set it (globals.yml, passwords.yml,
 * inventory); for a Kolla default, the start of globals.yml (where it would be set).
 */
export function spanOf(ctx: KollaContext, r: Resolved): Span {
  return r.def?.span ?? { file: ctx.model.globalsFile.file, start: 0, end: 0 };
}

/** Related information pointing at the literal that supplied the value, when it is elsewhere. */
export function originRelated(r: Resolved): RelatedInfo[] {
  const at = r.def?.span;
  const o = r.origin;
  if (!o || !at || (o.file === at.file && o.start === at.start)) return [];
  return [{ span: o, message: `the value ${r.text} comes from here (via ${r.refs.join(' → ') || 'a reference'})` }];
}

/** Who gave a variable its value: globals.yml, passwords.yml, the inventory, [group:vars] or Kolla's default. */
export function setter(r: Resolved): string {
  switch (r.def?.source) {
    case 'globals':
      return 'globals.yml';
    case 'passwords':
      return 'passwords.yml';
    case 'inventory-host':
      return 'the inventory';
    case 'host_vars':
      return `host_vars/${r.def.span?.file.split('/').pop() ?? ''}`;
    case 'inventory-group':
      return `[${r.def.group}:vars]`;
    default:
      return "Kolla's default";
  }
}

/** "set in globals.yml" / "Kolla's default" — for messages. */
export function whereSet(r: Resolved): string {
  const source = r.def?.source;
  if (source === 'inventory-host') return 'set on the host line in the inventory';
  return source === 'globals' || source === 'passwords' || source === 'inventory-group' || source === 'host_vars' ? `set in ${setter(r)}` : "Kolla's default";
}

export function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
