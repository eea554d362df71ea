/**
 * Fixes of values: a number out of range becomes the nearest valid one (the catalogue's range,
 * or the instance's own limits for advert_int and VRIDs), a word of a fixed set gets its right
 * spelling, a too-long auth_pass is cut to what keepalived uses, a value cut by a mid-word `#`
 * is quoted.
 */
import { nearest } from '../../analysis/suggest';
import { readBool, readDecimal, readInteger } from '../../analysis/values';
import type { ArgSpec, ArgType } from '../../catalogue/types';
import type { Issue } from '../../issue';
import type { Statement, Word } from '../../syntax/ast';
import { caseOnly, dataReplacement, removeLineFix } from './generic';
import { takenVrids } from './vrrp';
import { nearestFreeVrid } from '../../analysis/vrids';
import { fileOf, isLiteralWord, quoteIfNeeded, statementAt, wordAt } from './text';
import type { CodeFix, FixContext, FixProvider } from './types';
import { advertInt } from '../../validation/rules/advert-int';
import { argumentValue } from '../../validation/rules/argument-value';
import { authPassLength } from '../../validation/rules/auth-pass-length';
import { downTimerAdvertsRange } from '../../validation/rules/down-timer-adverts-range';
import { garpInterval } from '../../validation/rules/garp-interval';
import { midWordComment } from '../../validation/rules/mid-word-comment';
import { persistenceTimeoutRange } from '../../validation/rules/persistence-timeout-range';
import { preemptDelayRange } from '../../validation/rules/preempt-delay-range';
import { priorityRange } from '../../validation/rules/priority-range';
import { scriptWeightRange } from '../../validation/rules/script-weight-range';
import { stateInvalid } from '../../validation/rules/state-invalid';
import { trackWeightRange } from '../../validation/rules/track-weight-range';
import { vridRange } from '../../validation/rules/vrid-range';

/** The statement and argument word a value diagnostic points at (its keyword or line: the first argument). */
export function valueTarget(ctx: FixContext, issue: Issue): { s: Statement; w: Word; spec: ArgSpec | undefined } | undefined {
  const s = statementAt(ctx.model, issue.span);
  if (!s) return undefined;
  let w = wordAt(s, issue.span);
  if (!w || w === s.keyword) w = s.args[0];
  if (!w) return undefined;
  const i = s.args.indexOf(w);
  const args = s.def?.args ?? [];
  const lastArg = args[args.length - 1];
  const spec = args[i] ?? (lastArg?.repeat ? lastArg : undefined);
  return { s, w, spec };
}

function formatNumber(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Number(n.toFixed(2)));
}

/** The nearest value of `t` to the word, when the word is a number out of range (or a misspelt word of a set). */
export function nearestValid(value: string, t: ArgType): string | undefined {
  switch (t.kind) {
    case 'int': {
      const r = readInteger(value, t.min, t.max);
      if (r.ok || r.reason === 'invalid' || r.value === undefined) return undefined;
      return formatNumber(Math.min(t.max ?? Infinity, Math.max(t.min ?? -Infinity, Math.trunc(r.value))));
    }
    case 'number': {
      const r = readDecimal(value, t.min, t.max);
      if (r.ok || r.reason === 'invalid' || r.value === undefined) return undefined;
      return formatNumber(Math.min(t.max ?? Infinity, Math.max(t.min ?? -Infinity, r.value)));
    }
    case 'port': {
      const r = readInteger(value, 0, 65535);
      if (r.ok || r.reason === 'invalid' || r.value === undefined) return undefined;
      return formatNumber(Math.min(65535, Math.max(0, r.value)));
    }
    case 'enum': {
      if (t.values.includes(value)) return undefined;
      const ci = t.values.find((x) => x.toLowerCase() === value.toLowerCase());
      return ci ?? nearest(value, t.values);
    }
    case 'bool':
      return readBool(value) === undefined && readBool(value.toLowerCase()) !== undefined ? value.toLowerCase() : undefined;
    default:
      return undefined;
  }
}

