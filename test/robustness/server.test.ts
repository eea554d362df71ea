/**
 * The language server under abuse (dist/server.js --stdio, built by `npm test`): hundreds of
 * rapid edits with hover requests cancelled mid-flight, requests with nonsense parameters, and
 * every request kind on a broken document. It must keep answering, publish diagnostics for the
 * last version, and its memory must stay bounded.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from '../support/shared';
import { diagnosticsFor, SERVER, startServer, type Arrived, type Lsp } from './lspClient';

const DOC = fs.readFileSync(path.join(repoRoot, 'test', 'fixtures', 'workspace', 'keepalived.conf'), 'utf8');
const URI = 'file:///tmp/keepalived-robustness/keepalived.conf';

describe('robustness: language server under load', function () {
  this.timeout(120_000);
  let server: Lsp;

  before(async function () {
    if (!fs.existsSync(SERVER)) this.skip(); // `npm test` builds dist/ first
    server = startServer();
    await server.initialize(null);
    const opened = server.waitFor(diagnosticsFor(URI, 1));
    server.notify('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'keepalived', version: 1, text: DOC } });
    await opened;
  });

  after(async () => {
    await server?.shutdown();
  });

  it('survives 500 rapid edits with hover requests cancelled mid-flight, memory bounded', async () => {
    const lines = DOC.split('\n');
    const line = lines.findIndex((l) => /priority \d+/.test(l));
    const lineText = lines[line];
    assert.ok(lineText !== undefined, 'the fixture has a priority line');
    const character = lineText.indexOf('priority ') + 'priority '.length;
    let current = /priority (\d+)/.exec(lineText)![1]!;
    const hovers: Promise<Arrived>[] = [];
    let version = 1;
    const edit = (i: number) => {
      version++;
      const next = String(1 + (i % 254));
      server.notify('textDocument/didChange', {
        textDocument: { uri: URI, version },
        contentChanges: [{ range: { start: { line, character }, end: { line, character: character + current.length } }, text: next }],
      });
      current = next;
      const h = server.requestWithId('textDocument/hover', { textDocument: { uri: URI }, position: { line, character: 6 } });
      if (i % 2 === 0) server.notify('$/cancelRequest', { id: h.id });
      hovers.push(h.promise);
      if (i % 5 === 0) hovers.push(server.request('textDocument/completion', { textDocument: { uri: URI }, position: { line, character: 0 } }));
    };
    // warm up, then measure
    for (let i = 0; i < 50; i++) edit(i);
    await Promise.all(hovers.splice(0));
    const warm = server.memory();
    for (let i = 50; i < 550; i++) {
      edit(i);
      if (i % 100 === 0) await new Promise((r) => setImmediate(r));
    }
    const last = server.waitFor(diagnosticsFor(URI, version), 60_000);
    const answers = await Promise.all(hovers);
    const published = await last;
    assert.equal(server.exited, undefined, `the server exited: ${server.stderr}`);
    assert.equal(published.msg.params?.version, version);
    const cancelled = answers.filter((a) => a.msg.error?.code === -32800).length;
    const answered = answers.filter((a) => a.msg.error === undefined).length;
    assert.equal(
      cancelled + answered,
      answers.length,
      `unexpected errors: ${JSON.stringify(answers.find((a) => a.msg.error && a.msg.error.code !== -32800)?.msg)}`,
    );
    const after = server.memory();
    if (Number.isFinite(warm.rssMB)) {
      assert.ok(after.rssMB < warm.rssMB + 150, `RSS grew from ${warm.rssMB.toFixed(0)} MB to ${after.rssMB.toFixed(0)} MB`);
      assert.ok(after.peakMB < 600, `peak RSS ${after.peakMB.toFixed(0)} MB`);
    }
    const h = await server.request('textDocument/hover', { textDocument: { uri: URI }, position: { line, character: 6 } });
    assert.equal(h.msg.error, undefined);
  });

  it('a request whose handler throws is answered neutrally (runSafe), logged, and the server goes on', async () => {
    const throwing: [string, unknown][] = [
      ['textDocument/hover', {}],
      ['textDocument/definition', { textDocument: { uri: URI }, position: null }],
      ['textDocument/formatting', { textDocument: { uri: URI }, options: null }],
      ['textDocument/codeAction', { textDocument: { uri: URI }, range: null, context: null }],
      ['textDocument/inlayHint', { textDocument: { uri: URI }, range: null }],
      ['textDocument/semanticTokens/full', { textDocument: null }],
    ];
    const logsBefore = server.logs.length;
    for (const [method, params] of throwing) {
      const r = await server.request(method, params);
      assert.ok(r.msg.id !== undefined, `${method} was answered`);
      assert.equal(server.exited, undefined, `${method} took the server down: ${server.stderr}`);
    }
    const failures = server.logs.slice(logsBefore).filter((l) => / failed: /.test(l));
    assert.ok(failures.length >= 1, 'the handlers threw and runSafe logged it');
    const h = await server.request('textDocument/documentSymbol', { textDocument: { uri: URI } });
    assert.equal(h.msg.error, undefined);
    assert.ok(Array.isArray(h.msg.result) && (h.msg.result as unknown[]).length > 0);
  });

  it('a request with nonsense parameters is answered and does not take the server down', async () => {
    const nonsense: [string, unknown][] = [
      ['textDocument/hover', {}],
      ['textDocument/hover', { textDocument: { uri: URI }, position: { line: -5, character: 1e9 } }],
      ['textDocument/completion', { textDocument: { uri: 'file:///not/open.conf' }, position: { line: 0, character: 0 } }],
      ['textDocument/definition', { textDocument: { uri: URI }, position: null }],
      ['textDocument/references', { textDocument: { uri: URI }, position: { line: 2, character: 3 } }],
      ['textDocument/rename', { textDocument: { uri: URI }, position: { line: 2, character: 3 }, newName: '' }],
      ['textDocument/formatting', { textDocument: { uri: URI }, options: { tabSize: -1, insertSpaces: 'no' } }],
      [
        'textDocument/rangeFormatting',
        {
          textDocument: { uri: URI },
          range: { start: { line: 99, character: 0 }, end: { line: 0, character: 0 } },
          options: { tabSize: 4, insertSpaces: true },
        },
      ],
      [
        'textDocument/codeAction',
        {
          textDocument: { uri: URI },
          range: { start: { line: 0, character: 0 }, end: { line: 1e6, character: 0 } },
          context: { diagnostics: [{ range: null, message: 1 }] },
        },
      ],
      ['textDocument/semanticTokens/full', { textDocument: { uri: 'file:///nope' } }],
      ['workspace/symbol', { query: null }],
      ['textDocument/inlayHint', { textDocument: { uri: URI }, range: { start: { line: 5, character: 0 }, end: { line: 0, character: 0 } } }],
      ['no/such/method', { x: 1 }],
    ];
    for (const [method, params] of nonsense) {
      const r = await server.request(method, params);
      assert.ok(r.msg.id !== undefined, `${method} was answered`);
      assert.equal(server.exited, undefined, `${method} took the server down: ${server.stderr}`);
    }
    const h = await server.request('textDocument/documentSymbol', { textDocument: { uri: URI } });
    assert.equal(h.msg.error, undefined);
    assert.ok(Array.isArray(h.msg.result) && (h.msg.result as unknown[]).length > 0);
  });

  it('every request kind on a broken document is answered', async () => {
    const uri = 'file:///tmp/keepalived-robustness/broken.conf';
    const text = 'vrrp_instance {\n  state\n  } }\n$X=\n@ ~SEQ( include\n"unterminated\nvirtual_server 1.2.3.4 {\n real_server {\n{{{{\n';
    const got = server.waitFor(diagnosticsFor(uri, 1));
    server.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'keepalived', version: 1, text } });
    await got;
    const doc = { textDocument: { uri } };
    for (let line = 0; line < 10; line++) {
      for (const character of [0, 2, 5, 40]) {
        const position = { line, character };
        for (const method of [
          'textDocument/hover',
          'textDocument/completion',
          'textDocument/definition',
          'textDocument/references',
          'textDocument/prepareRename',
        ]) {
          const r = await server.request(method, { ...doc, position, context: { includeDeclaration: true } });
          assert.equal(r.msg.error?.code === -32603, false, `${method} at ${line}:${character} failed: ${JSON.stringify(r.msg.error)}`);
        }
      }
    }
    for (const method of [
      'textDocument/documentSymbol',
      'textDocument/semanticTokens/full',
      'textDocument/foldingRange',
      'textDocument/documentLink',
      'textDocument/codeLens',
    ]) {
      const r = await server.request(method, doc);
      assert.equal(r.msg.error, undefined, `${method}: ${JSON.stringify(r.msg.error)}`);
    }
    const f = await server.request('textDocument/formatting', { ...doc, options: { tabSize: 4, insertSpaces: true } });
    assert.equal(f.msg.error, undefined);
    assert.equal(server.exited, undefined);
  });
});
