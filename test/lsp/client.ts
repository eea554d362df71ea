/**
 * A minimal LSP client for the stdio tests: spawns `node dist/server.js --stdio`, speaks
 * JSON-RPC over its stdin/stdout like an editor does (vscode-languageserver-protocol's node
 * connection), answers the server's requests (workspace folders), and collects diagnostics.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  PublishDiagnosticsNotification,
  type Diagnostic,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type InitializeResult,
} from 'vscode-languageserver-protocol/node';
import { URI } from 'vscode-uri';
import { repoRoot } from '../support/shared';

export const FIXTURES = path.join(repoRoot, 'test/fixtures/lsp');
export const uriOf = (p: string): string => URI.file(p).toString();
export const fixture = (rel: string): string => path.join(FIXTURES, rel);

export interface Position {
  readonly line: number;
  readonly character: number;
}

/** The position of the `nth` occurrence of `needle` in `text`, plus `delta` characters. */
export function positionOf(text: string, needle: string, delta = 0, nth = 0): Position {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`'${needle}' (#${nth}) not found`);
  }
  const off = at + delta;
  const before = text.slice(0, off);
  const line = before.split('\n').length - 1;
  return { line, character: off - (before.lastIndexOf('\n') + 1) };
}

export class LspClient {
  private proc: ChildProcess | undefined;
  connection!: ProtocolConnection;
  readonly diagnostics = new Map<string, PublishDiagnosticsParams>();
  private waiters: (() => void)[] = [];
  private versions = new Map<string, number>();
  readonly stderr: string[] = [];
  readonly logs: string[] = [];
  initializeResult!: InitializeResult;

  /**
   * Start the server: dist/server.js --stdio, or `command` (e.g. an installed keepalived-language-server).
   * `roots`: a multi-root workspace whose client answers workspace/configuration, each folder with
   * its own `keepalived` settings (and `settings` for requests without a scope).
   */
  async start(
    settings: unknown = {},
    folder: string = FIXTURES,
    command?: readonly string[],
    roots?: readonly { readonly folder: string; readonly settings: unknown }[],
  ): Promise<void> {
    const folders = roots ? roots.map((r, i) => ({ uri: uriOf(r.folder), name: `root${i}` })) : [{ uri: uriOf(folder), name: 'lsp' }];
    const server = path.join(repoRoot, 'dist/server.js');
    if (!command && !fs.existsSync(server)) throw new Error(`${server} is missing: run node esbuild.mjs first`);
    const [cmd, ...args] = command ?? [process.execPath, server, '--stdio'];
    const proc = spawn(cmd!, args, { stdio: ['pipe', 'pipe', 'pipe'] });
    this.proc = proc;
    proc.stderr.on('data', (d: Buffer) => this.stderr.push(d.toString()));
    this.connection = createProtocolConnection(new StreamMessageReader(proc.stdout), new StreamMessageWriter(proc.stdin));
    this.connection.onNotification(PublishDiagnosticsNotification.type, (p) => {
      this.diagnostics.set(p.uri, p);
      const w = this.waiters;
      this.waiters = [];
      for (const f of w) f();
    });
    this.connection.onNotification('window/logMessage', (p: { message: string }) => this.logs.push(p.message));
    this.connection.onRequest('workspace/workspaceFolders', () => folders);
    this.connection.onRequest('workspace/configuration', (p: { items: { scopeUri?: string; section?: string }[] }) =>
      p.items.map((item) => roots?.find((r) => item.scopeUri === uriOf(r.folder))?.settings ?? settings),
    );
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onRequest('workspace/semanticTokens/refresh', () => null);
    this.connection.onRequest('workspace/inlayHint/refresh', () => null);
    this.connection.onRequest('workspace/codeLens/refresh', () => null);
    this.connection.listen();
    this.initializeResult = await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: folders[0]!.uri,
      workspaceFolders: folders,
      initializationOptions: { settings },
      capabilities: {
        workspace: {
          workspaceFolders: true,
          configuration: roots !== undefined,
          symbol: {},
          semanticTokens: { refreshSupport: false },
          inlayHint: { refreshSupport: false },
        },
        textDocument: {
          hover: { contentFormat: ['markdown', 'plaintext'] },
          completion: {
            completionItem: { snippetSupport: true, documentationFormat: ['markdown'], deprecatedSupport: true, tagSupport: { valueSet: [1] } },
            contextSupport: true,
          },
          documentSymbol: { hierarchicalDocumentSymbolSupport: true },
          definition: {},
          references: {},
          documentHighlight: {},
          signatureHelp: { signatureInformation: { parameterInformation: { labelOffsetSupport: true } } },
          rename: { prepareSupport: true },
          documentLink: { tooltipSupport: true },
          foldingRange: { lineFoldingOnly: true },
          selectionRange: {},
          formatting: {},
          rangeFormatting: {},
          semanticTokens: { requests: { full: true }, tokenTypes: [], tokenModifiers: [], formats: ['relative'] },
          inlayHint: {},
          codeLens: {},
          publishDiagnostics: { relatedInformation: true, codeDescriptionSupport: true },
        },
      },
    });
    await this.connection.sendNotification('initialized', {});
  }

  async stop(): Promise<void> {
    if (!this.proc) return;
    try {
      await Promise.race([this.connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
      await this.connection.sendNotification('exit');
    } catch {
      // the server may already be gone
    }
    this.connection.dispose();
    const proc = this.proc;
    this.proc = undefined;
    await new Promise<void>((resolve) => {
      if (proc.exitCode !== null) return resolve();
      const t = setTimeout(() => {
        proc.kill();
        resolve();
      }, 2000);
      proc.once('exit', () => {
        clearTimeout(t);
        resolve();
      });
    });
  }

  get alive(): boolean {
    return this.proc !== undefined && this.proc.exitCode === null;
  }

  /** Open a document (text from disk unless given); returns its text. */
  async open(file: string, text?: string): Promise<string> {
    const t = text ?? fs.readFileSync(file, 'utf8');
    const uri = uriOf(file);
    this.versions.set(uri, 1);
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'keepalived', version: 1, text: t } });
    return t;
  }

  async change(file: string, text: string): Promise<void> {
    const uri = uriOf(file);
    const v = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, v);
    await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: v }, contentChanges: [{ text }] });
  }

  async close(file: string): Promise<void> {
    await this.connection.sendNotification('textDocument/didClose', { textDocument: { uri: uriOf(file) } });
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest<R>(method, params);
  }

  /** Wait (by notification, not by sleeping) until diagnostics for `file` satisfy `pred`. */
  async diagnosticsFor(file: string, pred: (d: Diagnostic[]) => boolean = () => true, timeoutMs = 10_000): Promise<Diagnostic[]> {
    const uri = uriOf(file);
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const got = this.diagnostics.get(uri);
      if (got && pred(got.diagnostics)) return got.diagnostics;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no matching diagnostics for ${uri} (last: ${JSON.stringify(got?.diagnostics.map((d) => d.code))})`);
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(t);
          resolve();
        });
      });
    }
  }
}
