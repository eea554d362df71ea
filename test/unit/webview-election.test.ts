/**
 * The election preview page (client/src/electionPage.ts), built from a real server answer
 * (lsp/election.ts previewResult): hostile names stay text, the CSP and its nonce are there, no
 * remote resource is loaded, and the page shows the outcome, the toggles and the sequence diagram.
 */
import * as assert from 'node:assert/strict';
import { contentSecurityPolicy, electionPageHtml, seconds } from '../../client/src/electionPage';
import { decodeMermaid, parseMermaidSequence, sequenceHtml } from '../../client/src/electionSequence';
import { WEBVIEW_SCRIPT } from '../../client/src/electionScript';
import { escapeHtml } from '../../client/src/htmlEscape';
import type { ClusterInput } from '../../server/src/language/election/input';
import { previewResult } from '../../server/src/language/project/election';
import { EMPTY_SCENARIO } from '../../server/src/shared/protocol';

const EVIL = '<img src=x onerror=alert(1)>';
const CSP_SOURCE = 'https://*.vscode-cdn.net';
const NONCE = 'bm9uY2Utdm9uLWhpZXI=';

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
  return electionPageHtml({ cspSource: CSP_SOURCE, nonce: NONCE, result: previewResult('workspace', cluster, files(cluster), scenario), focus });
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
    assert.deepEqual(html.match(/<script[^>]*>/g), [`<script nonce="${NONCE}">`]);
    assert.deepEqual(html.match(/<style[^>]*>/g), [`<style nonce="${NONCE}">`]);
    assert.ok(!/\sstyle="/.test(html), 'no style attributes (the CSP blocks them)');
  });

  it('loads nothing: no http(s) URL, no src/href to a resource, no @import', () => {
    for (const html of [
      page(seed()),
      electionPageHtml({ cspSource: CSP_SOURCE, nonce: NONCE }),
      electionPageHtml({ cspSource: CSP_SOURCE, nonce: NONCE, error: 'x' }),
    ]) {
      const body = withoutCsp(html);
      assert.ok(!/https?:/i.test(body), 'no http(s) URL outside the CSP');
      assert.ok(!/\ssrc=/i.test(body), 'no src attribute');
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

  it('the sequence diagram reads the Mermaid text and decodes its entities', () => {
    assert.equal(decodeMermaid('a#59;b #35;59#59; #60;img#62;'), 'a;b #59; <img>');
    const d = parseMermaidSequence(
      [
        'sequenceDiagram',
        '  participant N0 as lb#59;1',
        '  participant N1 as lb2',
        '  Note over N0,N1: 0 s: start all',
        '  N1-)N0: 1 s VI_1 priority 0',
        '  Note right of N1: x',
      ].join('\n'),
    );
    assert.deepEqual(d.participants, [
      { id: 'N0', label: 'lb;1' },
      { id: 'N1', label: 'lb2' },
    ]);
    assert.deepEqual(d.rows, [
      { kind: 'note', from: 0, to: 1, right: false, text: '0 s: start all' },
      { kind: 'message', from: 1, to: 0, text: '1 s VI_1 priority 0' },
      { kind: 'note', from: 1, to: 1, right: true, text: 'x' },
    ]);
    const { html, css } = sequenceHtml(d);
    assert.match(html, /<div class="message rtl r3 c1 s2"><span class="label">1 s VI_1 priority 0<\/span>/);
    assert.match(css, /\.seq \.s2>\.line\{margin-left:25%;margin-right:25%\}/);
    assert.ok(!sequenceHtml(parseMermaidSequence(`participant N0 as ${'#60;'}img src=x${'#62;'}`)).html.includes('<img'));
  });

  it('the page script is valid JavaScript and builds no HTML from data', () => {
    // eslint-disable-next-line @typescript-eslint/no-implied-eval -- compiles the page script to check its syntax; it is never called
    assert.doesNotThrow(() => new Function(WEBVIEW_SCRIPT));
    assert.ok(!/innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\(/.test(WEBVIEW_SCRIPT));
    assert.ok(page(seed()).includes(WEBVIEW_SCRIPT), 'inlined as is, under the nonce');
  });

  it('formats seconds as the CLI does', () => {
    assert.deepEqual([seconds(3.609375), seconds(11), seconds(0.6484375)], ['3.609 s', '11 s', '0.648 s']);
  });
});
