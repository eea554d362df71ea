/**
 * vrrp_sync_group membership as keepalived settles it after reading the configuration
 * (vrrp_sync.c): groups in definition order, members in order; a name that is not an instance
 * is dropped, an instance already in a group (this one or an earlier one) is dropped from the
 * later place, and a group left with no member is removed.
 */
import { child, childrenOf, type Statement } from '../syntax/ast';
import { inViewOf, type ConfigModel } from './model';
import { references } from './resolve';
import type { NamedObject, Reference } from './symbols';

export interface SyncMember {
  readonly ref: Reference;
  readonly status: 'ok' | 'undefined' | 'twice';
  /** For `twice`: where the instance was first placed. */
  readonly first?: Reference;
}

export interface SyncGroup {
  readonly obj: NamedObject;
  readonly stmt: Statement;
  /** The `group { }` block, if any. */
  readonly groupBlock: Statement | undefined;
  readonly members: SyncMember[];
  /** Members keepalived keeps. */
  readonly effective: number;
}

const cache = new WeakMap<ConfigModel, SyncGroup[]>();

export function syncGroups(model: ConfigModel): SyncGroup[] {
  let out = cache.get(model);
  if (out) return out;
  if (model.whole) {
    // a view: the whole configuration's groups that are in its blocks
    out = inViewOf(model, syncGroups(model.whole), (g) => g.stmt);
    cache.set(model, out);
    return out;
  }
  out = [];
  const placed = new Map<string, Reference>();
  const resolved = references(model);
  // Instances the VRRP process never reads do not exist for it.
  const instances = new Set(model.symbols.definitions.filter((d) => d.kind === 'vrrp_instance' && !resolved.hiddenBy(d.stmt, 'vrrp')).map((d) => d.name));
  for (const obj of model.symbols.definitions) {
    if (obj.kind !== 'vrrp_sync_group' || obj.duplicateOf || resolved.hiddenBy(obj.stmt, 'vrrp')) continue;
    const groupBlock = child(obj.stmt, 'group');
    const members: SyncMember[] = [];
    const lines = new Set(groupBlock ? childrenOf(groupBlock).filter((l) => l.isValue) : []);
    const refs = lines.size === 0 ? [] : model.symbols.references.filter((r) => r.kind === 'vrrp_instance' && lines.has(r.stmt));
    for (const ref of refs) {
      if (!instances.has(ref.name)) members.push({ ref, status: 'undefined' });
      else if (placed.has(ref.name)) members.push({ ref, status: 'twice', first: placed.get(ref.name) });
      else {
        placed.set(ref.name, ref);
        members.push({ ref, status: 'ok' });
      }
    }
    out.push({ obj, stmt: obj.stmt, groupBlock, members, effective: members.filter((m) => m.status === 'ok').length });
  }
  cache.set(model, out);
  return out;
}
