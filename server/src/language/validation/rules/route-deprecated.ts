import { routeModel } from '../../analysis/routes';
import type { Rule } from '../rule';

/** `gw` (use `via`) and `or` (use `nexthop`) in route lines. */
export const routeDeprecated: Rule = {
  id: 'route-deprecated',
  severity: 'warning',
  title: 'A route using the old `gw` (now `via`), `or` (now `nexthop`) or `default6` (now `inet6 default`) syntax.',
  keepalived: 'Reports "\\"gw\\" for routes is deprecated. Please use \\"via\\"" / "\\"or\\" ... Please use \\"nexthop\\"" and still reads the route.',
  example: '0.0.0.0/0 gw 192.168.0.1',
  fix: 'Write `via` instead of `gw`, `nexthop via` instead of `or`.',
  *check({ model }) {
    for (const r of routeModel(model).routes) {
      for (const d of r.deprecated) {
        yield {
          span: d.word.span,
          message:
            d.replacement === 'via'
              ? "'gw' is the old spelling of 'via': keepalived still reads it but warns every time. Write 'via'."
              : d.replacement === 'nexthop'
                ? "'or' is the old way to give a second gateway: keepalived still reads it but warns. Write the gateways as nexthops instead: `<dest> nexthop via <gw1> nexthop via <gw2>`."
                : "'default6' is the spelling of keepalived 2.0.7 and earlier: keepalived still reads it as the IPv6 default route but logs that it is deprecated. Write 'inet6 default'.",
          data: { replacement: d.replacement },
        };
      }
    }
  },
};
