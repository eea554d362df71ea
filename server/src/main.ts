/**
 * Transport shell of the language server: `node dist/server.js --stdio` for any LSP editor,
 * IPC when started by the VS Code client. Everything else is in server.ts.
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { keepYoungGenerationSmall } from './host/memory';
import { startServer } from './server';

keepYoungGenerationSmall();
// createConnection() reads --stdio / --node-ipc / --socket=N from the command line.
const connection = createConnection(ProposedFeatures.all);
// In stdio mode stdout is the protocol channel: route stray console output to the client log.
console.log = (...args: unknown[]) => connection.console.log(args.map(String).join(' '));
console.error = (...args: unknown[]) => connection.console.error(args.map(String).join(' '));
startServer(connection);
