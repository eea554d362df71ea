import { closingSpan } from '../../analysis/blocks';
import { statementsNamed } from '../../syntax/ast';
import type { Rule } from '../rule';

/** HTTP_GET / SSL_GET without a usable url, or a url without a path. */
export const checkerNoUrl: Rule = {
  id: 'checker-no-url',
  severity: 'warning',
  title: 'An HTTP_GET/SSL_GET without a `url { path ... }`, or a `url` block without `path`.',
  keepalived:
    'Reports "HTTP/SSL_GET checker url has no path - ignoring" / "checker has no urls specified - ignoring" at the closing brace and drops the url or the whole checker.',
  example: 'HTTP_GET { connect_timeout 3 }',
  fix: 'Add `url { path /health }`.',
  *check({ model }) {
    for (const s of statementsNamed(model.parsed.statements, 'HTTP_GET', 'SSL_GET')) {
      if (s.isValue || !s.def || (s.keyword.value !== 'HTTP_GET' && s.keyword.value !== 'SSL_GET')) continue;
      const urls = (s.body?.statements ?? []).filter((c) => !c.isValue && c.keyword.value === 'url' && c.def);
      let usable = 0;
      for (const u of urls) {
        const hasPath = (u.body?.statements ?? []).some((c) => !c.isValue && c.keyword.value === 'path' && c.args.length > 0);
        if (hasPath) {
          usable++;
          continue;
        }
        yield {
          span: closingSpan(u),
          message: "This url has no 'path': keepalived drops it. Add `path /health` (the page to request).",
          related: [{ span: u.keyword.span, message: 'url starts here' }],
        };
      }
      if (usable > 0) continue;
      yield {
        span: closingSpan(s),
        message: `This ${s.keyword.value} has no url with a path: keepalived drops the checker, so the real server is never checked this way. Add \`url { path /health }\`.`,
        related: [{ span: s.keyword.span, message: `${s.keyword.value} starts here` }],
      };
    }
  },
};
