/**
 * Mutation fuzzing support: seed inputs (our fixtures and examples, and the shared corpus when it
 * is there), fast-check mutators (byte flips, line deletions and duplications, brace insertions
 * and removals, keyword swaps, quote and reader-construct insertions), and `checkInvariants`,
 * which runs one input through the whole core and asserts what must hold for every input:
 *
 * - nothing throws (reader, parser, analysis, validation, every feature);
 * - every diagnostic range, related range and token lies inside its file;
 * - formatting is idempotent and keeps every token (value, quoting, kind, line).
 *
 * Iterations: FUZZ_RUNS (default small enough for `npm test`; `npm run fuzz` raises it),
 * FUZZ_SEED to replay a failure (fast-check prints the seed and the shrunk input).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { analyse, type ConfigModel } from '../../server/src/language/analysis/model';
import { allKeywordNames } from '../../server/src/language/catalogue/index';
import type { ConfigHost } from '../../server/src/language/host';
import type { Issue, Span } from '../../server/src/language/issue';
import { parseConfig, type ParsedConfig } from '../../server/src/language/syntax/index';
import { validate } from '../../server/src/language/validation/validate';
import { memoryHost } from '../support/memoryHost';
import { repoRoot, sharedDir } from '../support/shared';

export const ENTRY = '/etc/keepalived/keepalived.conf';

/** Files an input may include (`include inc.conf`, `include conf.d/*.conf`, a cycle back to the entry). */
export const INCLUDED: Record<string, string> = {
  '/etc/keepalived/inc.conf': 'vrrp_script chk_inc {\n    script "/bin/true"\n}\n$INC=from_include\n',
  '/etc/keepalived/conf.d/a.conf': 'vrrp_instance VI_INC {\n    interface eth0\n    virtual_router_id 9\n    priority 100\n}\n',
  '/etc/keepalived/conf.d/b.conf': 'include ../keepalived.conf\n',
};

export function fuzzRuns(dflt: number): number {
  const n = Number(process.env.FUZZ_RUNS);
  return Number.isFinite(n) && n > 0 ? n : dflt;
}

export function fuzzSeed(): number | undefined {
  const n = Number(process.env.FUZZ_SEED);
  return Number.isFinite(n) && process.env.FUZZ_SEED ? n : undefined;
}

export interface Seed {
  readonly name: string;
  readonly text: string;
}

function filesUnder(dir: string, keep: (f: string) => boolean): string[] {
  const out: string[] = [];
  if (!fs.existsSync(dir)) return out;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...filesUnder(p, keep));
    else if (e.isFile() && keep(p)) out.push(p);
  }
  return out.sort();
}

const isConfig = (f: string): boolean => /(\.conf|\.cfg|\.keepalived)$|keepalived\.conf[^/]*$/.test(f) && !f.includes(`${path.sep}expected${path.sep}`);

/** Our own fixtures and examples (always there). */
export function projectSeeds(): Seed[] {
  const files = [...filesUnder(path.join(repoRoot, 'test', 'fixtures'), isConfig), ...filesUnder(path.join(repoRoot, 'examples'), isConfig)];
  return files.map((f) => ({ name: path.relative(repoRoot, f), text: fs.readFileSync(f, 'utf8') }));
}

/** The shared corpus beside the clone, or undefined when it is absent. */
export function corpusSeeds(): Seed[] | undefined {
  const shared = sharedDir();
  const dir = shared && path.join(shared, 'corpus');
  if (!dir || !fs.existsSync(dir)) return undefined;
  const files = filesUnder(dir, (f) => !/\.(txt|md)$/.test(f) && fs.statSync(f).size < 256 * 1024);
  return files.map((f) => ({ name: path.relative(dir, f), text: fs.readFileSync(f, 'utf8') }));
}

// ---------------------------------------------------------------- mutations

