/**
 * Incremental re-validation (server/src/language/incremental) gives what a fresh lint() gives,
 * after every edit of random edit sequences on generated configurations (includes, `$NAME`
 * definitions and uses, `@id` lines, ~SEQ, duplicate and dangling names, brace errors), on the
 * fixtures, examples and corpus — issues, and the parse the editor features read. Also: every
 * per-block rule (validation/scope.ts) finds on the views of a configuration's blocks exactly what
 * it finds on the whole, each finding in the block its span is in; and the parser's two entries
 * (Chevrotain, feedLines) report the same lines and braces.
 *
 * FUZZ_RUNS raises the number of sequences; FUZZ_SEED replays a failure.
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseAddress } from '../../server/src/language/analysis/addresses';
import { analyse } from '../../server/src/language/analysis/model';
import { lint, type LintOptions } from '../../server/src/language/index';
import type { Issue, Span } from '../../server/src/language/issue';
import { IncrementalLinter } from '../../server/src/language/incremental/linter';
import { IncrementalModel, segmentView } from '../../server/src/language/incremental/model';
import { SegmentedFile } from '../../server/src/language/incremental/segments';
import { walk } from '../../server/src/language/syntax/ast';
import { parseConfig, type ParsedConfig } from '../../server/src/language/syntax/index';
import { feedLines, parseInto } from '../../server/src/language/syntax/parser';
import { rules } from '../../server/src/language/validation/index';
import { runRules } from '../../server/src/language/validation/run';
import { BLOCK_RULES } from '../../server/src/language/validation/scope';
import type { AstSink } from '../../server/src/language/syntax/toAst';
import { applyEdit, editArb as editArbOf, type Edit } from '../support/edits';
import { corpusSeeds, ENTRY, fuzzHost, fuzzRuns, fuzzSeed, projectSeeds, type Seed } from '../robustness/fuzz';

const DEFAULT_SEED = 20261203;

const span = (s: Span | undefined) => (s ? `${s.file}:${s.start}-${s.end}` : '-');
const issueKey = (i: Issue) =>
  `${span(i.span)} ${i.severity} ${i.code}: ${i.message} [${(i.related ?? []).map((r) => `${span(r.span)} ${r.message}`).join('; ')}] ${JSON.stringify(i.data ?? null)}`;

/** What the editor features read of a parse, as text. */
function parseDigest(p: ParsedConfig): string {
  const out: string[] = [];
  for (const t of p.tokens) out.push(`T ${t.tokenType.name} ${span(t)} ${span(t.span)} ${JSON.stringify(t.value)} ${t.quoted} ${t.synthetic}`);
  for (const s of walk(p.statements)) {
    const b = s.body ? `${s.body.kind}/${s.body.id} ${span(s.body.open?.span)} ${span(s.body.close?.span)} ${s.body.statements.length}` : '';
    out.push(
      `S ${s.blockId} ${s.keyword.value} ${span(s.span)} ${s.args.map((a) => `${a.value}@${span(a.span)}`).join(',')} ${s.isValue} ${b} <${s.parent?.keyword.value ?? ''}`,
    );
  }
  out.push(`top ${p.statements.length}`);
  for (const i of p.syntaxIssues) out.push(`I ${issueKey(i)}`);
  for (const d of p.definitions) out.push(`D ${d.name}=${JSON.stringify(d.value)} ${d.multiline} ${span(d.span)} ${span(d.valueSpan)}`);
  for (const u of p.uses) out.push(`U ${u.name} ${span(u.span)} ${JSON.stringify(u.expansion)} ${u.definition?.name ?? ''}`);
  for (const c of p.conditionals) out.push(`C ${c.id} ${c.negated} ${c.active} ${span(c.span)} ${span(c.lineSpan)}`);
  for (const r of p.repetitions) out.push(`R ${span(r.span)} ${r.vars.join(',')} ${r.rounds}`);
  for (const i of p.includes) out.push(`N ${span(i.span)} ${span(i.pathSpan)} ${i.pattern} ${i.files.join(',')}`);
  for (const m of p.midWordComments) out.push(`M ${span(m.span)} ${m.kept} ${m.dropped}`);
  out.push(`F ${[...p.files.keys()].join(',')}`);
  return out.join('\n');
}

function firstDifference(a: string, b: string): string {
  const x = a.split('\n');
  const y = b.split('\n');
  let i = 0;
  while (i < x.length && x[i] === y[i]) i++;
  return `line ${i}:\n  incremental: ${x[i] ?? '(none)'}\n  full:        ${y[i] ?? '(none)'}`;
}

// ---------------------------------------------------------------- generated configurations

const NAMES = ['VI_1', 'VI_2', 'VI_3'];
const SCRIPTS = ['chk_a', 'chk_b'];
const IFACES = ['eth0', 'eth1', '$IF'];

