/**
 * Extension activation time without VS Code: `node bench/activation.cjs [dist/extension.js]`.
 *
 * A stub `vscode` module (every API is a no-op returning a disposable; no document is open, so
 * the language server is not started) is injected, then the bundle is required and activate()
 * awaited. Prints {"requireMs", "activateMs", "totalMs"}. Run in a fresh process per sample.
 */
'use strict';
const Module = require('node:module');
const path = require('node:path');

const bundle = path.resolve(process.argv[2] ?? path.join(__dirname, '..', 'dist', 'extension.js'));

/** Anything: callable, constructible, every property another stub (or what was assigned); not thenable. */
function stub(name) {
  const fn = function () {
    return stub(`${name}()`);
  };
  const assigned = new Map();
  return new Proxy(fn, {
    get(_t, prop) {
      if (assigned.has(prop)) return assigned.get(prop);
      if (prop === 'then') return undefined; // not a promise
      if (prop === Symbol.toPrimitive) return () => name;
      if (prop === Symbol.iterator) return function* () {};
      if (prop === 'dispose') return () => undefined;
      if (prop === 'length') return 0;
      return stub(`${name}.${String(prop)}`);
    },
    set(_t, prop, value) {
      assigned.set(prop, value);
      return true;
    },
    apply() {
      return stub(`${name}()`);
    },
    construct() {
      return stub(`new ${name}`);
    },
  });
}

const event = () => () => ({ dispose() {} });
const logged = [];
// esbuild's __toESM copies the module's own keys, so the API names must be real keys.
const API = [
  'commands',
  'languages',
  'env',
  'extensions',
  'l10n',
  'tasks',
  'debug',
  'scm',
  'tests',
  'authentication',
  'comments',
  'notebooks',
  'chat',
  'lm',
  'Uri',
  'EventEmitter',
  'Disposable',
  'Range',
  'Position',
  'Selection',
  'Location',
  'Diagnostic',
  'DiagnosticSeverity',
  'DiagnosticTag',
  'DiagnosticRelatedInformation',
  'StatusBarAlignment',
  'ViewColumn',
  'ThemeColor',
  'ThemeIcon',
  'MarkdownString',
  'CodeAction',
  'CodeActionKind',
  'CompletionItem',
  'CompletionItemKind',
  'TreeItem',
  'TreeItemCollapsibleState',
  'ConfigurationTarget',
  'ProgressLocation',
  'RelativePattern',
  'FileType',
  'TextEdit',
  'WorkspaceEdit',
  'SnippetString',
  'Hover',
  'CancellationTokenSource',
  'CancellationError',
  'TextEditorRevealType',
  'OverviewRulerLane',
  'DecorationRangeBehavior',
  'EndOfLine',
  'UIKind',
  'ColorThemeKind',
  'WebviewPanel',
  'FoldingRange',
  'SymbolKind',
  'DocumentSymbol',
  'SemanticTokensLegend',
  'InlayHint',
  'CodeLens',
];
const vscode = {
  workspace: new Proxy(
    {
      textDocuments: [],
      workspaceFolders: undefined,
      onDidOpenTextDocument: event(),
      onDidChangeConfiguration: event(),
      getConfiguration: () => ({ get: (_k, d) => d, has: () => false, inspect: () => undefined, update: async () => undefined }),
    },
    { get: (t, p) => (p in t ? t[p] : stub(`workspace.${String(p)}`)) },
  ),
  window: new Proxy(
    {
      createOutputChannel: () => ({ appendLine: (l) => logged.push(String(l)), append: (l) => logged.push(String(l)), show() {}, dispose() {}, clear() {} }),
      visibleTextEditors: [],
      activeTextEditor: undefined,
    },
    { get: (t, p) => (p in t ? t[p] : stub(`window.${String(p)}`)) },
  ),
};
for (const k of API) vscode[k] = stub(k);
vscode.version = '1.90.0';
const vscodeModule = new Proxy(vscode, { get: (t, p) => (p in t ? t[p] : p === '__esModule' || p === 'then' ? undefined : stub(String(p))) });

const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  if (request === 'vscode') return 'vscode';
  return resolve.call(this, request, ...rest);
};
require.cache.vscode = { id: 'vscode', filename: 'vscode', loaded: true, exports: vscodeModule };

const context = {
  subscriptions: [],
  extensionPath: path.resolve(__dirname, '..'),
  extensionUri: stub('extensionUri'),
  asAbsolutePath: (p) => path.resolve(__dirname, '..', p),
  globalState: { get: () => undefined, update: async () => undefined, keys: () => [] },
  workspaceState: { get: () => undefined, update: async () => undefined, keys: () => [] },
  storagePath: undefined,
  globalStoragePath: '/tmp',
  logPath: '/tmp',
  extensionMode: 1,
};

(async () => {
  const t0 = process.hrtime.bigint();
  const ext = require(bundle);
  const t1 = process.hrtime.bigint();
  await ext.activate(context);
  const t2 = process.hrtime.bigint();
  const ms = (a, b) => Number(b - a) / 1e6;
  const failed = logged.find((l) => /did not start/.test(l));
  process.stdout.write(`${JSON.stringify({ requireMs: ms(t0, t1), activateMs: ms(t1, t2), totalMs: ms(t0, t2), serverStarted: !failed, note: failed })}\n`);
  if (ext.deactivate) await ext.deactivate();
  process.exit(0);
})().catch((e) => {
  process.stderr.write(`activation failed: ${e && e.stack ? e.stack : e}\n`);
  process.exit(1);
});