const SPECIALS = [
  '{',
  '}',
  '"',
  '#',
  '!',
  '\\',
  '\\#',
  '$',
  '$X',
  '${X}',
  '$X=value',
  '$M=a \\',
  '${_RANDOM 1 5}',
  '$INC',
  '@id ',
  '@^id ',
  '@other ',
  '~SEQ(i,1,3) ',
  '~SEQ(i,0) ',
  '~LST(x,a,b) ',
  '~SEQx(i,9,1) ',
  '~',
  'include inc.conf',
  'include conf.d/*.conf',
  'include /no/such/file',
  'include {a,b}.conf',
  '\t',
  '\r',
  '\0',
  '\f',
  '\v',
  ' ',
  '\n',
  '\r\n',
  'é',
  '\u00a0',
  '\u2028',
  '\ufeff',
  '\ud800',
  '""',
  '"{"',
  '{{',
  '}}',
  'vrrp_instance',
  'virtual_server 10.0.0.1 80',
  'real_server',
  'track_script',
  'virtual_ipaddress {',
  '255',
  '-1',
  '0x10',
  '1e99',
  '::1',
  '10.0.0.1/33',
];

type Op =
  | { readonly kind: 'flip'; readonly at: number; readonly code: number }
  | { readonly kind: 'delete'; readonly at: number; readonly len: number }
  | { readonly kind: 'deleteLine'; readonly line: number }
  | { readonly kind: 'dupLine'; readonly line: number; readonly to: number }
  | { readonly kind: 'brace'; readonly at: number; readonly open: boolean }
  | { readonly kind: 'unbrace'; readonly nth: number }
  | { readonly kind: 'swap'; readonly nth: number; readonly keyword: number }
  | { readonly kind: 'quote'; readonly at: number }
  | { readonly kind: 'special'; readonly at: number; readonly which: number }
  | { readonly kind: 'prefixLine'; readonly line: number; readonly which: number };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), code: fc.oneof(fc.integer({ min: 0, max: 127 }), fc.integer({ min: 0, max: 0xffff })) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), len: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ kind: fc.constant('deleteLine' as const), line: fc.nat() }),
  fc.record({ kind: fc.constant('dupLine' as const), line: fc.nat(), to: fc.nat() }),
  fc.record({ kind: fc.constant('brace' as const), at: fc.nat(), open: fc.boolean() }),
  fc.record({ kind: fc.constant('unbrace' as const), nth: fc.nat() }),
  fc.record({ kind: fc.constant('swap' as const), nth: fc.nat(), keyword: fc.nat() }),
  fc.record({ kind: fc.constant('quote' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('special' as const), at: fc.nat(), which: fc.nat() }),
  fc.record({ kind: fc.constant('prefixLine' as const), line: fc.nat(), which: fc.nat() }),
);

let keywords: string[] | undefined;

/** The element `n` picks from a non-empty list (n modulo its length). */
function pick<T>(xs: readonly T[], n: number): T {
  return xs[n % xs.length]!;
}

export function applyOp(text: string, op: Op): string {
  const n = text.length;
  switch (op.kind) {
    case 'flip': {
      if (n === 0) return String.fromCharCode(op.code);
      const at = op.at % n;
      return text.slice(0, at) + String.fromCharCode(op.code) + text.slice(at + 1);
    }
    case 'delete': {
      const at = n === 0 ? 0 : op.at % n;
      return text.slice(0, at) + text.slice(at + op.len);
    }
    case 'deleteLine': {
      const lines = text.split('\n');
      lines.splice(op.line % lines.length, 1);
      return lines.join('\n');
    }
    case 'dupLine': {
      const lines = text.split('\n');
      lines.splice(op.to % (lines.length + 1), 0, pick(lines, op.line));
      return lines.join('\n');
    }
    case 'brace': {
      const at = op.at % (n + 1);
      return `${text.slice(0, at)}${op.open ? '{' : '}'}${text.slice(at)}`;
    }
    case 'unbrace': {
      const where: number[] = [];
      for (let i = 0; i < n; i++) if (text[i] === '{' || text[i] === '}') where.push(i);
      if (where.length === 0) return text;
      const at = pick(where, op.nth);
      return text.slice(0, at) + text.slice(at + 1);
    }
    case 'swap': {
      keywords ??= allKeywordNames().sort();
      const words = [...text.matchAll(/[A-Za-z_][A-Za-z0-9_]*/g)];
      if (words.length === 0) return text;
      const w = pick(words, op.nth);
      const at = w.index ?? 0;
      return text.slice(0, at) + pick(keywords, op.keyword) + text.slice(at + w[0].length);
    }
    case 'quote': {
      const at = op.at % (n + 1);
      return `${text.slice(0, at)}"${text.slice(at)}`;
    }
    case 'special': {
      const at = op.at % (n + 1);
      return text.slice(0, at) + pick(SPECIALS, op.which) + text.slice(at);
    }
    case 'prefixLine': {
      const lines = text.split('\n');
      const i = op.line % lines.length;
      lines[i] = pick(SPECIALS, op.which) + pick(lines, i);
      return lines.join('\n');
    }
  }
}

