/**
 * The language server over stdio, as an editor drives it: one server process for the whole
 * suite (`node dist/server.js --stdio`, built by `node esbuild.mjs`), fixtures in
 * test/fixtures/lsp. Nothing sleeps: diagnostics are awaited by notification.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import type {
  CodeLens,
  CompletionItem,
  CompletionList,
  Diagnostic,
  DocumentHighlight,
  DocumentLink,
  DocumentSymbol,
  FoldingRange,
  Hover,
  InlayHint,
  Location,
  Range,
  SelectionRange,
  SemanticTokens,
  SignatureHelp,
  SymbolInformation,
  TextEdit,
  WorkspaceEdit,
} from 'vscode-languageserver-protocol/node';
import { memoryHost } from '../support/memoryHost';
import { parseConfig } from '../../server/src/language/syntax/index';
import { blockDocuments } from './catalogueDocs';
import { fixture, LspClient, positionOf, uriOf } from './client';

const MAIN = fixture('keepalived.conf');
const SCRIPTS = fixture('conf.d/scripts.conf');
const MESSY = fixture('messy.conf');

const SETTINGS = {
  configId: 'lb1',
  interfaces: { eth0: '192.0.2.1/24' },
  inlayHints: { effectivePriority: true, variables: true },
  codeLens: true,
};

const hoverText = (h: Hover | null): string => {
  if (!h) return '';
  const c = h.contents;
  if (typeof c === 'string') return c;
  if (Array.isArray(c)) return c.map((x) => (typeof x === 'string' ? x : x.value)).join('\n');
  return c.value;
};

const itemsOf = (r: CompletionList | CompletionItem[] | null): CompletionItem[] => (!r ? [] : Array.isArray(r) ? r : r.items);

/** Apply LSP text edits to a text (positions in UTF-16 units, as the server sends them). */
function applyLspEdits(text: string, edits: readonly TextEdit[]): string {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  const off = (p: { line: number; character: number }) => {
    const start = starts[p.line];
    return start === undefined ? text.length : start + p.character;
  };
  const sorted = [...edits].sort((a, b) => off(b.range.start) - off(a.range.start));
  let out = text;
  for (const e of sorted) out = out.slice(0, off(e.range.start)) + e.newText + out.slice(off(e.range.end));
  return out;
}

/** The reader's tokens as values (type, value, quoted), for the token-preservation check. */
function tokenValues(text: string): string[] {
  const p = parseConfig('/t/keepalived.conf', text, memoryHost({}));
  return p.tokens.map((t) => `${t.tokenType.name}:${t.quoted ? '"' : ''}${t.value}`);
}

const textAt = (text: string, r: Range): string => {
  const lines = text.split('\n');
  return lines[r.start.line]!.slice(r.start.character, r.start.line === r.end.line ? r.end.character : undefined);
};

