import { readMicros } from '../../analysis/values';
import { childrenOf, type Statement } from '../../syntax/ast';
import type { Finding, Rule } from '../rule';

const S = 1_000_000;

/** Intervals keepalived remarks on at start when they reach a threshold: [keyword, block, smallest accepted µs, largest µs, threshold µs, what it paces]. */
const LIMITS: readonly (readonly [string, string, number, number, number, string])[] = [
  ['vrrp_garp_interval', 'global_defs', 1, 4294967295, S, 'gratuitous ARPs'],
  ['vrrp_gna_interval', 'global_defs', 1, 4294967295, S, 'unsolicited neighbour adverts'],
  ['vrrp_startup_delay', 'global_defs', 1000, 4294967295, 60 * S, 'the VRRP instances start'],
  ['garp_interval', 'garp_group', 0, 2147483647, S, 'gratuitous ARPs'],
  ['gna_interval', 'garp_group', 0, 2147483647, S, 'unsolicited neighbour adverts'],
];

function* inBlock(block: Statement, kind: string): Generator<Finding> {
  /** the value in force for each keyword (a later invalid line keeps the earlier one, as keepalived does for global_defs) */
  const current = new Map<string, number>();
  for (const line of childrenOf(block)) {
    const limit = LIMITS.find((l) => l[1] === kind && l[0] === line.keyword.value);
    const w = line.args[0];
    if (!limit || line.isValue || !w) continue;
    const [kw, , min, max, threshold, what] = limit;
    const r = readMicros(w.value, max, min);
    if (r.value !== undefined) current.set(kw, r.value);
    else if (kind === 'garp_group') continue;
    const v = current.get(kw);
    if (v === undefined || v < threshold) continue;
    const when = kw === 'vrrp_startup_delay' ? `waits ${v / S} s before ${what}` : `sends ${what} at most every ${v / S} s on each interface`;
    yield {
      span: w.span,
      message: `${kw} ${w.value}: keepalived ${when}, and logs the value as very large at start. That is allowed; make sure it is meant (seconds, not milliseconds).`,
    };
  }
}

/** Intervals and delays keepalived accepts but calls very large when it starts (vrrp_parser.c, global_parser.c). */
export const timerLarge: Rule = {
  id: 'timer-large',
  severity: 'information',
  title: 'A gratuitous ARP interval of a second or more, or a vrrp_startup_delay of a minute or more: accepted, but keepalived calls it very large.',
  keepalived:
    'Logs "The vrrp_garp_interval is very large - N seconds" (likewise gna_interval, garp_group intervals, vrrp_startup_delay) at start and uses the value.',
  example: 'vrrp_garp_interval 5   # meant 5 ms?',
  fix: 'Nothing if the value is meant; intervals are in seconds (0.005 for 5 ms).',
  *check({ model }) {
    for (const g of model.globals.globalDefs) yield* inBlock(g, 'global_defs');
    for (const top of model.parsed.statements) if (top.keyword.value === 'garp_group' && !top.isValue && top.def) yield* inBlock(top, 'garp_group');
  },
};