/** A seed, mutated by up to `maxOps` operations. */
export function mutatedArb(seeds: readonly Seed[], maxOps = 6): fc.Arbitrary<string> {
  return fc
    .record({ seed: fc.nat({ max: seeds.length - 1 }), ops: fc.array(opArb, { minLength: 1, maxLength: maxOps }) })
    .map(({ seed, ops }) => ops.reduce(applyOp, pick(seeds, seed).text));
}

/**
 * Short programs made of the reader's constructs ($NAME definitions and uses, ~SEQ, ~LST, @id,
 * includes, braces, continuations): what found the hangs in test/regressions.
 */
const READER_PARTS = [
  '$A=',
  '$B=',
  '$M=',
  '${A}',
  '$A',
  '$B',
  '$M',
  '${B}${B}',
  '~SEQ(i,1,300) ',
  '~SEQ(j,1,$A) ',
  '~LST(x,a,b,c) ',
  '~LST({p,q},{1,2},{3,4}) ',
  'include inc.conf ',
  'include conf.d/*.conf ',
  '@id ',
  '@^id ',
  '\\',
  '\n',
  '\n',
  '\n',
  ' ',
  '{',
  '}',
  '"',
  'x ',
  'vrrp_instance V { ',
  '$i',
  '$x',
  '#',
  '${_RANDOM 1 9}',
  '${_PWD}',
  '$_HASH',
  '${A 1}',
  '  \\\n',
  'priority ',
  '100 ',
  'virtual_ipaddress {\n',
  '10.0.0.1/24\n',
];

export const readerProgramArb: fc.Arbitrary<string> = fc
  .array(fc.constantFrom(...READER_PARTS), { minLength: 1, maxLength: 30 })
  .map((parts) => parts.join(''));

// ---------------------------------------------------------------- invariants

export function fuzzHost(entryText: string): ConfigHost {
  return memoryHost({ [ENTRY]: entryText, ...INCLUDED });
}

function assertSpan(what: string, s: Span, parsed: ParsedConfig): void {
  const f = parsed.files.get(s.file);
  if (!f) throw new Error(`${what}: span in '${s.file}', which is not a file of the parse`);
  if (!(Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start <= s.end && s.end <= f.text.length)) {
    throw new Error(`${what}: span ${s.start}-${s.end} outside ${s.file} (length ${f.text.length})`);
  }
}

export function assertIssueSpans(issues: readonly Issue[], parsed: ParsedConfig): void {
  for (const i of issues) {
    assertSpan(`${i.code} '${i.message}'`, i.span, parsed);
    for (const r of i.related ?? []) assertSpan(`${i.code} related '${r.message}'`, r.span, parsed);
  }
}

/**
 * Token identity for the formatter check: kind, value and quoting, in order, and whether each
 * token shares the line of the one before (blank lines may go, lines may not split or join).
 */
function tokenShape(parsed: ParsedConfig): string[] {
  let prev: { file: string; line: number } | undefined;
  return parsed.tokens.map((t) => {
    const f = parsed.files.get(t.file);
    const line = f ? f.positionAt(t.start).line : -1;
    const same = prev !== undefined && prev.file === t.file && prev.line === line;
    prev = { file: t.file, line };
    return `${t.tokenType.name}|${t.quoted ? 'q' : ''}|${JSON.stringify(t.value)}|${same ? 'same line' : 'new line'}|${t.synthetic ? 'expanded' : ''}`;
  });
}

interface Features {
  readonly features: typeof import('../../server/src/language/features/index');
  readonly fixes: typeof import('../../server/src/language/features/codeActions') | undefined;
}

let features: Features | null | undefined;

/** The feature modules (written alongside this suite): undefined when they are not there yet. */
export function loadFeatures(): Features | undefined {
  if (features === undefined) {
    try {
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use, and allowed to be missing
      const f = require('../../server/src/language/features/index') as Features['features'];
      let fixes: Features['fixes'];
      try {
        // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use, and allowed to be missing
        fixes = require('../../server/src/language/features/codeActions') as Features['fixes'];
      } catch {
        fixes = undefined;
      }
      features = { features: f, fixes };
    } catch {
      features = null;
    }
  }
  return features ?? undefined;
}