const instanceArb = fc
  .record({
    name: fc.constantFrom(...NAMES),
    iface: fc.option(fc.constantFrom(...IFACES), { nil: undefined }),
    vrid: fc.option(fc.constantFrom('1', '51', '51', '300', '$VRID'), { nil: undefined }),
    priority: fc.option(fc.constantFrom('100', '255', '0', 'abc'), { nil: undefined }),
    state: fc.option(fc.constantFrom('MASTER', 'BACKUP'), { nil: undefined }),
    track: fc.array(fc.constantFrom(...SCRIPTS, 'chk_missing'), { maxLength: 2 }),
    vips: fc.array(fc.constantFrom('10.0.0.1/24', '10.0.0.1', '2001:db8::1', '192.168.1.10/24'), { maxLength: 2 }),
    peers: fc.array(fc.constantFrom('10.0.0.2', '192.168.1.10'), { maxLength: 1 }),
    auth: fc.boolean(),
  })
  .map((i) =>
    [
      `vrrp_instance ${i.name} {`,
      i.state && `    state ${i.state}`,
      i.iface && `    interface ${i.iface}`,
      i.vrid && `    virtual_router_id ${i.vrid}`,
      i.priority && `    priority ${i.priority}`,
      i.auth && '    authentication {\n        auth_type PASS\n        auth_pass secret123\n    }',
      i.track.length > 0 && `    track_script {\n${i.track.map((t) => `        ${t}`).join('\n')}\n    }`,
      i.vips.length > 0 && `    virtual_ipaddress {\n${i.vips.map((v) => `        ${v}`).join('\n')}\n    }`,
      i.peers.length > 0 && `    unicast_peer {\n${i.peers.map((v) => `        ${v}`).join('\n')}\n    }`,
      '}',
    ]
      .filter(Boolean)
      .join('\n'),
  );

const scriptArb = fc
  .record({ name: fc.constantFrom(...SCRIPTS), script: fc.boolean(), weight: fc.option(fc.constantFrom('-20', '300'), { nil: undefined }) })
  .map((s) => [`vrrp_script ${s.name} {`, s.script && '    script "/bin/true"', s.weight && `    weight ${s.weight}`, '}'].filter(Boolean).join('\n'));

const syncArb = fc
  .array(fc.constantFrom(...NAMES, 'VI_none'), { maxLength: 3 })
  .map((m) => `vrrp_sync_group G {\n    group {\n${m.map((x) => `        ${x}`).join('\n')}\n    }\n}`);

const serverArb = fc
  .record({
    group: fc.boolean(),
    algo: fc.constantFrom('rr', 'wrr', 'bogus'),
    reals: fc.array(fc.constantFrom('10.1.0.1 80', '10.1.0.1 80', '10.1.0.2'), { maxLength: 2 }),
  })
  .map((v) =>
    [
      v.group ? 'virtual_server group VSG {' : 'virtual_server 10.0.0.10 80 {',
      `    lb_algo ${v.algo}`,
      '    lb_kind NAT',
      ...v.reals.map((r) => `    real_server ${r} {\n        TCP_CHECK {\n            connect_timeout 3\n        }\n    }`),
      '}',
    ].join('\n'),
  );

const pieceArb = fc.oneof(
  { weight: 5, arbitrary: instanceArb },
  { weight: 2, arbitrary: scriptArb },
  { weight: 1, arbitrary: syncArb },
  { weight: 1, arbitrary: serverArb },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      'global_defs {\n    router_id r1\n}',
      'global_defs {\n    vrrp_strict\n    enable_script_security\n}',
      'global_defs {\n    default_interface eth1\n}',
      '$IF=eth0',
      '$IF=eth1',
      '$VRID=7',
      '$M=vrrp_script chk_m { \\\n    script "/bin/true" }',
      '$M',
      '@n1 vrrp_script chk_b {',
      '@^n1 global_defs { router_id other }',
      '~SEQ(i,1,2) vrrp_instance VI_S$i { interface eth0 virtual_router_id 2$i }',
      'include inc.conf',
      'include conf.d/*.conf',
      'virtual_server_group VSG {\n    10.0.0.20 80\n}',
      'static_routes {\n    10.9.0.0/16 via 10.0.0.254 dev eth0\n}',
      '# a comment',
      '',
      '}',
      '{',
      'unknown_block {\n    x {\n}',
    ),
  },
);

const configArb = fc.array(pieceArb, { minLength: 1, maxLength: 10 }).map((ps) => `${ps.join('\n')}\n`);