describe('language server over stdio', function () {
  this.timeout(30_000);
  const client = new LspClient();
  let main = '';

  before(async () => {
    await client.start(SETTINGS);
    main = await client.open(MAIN);
  });

  after(async () => {
    await client.stop();
  });

  it('announces its features', () => {
    const c = client.initializeResult.capabilities;
    for (const k of [
      'hoverProvider',
      'completionProvider',
      'documentSymbolProvider',
      'workspaceSymbolProvider',
      'definitionProvider',
      'referencesProvider',
      'documentHighlightProvider',
      'signatureHelpProvider',
      'renameProvider',
      'documentLinkProvider',
      'foldingRangeProvider',
      'selectionRangeProvider',
      'documentFormattingProvider',
      'documentRangeFormattingProvider',
      'semanticTokensProvider',
      'inlayHintProvider',
      'codeLensProvider',
    ] as const) {
      assert.ok(c[k], `${k} missing`);
    }
  });

  describe('diagnostics', () => {
    it('publishes diagnostics with a code and a link to its documentation', async () => {
      const file = fixture('broken.conf');
      await client.open(file, 'vrrp_instance VI_X {\n    interface eth0\n    virtual_router_id 300\n    priorty 100\n}\n');
      const diags = await client.diagnosticsFor(file, (d) => d.length > 0);
      for (const d of diags) {
        assert.ok(typeof d.code === 'string' && d.code.length > 0, 'code');
        assert.match(d.codeDescription?.href ?? '', new RegExp(`#${d.code}$`));
        assert.equal(d.source, 'keepalived');
      }
      assert.ok(
        diags.some((d: Diagnostic) => d.range.start.line === 3),
        'the misspelt keyword is reported on its line',
      );
      await client.close(file);
    });

    it('publishes for the fixture configuration', async () => {
      const diags = await client.diagnosticsFor(MAIN);
      assert.ok(diags.every((d) => d.code !== undefined && d.codeDescription !== undefined));
    });
  });

  describe('hover', () => {
    const hoverAt = (file: string, text: string, needle: string, delta = 1, nth = 0) =>
      client.request<Hover | null>('textDocument/hover', { textDocument: { uri: uriOf(file) }, position: positionOf(text, needle, delta, nth) });

    it('explains every catalogue keyword inside its block', async () => {
      let count = 0;
      const missing: string[] = [];
      for (const doc of blockDocuments()) {
        const file = fixture(`hover-${doc.blockId}.conf`);
        await client.open(file, doc.text);
        const hovers = await Promise.all(
          doc.sites.map((s) =>
            client.request<Hover | null>('textDocument/hover', { textDocument: { uri: uriOf(file) }, position: { line: s.line, character: s.character + 1 } }),
          ),
        );
        hovers.forEach((h, i) => {
          const { def } = doc.sites[i]!; // one hover per site
          const text = hoverText(h);
          count++;
          if (!text.includes(`**${def.name}**`) || !text.includes(def.summary)) missing.push(`${doc.blockId}.${def.name}`);
          else if (text.includes('not a keyword of')) missing.push(`${doc.blockId}.${def.name} (misplaced)`);
        });
        await client.close(file);
      }
      assert.deepEqual(missing, []);
      assert.ok(count > 500, `only ${count} keywords hovered`);
    });

    it('gives the effective priority with each tracker weight', async () => {
      const t = hoverText(await hoverAt(MAIN, main, 'priority 100'));
      assert.match(t, /Effective priority: 125/);
      assert.match(t, /chk_haproxy.*weight 20.*\+20 while it succeeds/);
      assert.match(t, /chk_dns.*weight 5.*\+5/);
    });

    it('shows an address with its network and whether it lies in the interface subnet', async () => {
      const inside = hoverText(await hoverAt(MAIN, main, '${VIP_NET}.10/24', 11));
      assert.match(inside, /IPv4 address/);
      assert.match(inside, /Inside the subnet `192\.0\.2\.0\/24` of `eth0`/);
      const other = hoverText(await hoverAt(MAIN, main, '198.51.100.7/24'));
      assert.match(other, /Network: `198\.51\.100\.0\/24`/);
      assert.match(other, /`eth1` is not among the interfaces/);
    });

    it('shows the definition of a tracked script from the included file', async () => {
      const t = hoverText(await hoverAt(MAIN, main, 'chk_haproxy weight 20'));
      assert.match(t, /vrrp_script.*chk_haproxy.*scripts\.conf, line 3/);
      assert.match(t, /interval 2/);
      assert.match(t, /In VI_1: weight 20, \+20 while it succeeds/);
    });

    it('expands a $NAME use and says where it is defined', async () => {
      const t = hoverText(await hoverAt(MAIN, main, 'script_user $CHECK_USER', 13));
      assert.match(t, /expands to/);
      assert.match(t, /nobody/);
      assert.match(t, /Defined line 5/);
    });

    it('says whether an @id line is active', async () => {
      assert.match(hoverText(await hoverAt(MAIN, main, '@lb1')), /config id `lb1` this line is \*\*active\*\*/);
      assert.match(hoverText(await hoverAt(MAIN, main, '@^lb1')), /\*\*inactive\*\*/);
    });

    it('without a config id, says keepalived drops every @id line and keeps @^id lines', async () => {
      await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { keepalived: { ...SETTINGS, configId: '' } } });
      try {
        const t = hoverText(await hoverAt(MAIN, main, '@lb1'));
        assert.match(t, /No config id is set/);
        assert.match(t, /every `@id` line is dropped and every `@\^id` line is kept/);
        assert.match(t, /\*\*dropped\*\*/);
        assert.match(hoverText(await hoverAt(MAIN, main, '@^lb1')), /\*\*kept\*\*/);
      } finally {
        await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { keepalived: SETTINGS } });
      }
    });

    it('counts the lines a ~SEQ line produces', async () => {
      assert.match(hoverText(await hoverAt(MAIN, main, '~SEQ')), /read 3 times, producing 3 lines/);
    });

    it('lists the files an include pattern reads', async () => {
      const t = hoverText(await hoverAt(MAIN, main, 'conf.d/*.conf', 3));
      assert.match(t, /reads one file/);
      assert.ok(t.includes(SCRIPTS));
    });
  });

  describe('completion', () => {
    const completeAt = async (file: string, text: string) => {
      const cursor = text.indexOf('|');
      const clean = text.slice(0, cursor) + text.slice(cursor + 1);
      await client.change(file, clean);
      return itemsOf(
        await client.request<CompletionList | null>('textDocument/completion', {
          textDocument: { uri: uriOf(file) },
          position: positionOf(clean, clean.slice(0, cursor), clean.slice(0, cursor).length),
        }),
      );
    };
    const SCRATCH = fixture('completion.conf');
    before(async () => {
      await client.open(SCRATCH, '');
    });
    after(async () => {
      await client.close(SCRATCH);
    });
    const labels = (items: CompletionItem[]) => items.map((i) => i.label);

    it('offers the keywords of vrrp_instance inside an instance, not those of global_defs', async () => {
      const l = labels(await completeAt(SCRATCH, 'global_defs {\n    router_id X\n}\nvrrp_instance VI_1 {\n    |\n}\n'));
      assert.ok(l.includes('priority') && l.includes('virtual_router_id') && l.includes('track_script'));
      assert.ok(!l.includes('router_id') && !l.includes('lvs_sched') && !l.includes('vrrp_instance'));
    });

    it('offers global_defs keywords inside global_defs, also on a half-typed word', async () => {
      const items = await completeAt(SCRATCH, 'global_defs {\n    rout|\n}\n');
      const l = labels(items);
      assert.ok(l.includes('router_id') && !l.includes('priority'));
      const item = items.find((i) => i.label === 'router_id')!;
      assert.equal((item.textEdit as TextEdit).range.start.character, 4, 'replaces the typed prefix');
      assert.ok(typeof item.documentation === 'object' && item.documentation.value.includes('router_id'));
    });

    it('offers a snippet for block keywords at the top level', async () => {
      const items = await completeAt(SCRATCH, '|');
      const vi = items.find((i) => i.label === 'vrrp_instance')!;
      assert.equal((vi.textEdit as TextEdit).newText, 'vrrp_instance ${1:VI_1} {\n\t$0\n}');
      assert.equal(vi.insertTextFormat, 2);
      assert.ok(!labels(items).includes('priority'));
    });

    it('offers enum values after state, auth_type and lb_kind', async () => {
      assert.deepEqual(labels(await completeAt(SCRATCH, 'vrrp_instance VI_1 {\n    state |\n}\n')).sort(), ['BACKUP', 'MASTER']);
      assert.deepEqual(labels(await completeAt(SCRATCH, 'vrrp_instance VI_1 {\n    authentication {\n        auth_type |\n    }\n}\n')).sort(), ['AH', 'PASS']);
      assert.ok(labels(await completeAt(SCRATCH, 'virtual_server 192.0.2.1 80 {\n    lb_kind |\n}\n')).includes('DR'));
      assert.ok(labels(await completeAt(SCRATCH, 'vrrp_instance VI_1 {\n    smtp_alert |\n}\n')).includes('on'));
    });

    it('offers defined script names in a track_script block (also from included files)', async () => {
      const l = labels(await completeAt(SCRATCH, 'include conf.d/scripts.conf\nvrrp_instance VI_1 {\n    track_script {\n        |\n    }\n}\n'));
      assert.deepEqual(l.sort(), ['chk_dns', 'chk_haproxy']);
    });

    it('offers instance names in a sync group and known interfaces after interface', async () => {
      const l = labels(
        await completeAt(SCRATCH, 'vrrp_instance A {\n}\nvrrp_instance B {\n}\nvrrp_sync_group G {\n    group {\n        A\n        |\n    }\n}\n'),
      );
      assert.deepEqual(l, ['B']);
      assert.ok(labels(await completeAt(SCRATCH, 'vrrp_instance A {\n    interface |\n}\n')).includes('eth0'));
    });
  });

  describe('symbols', () => {
    it('outlines instances, scripts, sync groups and virtual servers', async () => {
      const syms = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: uriOf(MAIN) } });
      const vi1 = syms.find((s) => s.name === 'VI_1')!;
      assert.match(vi1.detail ?? '', /VRID 51/);
      assert.match(vi1.detail ?? '', /192\.0\.2\.10\/24/);
      assert.ok(vi1.children!.some((c) => c.name === 'virtual_ipaddress' && c.children!.length === 2));
      assert.ok(syms.some((s) => s.name === 'VG_1'));
      const vs = syms.find((s) => s.name.startsWith('virtual_server'))!;
      assert.ok(vs.children!.filter((c) => c.name.startsWith('real_server')).length >= 2);
      assert.ok(syms.some((s) => s.name === '$VIP_NET'));
    });

    it('finds workspace symbols across the workspace files', async () => {
      const syms = await client.request<SymbolInformation[]>('workspace/symbol', { query: 'chk' });
      const names = syms.map((s) => `${s.name}@${s.location.uri.slice(s.location.uri.lastIndexOf('/') + 1)}`);
      assert.ok(names.includes('chk_haproxy@scripts.conf'), names.join(', '));
      assert.ok(names.includes('chk_dns@scripts.conf'));
    });
  });

  describe('navigation across the include file', () => {
    const at = (needle: string, delta = 1) => ({ textDocument: { uri: uriOf(MAIN) }, position: positionOf(main, needle, delta) });

    it('goes to the definition in the included file', async () => {
      const locs = await client.request<Location[]>('textDocument/definition', at('chk_haproxy weight'));
      assert.equal(locs.length, 1);
      assert.equal(locs[0]!.uri, uriOf(SCRIPTS));
      assert.equal(textAt(fs.readFileSync(SCRIPTS, 'utf8'), locs[0]!.range), 'chk_haproxy');
    });

    it('finds references from the included file, with and without the includer open', async () => {
      const scripts = await client.open(SCRIPTS);
      const params = { textDocument: { uri: uriOf(SCRIPTS) }, position: positionOf(scripts, 'chk_haproxy', 1), context: { includeDeclaration: true } };
      const withOpen = await client.request<Location[]>('textDocument/references', params);
      assert.deepEqual(withOpen.map((l) => l.uri).sort(), [uriOf(SCRIPTS), uriOf(MAIN)].sort());
      await client.close(MAIN);
      try {
        const fromDisk = await client.request<Location[]>('textDocument/references', params);
        assert.deepEqual(fromDisk.map((l) => l.uri).sort(), [uriOf(SCRIPTS), uriOf(MAIN)].sort(), 'found through the workspace folder');
      } finally {
        main = await client.open(MAIN);
        await client.close(SCRIPTS);
      }
    });

    it('highlights a script where the document names it (the definition is in the included file)', async () => {
      const hs = await client.request<DocumentHighlight[]>('textDocument/documentHighlight', at('chk_haproxy weight'));
      assert.ok(hs.length >= 1);
      assert.ok(hs.every((h) => textAt(main, h.range) === 'chk_haproxy' && h.kind === 2));
      assert.deepEqual(await client.request('textDocument/documentHighlight', at('virtual_router_id')), []);
    });

    it('shows the syntax of the keyword whose arguments are typed', async () => {
      const help = await client.request<SignatureHelp | null>('textDocument/signatureHelp', at('virtual_router_id ', 'virtual_router_id '.length));
      assert.ok(help);
      const sig = help.signatures[0]!;
      const [from, to] = sig.parameters![help.activeParameter ?? 0]!.label as [number, number];
      assert.equal(sig.label.slice(from, to), '<vrid>');
      const line = await client.request<SignatureHelp | null>('textDocument/signatureHelp', at('chk_haproxy weight', 'chk_haproxy weight'.length));
      assert.match(line?.signatures[0]?.label ?? '', /^<name> \[weight <n>/, 'a track_script line: its format');
      assert.equal(await client.request('textDocument/signatureHelp', at('}', 0)), null, 'a closing brace: none');
    });

    it('renames a script in every file, and refuses keywords', async () => {
      const edit = await client.request<WorkspaceEdit>('textDocument/rename', { ...at('chk_haproxy weight'), newName: 'chk_proxy' });
      const changes = edit.changes!;
      assert.deepEqual(Object.keys(changes).sort(), [uriOf(MAIN), uriOf(SCRIPTS)].sort());
      assert.ok(applyLspEdits(main, changes[uriOf(MAIN)]!).includes('chk_proxy weight 20'));
      assert.ok(applyLspEdits(fs.readFileSync(SCRIPTS, 'utf8'), changes[uriOf(SCRIPTS)]!).includes('vrrp_script chk_proxy {'));
      await assert.rejects(client.request('textDocument/prepareRename', at('virtual_router_id')), /Keywords cannot be renamed/);
      const ok = await client.request<{ range: Range; placeholder: string }>('textDocument/prepareRename', at('VI_2\n'));
      assert.equal(ok.placeholder, 'VI_2');
    });

    it('renames a $NAME parameter: definition, uses and inactive @id lines', async () => {
      const edit = await client.request<WorkspaceEdit>('textDocument/rename', { ...at('$VIP_NET=', 2), newName: 'NET' });
      const after = applyLspEdits(main, edit.changes![uriOf(MAIN)]!);
      assert.ok(!after.includes('VIP_NET'), after);
      assert.ok(after.includes('$NET=192.0.2') && after.includes('@^lb1 unicast_src_ip ${NET}.3'));
    });
  });

  describe('formatting', () => {
    it('is idempotent and keeps every token', async () => {
      const messy = await client.open(MESSY);
      const options = { tabSize: 4, insertSpaces: true };
      const edits = await client.request<TextEdit[]>('textDocument/formatting', { textDocument: { uri: uriOf(MESSY) }, options });
      assert.ok(edits.length > 0);
      const once = applyLspEdits(messy, edits);
      assert.deepEqual(tokenValues(once), tokenValues(messy));
      assert.match(once, /\n {4}router_id MESSY\n/);
      assert.match(once, /\n {8}auth_pass "a b {2}c"\n/, 'quoted blanks are kept');
      await client.change(MESSY, once);
      const again = await client.request<TextEdit[]>('textDocument/formatting', { textDocument: { uri: uriOf(MESSY) }, options });
      assert.deepEqual(again, []);
      // tabs, range formatting
      await client.change(MESSY, messy);
      const tabs = applyLspEdits(
        messy,
        await client.request<TextEdit[]>('textDocument/formatting', { textDocument: { uri: uriOf(MESSY) }, options: { tabSize: 4, insertSpaces: false } }),
      );
      assert.match(tabs, /\n\t\tadmin@example\.com\n/);
      const line = positionOf(messy, 'interface eth0').line;
      const ranged = await client.request<TextEdit[]>('textDocument/rangeFormatting', {
        textDocument: { uri: uriOf(MESSY) },
        range: { start: { line, character: 0 }, end: { line, character: 5 } },
        options,
      });
      assert.equal(ranged.length, 1);
      assert.equal(ranged[0]!.newText, '    interface eth0');
      await client.close(MESSY);
    });
  });

  describe('folding, links, selection', () => {
    it('folds blocks and comment runs', async () => {
      const ranges = await client.request<FoldingRange[]>('textDocument/foldingRange', { textDocument: { uri: uriOf(MAIN) } });
      const vi1 = positionOf(main, 'vrrp_instance VI_1').line;
      const close = main.split('\n').findIndex((l, i) => i > vi1 && l === '}');
      assert.ok(ranges.some((r) => r.startLine === vi1 && r.endLine === close - 1));
      assert.ok(ranges.some((r) => r.kind === 'comment' && r.startLine === 0 && r.endLine === 1));
    });

    it('links include paths to the files they read and script paths to existing files', async () => {
      const links = await client.request<DocumentLink[]>('textDocument/documentLink', { textDocument: { uri: uriOf(MAIN) } });
      assert.ok(links.some((l) => l.target === uriOf(SCRIPTS) && textAt(main, l.range) === 'conf.d/*.conf'));
      if (fs.existsSync('/bin/sh')) assert.ok(links.some((l) => l.target === uriOf('/bin/sh') && textAt(main, l.range) === '/bin/sh'));
    });

    it('selects outwards from a word', async () => {
      const [sel] = await client.request<SelectionRange[]>('textDocument/selectionRange', {
        textDocument: { uri: uriOf(MAIN) },
        positions: [positionOf(main, 'advert_int 1', 12)],
      });
      assert.ok(sel);
      assert.equal(textAt(main, sel.range), '1');
      assert.equal(textAt(main, sel.parent!.range), 'advert_int 1');
      assert.ok(sel.parent!.parent!.range.start.line === positionOf(main, 'vrrp_instance VI_1').line);
    });
  });

  describe('semantic tokens, inlay hints, code lens', () => {
    it('marks $NAME, @id (inactive lines as comments), ~SEQ and object names', async () => {
      const legend = client.initializeResult.capabilities.semanticTokensProvider!.legend;
      const { data } = await client.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri: uriOf(MAIN) } });
      const lines = main.split('\n');
      const tokens: string[] = [];
      let line = 0;
      let ch = 0;
      for (let i = 0; i < data.length; i += 5) {
        // five numbers per token: line delta, start (delta on the same line), length, type, modifier bits
        const [deltaLine = 0, deltaStart = 0, length = 0, type = 0, modifiers = 0] = data.slice(i, i + 5);
        line += deltaLine;
        ch = deltaLine === 0 ? ch + deltaStart : deltaStart;
        const mods = legend.tokenModifiers.filter((_, k) => modifiers & (1 << k));
        tokens.push(`${legend.tokenTypes[type]}${mods.length ? `.${mods.join('.')}` : ''}:${lines[line]!.slice(ch, ch + length)}`);
      }
      for (const t of [
        'variable.declaration:$VIP_NET',
        'variable:${VIP_NET}',
        'macro:@lb1',
        'macro:@^lb1',
        'comment: unicast_src_ip ${VIP_NET}.3',
        'macro:~SEQ',
        'class.declaration:VI_1',
        'function:chk_haproxy',
        'class:VI_2',
        'namespace.declaration:VG_1',
      ]) {
        assert.ok(tokens.includes(t), `${t} not in ${tokens.join(' | ')}`);
      }
    });

    it('shows the effective priority and $NAME values, and can switch them off', async () => {
      const range = { start: { line: 0, character: 0 }, end: { line: main.split('\n').length, character: 0 } };
      const hints = await client.request<InlayHint[]>('textDocument/inlayHint', { textDocument: { uri: uriOf(MAIN) }, range });
      const labels = hints.map((h) => (typeof h.label === 'string' ? h.label : h.label.map((p) => p.value).join('')));
      assert.ok(labels.includes('→ 125 = 100 +20 chk_haproxy +5 chk_dns'), labels.join(' | '));
      assert.ok(labels.includes('= 192.0.2'));
      assert.ok(labels.includes('= 1, 2, 3'), 'a ~SEQ variable lists its values');
      const prio = hints.find((h) => h.label === '→ 125 = 100 +20 chk_haproxy +5 chk_dns')!;
      assert.deepEqual(prio.position, positionOf(main, 'priority 100', 'priority 100'.length));
      await client.connection.sendNotification('workspace/didChangeConfiguration', {
        settings: { keepalived: { ...SETTINGS, inlayHints: { effectivePriority: true, variables: false }, codeLens: false } },
      });
      try {
        const fewer = await client.request<InlayHint[]>('textDocument/inlayHint', { textDocument: { uri: uriOf(MAIN) }, range });
        assert.ok(fewer.length > 0 && fewer.every((h) => typeof h.label === 'string' && h.label.startsWith('→')));
        assert.deepEqual(await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: uriOf(MAIN) } }), []);
      } finally {
        await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { keepalived: SETTINGS } });
      }
    });

    it('puts VRID, priority and state over each instance', async () => {
      const lenses = await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: uriOf(MAIN) } });
      assert.deepEqual(
        lenses.map((l) => `${l.range.start.line}: ${l.command?.title}`),
        [
          `${positionOf(main, 'vrrp_instance VI_1').line}: VRID 51 · priority 125 (base 100) · MASTER`,
          `${positionOf(main, 'vrrp_instance VI_2').line}: VRID 52 · priority 90 · BACKUP`,
        ],
      );
    });
  });

  describe('code lens roles from the election model', () => {
    it('predicts each node of a pair when both are in the workspace', async () => {
      const lb1 = fixture('pair/lb1.conf');
      const lb2 = fixture('pair/lb2.conf');
      await client.open(lb1);
      await client.open(lb2);
      try {
        const title = async (f: string) =>
          (await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: uriOf(f) } })).map((l) => l.command?.title);
        assert.deepEqual(await title(lb1), ['VRID 60 · priority 150 · BACKUP · predicted MASTER']);
        assert.deepEqual(await title(lb2), ['VRID 60 · priority 100 · BACKUP · predicted BACKUP (lb1 is MASTER)']);
      } finally {
        await client.close(lb1);
        await client.close(lb2);
      }
    });
  });

  describe('robustness', () => {
    it('answers requests on unknown documents, odd positions and odd text without dying', async () => {
      const ghost = { textDocument: { uri: uriOf(fixture('not-open.conf')) }, position: { line: 3, character: 4 } };
      assert.equal(await client.request('textDocument/hover', ghost), null);
      assert.deepEqual(await client.request('textDocument/definition', ghost), []);
      const far = { textDocument: { uri: uriOf(MAIN) }, position: { line: 10_000, character: 500 } };
      await client.request('textDocument/hover', far);
      await client.request('textDocument/completion', far);
      const odd = fixture('odd.conf');
      const text = '{{{ }}} "unterminated\n$A=$A$A\n$A\n~SEQ(x\n@\n\0\n' + 'x'.repeat(3000) + '\n}\n\\\n';
      await client.open(odd, text);
      for (let line = 0; line < 9; line++) {
        const pos = { textDocument: { uri: uriOf(odd) }, position: { line, character: 1 } };
        await client.request('textDocument/hover', pos);
        await client.request('textDocument/completion', pos);
        await client.request('textDocument/definition', pos);
        await client.request('textDocument/prepareRename', pos).catch(() => undefined);
      }
      for (const m of [
        'textDocument/documentSymbol',
        'textDocument/foldingRange',
        'textDocument/documentLink',
        'textDocument/semanticTokens/full',
        'textDocument/codeLens',
      ]) {
        await client.request(m, { textDocument: { uri: uriOf(odd) } });
      }
      const edits = await client.request<TextEdit[]>('textDocument/formatting', {
        textDocument: { uri: uriOf(odd) },
        options: { tabSize: 2, insertSpaces: true },
      });
      assert.deepEqual(tokenValues(applyLspEdits(text, edits)), tokenValues(text));
      await client.close(odd);
      assert.ok(client.alive);
      assert.deepEqual(
        client.logs.filter((l) => / failed/.test(l)),
        [],
        'no handler threw',
      );
      assert.ok(
        (await client.request<Hover | null>('textDocument/hover', { textDocument: { uri: uriOf(MAIN) }, position: positionOf(main, 'priority 100', 1) })) !==
          null,
      );
    });
  });
});