/** The value to write instead, or undefined when there is no sure nearest one. */
function replacementFor(ctx: FixContext, issue: Issue, s: Statement, w: Word, spec: ArgSpec | undefined): string | undefined {
  const kw = s.keyword.value;
  if (kw === 'advert_int' && s.parent) {
    const inst = ctx.model.instances.find((i) => i.stmt === s.parent);
    const r = readDecimal(w.value);
    if (!r.ok && r.value === undefined) return undefined;
    const v = r.ok ? r.value : r.value!;
    // VRRPv2 counts whole seconds (1..255); VRRPv3 centiseconds below 40.96 s.
    const fixed = inst?.version === 3 ? Math.min(40.95, Math.max(0.01, Math.round(v * 100) / 100)) : Math.min(255, Math.max(1, Math.round(v)));
    return formatNumber(fixed);
  }
  if (kw === 'virtual_router_id') {
    const r = readInteger(w.value);
    if (r.ok || r.value !== undefined) {
      const v = r.ok ? r.value : r.value!;
      const inst = ctx.model.instances.find((i) => i.stmt === s.parent);
      const used = inst ? takenVrids(ctx, inst) : new Set(ctx.model.instances.flatMap((i) => (i.dropped || i.vrid === undefined ? [] : [i.vrid])));
      if (v >= 1 && v <= 255 && !used.has(v)) return undefined;
      const free = nearestFreeVrid(v, used);
      return free === undefined ? undefined : String(free);
    }
    return undefined;
  }
  if (kw === 'priority' && s.parent) {
    const r = readInteger(w.value);
    const v = r.ok ? r.value : r.value;
    if (v === undefined || (v >= 1 && v <= 255)) return undefined;
    return String(keepOrder(v, new Set(peerPrioritiesOf(ctx, s))));
  }
  if (kw === 'state' && issue.code !== argumentValue.id) {
    const ci = ['MASTER', 'BACKUP'].find((x) => x.toLowerCase() === w.value.toLowerCase());
    // keepalived treats any other word as BACKUP
    return ci ?? 'BACKUP';
  }
  return spec ? nearestValid(w.value, spec.type) : undefined;
}

/**
 * A priority for a node meant to be above every other (`wanted` over 255) or below every other
 * (under 1): in 1..254 — never the address owner's 255 — and no peer's, so that the fix creates
 * neither an owner nor a tie; next to the peers (just above the highest, just below the lowest),
 * since a wider gap than the one written can outgrow a tracked check's weight, which then no
 * longer moves the VIPs (cluster-failover-weight). Without peers: 254, or 1.
 */
export function keepOrder(wanted: number, peers: ReadonlySet<number>): number {
  const known = [...peers].filter((p) => p >= 1 && p <= 254);
  if (wanted > 255) {
    if (known.length > 0) for (let p = Math.max(...known) + 1; p <= 254; p++) if (!peers.has(p)) return p;
    for (let p = 254; p >= 1; p--) if (!peers.has(p)) return p;
    return 254;
  }
  if (known.length > 0) for (let p = Math.min(...known) - 1; p >= 1; p--) if (!peers.has(p)) return p;
  for (let p = 1; p <= 254; p++) if (!peers.has(p)) return p;
  return 1;
}

/** Why a priority fix chose `value` for `wanted` (the title of the fix). */
function priorityWhy(value: number, peers: readonly number[], wanted: number): string {
  const known = peers.filter((p) => p >= 1 && p <= 254);
  if (known.length === 0) return value === 254 ? 'the highest priority below the address owner' : 'the lowest priority';
  if (wanted > 255 && value > Math.max(...known)) return 'just above every other node';
  if (wanted < 1 && value < Math.min(...known)) return 'just below every other node';
  return 'the nearest priority no other node has';
}

/**
 * Out-of-range and misspelt values: argument-value (from the catalogue) and the rules that
 * check one keyword's value with keepalived's exact consequence.
 */
export const valueFix: FixProvider = {
  codes: [
    priorityRange.id,
    vridRange.id,
    advertInt.id,
    preemptDelayRange.id,
    downTimerAdvertsRange.id,
    scriptWeightRange.id,
    trackWeightRange.id,
    persistenceTimeoutRange.id,
    garpInterval.id,
  ],
  fixes: valueFixes,
};

/** Values of a fixed set of words (and on/off): the same fixes, safe when only the letter case changes. */
export const wordValueFix: FixProvider = {
  codes: [argumentValue.id, stateInvalid.id],
  safe: 'some',
  safeWhen: 'only the letter case changes (`state master` → `MASTER`, `smtp_alert On` → `on`)',
  fixes: valueFixes,
};

