/**
 * Where keepalived's processes that skip a top-level block stop skipping it early. A process skips
 * a block it does not handle by counting its braces (lib/parser.c process_stream, skip_sublevel);
 * a value block opened without its '{' is still closed by a '}', so that count reaches zero
 * before the block's own '}', and those processes read the rest of the block as top-level lines
 * ("Unknown keyword"). keepalived -t shows it for every top-level block, global_defs included (one of its
 * passes skips global_defs too).
 */
import { lookup, ROOT } from '../catalogue/index';
import type { Statement, Word } from '../syntax/ast';

export interface ShadowLine {
  /** The line's first word, a lone '}' that the skipping processes read as a keyword, or a block's '{' ("Unexpected '{'"). */
  readonly word: Word;
  /** For a block's '{': the last word before it (its keyword line), to tell whether the '{' stands on a line of its own. */
  readonly after?: Word;
  /** The '}' where their brace count reached zero. */
  readonly skipEnd: Word;
}

/** The lines of top-level block `top` that the processes skipping it read at the top level. */
export function braceShadow(top: Statement): ShadowLine[] {
  if (!top.body?.open) return [];
  const out: ShadowLine[] = [];
  let depth = 1;
  let skipEnd: Word | undefined;
  let stop = false;
  const visit = (list: readonly Statement[]): void => {
    for (const c of list) {
      if (stop) return;
      if (skipEnd) {
        // a top-level keyword would start a block of their own: what follows is beyond this simple reading
        if (!c.isValue && lookup(ROOT, c.keyword.value)) {
          stop = true;
          return;
        }
        out.push({ word: c.keyword, skipEnd });
      }
      const body = c.body;
      if (!body) continue;
      // an unknown keyword at the top level opens nothing: its '{' is "Unexpected" there
      if (skipEnd && body.open) out.push({ word: body.open, skipEnd, after: c.args[c.args.length - 1] ?? c.keyword });
      if (body.open) depth++;
      visit(body.statements);
      if (stop || !body.close) continue;
      if (depth === 0) continue; // keepalived's "Extra '}'": extra-close-brace reports it
      depth--;
      if (skipEnd) out.push({ word: body.close, skipEnd });
      else if (depth === 0) skipEnd = body.close;
    }
  };
  visit(top.body.statements);
  return out;
}
