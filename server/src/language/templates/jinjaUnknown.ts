/**
 * The values Jinja renderings pass around besides the host's own: a value we cannot know (an
 * undefined variable, a fact, a lookup), printed as a marker that render.ts replaces with a typed
 * value, and the helpers every part of the Jinja emulation shares.
 */
import { pyStr } from './pyValue';

/** A value we cannot know (an undefined variable, a fact, a lookup): printed as a marker. */
export class Unknown {
  /** It stands for a variable nothing defines: Ansible fails on it unless `is defined` or `default` handles it. */
  undefinedVar = false;
  handled = false;
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

/** A value in a string context: Python's str() (an unknown value prints its marker). */
export const text = (v: unknown): string => pyStr(v);

/** nunjucks' keyword arguments (`f(a, x=1)` passes `{x: 1, __keywords: true}` last). */
export const isKwargs = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && (v as { __keywords?: unknown }).__keywords === true;
