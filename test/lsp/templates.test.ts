/**
 * A template in the editor: diagnostics on the template's own lines, hover and quick fixes on its
 * literal keepalived text, nothing from its template code, and no edit that touches it.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CodeAction, Diagnostic, Hover, TextEdit } from 'vscode-languageserver-protocol/node';
import { repoRoot } from '../support/shared';
import { LspClient, positionOf, uriOf } from './client';

const ROLE = path.join(repoRoot, 'test/fixtures/templates/ansible/roles/keepalived');
const TEMPLATE = path.join(ROLE, 'templates/keepalived.conf.j2');

describe('LSP: templates', function () {
  this.timeout(20000);
  const client = new LspClient();
  before(() => client.start({}, ROLE));
  after(() => client.stop());

  it('reports a misspelled keyword on its template line, offers its fix without touching template code, and nothing else', async () => {
    const text = fs.readFileSync(TEMPLATE, 'utf8').replace('    advert_int 1', '    advert_itn 1');
    await client.open(TEMPLATE, text);
    const d: Diagnostic[] = await client.diagnosticsFor(TEMPLATE, (x) => x.length > 0);
    assert.deepEqual(
      d.map((x) => `${x.range.start.line + 1}:${x.range.start.character + 1} ${String(x.code)}`),
      [`${positionOf(text, 'advert_itn').line + 1}:5 unknown-keyword`],
    );
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: uriOf(TEMPLATE) },
      range: d[0]!.range,
      context: { diagnostics: d },
    });
    const fix = actions.find((a) => a.title.includes('advert_int'));
    assert.ok(fix, `actions: ${actions.map((a) => a.title).join(', ')}`);
    const edits: TextEdit[] = Object.values(fix.edit?.changes ?? {}).flat();
    assert.equal(edits.length, 1);
    assert.equal(edits[0]!.newText, 'advert_int');
    assert.deepEqual(edits[0]!.range.start, positionOf(text, 'advert_itn'));
  });

  it('a keyword glued to its value by `{{-`: the fix edits the template text itself, giving back the blank and dropping the `-`', async () => {
    const text = fs.readFileSync(TEMPLATE, 'utf8').replace('priority {{ keepalived_priority }}', 'priority\n    {{- keepalived_priority }}');
    await client.change(TEMPLATE, text);
    const d: Diagnostic[] = await client.diagnosticsFor(TEMPLATE, (x) => x.some((i) => i.code === 'template-glued-keyword'));
    const glued = d.find((x) => x.code === 'template-glued-keyword')!;
    assert.deepEqual(glued.range.start, positionOf(text, 'priority'));
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: uriOf(TEMPLATE) },
      range: glued.range,
      context: { diagnostics: [glued] },
    });
    const edits: TextEdit[] = actions.flatMap((a) => Object.values(a.edit?.changes ?? {}).flat());
    assert.equal(edits.length, 1, `actions: ${actions.map((a) => a.title).join(', ')}`);
    // apply it: the line reads as written without whitespace control
    const lines = text.split('\n');
    const e = edits[0]!;
    const before = lines.slice(0, e.range.start.line).join('\n') + '\n' + lines[e.range.start.line]!.slice(0, e.range.start.character);
    const after = lines[e.range.end.line]!.slice(e.range.end.character) + '\n' + lines.slice(e.range.end.line + 1).join('\n');
    assert.equal(before + e.newText + after, fs.readFileSync(TEMPLATE, 'utf8'));
  });

  it('hovers literal keywords of the template, and says nothing over template code', async () => {
    const text = fs.readFileSync(TEMPLATE, 'utf8');
    await client.change(TEMPLATE, text);
    const onKeyword = await client.request<Hover | null>('textDocument/hover', {
      textDocument: { uri: uriOf(TEMPLATE) },
      position: positionOf(text, 'virtual_router_id', 2),
    });
    assert.match(JSON.stringify(onKeyword?.contents ?? ''), /virtual_router_id/);
    assert.deepEqual(onKeyword?.range?.start, positionOf(text, 'virtual_router_id'));
    const onTag = await client.request<Hover | null>('textDocument/hover', {
      textDocument: { uri: uriOf(TEMPLATE) },
      position: positionOf(text, '{% if keepalived_unicast', 4),
    });
    assert.equal(onTag, null);
  });

  it('does not format a template (its lines hold template code)', async () => {
    const edits = await client.request<TextEdit[]>('textDocument/formatting', {
      textDocument: { uri: uriOf(TEMPLATE) },
      options: { tabSize: 4, insertSpaces: true },
    });
    assert.deepEqual(edits, []);
  });

  describe('with an inventory (keepalived.templates.inventory)', () => {
    const INVENTORY = path.join(repoRoot, 'test/fixtures/templates/ansible/inventories/good/hosts.ini');
    const rendered = new LspClient();
    before(() => rendered.start({ templates: { inventory: INVENTORY } }, ROLE));
    after(() => rendered.stop());

    it('shows what each host gets (keepalived/renderedConfig)', async () => {
      await rendered.open(TEMPLATE);
      const hosts = await rendered.request<{ hosts: string[] }>('keepalived/renderedConfig', { source: uriOf(TEMPLATE) });
      assert.deepEqual(hosts.hosts, ['lb1', 'lb2']);
      const lb2 = await rendered.request<{ text?: string }>('keepalived/renderedConfig', { source: uriOf(TEMPLATE), host: 'lb2' });
      assert.match(lb2.text ?? '', /^\s*priority 100$/m);
      assert.match(lb2.text ?? '', /^\s*router_id lb2$/m);
      const none = await rendered.request<{ text?: string; problem?: string }>('keepalived/renderedConfig', { source: uriOf(TEMPLATE), host: 'web1' });
      assert.equal(none.text, undefined);
      assert.match(none.problem ?? '', /not one of the hosts/);
    });

    it('hovers a variable with its value on each host and where it is set, and goes to its definitions', async () => {
      const text = fs.readFileSync(TEMPLATE, 'utf8');
      const at = positionOf(text, 'keepalived_priority', 3);
      const h = await rendered.request<Hover | null>('textDocument/hover', { textDocument: { uri: uriOf(TEMPLATE) }, position: at });
      const md = JSON.stringify(h?.contents ?? '');
      assert.match(md, /lb1 \| `150` \| host_vars: lb1\.yml:2/);
      assert.match(md, /lb2 \| `100` \| host_vars: lb2\.yml:2/);
      const defs = await rendered.request<{ uri: string }[]>('textDocument/definition', { textDocument: { uri: uriOf(TEMPLATE) }, position: at });
      assert.deepEqual(defs.map((d) => path.basename(d.uri)).sort(), ['lb1.yml', 'lb2.yml']);
      const vrid = await rendered.request<Hover | null>('textDocument/hover', {
        textDocument: { uri: uriOf(TEMPLATE) },
        position: positionOf(text, 'keepalived_vrid', 2),
      });
      assert.match(JSON.stringify(vrid?.contents ?? ''), /`61` \| role defaults: main\.yml/);
    });

    it('previews the election of the rendered hosts, each linking to its rendering', async () => {
      const r = await rendered.request<{
        source: string;
        nodes: { name: string; file: string; rendered?: boolean }[];
        json: { instances: { master: string | null }[] };
      }>('keepalived/electionPreview', { uri: uriOf(TEMPLATE), scenario: { down: [], stop: [], fail: [], linkDown: [], startOrder: [] } });
      assert.equal(r.source, 'template');
      assert.deepEqual(
        r.nodes.map((n) => n.name),
        ['lb1', 'lb2'],
      );
      assert.ok(
        r.nodes.every((n) => n.rendered && n.file.startsWith('keepalived-rendered:/')),
        JSON.stringify(r.nodes.map((n) => n.file)),
      );
      assert.equal(r.json.instances[0]?.master, 'lb1');
    });
  });

  describe('with env files (keepalived.templates.envFiles)', () => {
    const DIR = path.join(repoRoot, 'test/fixtures/templates/envsubst/kubeadm');
    const KUBEADM = path.join(DIR, 'keepalived.conf.tmpl');
    const env = new LspClient();
    before(() => env.start({ templates: { envFiles: ['nodes/lb1.env', 'nodes/lb2.env'] } }, DIR));
    after(() => env.stop());

    it("renders the envsubst template for each env file, hovers a placeholder with each node's value, previews their election", async () => {
      await env.open(KUBEADM);
      // the relative paths resolve against the workspace folder, which the server learns after initialize
      let hosts = { hosts: [] as string[] };
      for (let i = 0; i < 50 && hosts.hosts.length === 0; i++) {
        if (i > 0) await new Promise((r) => setTimeout(r, 100));
        hosts = await env.request<{ hosts: string[] }>('keepalived/renderedConfig', { source: uriOf(KUBEADM) });
      }
      assert.deepEqual(hosts.hosts, ['lb1', 'lb2']);
      const lb2 = await env.request<{ text?: string }>('keepalived/renderedConfig', { source: uriOf(KUBEADM), host: 'lb2' });
      assert.match(lb2.text ?? '', /^\s*priority 110$/m);
      const text = fs.readFileSync(KUBEADM, 'utf8');
      const h = await env.request<Hover | null>('textDocument/hover', { textDocument: { uri: uriOf(KUBEADM) }, position: positionOf(text, 'PRIORITY', 2) });
      assert.match(JSON.stringify(h?.contents ?? ''), /lb2 \| `110` \| the env file: lb2\.env:6/);
      const r = await env.request<{ source: string; nodes: { name: string }[]; json: { instances: { master: string | null }[] } }>(
        'keepalived/electionPreview',
        {
          uri: uriOf(KUBEADM),
          scenario: { down: [], stop: [], fail: [], linkDown: [], startOrder: [] },
        },
      );
      assert.equal(r.source, 'template');
      assert.deepEqual(
        r.nodes.map((n) => n.name),
        ['lb1', 'lb2'],
      );
      assert.equal(r.json.instances[0]?.master, 'lb1');
    });
  });
});
