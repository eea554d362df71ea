/**
 * The core's language service (language/project/languageService.ts, codeActionService.ts,
 * lspTypes.ts): the features' answers as vscode-languageserver-types values, ranges at the
 * positions the SourceFile line tables give, semantic tokens encoded as the server library's
 * builder encodes them, a template left to its grammar and to template code; and the election
 * scenario's text grammar (language/features/scenarioText.ts).
 */
import * as assert from 'node:assert/strict';
import { SemanticTokensBuilder } from 'vscode-languageserver/node';
import {
  createProjectService,
  definitionAt,
  formatting,
  hoverAt,
  outline,
  parseStep,
  readScenarioFile,
  ScenarioTextError,
  semanticTokensOf,
  SourceFile,
  splitNodeSpec,
  toRange,
  TOKEN_MODIFIERS,
  TOKEN_TYPES,
  type DocumentReading,
  type FileResult,
} from '../../server/src/language/project/index';
import { semanticTokens } from '../../server/src/language/features/semanticTokens';
import { memoryHost } from '../support/memoryHost';

const CONF = '/etc/keepalived/keepalived.conf';
const TEXT = [
  '@lb1 $N=100',
  'vrrp_script chk {',
  '    script "/bin/true"',
  '}',
  'vrrp_instance VI_1 {',
  '    state BACKUP',
  '    interface eth0',
  '    virtual_router_id 51',
  '    priority $N',
  '    track_script {',
  '        chk',
  '    }',
  '    virtual_ipaddress {',
  '        192.0.2.10/24',
  '    }',
  '}',
  '',
].join('\n');

function reading(path: string, text: string): DocumentReading & { own: FileResult } {
  const own = createProjectService(memoryHost({ [path]: text })).lintFile(path, text);
  const file = new SourceFile(path, text);
  return {
    document: { uri: `file://${path}`, path, offsetAt: (p) => file.offsetAt(p), getText: () => text },
    own,
    models: [own.model],
    uriOf: (p) => `file://${p}`,
  };
}

const position = (text: string, needle: string, after = 0) => new SourceFile('x', text).positionAt(text.indexOf(needle) + after);

describe('language service: LSP types from the core', () => {
  it('semantic tokens are encoded relative to the previous one, as SemanticTokensBuilder does', () => {
    const d = reading(CONF, TEXT);
    const builder = new SemanticTokensBuilder();
    const file = d.own.model.parsed.files;
    let count = 0;
    for (const t of semanticTokens({ model: d.own.model, file: CONF })) {
      const r = toRange(t.span, file);
      if (r.start.line !== r.end.line) continue;
      const mods = t.modifiers.reduce((bits, m) => bits | (1 << TOKEN_MODIFIERS.indexOf(m)), 0);
      builder.push(r.start.line, r.start.character, r.end.character - r.start.character, TOKEN_TYPES.indexOf(t.type), mods);
      count++;
    }
    assert.ok(count >= 4, 'the case has tokens on several lines');
    assert.deepEqual(semanticTokensOf(d).data, builder.build().data);
  });

  it('hover and definition answer with ranges at the line and character of the text', () => {
    const d = reading(CONF, TEXT);
    const at = position(TEXT, '        chk', 9);
    const defs = definitionAt(d, at);
    assert.deepEqual(defs, [{ uri: `file://${CONF}`, range: { start: { line: 1, character: 12 }, end: { line: 1, character: 15 } } }]);
    const h = hoverAt(d, position(TEXT, 'priority $N', 2), () => ({}));
    assert.ok(h && typeof h.contents === 'object' && 'kind' in h.contents && h.contents.kind === 'markdown');
    assert.deepEqual(h.range, { start: { line: 8, character: 4 }, end: { line: 8, character: 12 } });
    assert.equal(
      hoverAt({ ...d, models: [] }, at, () => ({})),
      null,
      'no analysis: no hover',
    );
  });

  it('the outline nests the instance blocks with LSP symbol kinds and ranges', () => {
    const symbols = outline(reading(CONF, TEXT));
    const vi = symbols.find((s) => s.name === 'VI_1');
    assert.ok(vi, JSON.stringify(symbols.map((s) => s.name)));
    assert.equal(vi.range.start.line, 4);
    assert.equal(vi.range.end.line, 15);
  });

  it('formatting edits a plain file and leaves a template alone', () => {
    const messy = 'vrrp_instance VI_1 {\nstate BACKUP\n}\n';
    const edits = formatting(reading(CONF, messy), { tabSize: 4, insertSpaces: true });
    assert.deepEqual(edits, [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 12 } }, newText: '    state BACKUP' }]);
    const tpl = '/srv/roles/lb/templates/keepalived.conf.j2';
    const t = reading(tpl, 'vrrp_instance {{ name }} {\nstate BACKUP\n}\n');
    assert.ok(t.own.template, 'read as a template');
    assert.deepEqual(formatting(t, { tabSize: 4, insertSpaces: true }), []);
    assert.deepEqual(semanticTokensOf(t).data, []);
  });

  it("a Helm define's keepalived body is the template's view: hover and outline reach it", () => {
    const helpers = '/srv/charts/keepalived/templates/_helpers.tpl';
    const text = [
      '{{- define "keepalived.labels" -}}',
      'app: {{ .Chart.Name }}',
      '{{- end }}',
      '{{- define "keepalived.conf" -}}',
      'vrrp_instance VI_1 {',
      '    interface eth0',
      '    virtual_router_id 51',
      '    priority {{ .Values.priority }}',
      '    virtual_ipaddress {',
      '        192.0.2.10',
      '    }',
      '}',
      '{{- end }}',
      '',
    ].join('\n');
    const t = reading(helpers, text);
    assert.ok(t.own.template, 'read as a template');
    const hover = hoverAt(t, { line: 6, character: 8 }, () => ({}));
    assert.ok(hover && JSON.stringify(hover.contents).includes('virtual_router_id'), JSON.stringify(hover));
    assert.equal(
      hoverAt(t, { line: 1, character: 1 }, () => ({})),
      null,
      'the labels define is no keepalived text',
    );
    assert.deepEqual(
      outline(t).map((s) => s.name),
      ['VI_1'],
    );
  });
});