/** Text typed or deleted anywhere. */
const FRAGMENTS = [
  '{',
  '}',
  '\n',
  ' ',
  'x',
  '1',
  '5',
  '#',
  '"',
  '$IF',
  '$IF=eth1\n',
  '$VRID=9\n',
  '@n1 ',
  '~SEQ(i,1,2) ',
  'include inc.conf\n',
  'VI_1',
  'chk_a',
  'priority 250\n',
  'state MASTER\n',
  'track_script {\n chk_b\n}\n',
  '\n}\n',
  'vrrp_script chk_a {\n    script "/bin/true"\n}\n',
  'vrrp_instance VI_2 {\n    interface eth0\n    virtual_router_id 51\n    priority 90\n}\n',
  'vrrp_sync_group G2 {\n    group {\n        VI_1\n    }\n}\n',
  'global_defs {\n    vrrp_strict\n}\n',
];

const editArb = editArbOf(
  fc.oneof(
    fc.constantFrom(...FRAGMENTS),
    pieceArb.map((p) => `${p}\n`),
  ),
);

const OPTIONS: readonly LintOptions[] = [
  {},
  { configId: 'n1' },
  {
    configId: 'n2',
    interfaces: new Map([['eth0', [parseAddress('192.168.1.10/24', true)!]]]),
    severities: { 'unused-script': 'off', 'vrid-range': 'error' },
    keepalivedVersion: '2.2.7',
  },
];

/** Apply the edits one by one: after each, the incremental result must be a fresh lint's. */
function checkSequence(start: string, edits: readonly Edit[], options: LintOptions): void {
  let text = start;
  const linter = new IncrementalLinter(ENTRY, text, fuzzHost(text), options);
  const compare = (step: string) => {
    const host = fuzzHost(text);
    const got = linter.update(text);
    const want = lint(ENTRY, text, host, options);
    const g = got.issues.map(issueKey).join('\n');
    const w = want.issues.map(issueKey).join('\n');
    if (g !== w) throw new Error(`issues differ ${step}: ${firstDifference(g, w)}\n--- text ---\n${text}`);
    const gp = parseDigest(got.model.parsed);
    const wp = parseDigest(want.model.parsed);
    if (gp !== wp) throw new Error(`parse differs ${step}: ${firstDifference(gp, wp)}\n--- text ---\n${text}`);
  };
  compare('at the start');
  edits.forEach((e, k) => {
    text = applyEdit(text, e);
    compare(`after edit ${k + 1} (${JSON.stringify(e)})`);
  });
}

describe('incremental re-validation', function () {
  this.timeout(120_000);
  const seed = fuzzSeed() ?? (process.env.FUZZ_RUNS ? undefined : DEFAULT_SEED);

  it(`equals a fresh lint after every edit of generated configurations (${fuzzRuns(150)} sequences)`, () => {
    fc.assert(
      fc.property(configArb, fc.array(editArb, { minLength: 1, maxLength: 12 }), fc.constantFrom(...OPTIONS), (start, edits, options) =>
        checkSequence(start, edits, options),
      ),
      { numRuns: fuzzRuns(150), seed },
    );
  });

  const seeds: Seed[] = [...projectSeeds(), ...(corpusSeeds() ?? [])];
  it(`equals a fresh lint after every edit of the fixtures, examples and corpus (${fuzzRuns(150)} sequences)`, () => {
    fc.assert(
      fc.property(fc.constantFrom(...seeds), fc.array(editArb, { minLength: 1, maxLength: 8 }), fc.constantFrom(...OPTIONS), (s, edits, options) =>
        checkSequence(s.text, edits, options),
      ),
      { numRuns: fuzzRuns(150), seed },
    );
  });

  it('a rename that makes a later block a duplicate (keepalived skips it unread) or no longer one', () => {
    const dup = 'vrrp_instance VI_2 {\n    bogus {\n    }\n    priority 300\n}\n';
    const start = `vrrp_instance VI_1 {\n    interface eth0\n}\nglobal_defs {\n    router_id r\n}\n${dup}vrrp_sync_group G {\n    group {\n        VI_2\n    }\n}\n`;
    const at = (text: string, pos: number) => (pos + 0.5) / (text.length + 1);
    const first = start.indexOf('VI_1') + 3;
    // VI_1 -> VI_2 (the later VI_2 becomes a skipped duplicate), then back, then a third VI_2 appended
    const renamed = start.slice(0, first) + '2' + start.slice(first + 1);
    const edits: Edit[] = [
      { at: at(start, first), del: 1, ins: '2' },
      { at: at(renamed, first), del: 1, ins: '1' },
      { at: 1, del: 0, ins: dup },
    ];
    for (const options of OPTIONS) checkSequence(start, edits, options);
  });

  it('a second word after an instance name (keepalived skips the block unread) typed and removed', () => {
    const start = 'vrrp_instance VI_1 {\n    bogus {\n    }\n    priority 300\n}\nvrrp_sync_group G {\n    group {\n        VI_1\n    }\n}\n';
    const at = (text: string, pos: number) => (pos + 0.5) / (text.length + 1);
    const after = start.indexOf('VI_1') + 4;
    const twoWords = start.slice(0, after) + ' X' + start.slice(after);
    const edits: Edit[] = [
      { at: at(start, after), del: 0, ins: ' X' },
      { at: at(twoWords, after), del: 2, ins: '' },
      { at: at(start, start.indexOf('VI_1')), del: 4, ins: '' },
    ];
    for (const options of OPTIONS) checkSequence(start, edits, options);
  });

  it('an edit inside one block of a large file re-reads and re-checks that block only', () => {
    const block = (i: number) =>
      `vrrp_instance VI_${i} {\n    interface eth0\n    virtual_router_id ${(i % 250) + 1}\n    priority 100\n    track_script {\n        chk\n    }\n}\n`;
    let text = `vrrp_script chk {\n    script "/bin/true"\n}\n${Array.from({ length: 300 }, (_, i) => block(i)).join('')}`;
    const file = new SegmentedFile(ENTRY, text, fuzzHost(text), {});
    assert.equal(file.segments.length, 301);
    const at = text.indexOf('priority 100', text.indexOf('VI_150 '));
    text = `${text.slice(0, at)}priority 101${text.slice(at + 'priority 100'.length)}`;
    const change = file.update(text);
    assert.equal(change.added.length, 1, 'one segment read again');
    assert.equal(change.removed.length, 1);
    assert.equal(change.edit?.delta, 0, 'same length: nothing moves');
    const after = `${text.slice(0, 10)}#${text.slice(10)}`;
    const moved = file.update(after);
    assert.equal(moved.added.length, 1);
    assert.equal(moved.edit?.delta, 1);
    assert.equal(parseDigest(file.parsed()), parseDigest(parseConfig(ENTRY, after, fuzzHost(after), {})));
  });
});

