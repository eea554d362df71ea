/**
 * The election preview page (client/src/electionPage.ts), built from a real server answer
 * (language/project/election.ts previewResult): hostile names stay text, the CSP and its nonce are there, the
 * only resource is the bundled page script, and the page shows the outcome, the toggles, the
 * split-brain banner and the sequence diagram drawn from the timeline events.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { contentSecurityPolicy, electionPageHtml, seconds } from '../../client/src/electionPage';
import { sequenceFromEvents, sequenceHtml } from '../../client/src/electionSequence';
import { escapeHtml } from '../../client/src/htmlEscape';
import { scenarioFromControls, type Controls } from '../../client/webview/form';
import { repoRoot } from '../support/shared';
import type { ClusterInput } from '../../server/src/language/election/input';
import { previewResult } from '../../server/src/language/project/election';
import { EMPTY_SCENARIO } from '../../server/src/shared/protocol';

const EVIL = '<img src=x onerror=alert(1)>';
const CSP_SOURCE = 'https://*.vscode-cdn.net';
const NONCE = 'bm9uY2Utdm9uLWhpZXI=';
const SCRIPT = 'https://file+.vscode-resource.vscode-cdn.net/ext/dist/electionView.js';

function seed(names: readonly string[] = ['node1', 'node2', 'node3'], instance = 'VI_1', tracker = 'chk_haproxy'): ClusterInput {
  return {
    nodes: names.map((name, k) => ({
      name,
      instances: [
        {
          name: instance,
          vrid: 51,
          interface: 'eth0',
          priority: 100 - 10 * k,
          advertInt: 1,
          vips: ['192.0.2.100/24'],
          trackers: [{ name: tracker, kind: 'script' as const, weight: -20, interval: 2, fall: 2, rise: 2 }],
        },
      ],
    })),
  };
}

const files = (c: ClusterInput) => c.nodes.map((n) => ({ file: `file:///etc/keepalived/${encodeURIComponent(n.name)}.conf` }));

function page(cluster: ClusterInput, scenario: unknown = EMPTY_SCENARIO, focus?: string): string {
  return electionPageHtml({
    cspSource: CSP_SOURCE,
    scriptUri: SCRIPT,
    nonce: NONCE,
    result: previewResult('workspace', cluster, files(cluster), scenario),
    focus,
  });
}

/** Every attribute name of every tag (values are double-quoted with `"` escaped, so this reads them right). */
function attributeNames(html: string): string[] {
  const out: string[] = [];
  for (const tag of html.matchAll(/<([a-zA-Z][\w-]*)((?:\s+[^\s=>"]+(?:="[^"]*")?)*)\s*\/?>/g)) {
    for (const a of tag[2]!.matchAll(/\s+([^\s=>"]+)(?:="[^"]*")?/g)) out.push(a[1]!);
  }
  return out;
}

/** The page without its CSP meta (which names the webview's resource origin). */
const withoutCsp = (html: string) => html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '');

describe('webview: election preview page', () => {
  it('hostile instance, node and script names never become markup', () => {
    const cluster = seed([EVIL, `n2"><script>alert(2)</script>`, "n3' onmouseover='x"], `VI_${EVIL}`, `chk_${EVIL}`);
    const html = page(cluster, { ...EMPTY_SCENARIO, fail: [{ node: EVIL, tracker: `chk_${EVIL}` }] });
    assert.ok(!/<img/i.test(html), 'no unescaped <img');
    assert.equal((html.match(/<script/g) ?? []).length, 1, "only the page's own script element");
    assert.ok(!/<script[^>]*>[^<]/.test(html), 'no inline script');
    assert.deepEqual(
      attributeNames(html).filter((a) => /^on/i.test(a)),
      [],
      'no event handler attribute',
    );
    assert.ok(
      attributeNames(html).every((a) => /^[a-z-]+$/.test(a)),
      attributeNames(html).join(' '),
    );
    assert.ok(html.includes('&lt;img src=x onerror=alert(1)&gt;'), 'the name is shown as text');
    // the scenario was run with the hostile names (the toggle is checked)
    assert.match(html, /data-tracker="chk_&lt;img src=x onerror=alert\(1\)&gt;" checked/);
  });

  it('has a strict Content-Security-Policy with the nonce on its one style and one script', () => {
    const html = page(seed());
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)?.[1];
    assert.equal(csp, escapeHtml(contentSecurityPolicy(CSP_SOURCE, NONCE)));
    assert.match(
      csp.replace(/&#39;/g, "'"),
      /^default-src 'none'; script-src 'nonce-bm9uY2Utdm9uLWhpZXI='; style-src https:\/\/\*\.vscode-cdn\.net 'nonce-bm9uY2Utdm9uLWhpZXI='; img-src https:\/\/\*\.vscode-cdn\.net data:;/,
    );
    assert.deepEqual(html.match(/<script[^>]*>/g), [`<script nonce="${NONCE}" src="${SCRIPT}">`]);
    assert.deepEqual(html.match(/<style[^>]*>/g), [`<style nonce="${NONCE}">`]);
    assert.ok(!/\sstyle="/.test(html), 'no style attributes (the CSP blocks them)');
  });

  it('loads only its bundled script: no other URL, no other src/href to a resource, no @import', () => {
    for (const html of [
      page(seed()),
      electionPageHtml({ cspSource: CSP_SOURCE, scriptUri: SCRIPT, nonce: NONCE }),
      electionPageHtml({ cspSource: CSP_SOURCE, scriptUri: SCRIPT, nonce: NONCE, error: 'x' }),
    ]) {
      const body = withoutCsp(html).replace(` src="${SCRIPT}"`, '');
      assert.ok(!/https?:/i.test(body), 'no http(s) URL outside the CSP and the script');
      assert.ok(!/\ssrc=/i.test(body), 'no other src attribute');
      assert.ok(!/href="(?!#)/.test(body), 'links are in-page only');
      assert.ok(!/@import|url\(/i.test(body), 'no CSS import or url()');
    }
  });

  it('shows the winner and why, base and effective priorities, states, and the timeline', () => {
    const html = page(seed(), { ...EMPTY_SCENARIO, fail: [{ node: 'node1', tracker: 'chk_haproxy' }] });
    assert.match(html, /<span class="state MASTER">MASTER<\/span> <b>node2<\/b> — decided by <b>priority<\/b> · failover 4\.648–7\.648 s/);
    assert.match(html, /<tr><td>node1<\/td><td><span class="state BACKUP">BACKUP<\/span><\/td><td class="num">100<\/td><td class="num changed">80<\/td>/);
    assert.match(html, /After chk_haproxy fails on node1: node2 has the highest effective priority/);
    assert.match(html, /start all → chk_haproxy fails on node1 → all recover/);
    assert.match(
      html,
      /<table class="steps">.*<td class="num">0 s<\/td><td>start all<\/td><td>VI_1: <b>node1<\/b> <span class="muted">\(priority, failover 3\.614–3\.669 s\)/s,
    );
    assert.match(html, /<div class="seq cols3"/);
    assert.match(html, /class="actor r1 c1 s1">node1</);
    assert.match(html, /<table class="events">/);
  });

  it('has a toggle for every scenario: crash/stop per node, each tracker, each interface, a start order', () => {
    const html = page(seed(), { ...EMPTY_SCENARIO, down: ['node3'], startOrder: ['node2'] });
    assert.equal((html.match(/<select data-run /g) ?? []).length, 3);
    assert.match(
      html,
      /<select data-run data-node="node3"[^>]*><option value="up">runs<\/option><option value="down" selected>crashes<\/option><option value="stop">stops gracefully<\/option>/,
    );
    assert.equal((html.match(/data-fail data-node="node\d" data-tracker="chk_haproxy"/g) ?? []).length, 3);
    assert.equal((html.match(/data-link data-node="node\d" data-iface="eth0"/g) ?? []).length, 3);
    assert.equal((html.match(/<select data-order=/g) ?? []).length, 3);
    assert.match(html, /<select data-order="0"[^>]*>.*?<option value="node2" selected>node2<\/option>/);
    assert.match(html, /data-copy="mermaid">Copy as Mermaid/);
    assert.match(html, /data-copy="markdown">Copy as Markdown/);
  });

  it('drops scenario parts the nodes do not have, and says so', () => {
    const r = previewResult('workspace', seed(), files(seed()), {
      down: ['ghost', 'node1'],
      fail: [{ node: 'node2', tracker: 'nope' }],
      linkDown: 'bogus',
      startOrder: [1, 'node2'],
    });
    assert.deepEqual(r.scenario, { down: ['node1'], stop: [], fail: [], linkDown: [], startOrder: ['node2'] });
    assert.ok(
      r.warnings.some((w) => /ignored crash: there is no node 'ghost'/.test(w)),
      r.warnings.join(' | '),
    );
    assert.ok(r.warnings.some((w) => /node2 does not track 'nope'/.test(w)));
    assert.equal(r.json.instances[0]!.master, 'node2');
  });

  it('marks the instance it was opened for', () => {
    assert.match(page(seed(), EMPTY_SCENARIO, 'VI_1'), /<article class="instance focus" id="instance-0">/);
    assert.match(page(seed()), /<article class="instance" id="instance-0">/);
  });

  it('the sequence diagram is drawn from the timeline events, as the Mermaid renderer draws them', () => {
    const r = previewResult('workspace', seed(), files(seed()), { ...EMPTY_SCENARIO, stop: ['node1'] });
    const d = sequenceFromEvents(r);
    assert.deepEqual(d.participants, ['node1', 'node2', 'node3']);
    const text = (row: (typeof d.rows)[number]) => `${row.kind} ${row.from}-${row.to}${row.kind === 'note' && row.right ? ' right' : ''}: ${row.text}`;
    assert.deepEqual(d.rows.map(text), [
      'note 0-2: 0 s: start all',
      'note 0-0: 3.642 s: VI_1: BACKUP → MASTER (master-down timer ran out)',
      'note 0-0: 11 s: node1 stops gracefully',
      'message 0-1: 11.03 s VI_1 priority 0',
      'message 0-2: 11.03 s VI_1 priority 0',
      'note 0-0: 11.03 s: VI_1: MASTER → DOWN',
      'note 1-1: 11.678 s: VI_1: BACKUP → MASTER (master resigned (priority 0), skew ran out)',
      'note 0-0: 22 s: node1 starts',
      'note 0-0: 25.642 s: VI_1: BACKUP → MASTER (preempts the lower-priority master)',
      'note 1-1: 25.642 s: VI_1: MASTER → BACKUP',
    ]);
    // the same picture as "Copy as Mermaid": one diagram line per row (plus the header and participants)
    assert.equal(r.mermaid.trimEnd().split('\n').length, 1 + 3 + d.rows.length);
    const { html, css } = sequenceHtml(d);
    assert.match(html, /<div class="message ltr r5 c1 s2"><span class="label">11\.03 s VI_1 priority 0<\/span>/);
    assert.match(css, /\.seq \.s2>\.line\{margin-left:25%;margin-right:25%\}/);
    const hostile = seed([EVIL, 'b']);
    const evil = sequenceHtml(sequenceFromEvents(previewResult('workspace', hostile, files(hostile), EMPTY_SCENARIO))).html;
    assert.ok(!evil.includes('<img') && evil.includes('&lt;img src=x onerror=alert(1)&gt;'));
  });

  it('a split brain is a red banner: two VRIDs for one VIP (lb1 51, lb2 52) make both MASTER', () => {
    const c: ClusterInput = {
      nodes: ['lb1', 'lb2'].map((name, k) => ({
        name,
        instances: [{ name: 'VI_1', vrid: 51 + k, interface: 'eth0', priority: 100 - k, vips: ['192.0.2.100/24'] }],
      })),
    };
    const r = previewResult('workspace', c, files(c), EMPTY_SCENARIO);
    assert.deepEqual(r.splitBrain, [
      '192.0.2.100 is held by lb1 (VI_1, VRID 51) and lb2 (VI_1, VRID 52) at the same time: different virtual routers never elect one master between them',
    ]);
    assert.deepEqual(r.json.splitBrain, [
      {
        vips: ['192.0.2.100'],
        masters: [
          { node: 'lb1', instance: 'VI_1', vrid: 51 },
          { node: 'lb2', instance: 'VI_1', vrid: 52 },
        ],
      },
    ]);
    const html = electionPageHtml({ cspSource: CSP_SOURCE, scriptUri: SCRIPT, nonce: NONCE, result: r });
    assert.match(
      html,
      /<section class="split-brain" id="split-brain" role="alert"><h2>Split brain<\/h2><ul><li>192\.0\.2\.100 is held by lb1 \(VI_1, VRID 51\) and lb2 \(VI_1, VRID 52\) at the same time/,
    );
    assert.ok(html.indexOf('class="split-brain"') < html.indexOf('id="outcome"'), 'above the outcome');
    assert.ok(!page(seed()).includes('class="split-brain"'), 'no banner without a split brain');
  });

  it('an undecided election: the headline names the candidates and the table agrees', () => {
    const c = seed(['n1', 'n2']);
    const tie: ClusterInput = { nodes: c.nodes.map((n) => ({ ...n, instances: n.instances.map((i) => ({ ...i, priority: 100 })) })) };
    const html = electionPageHtml({
      cspSource: CSP_SOURCE,
      scriptUri: SCRIPT,
      nonce: NONCE,
      result: previewResult('workspace', tie, files(tie), EMPTY_SCENARIO),
    });
    assert.match(html, /<span class="state EITHER">MASTER or BACKUP<\/span> <b>n1 or n2<\/b> — undecided, decided by <b>start-order<\/b>/);
    assert.equal((html.match(/<td><span class="state MASTER">/g) ?? []).length, 0, 'no row claims MASTER');
    assert.equal((html.match(/<td><span class="state EITHER">MASTER or BACKUP<\/span><\/td>/g) ?? []).length, 2);
  });

  it('no node can be MASTER (keepalived refuses the only node): the headline says so, "decided by" is not claimed, no row is MASTER', () => {
    const c = seed(['n1']);
    const bad: ClusterInput = { nodes: [{ ...c.nodes[0]!, instances: [...c.nodes[0]!.instances, { name: 'VI_2', vrid: 0, interface: 'eth0' }] }] };
    const r = previewResult('workspace', bad, files(bad), EMPTY_SCENARIO);
    const html = electionPageHtml({ cspSource: CSP_SOURCE, scriptUri: SCRIPT, nonce: NONCE, result: r });
    assert.match(html, /<p class="winner"><span class="state DOWN">DOWN<\/span> <b>No node can be MASTER<\/b><\/p>/);
    assert.ok(!/decided by <b>none/.test(html));
    assert.equal((html.match(/<td><span class="state MASTER">/g) ?? []).length, 0, 'no row claims MASTER');
    assert.match(r.text, /master: {5}\(none\) {3}no node can be MASTER\n/);
    assert.match(r.text, /keepalived refuses to start: VI_2 has no valid virtual_router_id/);
  });

  it("the controls make the same steps as the CLI's --step: the toggles, then (optionally) their recovery", () => {
    const c: Controls = {
      runs: [
        { node: 'n1', value: 'down' },
        { node: 'n2', value: 'up' },
        { node: 'n3', value: 'stop' },
      ],
      fails: [
        { node: 'n2', tracker: 'chk', checked: true },
        { node: 'n3', tracker: 'chk', checked: false },
      ],
      links: [{ node: 'n2', iface: 'eth1', checked: true }],
      order: ['n3', '', 'n3', 'n1'],
      startGap: ' 0.05 ',
      recover: true,
    };
    assert.deepEqual(scenarioFromControls(c), {
      down: ['n1'],
      stop: ['n3'],
      fail: [{ node: 'n2', tracker: 'chk' }],
      linkDown: [{ node: 'n2', interface: 'eth1' }],
      startOrder: ['n3', 'n1'],
      startGap: 0.05,
      steps: [
        [
          { kind: 'heal', node: 'n2', tracker: 'chk' },
          { kind: 'link-up', node: 'n2', interface: 'eth1' },
          { kind: 'start', node: 'n3' },
          { kind: 'start', node: 'n1' },
        ],
      ],
    });
    assert.deepEqual(scenarioFromControls({ ...c, startGap: 'soon', recover: false }).steps, []);
    assert.equal('startGap' in scenarioFromControls({ ...c, startGap: '' }), false, 'empty: each node once the one before has settled');
    // the server runs them as the CLI does: the outcome is the last step's
    const r = previewResult('workspace', seed(), files(seed()), { ...EMPTY_SCENARIO, down: ['node1'], steps: [[{ kind: 'start', node: 'node1' }]] });
    assert.deepEqual(
      r.json.steps!.map((s) => [s.label, s.instances[0]!.master]),
      [
        ['start all', 'node1'],
        ['node1 crashes', 'node2'],
        ['node1 starts', 'node1'],
      ],
    );
    assert.equal(r.json.instances[0]!.master, 'node1');
    assert.deepEqual(r.scenario.steps, [[{ kind: 'start', node: 'node1' }]]);
  });

  it('the page script is a bundled browser module that builds no HTML from data', () => {
    const bundle = fs.readFileSync(path.join(repoRoot, 'dist/electionView.js'), 'utf8');
    assert.match(bundle, /acquireVsCodeApi\(\)/);
    assert.ok(!/innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\(/.test(bundle));
    assert.ok(!/\brequire\(/.test(bundle), 'a browser bundle, no CommonJS require');
  });

  it('formats seconds as the CLI does', () => {
    assert.deepEqual([seconds(3.609375), seconds(11), seconds(0.6484375)], ['3.609 s', '11 s', '0.648 s']);
  });
});