describe('election scenario text (core)', () => {
  const nodes = ['lb1', 'lb2', 'a:b'];
  const good: [string, unknown][] = [
    ['crash:lb1', [{ kind: 'crash', node: 'lb1' }]],
    [
      'fail:lb2:chk, recover:lb2:chk',
      [
        { kind: 'fail', node: 'lb2', tracker: 'chk' },
        { kind: 'heal', node: 'lb2', tracker: 'chk' },
      ],
    ],
    ['link-down:a:b:eth0', [{ kind: 'link-down', node: 'a:b', interface: 'eth0' }]],
    [
      'isolate:lb1,rejoin:lb1',
      [
        { kind: 'isolate', node: 'lb1' },
        { kind: 'rejoin', node: 'lb1' },
      ],
    ],
  ];
  for (const [text, actions] of good) it(`parses '${text}'`, () => assert.deepEqual(parseStep(text, nodes), actions));

  const bad: [string, RegExp][] = [
    ['', /--step needs at least one action/],
    ['explode:lb1', /unknown action 'explode'/],
    ['crash', /'crash' needs a node: crash:NODE/],
    ['fail:lb1', /--step fail needs NODE:TRACKER \(not 'lb1'\)/],
  ];
  for (const [text, message] of bad)
    it(`refuses '${text}' as a usage mistake`, () =>
      assert.throws(
        () => parseStep(text, nodes),
        (e: unknown) => e instanceof ScenarioTextError && e.usage && message.test(e.message),
      ));

  it('splits NODE:NAME on the longest known node', () => {
    assert.deepEqual(splitNodeSpec('a:b:chk', '--fail', nodes), { node: 'a:b', name: 'chk' });
  });

  it('reads a scenario file and names it in its mistakes (not usage mistakes)', () => {
    assert.deepEqual(readScenarioFile('{"startGap": 1, "steps": ["crash:lb1", ["stop:lb2", "start:lb1"]]}', 's.json'), {
      startOrder: undefined,
      startGap: 1,
      steps: ['crash:lb1', 'stop:lb2,start:lb1'],
    });
    for (const [text, message] of [
      ['nope', /^s\.json: not JSON/],
      ['[]', /^s\.json: a scenario is an object/],
      ['{"when": 1}', /unknown field 'when'/],
      ['{"startGap": 5000}', /startGap is a number of seconds from 0 to 3600/],
      ['{"steps": [1]}', /steps is a list of steps/],
    ] as const)
      assert.throws(
        () => readScenarioFile(text, 's.json'),
        (e: unknown) => e instanceof ScenarioTextError && !e.usage && message.test(e.message),
      );
  });
});
