/**
 * One rule line (`static_rules`, `virtual_rules`) read the way keepalived's alloc_rule()
 * (vrrp_iprule.c) reads it: word by word, each option by its own reader below, stopping at the
 * first error, which drops the whole line. A rule has exactly one action.
 */
import type { Statement, Word } from '../syntax/ast';
import { wordsOf } from '../syntax/ast';
import type { Family } from './addresses';
import { isU32, LineReader, readU32, readRouteAddress, routeType, type LineProblem } from './lineReader';
import { ruleValueProblem } from './rtValues';

export interface RuleLine {
  readonly stmt: Statement;
  readonly problems: LineProblem[];
  readonly dropped: boolean;
  readonly family: Family;
  readonly hasPreference: boolean;
}

/** The route types that are rule actions (besides table/lookup, goto and nop), by number. */
const RULE_ACTIONS: Readonly<Record<number, string>> = { 6: 'blackhole', 7: 'unreachable', 8: 'prohibit' };
/** Rule options with one value we do not check. */
const RULE_ONE_VALUE = new Set([
  'tos',
  'dsfield',
  'fwmark',
  'realms',
  'suppress_prefixlength',
  'sup_pl',
  'suppress_ifgroup',
  'sup_group',
  'dev',
  'iif',
  'oif',
  'tunnel-id',
  'uidrange',
  'protocol',
  'ipproto',
  'sport',
  'dport',
]);

class RuleReader extends LineReader {
  action: string | undefined;
  gotoTarget: number | undefined;
  preference: number | undefined;
  /** realms / suppress_*: options of a table rule. */
  tableOption = false;
  /** `dev` / `iif` given (what a track_group needs). */
  hasIif = false;
  noTrack = false;
  protocolWord: Word | undefined;
  /** The track_group found (a defined one). */
  trackGroup: Word | undefined;
  /** Reading stopped without an error (a second track_group). */
  stopped = false;

  constructor(
    w: readonly Word[],
    readonly trackGroups: ReadonlySet<string>,
  ) {
    super(w);
  }

  /** The rule's one action; a second one drops the line. */
  setAction(a: string, word: Word): void {
    if (this.action !== undefined)
      return this.fail(
        'invalid',
        word,
        `a rule takes only one action (table, goto, nop, blackhole, prohibit, unreachable); '${word.value}' comes after '${this.action}'`,
      );
    this.action = a;
  }
}

/** Reads the option `cur` (the word at `r.i`) and its values, leaving `r.i` on the last one. */
type RuleOption = (r: RuleReader, cur: Word) => void;

/** `inet`/`inet6` must agree with the addresses (the line is dropped, but the quirk still skips a word). */
const inetFamily: RuleOption = (r, cur) => {
  const f: Family = cur.value === 'inet' ? 4 : 6;
  if (r.family !== undefined && r.family !== f) r.fail('family', cur, `'${cur.value}' contradicts the IPv${r.family} addresses of the rule`);
  r.family = f;
  r.skipAfterFamily(cur.value);
};

const address: RuleOption = (r, cur) => {
  const word = r.next();
  const a = word ? readRouteAddress(word.value, true) : { ok: false as const };
  if (!word) return r.missing(cur, `'${cur.value}' needs an address`);
  if (!a.ok) return r.fail('address', word, `'${word.value}' is not a valid '${cur.value}' address`);
  r.longPrefix(word, a);
  if (a.family === undefined) return;
  if (r.family !== undefined && r.family !== a.family) return r.fail('family', word, `'${word.value}' is IPv${a.family} but the rule is IPv${r.family}`);
  r.family = a.family;
};

const lookup: RuleOption = (r, cur) => {
  const v = r.next();
  if (!v) return r.missing(cur, `'${cur.value}' needs a table`);
  if (/^\d+$/.test(v.value) && Number(v.value) === 0) return r.fail('invalid', v, 'table 0 is not a valid routing table');
  r.setAction('table', cur);
};

const preference: RuleOption = (r, cur) => {
  const v = r.next();
  if (!v) return r.missing(cur, `'${cur.value}' needs a number`);
  // read_unsigned_base_strvec with base 0: 0x10 and 020 are 16
  const n = readU32(v.value, 0);
  if (n === undefined) return r.fail('invalid', v, `'${v.value}' is not a valid rule preference (0..4294967295, decimal, 0x hex or 0 octal)`);
  r.preference = n;
};

