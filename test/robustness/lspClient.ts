/** The small stdio LSP client of bench/lsp.cjs, typed for the tests. */
import * as path from 'node:path';
import { repoRoot } from '../support/shared';

export interface Msg {
  readonly id?: number;
  readonly method?: string;
  readonly params?: { uri?: string; version?: number; diagnostics?: unknown[] };
  readonly result?: unknown;
  readonly error?: { code: number; message: string };
}
export interface Arrived {
  readonly msg: Msg;
  readonly at: bigint;
}
export interface Lsp {
  readonly pid: number;
  readonly exited: { code: number | null; signal: string | null } | undefined;
  readonly stderr: string;
  /** window/logMessage texts. */
  readonly logs: string[];
  initialize(rootUri?: string | null): Promise<void>;
  request(method: string, params: unknown): Promise<Arrived>;
  requestWithId(method: string, params: unknown): { id: number; promise: Promise<Arrived> };
  notify(method: string, params: unknown): void;
  waitFor(match: (m: Msg) => boolean, timeoutMs?: number): Promise<Arrived>;
  memory(): { rssMB: number; peakMB: number };
  shutdown(): Promise<void>;
}
// bench/lsp.cjs: the small stdio client shared with the benchmark.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS file outside the TypeScript projects, found at run time
const lspModule = require(path.join(repoRoot, 'bench', 'lsp.cjs')) as {
  LspProcess: new (serverJs: string) => Lsp;
  diagnosticsFor: (uri: string, version?: number) => (m: Msg) => boolean;
};

export const SERVER = path.join(repoRoot, 'dist', 'server.js');

export function startServer(): Lsp {
  return new lspModule.LspProcess(SERVER);
}

export const diagnosticsFor = lspModule.diagnosticsFor;
