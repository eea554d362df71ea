import type { Rule } from '../rule';

/** `auth_pass ab#cd`: keepalived reads `ab` — a `#` or `!` starts a comment even inside a word. */
export const midWordComment: Rule = {
  id: 'mid-word-comment',
  severity: 'warning',
  title: "A '#' or '!' inside a word, which silently cuts the value there (passwords, script paths, names).",
  keepalived: 'Treats it as the start of a comment and uses only the part before it, without a word.',
  example: 'auth_pass ab#cd   (keepalived reads ab)',
  fix: 'Quote the value ("ab#cd") or escape the character (ab\\#cd).',
  *check({ model }) {
    for (const c of model.parsed.midWordComments) {
      yield {
        span: c.span,
        message: `'${c.dropped[0]}' starts a comment even inside a word: keepalived reads '${c.kept}' and ignores '${c.dropped}'. Quote the value or escape the character as '\\${c.dropped[0]}'.`,
        data: { kept: c.kept, dropped: c.dropped },
      };
    }
  },
};
