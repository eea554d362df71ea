/** Helpers shared by cluster rule files (rules never import each other). */
import type { NodeInstance, VirtualRouter } from '../analysis/cluster';
import type { RelatedInfo, Span } from '../issue';

/** Routers that more than one node runs. */
export function sharedRouters(routers: readonly VirtualRouter[]): VirtualRouter[] {
  return routers.filter((r) => r.members.length >= 2);
}

export interface Disagreement<T> {
  readonly member: NodeInstance;
  readonly value: T;
  /** Members whose value differs from this member's. */
  readonly others: readonly { readonly member: NodeInstance; readonly value: T }[];
}

/**
 * For a value every member has (or `undefined` = unknown, left out): when the members do not all
 * agree, one entry per member with the members that disagree with it.
 */
export function disagreements<T>(
  members: readonly NodeInstance[],
  valueOf: (m: NodeInstance) => T | undefined,
  key: (v: T) => string = String,
): Disagreement<T>[] {
  const known = members.flatMap((m) => {
    const v = valueOf(m);
    return v === undefined ? [] : [{ member: m, value: v, k: key(v) }];
  });
  if (new Set(known.map((x) => x.k)).size < 2) return [];
  return known.map((x) => ({
    member: x.member,
    value: x.value,
    others: known.filter((o) => o.k !== x.k).map((o) => ({ member: o.member, value: o.value })),
  }));
}

export function related(span: Span, message: string): RelatedInfo {
  return { span, message };
}

export function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** `VRID 51` or `VRID 51 (IPv6)` */
export function vridText(r: { readonly vrid: number; readonly family: 4 | 6 }): string {
  return r.family === 6 ? `VRID ${r.vrid} (IPv6)` : `VRID ${r.vrid}`;
}
