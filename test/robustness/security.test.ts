/**
 * Security: the linter and the language server only ever read.
 *
 * - A script named in a configuration (vrrp_script, notify*, MISC_CHECK, ...) is never run, by the
 *   CLI (every format, the election subcommand) nor by any request of the server.
 * - YAML is parsed without custom tags: `!!js/function`, `!!python/object/apply` and home-made tags
 *   do nothing, and an alias bomb is refused in bounded time.
 * - Paths from configurations are only read: nothing is written in-process (fs spied on while
 *   linting and running every feature), and after the CLI and the server ran, the files they read
 *   have the same content and mtime and their directories hold no new file.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createNodeHost } from '../../server/src/host/nodeHost';
import { lint } from '../../server/src/language/index';
import { loadVarsFile } from '../../server/src/language/kolla/index';
import { repoRoot } from '../support/shared';
import { loadFeatures } from './fuzz';
import { diagnosticsFor, SERVER, startServer } from './lspClient';

const CLI = path.join(repoRoot, 'bin', 'keepalived-lint.js');

function configUsing(script: string, dir: string): string {
  return [
    '! Configuration File for keepalived',
    'global_defs {',
    '    enable_script_security',
    '    script_user root',
    `    notify_fifo ${dir}/notify.fifo`,
    `    notify_fifo_script "${script} fifo"`,
    '}',
    'include conf.d/*.conf',
    'vrrp_script chk {',
    `    script "${script} check"`,
    '    interval 1',
    '}',
    'vrrp_instance VI_1 {',
    '    state MASTER',
    '    interface eth0',
    '    virtual_router_id 51',
    '    priority 100',
    `    notify_master "${script} master"`,
    `    notify "${script} notify"`,
    '    track_script {',
    '        chk',
    '    }',
    '    virtual_ipaddress {',
    '        192.0.2.100/24',
    '    }',
    '}',
    'virtual_server 192.0.2.100 80 {',
    '    real_server 192.0.2.11 80 {',
    `        notify_up "${script} up"`,
    '        MISC_CHECK {',
    `            misc_path "${script} misc"`,
    '        }',
    '    }',
    '}',
    '',
  ].join('\n');
}

interface Snapshot {
  readonly files: Map<string, { mtimeMs: number; content: string }>;
  readonly listing: string[];
}

function snapshot(dir: string): Snapshot {
  const files = new Map<string, { mtimeMs: number; content: string }>();
  const listing: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      listing.push(path.relative(dir, p));
      if (e.isDirectory()) walk(p);
      else if (e.isFile()) files.set(p, { mtimeMs: fs.statSync(p).mtimeMs, content: fs.readFileSync(p, 'utf8') });
    }
  };
  walk(dir);
  return { files, listing: listing.sort() };
}

function assertUnchanged(before: Snapshot, dir: string, what: string): void {
  const after = snapshot(dir);
  assert.deepEqual(after.listing, before.listing, `${what} created or removed files`);
  for (const [p, b] of before.files) {
    const a = after.files.get(p)!;
    assert.equal(a.content, b.content, `${what} changed ${p}`);
    assert.equal(a.mtimeMs, b.mtimeMs, `${what} touched ${p}`);
  }
}

describe('robustness: security', function () {
  this.timeout(60_000);
  let dir: string;
  let script: string;
  let marker: string;
  let conf: string;

  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'keepalived-security-'));
    marker = path.join(dir, 'MARKER');
    script = path.join(dir, 'marker-writer.sh');
    fs.writeFileSync(script, `#!/bin/sh\necho "$@" >> "${marker}"\n`);
    fs.chmodSync(script, 0o755);
    fs.mkdirSync(path.join(dir, 'conf.d'));
    fs.writeFileSync(path.join(dir, 'conf.d', 'extra.conf'), `vrrp_script chk2 {\n    script "${script} included"\n}\n`);
    conf = path.join(dir, 'keepalived.conf');
    fs.writeFileSync(conf, configUsing(script, dir));
    // the script works when run, so a run would be noticed
    const probe = spawnSync(script, ['probe']);
    assert.equal(probe.status, 0);
    assert.ok(fs.existsSync(marker));
    fs.rmSync(marker);
  });

  after(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('the CLI never runs a script named in the configuration, and writes nothing', () => {
    const before = snapshot(dir);
    for (const args of [
      [conf],
      ['--format', 'json', conf],
      ['--format', 'sarif', conf],
      [dir],
      ['election', conf],
      ['election', '--down', 'keepalived', conf],
    ]) {
      const r = spawnSync(process.execPath, [CLI, ...args], { cwd: dir, encoding: 'utf8', timeout: 30_000 });
      assert.equal(r.error, undefined);
      assert.ok(r.status !== null && r.status <= 2, `keepalived-lint ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
      assert.equal(fs.existsSync(marker), false, `keepalived-lint ${args.join(' ')} ran the script`);
    }
    assertUnchanged(before, dir, 'the CLI');
  });

  it('the language server never runs a script, whatever is asked, and writes nothing', async function () {
    if (!fs.existsSync(SERVER)) this.skip();
    const before = snapshot(dir);
    const server = startServer();
    try {
      await server.initialize(null);
      const uri = `file://${conf}`;
      const text = fs.readFileSync(conf, 'utf8');
      const opened = server.waitFor(diagnosticsFor(uri, 1));
      server.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'keepalived', version: 1, text } });
      await opened;
      const lines = text.split('\n');
      const doc = { textDocument: { uri } };
      for (const [line, lineText] of lines.entries()) {
        const at = lineText.indexOf(script);
        const character = at >= 0 ? at + 3 : 4;
        for (const method of ['textDocument/hover', 'textDocument/definition', 'textDocument/completion'])
          await server.request(method, { ...doc, position: { line, character } });
      }
      const whole = { start: { line: 0, character: 0 }, end: { line: lines.length, character: 0 } };
      for (const [method, params] of [
        ['textDocument/documentLink', doc],
        ['textDocument/codeLens', doc],
        ['textDocument/inlayHint', { ...doc, range: whole }],
        ['textDocument/semanticTokens/full', doc],
        ['textDocument/documentSymbol', doc],
        ['textDocument/codeAction', { ...doc, range: whole, context: { diagnostics: [] } }],
        ['textDocument/formatting', { ...doc, options: { tabSize: 4, insertSpaces: true } }],
        ['workspace/symbol', { query: '' }],
      ] as const) {
        await server.request(method, params);
      }
      const caps = await server.request('workspace/executeCommand', { command: 'keepalived.nonexistent', arguments: [uri] });
      void caps;
      server.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: `file://${script}`, type: 2 }] });
      await server.request('textDocument/hover', { ...doc, position: { line: 0, character: 0 } });
    } finally {
      await server.shutdown();
    }
    assert.equal(fs.existsSync(marker), false, 'the server ran the script');
    assertUnchanged(before, dir, 'the server');
  });

  it('nothing in the core or the features writes to the file system (fs spied on)', () => {
    const writers = [
      'writeFileSync',
      'writeSync',
      'appendFileSync',
      'mkdirSync',
      'rmSync',
      'rmdirSync',
      'unlinkSync',
      'renameSync',
      'copyFileSync',
      'cpSync',
      'chmodSync',
      'chownSync',
      'symlinkSync',
      'linkSync',
      'truncateSync',
      'ftruncateSync',
      'utimesSync',
      'mkdtempSync',
      'createWriteStream',
      'writeFile',
      'appendFile',
      'mkdir',
      'rm',
      'unlink',
      'rename',
      'copyFile',
      'chmod',
      'symlink',
      'truncate',
      'utimes',
    ] as const;
    // the module object itself (the `import * as fs` namespace only has getters onto it)
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the mutable module object, which the import namespace is not
    const fsAny = require('node:fs') as Record<string, unknown>;
    const saved = new Map<string, unknown>();
    const calls: string[] = [];
    const openSync = fs.openSync;
    for (const w of writers) {
      saved.set(w, fsAny[w]);
      fsAny[w] = (...a: unknown[]) => {
        calls.push(`${w}(${String(a[0])})`);
        throw new Error(`fs.${w} called`);
      };
    }
    fsAny.openSync = (p: fs.PathLike, flags?: fs.OpenMode, mode?: fs.Mode) => {
      const f = typeof flags === 'number' ? flags : 0;
      if (
        typeof flags === 'string'
          ? /[wa+]/.test(flags)
          : f & (fs.constants.O_WRONLY | fs.constants.O_RDWR | fs.constants.O_CREAT | fs.constants.O_TRUNC | fs.constants.O_APPEND)
      ) {
        calls.push(`openSync(${String(p)}, ${String(flags)})`);
        throw new Error('fs.openSync for writing');
      }
      return openSync(p, flags as fs.OpenMode, mode);
    };
    try {
      const res = lint(conf, fs.readFileSync(conf, 'utf8'), createNodeHost(), {});
      assert.ok(res.model.parsed.files.size >= 2, 'the include was read');
      const F = loadFeatures();
      if (F) {
        const ctx = { model: res.model, file: conf };
        const text = fs.readFileSync(conf, 'utf8');
        for (let off = 0; off < text.length; off += 37) {
          F.features.hover(ctx, off, {});
          F.features.complete(ctx, off, {});
          F.features.definitionOf(ctx, off);
        }
        F.features.documentLinks(ctx, { isFile: (p) => fs.existsSync(p) });
        F.features.codeLenses(ctx, {});
        F.features.inlayHints(ctx, {});
        F.features.formatText(text, { tabSize: 4, insertSpaces: true });
        if (F.fixes) F.fixes.codeActionsFor({ model: res.model, options: {} }, res.issues, res.issues);
      }
    } finally {
      for (const [w, f] of saved) fsAny[w] = f;
      fsAny.openSync = openSync;
    }
    assert.deepEqual(calls, []);
    assert.equal(fs.existsSync(marker), false);
  });

  it('YAML custom tags do nothing: !!js/function, !!python/object/apply and home-made tags stay inert', () => {
    const yml = [
      "kolla_internal_vip_address: !!js/function \"function () { require('fs').writeFileSync('MARKER', 'x'); return '10.0.0.1'; }\"",
      `network_interface: !!python/object/apply:os.system ["touch ${marker}"]`,
      `keepalived_virtual_router_id: !evil "${script}"`,
      'kolla_external_vip_address: !!js/undefined ""',
      'enable_haproxy: !!js/regexp /yes/',
      '',
    ].join('\n');
    const file = path.join(dir, 'globals.yml');
    fs.writeFileSync(file, yml);
    const before = snapshot(dir);
    const vars = loadVarsFile(file, yml, 'globals');
    for (const [, v] of vars.vars) assert.notEqual(typeof v.value, 'function', `${v.name} became a function`);
    assert.equal(fs.existsSync(marker), false);
    assert.equal(fs.existsSync(path.join(dir, 'MARKER')), false);
    const r = spawnSync(process.execPath, [CLI, '--globals', file, conf], { cwd: dir, encoding: 'utf8', timeout: 30_000 });
    assert.ok(r.status !== null && r.status <= 2, r.stderr);
    assert.equal(fs.existsSync(marker), false, 'the CLI ran something from the YAML');
    assertUnchanged(before, dir, 'loading the YAML');
  });

  it('a YAML alias bomb is refused in bounded time and memory', () => {
    const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    const names = 'bcdefghij';
    for (let i = 0; i < names.length; i++)
      lines.push(
        `${names[i]}: &${names[i]} [${Array(9)
          .fill(`*${i === 0 ? 'a' : names[i - 1]}`)
          .join(',')}]`,
      );
    const yml = `${lines.join('\n')}\nkolla_internal_vip_address: 10.0.0.1\n`;
    const t0 = Date.now();
    const heap0 = process.memoryUsage().heapUsed;
    const vars = loadVarsFile('/tmp/bomb.yml', yml, 'globals');
    assert.ok(Date.now() - t0 < 5000, `took ${Date.now() - t0} ms`);
    assert.ok(process.memoryUsage().heapUsed - heap0 < 200 * 2 ** 20, 'the alias bomb was expanded');
    assert.ok(vars.vars.size > 0 || vars.issues.length > 0);
  });
});
