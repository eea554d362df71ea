/** Where keepalived reports problems it finds at the end of a block. */
import type { Span } from '../issue';
import type { Statement } from '../syntax/ast';

/**
 * The closing brace of a block when it is in the same file (keepalived checks a block's
 * completeness when it reads the `}` and reports that line), else the keyword and its words.
 */
export function closingSpan(s: Statement): Span {
  const close = s.body?.close;
  return close && close.span.file === s.span.file ? close.span : s.span;
}
