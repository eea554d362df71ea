/**
 * The VS Code client: starts the keepalived language server (dist/server.js, over IPC) for
 * documents of language `keepalived`, and registers the commands and the status bar item.
 *
 * Which files are keepalived is decided by package.json: file names and patterns, and
 * `firstLine` (`! Configuration File for keepalived`) for files no other language claims by
 * name; a `*.conf` another language claims by its extension but that starts with that line is
 * switched to keepalived when opened, and the user is told (languageHint.ts). The extension
 * activates only for keepalived documents, its own commands and its Clusters view, never for a
 * `conf.d/*.conf` of nginx or another program.
 */
import * as path from 'path';
import * as vscode from 'vscode';
import { LanguageClient, type LanguageClientOptions, type ServerOptions, TransportKind } from 'vscode-languageclient/node';
import { registerCommands } from './commands';
import { registerClusters, type ClustersProvider } from './clusters';
import { registerElection } from './election';
import { registerLanguageHint } from './languageHint';
import { registerRendered } from './rendered';
import { SECTION } from './settings';
import { SELECT_CONFIG_ID, selectConfigId, StatusBar } from './statusBar';

export const LANGUAGE_ID = 'keepalived';

let client: LanguageClient | undefined;
/** The server's start in progress (stopping a client that is still starting throws). */
let starting: Promise<void> | undefined;

/** What the extension gives other extensions (and the extension-host tests): its Clusters view's data. */
export interface KeepalivedApi {
  readonly clusters: ClustersProvider;
  /** The status bar item: `text` names the active file's config id as the server resolves it. */
  readonly status: { readonly text: string };
}

export function activate(context: vscode.ExtensionContext): KeepalivedApi {
  const output = vscode.window.createOutputChannel('Keepalived');
  const status = new StatusBar();
  context.subscriptions.push(output, status);

  const start = async (): Promise<void> => {
    const c = createClient(context, output);
    client = c;
    context.subscriptions.push(status.watch(c));
    try {
      await c.start();
    } catch (e) {
      status.setState('failed');
      output.appendLine(`the language server did not start: ${String(e)}`);
      void vscode.window.showErrorMessage('Keepalived: the language server did not start; see "Keepalived: Show Output".', 'Show Output').then((a) => {
        if (a) output.show(true);
      });
    }
  };

  registerCommands(context, {
    output,
    client: () => client,
    restart: async () => {
      await starting;
      const old = client;
      client = undefined;
      if (old) {
        try {
          await old.stop();
        } catch (e) {
          output.appendLine(`stopping the language server failed: ${String(e)}`);
        }
      }
      starting = start();
      await starting;
      output.appendLine('language server restarted');
    },
  });
  const previewCluster = registerElection(context, () => client);
  registerRendered(context, () => client);
  const clusters = registerClusters(context, () => client, previewCluster);
  registerLanguageHint(context);
  context.subscriptions.push(vscode.commands.registerCommand(SELECT_CONFIG_ID, selectConfigId));

  // Activation returns at once; the server starts in the background (requests sent meanwhile
  // wait for it inside the client), so opening a file is never held up by the server's start.
  starting = start();
  return { clusters, status };
}

function createClient(context: vscode.ExtensionContext, output: vscode.OutputChannel): LanguageClient {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: LANGUAGE_ID }],
    outputChannel: output,
    // the whole `keepalived` section goes to the server at start and on every change (no reload needed)
    initializationOptions: { settings: JSON.parse(JSON.stringify(vscode.workspace.getConfiguration(SECTION))) as unknown },
    synchronize: {
      configurationSection: SECTION,
      // included files changed outside the editor: the server re-reads them
      // and the files the workspace model reads: Kolla's globals.yml, passwords.yml and inventory,
      // Ansible inventories and variables, env files of envsubst templates, settings files beside the configurations
      fileEvents: vscode.workspace.createFileSystemWatcher(
        '**/{*.conf,*.conf.*,*.keepalived,*.cfg,*.j2,globals.yml,passwords.yml,multinode,all-in-one,inventory,hosts,*.ini,*.yml,*.yaml,*.env,.env,.keepalived-lint.json}',
      ),
    },
  };
  // id `keepalived`: the client reads `keepalived.trace.server` itself
  return new LanguageClient('keepalived', 'Keepalived Language Server', serverOptions, clientOptions);
}

export async function deactivate(): Promise<void> {
  await starting;
  const c = client;
  client = undefined;
  await c?.stop();
}
