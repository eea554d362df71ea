/**
 * Group arithmetic as Ansible does it: `groups['x']` (hosts of x and of its descendant groups, in
 * Ansible's order) and the groups a host belongs to, ordered for group-variable precedence.
 */
import type { GroupMembers, Inventory, VarDef } from './types';

/**
 * `groups[name]`: Ansible's Group.get_hosts(). Descendant groups are walked as in
 * `_walk_relationship(preserve_ordering=True)`: the group itself, its children in order, then each
 * further generation gathered by iterating the previous one (a Python set, so its order is not
 * fixed when several groups of one generation bring new groups). Hosts are deduplicated.
 */
export function groupMembers(inv: Inventory | undefined, name: string): GroupMembers {
  const g = inv?.groups.get(name);
  if (!inv || !g) return { name, hosts: [], orderCertain: true };
  const ordered: string[] = [name, ...g.children];
  const seen = new Set<string>(ordered);
  let unprocessed: string[] = [name, ...g.children];
  /** index in `ordered` from which the order is Ansible's set order rather than ours */
  let uncertainFrom = Infinity;
  while (unprocessed.length > 0) {
    const next: string[] = [];
    let contributors = 0;
    const levelStart = ordered.length;
    for (const item of unprocessed) {
      const extend: string[] = [];
      for (const child of inv.groups.get(item)?.children ?? []) {
        if (!seen.has(child) && !next.includes(child)) {
          next.push(child);
          extend.push(child);
        }
      }
      if (extend.length > 0) contributors++;
      ordered.push(...extend);
    }
    // The first pass iterates {self} ∪ children: self brings nothing new, so only children count.
    if (contributors > 1 && uncertainFrom === Infinity) uncertainFrom = levelStart;
    for (const n of next) seen.add(n);
    unprocessed = next;
  }
  const hosts: string[] = [];
  const contributing = new Set<number>();
  ordered.forEach((groupName, idx) => {
    for (const h of inv.groups.get(groupName)?.hosts ?? []) {
      if (!hosts.includes(h)) {
        hosts.push(h);
        if (idx >= uncertainFrom) contributing.add(idx);
      }
    }
  });
  return { name, hosts, orderCertain: contributing.size <= 1 };
}

function parentsOf(inv: Inventory): Map<string, string[]> {
  const parents = new Map<string, string[]>();
  for (const g of inv.groups.values()) {
    for (const c of g.children) parents.set(c, [...(parents.get(c) ?? []), g.name]);
  }
  return parents;
}

/**
 * The inventory group variables that apply to `host`, lowest precedence first: groups sorted by
 * depth (all = 0) then name, as Ansible's `sort_groups` (ansible_group_priority is not modelled),
 * so a child group's value beats its parent's. Returns name → winning definition.
 */
export function hostGroupVars(inv: Inventory, host: string): Map<string, VarDef> {
  const out = new Map<string, VarDef>();
  for (const g of hostGroups(inv, host)) for (const [k, v] of inv.groups.get(g)?.vars ?? []) out.set(k, v);
  return out;
}

/** The groups `host` belongs to (all included), lowest precedence first: by depth, then name. */
export function hostGroups(inv: Inventory, host: string): string[] {
  const parents = parentsOf(inv);
  const depth = new Map<string, number>([['all', 0]]);
  const depthOf = (g: string, stack: Set<string>): number => {
    const known = depth.get(g);
    if (known !== undefined) return known;
    if (stack.has(g)) return 1;
    stack.add(g);
    const ps = (parents.get(g) ?? []).filter((p) => p !== 'all');
    const d = ps.length === 0 ? 1 : Math.max(...ps.map((p) => depthOf(p, stack) + 1));
    stack.delete(g);
    depth.set(g, d);
    return d;
  };
  const member = new Set<string>(['all']);
  const queue = [...(inv.hosts.get(host)?.groups ?? [])];
  while (queue.length > 0) {
    const g = queue.shift() as string;
    if (member.has(g)) continue;
    member.add(g);
    queue.push(...(parents.get(g) ?? []));
  }
  return [...member].sort((a, b) => depthOf(a, new Set()) - depthOf(b, new Set()) || a.localeCompare(b));
}