describe('per-block rules (validation/scope.ts)', () => {
  const seeds: Seed[] = [...projectSeeds(), ...(corpusSeeds() ?? [])];
  const blockRules = rules.filter((r) => BLOCK_RULES.has(r.id));

  it('lists only existing rules', () => {
    const ids = new Set(rules.map((r) => r.id));
    assert.deepEqual(
      [...BLOCK_RULES].filter((id) => !ids.has(id)),
      [],
    );
    assert.ok(blockRules.length > 50);
  });

  for (const options of OPTIONS.slice(0, 3)) {
    it(`find on the views of the blocks what they find on the whole, each in the block of its span (${options.interfaces ? 'with host interfaces' : options.configId ? 'config id' : 'defaults'})`, () => {
      const problems: string[] = [];
      for (const s of seeds) {
        const host = fuzzHost(s.text);
        const full = analyse(parseConfig(ENTRY, s.text, host, { configId: options.configId }));
        const file = new SegmentedFile(ENTRY, s.text, host, { configId: options.configId });
        const { model, symbolsOf } = new IncrementalModel().build(file);
        const instanceOf = new Map(model.instances.map((i) => [i.obj, i]));
        const segs = file.segments;
        const segmentOf = (i: Issue) => {
          if (i.span.file !== ENTRY) return segs.findIndex((g) => g.included.has(i.span.file));
          return segs.findIndex((g, k) => g.start <= i.span.start && (i.span.start < g.end || k === segs.length - 1));
        };
        for (const rule of blockRules) {
          const whole = runRules([rule], { model: full, options });
          const bySegment = segs.map(() => [] as string[]);
          for (const i of whole) bySegment[segmentOf(i)]?.push(issueKey(i));
          segs.forEach((g, k) => {
            const got = runRules([rule], { model: segmentView(model, g, symbolsOf(g), instanceOf), options }).map(issueKey);
            if (got.join('\n') !== bySegment[k]!.join('\n'))
              problems.push(`${rule.id} on ${s.name}, block ${k}: ${firstDifference(got.join('\n'), bySegment[k]!.join('\n'))}`);
          });
        }
      }
      assert.deepEqual(problems.slice(0, 5), []);
    });
  }
});

describe('parser entries', () => {
  it('feedLines reports what the Chevrotain parser reports', () => {
    const record = (events: string[]): AstSink => ({
      line: (k, args) => events.push(`line ${span(k)} ${args.map((a) => span(a)).join(',')}`),
      open: (t) => events.push(`open ${span(t)}`),
      close: (t) => events.push(`close ${span(t)}`),
    });
    for (const s of [...projectSeeds(), ...(corpusSeeds() ?? [])]) {
      const tokens = parseConfig(ENTRY, s.text, fuzzHost(s.text), {}).tokens;
      const a: string[] = [];
      const b: string[] = [];
      parseInto(tokens, record(a));
      feedLines(tokens, record(b));
      assert.deepEqual(b, a, s.name);
    }
  });
});
