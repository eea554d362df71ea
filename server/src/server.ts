/**
 * The language server: capabilities and handler registration. Handlers are thin adapters
 * from LSP to the language core (see lsp/).
 */
import { TextDocumentSyncKind, type Connection, type InitializeResult } from 'vscode-languageserver/node';
import { codeActionCapabilities, registerCodeActions } from './lsp/codeActions';
import { DiagnosticsScheduler } from './lsp/diagnostics';
import { registerRequests } from './lsp/requests';
import { featureCapabilities, registerFeatures } from './lsp/features';
import { readSettings } from './language/project/index';
import { pathToUri, uriToPath } from './lsp/convert';
import { Workspace } from './lsp/workspace';

export function startServer(connection: Connection): void {
  const workspace = new Workspace();
  /** The editor's `keepalived` section → the project's settings; malformed entries are logged and left out. */
  const read = (raw: unknown) => {
    const { settings, problems } = readSettings(raw ?? undefined);
    for (const p of problems) connection.console.warn(`keepalived settings: ${p.message}`);
    return settings;
  };
  const applySettings = (raw: unknown, folders?: ReadonlyMap<string, unknown>) =>
    workspace.updateSettings(read(raw), folders ? new Map([...folders].map(([f, r]) => [f, read(r)])) : undefined);
  const diagnostics = new DiagnosticsScheduler(connection, workspace);
  let hasConfigurationCapability = false;

  connection.onInitialize((params): InitializeResult => {
    hasConfigurationCapability = !!params.capabilities.workspace?.configuration;
    const init = params.initializationOptions as { settings?: unknown } | undefined;
    if (init?.settings) applySettings(init.settings);
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        ...featureCapabilities(),
        ...codeActionCapabilities(),
      },
      serverInfo: { name: 'keepalived-language-server' },
    };
  });

  // the section as it holds for each workspace folder too (folder settings of a multi-root workspace)
  const pullSettings = async () => {
    if (!hasConfigurationCapability) return;
    try {
      const global = (await connection.workspace.getConfiguration('keepalived')) as unknown;
      const folders = workspace.folders;
      const scoped =
        folders.length > 0
          ? ((await connection.workspace.getConfiguration(folders.map((f) => ({ scopeUri: pathToUri(f), section: 'keepalived' })))) as unknown[])
          : [];
      applySettings(global, new Map(folders.map((f, i) => [f, scoped[i]])));
      diagnostics.scheduleAll();
    } catch (e) {
      connection.console.error(`reading settings failed: ${String(e)}`);
    }
  };

  connection.onInitialized(() => void pullSettings());
  connection.onDidChangeConfiguration((change) => {
    const s = (change.settings as { keepalived?: unknown } | undefined)?.keepalived;
    // a client that answers workspace/configuration is asked (each folder's settings too)
    if (s !== undefined && !hasConfigurationCapability) {
      applySettings(s, new Map());
      diagnostics.scheduleAll();
    } else {
      void pullSettings();
    }
  });

  workspace.documents.onDidOpen((e) => diagnostics.schedule(e.document.uri, 0));
  // A change can affect the files that include it and, through the cluster rules, every other node.
  workspace.documents.onDidChangeContent(() => diagnostics.scheduleAll());
  workspace.documents.onDidClose((e) => {
    diagnostics.cancel(e.document.uri);
    workspace.drop(uriToPath(e.document.uri));
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });
  connection.onDidChangeWatchedFiles(() => {
    workspace.invalidateAll();
    diagnostics.scheduleAll();
  });

  workspace.onDidChangeFolders = () => void pullSettings();
  registerFeatures(connection, workspace);
  registerCodeActions(connection, workspace);
  registerRequests(connection, workspace);

  workspace.documents.listen(connection);
  connection.listen();
}