/** The priorities the other nodes run the virtual router of this `priority` line with. */
function peerPrioritiesOf(ctx: FixContext, s: Statement): readonly number[] {
  const inst = ctx.model.instances.find((i) => i.stmt === s.parent);
  return inst?.vrid !== undefined ? (ctx.peerPriorities?.(inst.vrid, inst.family ?? 4) ?? []) : [];
}

/** The fixes of both: the nearest valid value, or the rule's replacement, or dropping what has no effect. */
function valueFixes(ctx: FixContext, issue: Issue): CodeFix[] {
  const t = valueTarget(ctx, issue);
  if (!t || !isLiteralWord(t.w)) return [];
  // what has no effect (a `state BACKUP` after MASTER, a 0 that disables, a stray option): drop it
  if (issue.data?.remove === true) return removeLineFix(ctx, issue);
  // our own nearest value first (it knows the other instances' VRIDs); else the rule's
  let r = replacementFor(ctx, issue, t.s, t.w, t.spec);
  if ((r === undefined || r === t.w.value) && t.w.span.start === issue.span.start && t.w.span.end === issue.span.end) r = dataReplacement(issue);
  if (r === undefined || r === t.w.value) return [];
  const title =
    t.s.keyword.value === 'priority' && /^\d+$/.test(r)
      ? `Change to ${r} (${priorityWhy(Number(r), peerPrioritiesOf(ctx, t.s), readInteger(t.w.value).value ?? 0)})`
      : /^-?[\d.]+$/.test(r)
        ? `Change to ${r} (the nearest valid value)`
        : `Change to '${r}'`;
  return [{ title, code: issue.code, edits: [{ span: t.w.span, newText: quoteIfNeeded(r, t.w.quoted) }], isPreferred: true, safe: caseOnly(t.w.value, r) }];
}

/** The longest prefix of whole characters that fits in `bytes` UTF-8 bytes. */
export function utf8Prefix(s: string, bytes: number): string {
  let n = 0;
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    const len = c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
    if (n + len > bytes) break;
    n += len;
    out += ch;
  }
  return out;
}

/** auth_pass longer than 8 characters: keepalived uses only the first 8 (bytes). */
export const authPassLengthFix: FixProvider = {
  codes: [authPassLength.id],
  fixAll: true,
  fixes(ctx, issue) {
    const s = statementAt(ctx.model, issue.span, (x) => x.keyword.value === 'auth_pass');
    const w = s?.args[0];
    if (!s || !isLiteralWord(w)) return [];
    const short = utf8Prefix(w.value, 8);
    if (short === w.value) return [];
    return [
      {
        title: `Shorten to '${short}' (the 8 characters keepalived uses)`,
        code: issue.code,
        edits: [{ span: w.span, newText: quoteIfNeeded(short, w.quoted) }],
        isPreferred: true,
      },
    ];
  },
};

/** `auth_pass ab#cd`: quote the word so keepalived reads all of it (or escape the character). */
export const midWordCommentFix: FixProvider = {
  codes: [midWordComment.id],
  fixes(ctx, issue) {
    const file = fileOf(ctx.model, issue.span.file);
    if (!file) return [];
    const kept = issue.data?.kept;
    let start = issue.span.start;
    if (kept !== undefined && file.text.slice(issue.span.start - kept.length, issue.span.start) === kept) start -= kept.length;
    else while (start > 0 && !/[ \t\n{}]/.test(file.text.charAt(start - 1))) start--;
    const word = file.text.slice(start, issue.span.end);
    const span = { file: file.path, start, end: issue.span.end };
    const out: CodeFix[] = [];
    if (!word.includes('"')) out.push({ title: `Quote the value: "${word}"`, code: issue.code, edits: [{ span, newText: `"${word}"` }], isPreferred: true });
    if (!word.includes('\\')) {
      const escaped = word.replace(/[#!]/g, '\\$&');
      out.push({ title: `Escape the comment character: ${escaped}`, code: issue.code, edits: [{ span, newText: escaped }], isPreferred: out.length === 0 });
    }
    return out;
  },
};
