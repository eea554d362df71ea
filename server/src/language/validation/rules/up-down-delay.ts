import { intOrUndefined, readMicros } from '../../analysis/values';
import type { VrrpInstance } from '../../analysis/vrrp';
import { childrenOf, type Statement, type Word } from '../../syntax/ast';
import type { Finding, Rule } from '../rule';

/** Microseconds per second: keepalived keeps these delays in µs (TIMER_HZ). */
const HZ = 1_000_000;
const MAX = 255 * HZ;

const seconds = (us: number): string => `${us / HZ} s`;

interface Delays {
  down: number;
  up: number;
  readonly line: Statement;
}

/** One interface_up_down_delays line: its findings, and the delays it sets (none when keepalived ignores the line). */
function readLine(line: Statement, out: Finding[]): Omit<Delays, 'line'> | undefined {
  const name = line.keyword.value;
  const [down, up, ...extra] = line.args;
  if (!down) {
    out.push({
      span: line.keyword.span,
      message: `No delays for ${name}: keepalived logs it and ignores the line. Write '${name} <down_delay> [<up_delay>]' in seconds, or remove the line.`,
    });
    return undefined;
  }
  if (extra.length > 0)
    out.push({
      span: { ...extra[0]!.span, end: extra[extra.length - 1]!.span.end },
      message: `A line of interface_up_down_delays takes an interface, a down delay and an up delay: keepalived logs the extra words and ignores them. Remove them.`,
    });
  const d = delay(down, 'down', name, out);
  if (d === undefined) return undefined;
  const u = up ? delay(up, 'up', name, out) : 0;
  return u === undefined ? undefined : { down: d, up: u };
}

function delay(w: Word, which: 'down' | 'up', name: string, out: Finding[]): number | undefined {
  const r = readMicros(w.value, MAX);
  if (r.problem === 'negative' || r.problem === 'range')
    out.push({
      span: w.span,
      message: `${which} delay '${w.value}' for ${name} is ${r.problem === 'negative' ? 'negative' : 'over 255 seconds'}: keepalived reports it and ignores the whole line, so ${name} gets no debounce. Use 0 to 255 seconds.`,
    });
  else if (r.problem === 'invalid')
    out.push({
      span: w.span,
      message:
        `${which} delay '${w.value}' for ${name} is not a number: keepalived reports it and ` +
        (r.value === undefined ? 'ignores the whole line' : `uses only its leading digits (${seconds(r.value)})`) +
        '. Write a number of seconds.',
    });
  return r.value;
}

/** The delays each interface ends up with, in file order (a later valid line replaces an earlier one). */
function delaysOf(tops: readonly Statement[], out: Finding[]): Map<string, Delays> {
  const byIf = new Map<string, Delays>();
  for (const top of tops) {
    if (top.keyword.value !== 'interface_up_down_delays' || top.isValue || !top.def) continue;
    for (const line of childrenOf(top)) {
      if (!line.isValue) continue;
      const d = readLine(line, out);
      if (d) byIf.set(line.keyword.value, { ...d, line });
    }
  }
  return byIf;
}

/** What vrrp_complete_instance does with the delays of the instance's interface (check_debounce_timers). */
function checkInstance(inst: VrrpInstance, d: Delays, globalDownTimer: number | undefined): Finding | undefined {
  if (d.up === 0 && d.down === 0) return undefined;
  const related = [{ span: inst.stmt.args[0]?.span ?? inst.stmt.keyword.span, message: `${inst.name} uses ${d.line.keyword.value}` }];
  // the instance's own line, else global_defs' vrrp_down_timer_adverts; strict mode makes it 3 (vrrp.c)
  const own = intOrUndefined(inst.last('down_timer_adverts')?.args[0]?.value, 1, 100);
  const downTimerAdverts = inst.strict ? 3 : (own ?? globalDownTimer ?? 3);
  if (downTimerAdverts === 1) {
    d.up = 0;
    d.down = 0;
    return {
      span: d.line.span,
      related,
      message: `${inst.name} has down_timer_adverts 1 (its own or global_defs' vrrp_down_timer_adverts), which leaves no time to debounce ${d.line.keyword.value}: keepalived logs it and sets both delays to 0. Raise down_timer_adverts or remove the delays.`,
    };
  }
  const advert = Math.round(inst.advertInt * HZ);
  const limit = (downTimerAdverts - 1) * advert;
  if (d.up < limit && d.down < limit) return undefined;
  if (d.up >= limit) d.up = limit - Math.floor(advert / 256);
  if (d.down >= limit) d.down = limit - Math.floor(advert / 256);
  return {
    span: d.line.span,
    related,
    message:
      `The delays for ${d.line.keyword.value} must stay below (down_timer_adverts - 1) × advert_int of ${inst.name} = ${seconds(limit)}, ` +
      `or a backup would take over before the link change is seen: keepalived logs it and shortens them. Use smaller delays, or raise down_timer_adverts.`,
  };
}

/** interface_up_down_delays lines keepalived ignores or corrects (keepalived/vrrp/vrrp_parser.c alloc_if_up_down_delay, vrrp.c). */
export const upDownDelay: Rule = {
  id: 'up-down-delay',
  severity: 'warning',
  title:
    'An interface_up_down_delays line keepalived ignores or corrects: no delay, extra words, a delay that is negative or over 255 s, or delays too long for the down timer of an instance on that interface.',
  keepalived:
    'Logs "No timeouts specified", "Too many parameters", "Invalid down delay" / "Invalid up delay" (the line is ignored), or at start "cannot use debounce timers with down_timer_adverts = 1" / "debounce timer(s) not less that N * advert_int - resetting" (the delays are shortened).',
  example: 'interface_up_down_delays { eth0 5 }   # with advert_int 1 and down_timer_adverts 3',
  fix: 'Keep each delay below (down_timer_adverts - 1) × advert_int of the instances on the interface.',
  *check({ model }) {
    const out: Finding[] = [];
    const delays = delaysOf(model.parsed.statements, out);
    yield* out;
    if (delays.size === 0) return;
    let globalDownTimer: number | undefined;
    for (const g of model.globals.globalDefs)
      for (const c of childrenOf(g))
        if (!c.isValue && c.keyword.value === 'vrrp_down_timer_adverts') globalDownTimer = intOrUndefined(c.args[0]?.value, 1, 100) ?? globalDownTimer;
    for (const inst of model.instances) {
      const d = !inst.dropped && inst.interface ? delays.get(inst.interface.value) : undefined;
      const f = d && checkInstance(inst, d, globalDownTimer);
      if (f) yield f;
    }
  },
};