export interface CheckOptions {
  readonly configId?: string;
  /** Offsets to ask hover/completion/navigation at (default: a spread over the file). */
  readonly offsets?: readonly number[];
  /** Run the features (default true). */
  readonly features?: boolean;
}

function offsetsOf(text: string, o: CheckOptions): number[] {
  if (o.offsets) return [...o.offsets];
  const out = new Set<number>([0, text.length]);
  const step = Math.max(1, Math.floor(text.length / 6));
  for (let i = step; i < text.length; i += step) out.add(i);
  const brace = text.indexOf('{');
  if (brace >= 0) out.add(brace + 1);
  return [...out];
}

/** Run `text` (as the entry file) through everything; throw on any violated invariant. */
export function checkInvariants(text: string, o: CheckOptions = {}): { parsed: ParsedConfig; model: ConfigModel; issues: Issue[] } {
  const host = fuzzHost(text);
  const parsed = parseConfig(ENTRY, text, host, { configId: o.configId ?? 'id' });
  for (const t of parsed.tokens) assertSpan(`token '${t.value}'`, { file: t.file, start: t.start, end: t.end }, parsed);
  const model = analyse(parsed);
  const issues = validate(model, {});
  assertIssueSpans(issues, parsed);
  if (o.features === false) return { parsed, model, issues };
  const loaded = loadFeatures();
  if (!loaded) return { parsed, model, issues };
  const F = loaded.features;
  const ctx = { model, file: ENTRY };
  const inBounds = (what: string) => (s: Span) => assertSpan(what, s, parsed);
  for (const off of offsetsOf(text, o)) {
    const h = F.hover(ctx, off, {});
    if (h) inBounds('hover')(h.span);
    F.complete(ctx, off, {});
    F.selectionRanges(ctx, off).forEach(inBounds('selection range'));
    F.definitionOf(ctx, off).forEach(inBounds('definition'));
    F.referencesOf(ctx, off, true).forEach(inBounds('reference'));
    const pr = F.prepareRename(ctx, off);
    if (pr) {
      const r = F.rename(ctx, off, 'renamed_by_fuzz');
      void r;
    }
  }
  F.documentSymbols(ctx);
  F.semanticTokens(ctx);
  F.inlayHints(ctx, { effectivePriority: true, variables: true });
  F.codeLenses(ctx, {});
  F.documentLinks(ctx, { isFile: () => false });
  F.foldingRanges(text);
  if (loaded.fixes) {
    const fixCtx = { model, options: {} };
    for (const i of issues.slice(0, 20)) loaded.fixes.quickFixes(fixCtx, i);
    loaded.fixes.codeActionsFor(fixCtx, issues.slice(0, 5), issues);
  }
  checkFormat(text, F);
  return { parsed, model, issues };
}

const FORMAT = { tabSize: 4, insertSpaces: true, insertFinalNewline: false, trimFinalNewlines: false };

/** Formatting is idempotent and keeps every token (what keepalived reads does not change). */
export function checkFormat(text: string, F: Features['features'] = loadFeatures()!.features): void {
  const once = F.formatText(text, FORMAT);
  const twice = F.formatText(once, FORMAT);
  if (twice !== once) throw new Error(`formatting is not idempotent:\n--- once\n${JSON.stringify(once)}\n--- twice\n${JSON.stringify(twice)}`);
  const before = parseConfig(ENTRY, text, fuzzHost(text), { configId: 'id' });
  // Past the reader's expansion budget the token stream is cut where the budget runs out, which
  // depends on how many characters the expanded lines have: formatting may move the cut.
  if (before.syntaxIssues.some((i) => i.code === 'substitution-overflow' && /Nothing more is expanded|nothing more is substituted/.test(i.message))) return;
  const a = tokenShape(before);
  const b = tokenShape(parseConfig(ENTRY, once, fuzzHost(once), { configId: 'id' }));
  if (a.length !== b.length || a.some((x, i) => x !== b[i])) {
    let i = 0;
    while (i < a.length && a[i] === b[i]) i++;
    throw new Error(`formatting changed the tokens at #${i}: before ${a[i]} after ${b[i]}\n--- formatted\n${JSON.stringify(once)}`);
  }
}
