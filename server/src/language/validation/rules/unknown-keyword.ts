import { block, blocksAccepting, lookup } from '../../catalogue/index';
import { braceShadow } from '../../analysis/braceShadow';
import { nearest } from '../../analysis/suggest';
import { statementsWithDef } from '../../syntax/ast';
import { INCLUDE_VARIANTS } from '../../syntax/includes';
import type { Finding, Rule } from '../rule';
import { blockTitle } from '../support';

/** A keyword keepalived does not know anywhere (a typo, or a keyword of another program or fork). */
export const unknownKeyword: Rule = {
  id: 'unknown-keyword',
  severity: 'warning',
  title: 'A keyword keepalived does not know, with the nearest valid keyword.',
  keepalived: 'Reports "Unknown keyword \'x\'" and ignores the line.',
  example: 'priorty 100',
  fix: 'Correct the spelling (the quick fix offers the nearest keyword) or remove the line.',
  *check({ model }) {
    // The same unknown word in the same block gets the same suggestion: compute it once.
    const suggestions = new Map<string, string | undefined>();
    for (const s of statementsWithDef(model.parsed.statements, (def) => def === undefined)) {
      if (s.isValue || s.def) continue;
      if (INCLUDE_VARIANTS.has(s.keyword.value)) {
        // every include keepalived reads as one was read before the keywords: this one has no path
        yield {
          span: s.keyword.span,
          message: `'${s.keyword.value}' without the file to include: keepalived reads the line as a keyword, reports Unknown keyword '${s.keyword.value}' and ignores it. Give the file or glob.`,
        };
        continue;
      }
      if (blocksAccepting(s.keyword.value).length > 0) continue;
      const key = `${s.blockId}\0${s.keyword.value}`;
      let suggestion = suggestions.get(key);
      if (!suggestions.has(key)) {
        suggestion = s.keyword.value.length > 48 ? undefined : nearest(s.keyword.value, block(s.blockId)?.keywords.map((k) => k.name) ?? []);
        suggestions.set(key, suggestion);
      }
      // a near keyword that is itself an old spelling: name the current one too (the quick fix writes it)
      const renamed = suggestion ? lookup(s.blockId, suggestion)?.deprecated?.replacement : undefined;
      const hint = suggestion ? ` Did you mean '${suggestion}'${renamed ? ` (now '${renamed}')` : ''}?` : '';
      const f: Finding = {
        span: s.keyword.span,
        message: `Unknown keyword '${s.keyword.value}' in ${blockTitle(s.blockId)}: keepalived ignores this line.${hint}`,
        data: suggestion && lookup(s.blockId, suggestion) ? { replacement: suggestion } : undefined,
      };
      yield f;
    }
    // the rest of a block whose brace count a value block without '{' ended early (analysis/braceShadow.ts)
    for (const top of model.parsed.statements) {
      for (const { word, skipEnd, after } of braceShadow(top)) {
        if (after) {
          // a '{' on its keyword's line shares that line's finding; one on a line of its own gets its own
          const text = model.parsed.files.get(word.span.file)?.text;
          if (after.span.file === word.span.file && text !== undefined && !text.slice(after.span.end, word.span.start).includes('\n')) continue;
          yield {
            span: word.span,
            message: `keepalived's processes that skip ${top.keyword.value} count its braces, and the '}' of a block opened without '{' ends their count early: at the top level this '{' opens nothing, and they report Unexpected '{'. Add the missing '{'.`,
            related: [{ span: skipEnd.span, message: `their brace count for ${top.keyword.value} ends here` }],
          };
          continue;
        }
        yield {
          span: word.span,
          message: `keepalived's processes that skip ${top.keyword.value} count its braces, and the '}' of a block opened without '{' ends their count early: they read this line at the top level and report Unknown keyword '${word.value}'. Add the missing '{'.`,
          related: [{ span: skipEnd.span, message: `their brace count for ${top.keyword.value} ends here` }],
        };
      }
    }
  },
};
