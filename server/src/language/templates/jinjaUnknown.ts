/**
 * The values Jinja renderings pass around besides the host's own: a value we cannot know (an
 * undefined variable, a fact, a lookup), printed as a marker that render.ts replaces with a typed
 * value, and the helpers every part of the Jinja emulation shares.
 */
import { pyStr } from './pyValue';

/** A key, item or attribute a value lacks (`vip.missing`, `servers[9]`): an undefined value. */
export interface UndefinedKey {
  /** The lookup, as written (`vip.missing`). */
  readonly expr: string;
  /** The looked-up value, as written (`vip`). */
  readonly owner: string;
  /** Its Python type (`dict`, `list`, `str`...; `variables` for a host's variables). */
  readonly ownerType: string;
  /** A list's or string's length. */
  readonly size?: number;
  readonly kind: 'key' | 'item' | 'attribute';
  /** The key or attribute name, or the item's index. */
  readonly key: string;
  /** The template line (0-based) of the lookup, when it is in the rendered template itself. */
  readonly line?: number;
}

/**
 * A value we cannot know (a fact, a lookup), or an undefined one (a variable nothing defines, a key
 * a dict lacks): printed as a marker. An undefined value fails the host where it is used (printed,
 * tested for truth, compared, iterated, given to a filter), as Ansible's strict Undefined does.
 */
export class Unknown {
  /** An undefined value: a variable nothing defines, or (with `key`) a key, item or attribute a value lacks. */
  undefinedVar = false;
  key?: UndefinedKey;
  /** An undefined value used where Ansible stops (see `use`). */
  used = false;
  constructor(
    readonly id: number,
    readonly name: string,
  ) {}
  toString(): string {
    return `${UNKNOWN_OPEN}${this.id}${UNKNOWN_CLOSE}`;
  }
}

export const UNKNOWN_OPEN = '\uE002';
export const UNKNOWN_CLOSE = '\uE003';

export const isUnknown = (v: unknown): v is Unknown => v instanceof Unknown;

/** Values used where Ansible's strict Undefined fails: an undefined one among them stops the host. */
export function use(a: unknown, b?: unknown): void {
  if (a instanceof Unknown && a.undefinedVar) a.used = true;
  if (b instanceof Unknown && b.undefinedVar) b.used = true;
}

/** `use` of each value. */
export function useAll(values: readonly unknown[]): void {
  for (const v of values) use(v);
}

/** A value in a string context: Python's str() (an unknown value prints its marker). */
export const text = (v: unknown): string => pyStr(v);

/** nunjucks' keyword arguments (`f(a, x=1)` passes `{x: 1, __keywords: true}` last). */
export const isKwargs = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && (v as { __keywords?: unknown }).__keywords === true;
