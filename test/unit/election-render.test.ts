/** Election renderers: the exact JSON shape, and Mermaid/Markdown that hostile node names cannot break. */
import * as assert from 'node:assert/strict';
import type { ClusterInput } from '../../server/src/language/election/index';
import {
  elect,
  failAndReturnPlan,
  markdownCell,
  mermaidText,
  renderJson,
  renderMarkdown,
  renderMermaid,
  renderText,
  renderTimelineText,
  timeline,
} from '../../server/src/language/election/index';
import type { ElectionJson } from '../../server/src/language/election/render/json';

/** renderJson's text read back (the test checks the keys it really has). */
const readJson = (text: string): ElectionJson => JSON.parse(text) as ElectionJson;
function cluster(names: readonly string[], prios: readonly number[]): ClusterInput {
  return {
    nodes: names.map((name, k) => ({
      name,
      instances: [{ name: 'VI_1', vrid: 51, interface: 'eth0', priority: prios[k], ownAddress: `192.0.2.1${k + 1}` }],
    })),
  };
}

const hostile = ['a;b', 'pipe|node', 'tick`s```', 'new\nline', 'hash#59;%%x'];

describe('election renderers', () => {
  it('JSON has exactly the documented shape', () => {
    const json = readJson(renderJson(elect(cluster(['n1', 'n2', 'n3'], [100, 90, 80]), { actions: [{ kind: 'crash', node: 'n1' }] })));
    assert.deepEqual(Object.keys(json), ['instances', 'splitBrain']);
    assert.deepEqual(json.splitBrain, []);
    const i = json.instances[0];
    assert.ok(i);
    assert.deepEqual(Object.keys(i), ['name', 'vrid', 'interface', 'master', 'decidedBy', 'reason', 'failoverSeconds', 'nodes']);
    assert.deepEqual(Object.keys(i.nodes[0]!), ['node', 'state', 'priority', 'effectivePriority', 'masterDownInterval']);
    assert.deepEqual(
      { name: i.name, vrid: i.vrid, interface: i.interface, master: i.master, decidedBy: i.decidedBy, failoverSeconds: i.failoverSeconds },
      { name: 'VI_1', vrid: 51, interface: 'eth0', master: 'n2', decidedBy: 'priority', failoverSeconds: 3.648438 },
    );
    assert.deepEqual(
      i.nodes.map((n) => `${n.node}:${n.state}`),
      ['n1:DOWN', 'n2:MASTER', 'n3:BACKUP'],
    );
  });

  it('JSON: master null when start order decides; failoverSeconds null when nobody can be master', () => {
    const tie = readJson(renderJson(elect(cluster(['n1', 'n2'], [100, 100])))).instances[0];
    assert.equal(tie?.master, null);
    assert.equal(tie?.decidedBy, 'start-order');
    const none = readJson(renderJson(elect(cluster(['n1'], [100]), { actions: [{ kind: 'crash', node: 'n1' }] }))).instances[0];
    assert.deepEqual([none?.master, none?.decidedBy, none?.failoverSeconds], [null, 'none', null]);
  });

  it('the model keeps names as configured (no escaping in the model)', () => {
    const r = elect(cluster(hostile, [100, 90, 80, 70, 60]));
    assert.deepEqual(
      r.instances[0]!.nodes.map((n) => n.node),
      hostile,
    );
    assert.equal(r.instances[0]!.master, 'a;b');
    assert.equal(readJson(renderJson(r)).instances[0]?.nodes[3]?.node, 'new\nline');
  });

  const mermaidCases: [string, string][] = [
    ['a;b', 'a#59;b'],
    ['x|y', 'x#124;y'],
    ['t`ick', 't#96;ick'],
    ['new\nline', 'new line'],
    ['#59;', '#35;59#59;'],
    ['%%{init}%%', '#37;#37;#123;init#125;#37;#37;'],
    ['<b>', '#60;b#62;'],
    ['', '(unnamed)'],
  ];
  for (const [input, want] of mermaidCases) {
    it(`Mermaid text neutralises ${JSON.stringify(input)}`, () => assert.equal(mermaidText(input), want));
  }

  const markdownCases: [string, string][] = [
    ['a|b', 'a\\|b'],
    ['`code`', '\\`code\\`'],
    ['new\nline', 'new line'],
    ['*x*_y_', '\\*x\\*\\_y\\_'],
    ['<script>', '\\<script\\>'],
  ];
  for (const [input, want] of markdownCases) {
    it(`Markdown cell escapes ${JSON.stringify(input)}`, () => assert.equal(markdownCell(input), want));
  }

  it('a Mermaid diagram with hostile names stays one statement per line', () => {
    const c = cluster(hostile, [100, 90, 80, 70, 60]);
    const out = renderMermaid(timeline(c, failAndReturnPlan(c)));
    const lines = out.trimEnd().split('\n');
    assert.equal(lines[0], 'sequenceDiagram');
    for (const l of lines.slice(1)) {
      assert.match(l, /^ {2}(participant N\d+ as |Note (over|right of) N\d+(,N\d+)?: |N\d+-\)N\d+: )/, l);
      const text = l.replace(/^[^:]*(: | as )/, '').replace(/#\d+;/g, '');
      assert.doesNotMatch(text, /[;`|<>%#]/, l);
    }
    assert.equal(lines.filter((l) => l.startsWith('  participant')).length, 5);
    assert.ok(out.includes('participant N0 as a#59;b'));
  });

  it('Markdown keeps its tables and the mermaid fence intact with hostile names', () => {
    const c = cluster(hostile, [100, 90, 80, 70, 60]);
    const md = renderMarkdown(elect(c), timeline(c, failAndReturnPlan(c)));
    const lines = md.split('\n');
    assert.equal(lines.filter((l) => l.startsWith('```')).length, 2, 'one opening and one closing fence');
    const nodeRows = lines.filter((l) => l.startsWith('| ') && !l.startsWith('| ---') && /\| (MASTER|BACKUP|FAULT|DOWN) \|/.test(l));
    assert.equal(nodeRows.length, 5);
    for (const row of lines.filter((l) => l.startsWith('| '))) {
      const cells = row.replace(/\\\|/g, '').split('|').length - 2;
      assert.ok(cells === 6, `${cells} cells: ${row}`);
    }
    assert.ok(md.includes('pipe\\|node'));
  });

  it('text output stays one line per node even with a newline in a name', () => {
    const out = renderText(elect(cluster(['new\nline', 'n2'], [100, 90])));
    const rows = out.split('\n').filter((l) => /^ {2}\S+.*\s(MASTER|BACKUP)\s/.test(l));
    assert.equal(rows.length, 2);
    assert.ok(out.includes('new line'));
  });

  it('warnings are shown in text and Markdown', () => {
    const r = elect(cluster(['n1', 'n2'], [100, 90]), { actions: [{ kind: 'crash', node: 'n|9' }] });
    assert.match(renderText(r), /^warning: n\|9 crashes: there is no node n\|9\n/);
    assert.match(renderMarkdown(r), /> \*\*Warning:\*\* n\\\|9 crashes/);
  });

  it('timeline text lists actions and state changes in time order', () => {
    const c = cluster(['n1', 'n2', 'n3'], [100, 90, 80]);
    const out = renderTimelineText(timeline(c, failAndReturnPlan(c)));
    const iCrash = out.indexOf('>> n1 crashes');
    const iTake = out.indexOf('n2 VI_1: BACKUP → MASTER');
    const iBack = out.indexOf('>> n1 starts');
    assert.ok(iCrash > 0 && iTake > iCrash && iBack > iTake, out);
  });
});
