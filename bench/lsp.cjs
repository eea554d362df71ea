/**
 * A minimal LSP client over stdio for benchmarks and robustness tests: spawns
 * `node dist/server.js --stdio`, frames JSON-RPC with Content-Length, and lets callers wait
 * for notifications (publishDiagnostics) and request results.
 */
'use strict';
const { spawn } = require('node:child_process');
const fs = require('node:fs');

class LspProcess {
  /** @param {string} serverJs path to dist/server.js */
  constructor(serverJs, { env = process.env } = {}) {
    this.child = spawn(process.execPath, [serverJs, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'], env });
    this.nextId = 1;
    this.pending = new Map();
    this.waiters = [];
    this.buffer = Buffer.alloc(0);
    this.stderr = '';
    /** window/logMessage texts (runSafe logs the errors it catches there). */
    this.logs = [];
    this.exited = undefined;
    this.child.stdout.on('data', (d) => this.onData(d));
    this.child.stderr.on('data', (d) => {
      this.stderr += d.toString();
    });
    this.child.on('exit', (code, signal) => {
      this.exited = { code, signal };
      for (const [, p] of this.pending) p.reject(new Error(`server exited (${code ?? signal})`));
      this.pending.clear();
    });
    this.child.stdin.on('error', () => undefined);
  }

  get pid() {
    return this.child.pid;
  }

  onData(d) {
    this.buffer = Buffer.concat([this.buffer, d]);
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const header = this.buffer.subarray(0, headerEnd).toString('ascii');
      const m = /Content-Length: (\d+)/i.exec(header);
      if (!m) throw new Error(`bad header ${header}`);
      const len = Number(m[1]);
      if (this.buffer.length < headerEnd + 4 + len) return;
      const body = this.buffer.subarray(headerEnd + 4, headerEnd + 4 + len).toString('utf8');
      this.buffer = this.buffer.subarray(headerEnd + 4 + len);
      this.onMessage(JSON.parse(body), process.hrtime.bigint());
    }
  }

  onMessage(msg, at) {
    if (msg.id !== undefined && msg.method === undefined) {
      const p = this.pending.get(msg.id);
      if (p) {
        this.pending.delete(msg.id);
        p.resolve({ msg, at });
      }
      return;
    }
    if (msg.id !== undefined && msg.method !== undefined) {
      // server → client request (workspace/configuration, registerCapability...): answer neutrally
      const result = msg.method === 'workspace/configuration' ? (msg.params?.items ?? []).map(() => null) : null;
      this.write({ jsonrpc: '2.0', id: msg.id, result });
      return;
    }
    if (msg.method === 'window/logMessage') this.logs.push(msg.params?.message ?? '');
    for (let i = 0; i < this.waiters.length; i++) {
      const w = this.waiters[i];
      if (w.match(msg)) {
        this.waiters.splice(i, 1);
        w.resolve({ msg, at });
        return;
      }
    }
  }

  write(obj) {
    const body = Buffer.from(JSON.stringify(obj), 'utf8');
    this.child.stdin.write(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]));
  }

  /** Send a request; resolves with { msg, at } (at = hrtime of arrival). */
  request(method, params) {
    const id = this.nextId++;
    const p = new Promise((resolve, reject) => this.pending.set(id, { resolve, reject }));
    this.write({ jsonrpc: '2.0', id, method, params });
    p.id = id;
    return p;
  }

  /** A request whose id the caller needs (to cancel it). */
  requestWithId(method, params) {
    const id = this.nextId++;
    const promise = new Promise((resolve, reject) => this.pending.set(id, { resolve, reject }));
    this.write({ jsonrpc: '2.0', id, method, params });
    return { id, promise };
  }

  notify(method, params) {
    this.write({ jsonrpc: '2.0', method, params });
  }

  /** Wait for a notification matching `match`; rejects after `timeoutMs`. */
  waitFor(match, timeoutMs = 30000) {
    return new Promise((resolve, reject) => {
      const w = { match, resolve: (v) => (clearTimeout(t), resolve(v)) };
      const t = setTimeout(() => {
        const i = this.waiters.indexOf(w);
        if (i >= 0) this.waiters.splice(i, 1);
        reject(new Error(`timed out after ${timeoutMs} ms waiting for a notification`));
      }, timeoutMs);
      this.waiters.push(w);
    });
  }

  async initialize(rootUri = null) {
    await this.request('initialize', {
      processId: process.pid,
      rootUri,
      capabilities: { textDocument: { publishDiagnostics: { versionSupport: true } } },
      initializationOptions: {},
    });
    this.notify('initialized', {});
  }

  /** Resident set size now and at its peak (Linux /proc), in MB. */
  memory() {
    try {
      const s = fs.readFileSync(`/proc/${this.child.pid}/status`, 'utf8');
      const kb = (k) => Number(new RegExp(`${k}:\\s+(\\d+)`).exec(s)?.[1] ?? NaN);
      return { rssMB: kb('VmRSS') / 1024, peakMB: kb('VmHWM') / 1024 };
    } catch {
      return { rssMB: NaN, peakMB: NaN };
    }
  }

  async shutdown() {
    if (this.exited) return;
    try {
      await Promise.race([this.request('shutdown', null), new Promise((r) => setTimeout(r, 2000))]);
      this.notify('exit', null);
    } catch {
      // already gone
    }
    await Promise.race([new Promise((r) => this.child.once('exit', r)), new Promise((r) => setTimeout(r, 2000))]);
    if (!this.exited) this.child.kill('SIGKILL');
  }
}

/** Diagnostics for `uri` at `version` (or any version when undefined). */
const diagnosticsFor = (uri, version) => (m) =>
  m.method === 'textDocument/publishDiagnostics' &&
  m.params.uri === uri &&
  (version === undefined || m.params.version === undefined || m.params.version === version);

module.exports = { LspProcess, diagnosticsFor };
