/**
 * Route and rule lines (`static_routes`, `virtual_routes`, `static_rules`, `virtual_rules`) of a
 * configuration, each read the way keepalived reads it: routeLine.ts (alloc_route()) and
 * ruleLine.ts (alloc_rule()), on the word reader they share (lineReader.ts).
 */
import type { Span } from '../issue';
import { statementsIn, type Statement } from '../syntax/ast';
import type { LineProblem, LineProblemKind } from './lineReader';
import { collectPerBlockFrom, inViewOf, topOf, type ConfigModel } from './model';
import { readRoute, type RouteLine } from './routeLine';
import { readRule, type RuleLine } from './ruleLine';

export type { LineProblem, LineProblemKind, RouteAddress } from './lineReader';
export { readRouteAddress } from './lineReader';
export type { Deprecated, RouteLine } from './routeLine';
export { readRoute } from './routeLine';
export type { RuleLine } from './ruleLine';
export { readRule } from './ruleLine';

/** Every route / rule line of the configuration, in reading order. */
export interface RouteModel {
  readonly routes: RouteLine[];
  readonly rules: RuleLine[];
}

const cache = new WeakMap<ConfigModel, RouteModel>();
/** The route and rule lines of a top-level block (a block never changes once parsed). */
const linesOf = new WeakMap<Statement, readonly Statement[]>();
const routeAndRuleLines = (list: readonly Statement[]) => statementsIn(list, 'values:routes', 'values:rules');
const same = (list: readonly Statement[]) => list;

export function routeModel(model: ConfigModel): RouteModel {
  let m = cache.get(model);
  if (m) return m;
  if (model.whole) {
    const w = routeModel(model.whole);
    m = { routes: inViewOf(model, w.routes, (r) => r.stmt), rules: inViewOf(model, w.rules, (r) => r.stmt) };
  } else {
    const routes: RouteLine[] = [];
    const rules: RuleLine[] = [];
    // track_group blocks are looked up while the route is read: only earlier ones count.
    const trackGroups = new Set<string>();
    const tops = model.parsed.statements;
    let next = 0;
    for (const s of collectPerBlockFrom(model, linesOf, routeAndRuleLines, same)) {
      // the track_group blocks up to this line's top-level block
      const top = topOf(s);
      for (; next < tops.length; next++) {
        const t = tops[next]!;
        if (!t.isValue && t.keyword.value === 'track_group' && t.def && t.args[0]) trackGroups.add(t.args[0].value);
        if (t === top) break;
      }
      // track_group is only accepted in the static blocks.
      const isStatic = s.parent?.keyword.value.startsWith('static_') ?? false;
      if (s.blockId === 'values:routes') routes.push(readRoute(s, isStatic, trackGroups));
      else rules.push(readRule(s, isStatic, trackGroups));
    }
    m = { routes, rules };
  }
  cache.set(model, m);
  return m;
}

/**
 * The track_group blocks defined before the top-level block `top`: keepalived looks a
 * track_group up while it reads a static address, route or rule, so only earlier ones count.
 */
export function trackGroupsBefore(model: ConfigModel, top: Statement): ReadonlySet<string> {
  const names = new Set<string>();
  for (const t of (model.whole ?? model).parsed.statements) {
    if (t === top) break;
    if (!t.isValue && t.keyword.value === 'track_group' && t.def && t.args[0]) names.add(t.args[0].value);
  }
  return names;
}

/** A problem of a route or rule line, where to show it and its message as the start of a sentence. */
export interface PlacedProblem {
  readonly problem: LineProblem;
  /** The word at fault, else the whole line. */
  readonly span: Span;
  /** The message with a capital letter. */
  readonly sentence: string;
}

/** The problems of the given kinds on route or rule lines, in reading order. */
export function* problemsOf(lines: readonly (RouteLine | RuleLine)[], kinds: readonly LineProblemKind[]): Generator<PlacedProblem> {
  for (const line of lines)
    for (const problem of line.problems)
      if (kinds.includes(problem.kind))
        yield { problem, span: problem.word?.span ?? line.stmt.span, sentence: problem.message.charAt(0).toUpperCase() + problem.message.slice(1) };
}