const oneValue: RuleOption = (r, cur) => {
  const str = cur.value;
  const v = r.next();
  if (!v) return r.missing(cur, `'${str}' needs a value`);
  const problem = ruleValueProblem(str, v.value);
  if (problem?.drop) return r.fail('invalid', v, problem.drop);
  if (problem?.ignore) return r.corrected(v, problem.ignore);
  if (str === 'realms' || str.startsWith('sup')) r.tableOption = true;
  if (str === 'realms') {
    if (r.family === 6) return r.fail('family', cur, "'realms' is only valid for IPv4 rules");
    r.family = 4;
  }
  if (str === 'dev' || str === 'iif') r.hasIif = true;
  if (str === 'protocol') r.protocolWord = v;
};

/** Any other word: an action (`goto N`, `nop`, blackhole...), after an optional `type`. */
const action: RuleOption = (r, cur) => {
  const word = cur.value === 'type' ? r.next() : cur;
  if (!word) return r.missing(cur, "'type' needs an action");
  if (word.value === 'goto') {
    const v = r.next();
    if (!v) return r.missing(word, "'goto' needs a target preference");
    if (!isU32(v?.value)) return r.fail('invalid', v ?? word, `'${v?.value ?? ''}' is not a valid goto target`);
    r.gotoTarget = Number(v.value);
    r.setAction('goto', word);
  } else if (word.value === 'nop') r.setAction('nop', word);
  else {
    // a route type by name or number: blackhole (6), unreachable (7) and prohibit (8) are rule actions
    const type = routeType(word.value);
    if (type === undefined) return r.fail('invalid', word, `'${word.value}' is not a rule option`);
    const act = RULE_ACTIONS[type];
    if (act === undefined) return r.fail('invalid', word, `'${word.value}' is not a rule action (use table, goto, nop, blackhole, prohibit or unreachable)`);
    r.setAction(act, word);
  }
};

const flag: RuleOption = () => {};

/** The rule options by name; a word not here is an action. */
const RULE_OPTIONS = new Map<string, RuleOption>([
  ['inet', inetFamily],
  ['inet6', inetFamily],
  ['from', address],
  ['to', address],
  ['table', lookup],
  ['lookup', lookup],
  ['not', flag],
  ['preference', preference],
  ['order', preference],
  ['priority', preference],
  ...[...RULE_ONE_VALUE].map((n): [string, RuleOption] => [n, oneValue]),
  ['l3mdev', (r, cur) => r.setAction('table', cur)],
  ['no_track', (r) => void (r.noTrack = true)],
]);

const trackGroup: RuleOption = (r, cur) => {
  const group = r.next();
  if (!group) return r.missing(cur, "'track_group' needs a name");
  if (r.trackGroup) {
    r.stopped = true;
    return r.corrected(cur, 'a rule takes one track_group: keepalived stops reading the rule at this second one and ignores the rest of the line');
  }
  r.unknownTrackGroup(group, r.trackGroups);
  if (group && r.trackGroups.has(group.value)) r.trackGroup = group;
};

/** What makes the whole line wrong once it is read. */
function finish(r: RuleReader): void {
  if (r.failed) return;
  const { action, preference, gotoTarget } = r;
  if (action === undefined) return r.fail('invalid', undefined, 'the rule has no action (table, goto, nop, blackhole, prohibit or unreachable)');
  if (action === 'goto') {
    if (preference === undefined) return r.fail('invalid', undefined, `a goto rule needs a preference lower than its target ${gotoTarget}`);
    if (gotoTarget !== undefined && preference >= gotoTarget)
      return r.fail('invalid', undefined, `the preference ${preference} must be lower than the goto target ${gotoTarget}`);
  }
  if (action !== 'table' && r.tableOption) return r.fail('invalid', undefined, 'realms and suppress_* only apply to a table rule');
  const protocol = r.protocolWord;
  if (!r.noTrack && protocol && Number(protocol.value) !== 18)
    r.corrected(protocol, `a tracked rule must use protocol 18 (keepalived): keepalived replaces '${protocol.value}'`);
  if (r.trackGroup && !r.hasIif)
    r.corrected(r.trackGroup, "a static rule can only have a track_group when it has 'dev' or 'iif': keepalived ignores the track_group");
}

/** Read one rule line (a value line of a `rules` block); `track_group` only where allowed. */
export function readRule(stmt: Statement, allowTrackGroup: boolean, trackGroups: ReadonlySet<string> = new Set()): RuleLine {
  const r = new RuleReader(wordsOf(stmt), trackGroups);
  for (let cur = r.w[0]; cur && !r.failed && !r.stopped; cur = r.w[++r.i]) {
    const read = allowTrackGroup && cur.value === 'track_group' ? trackGroup : (RULE_OPTIONS.get(cur.value) ?? action);
    read(r, cur);
  }
  finish(r);
  return { stmt, problems: r.problems, dropped: r.failed, family: r.family ?? 4, hasPreference: r.preference !== undefined };
}
