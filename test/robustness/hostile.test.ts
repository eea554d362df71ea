/**
 * Hostile inputs: each gets a clear diagnostic in bounded time and memory, and nothing throws.
 * The file-system cases go through the real host (server/src/host/nodeHost.ts) in a temporary
 * directory; the "file changes while being read" case through a ConfigHost whose answers change.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createNodeHost, globFiles, MAX_FILE_BYTES, readRegularFile } from '../../server/src/host/nodeHost';
import type { ConfigHost, ReadResult } from '../../server/src/language/host';
import { lint, type LintResult } from '../../server/src/language/index';
import { MAX_INCLUDE_FILES } from '../../server/src/language/syntax/includes';
import { repoRoot } from '../support/shared';
import { assertIssueSpans, checkFormat, loadFeatures } from './fuzz';

/** Generous bounds: CI machines are slower than a laptop, but a hang or a blow-up is far beyond these. */
const MAX_MS = 10_000;
const MAX_HEAP_GROWTH_MB = 600;

function bounded<T>(what: string, fn: () => T, maxMs = MAX_MS): T {
  const heap0 = process.memoryUsage().heapUsed;
  const t0 = process.hrtime.bigint();
  const r = fn();
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const grew = (process.memoryUsage().heapUsed - heap0) / 2 ** 20;
  assert.ok(ms < maxMs, `${what} took ${ms.toFixed(0)} ms (bound ${maxMs} ms)`);
  assert.ok(grew < MAX_HEAP_GROWTH_MB, `${what} grew the heap by ${grew.toFixed(0)} MB`);
  return r;
}

function lintFile(file: string, host: ConfigHost = createNodeHost()): LintResult {
  const r = readRegularFile(file);
  assert.equal(r.kind, 'ok', `${file} should be readable`);
  const res = lint(file, (r as { text: string }).text, host, {});
  assertIssueSpans(res.issues, res.model.parsed);
  return res;
}

function lintText(file: string, text: string, host: ConfigHost = createNodeHost()): LintResult {
  const res = lint(file, text, host, {});
  assertIssueSpans(res.issues, res.model.parsed);
  return res;
}

const codes = (r: LintResult): Set<string> => new Set(r.issues.map((i) => i.code));
const messages = (r: LintResult, code: string): string[] => r.issues.filter((i) => i.code === code).map((i) => i.message);

/** Deterministic bytes (xorshift32). */
function randomBytes(n: number, seed = 0x9e3779b9): Buffer {
  const b = Buffer.alloc(n);
  let x = seed >>> 0;
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    b[i] = x & 0xff;
  }
  return b;
}

const isRoot = process.getuid?.() === 0;

describe('robustness: hostile inputs', function () {
  this.timeout(60_000);
  let dir: string;

  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'keepalived-hostile-'));
  });

  after(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const write = (name: string, data: string | Buffer): string => {
    const p = path.join(dir, name);
    fs.mkdirSync(path.dirname(p), { recursive: true });
    fs.writeFileSync(p, data);
    return p;
  };

  it('10 MB of random bytes: many diagnostics, no exception', () => {
    const f = write('random.conf', randomBytes(10 * 1024 * 1024));
    const r = bounded('10 MB random', () => lintFile(f));
    assert.ok(r.issues.length > 0);
    assert.ok(codes(r).has('unknown-keyword'));
  });

  it('a NUL-filled file: nul-character and line-too-long, no exception', () => {
    const f = write('nul.conf', Buffer.alloc(1024 * 1024));
    const r = bounded('1 MB of NUL', () => lintFile(f));
    assert.ok(codes(r).has('nul-character'), [...codes(r)].join(','));
    assert.ok(codes(r).has('line-too-long'));
  });

  it('invalid UTF-8 in a keyword: read as U+FFFD and reported as an unknown keyword on its line', () => {
    const f = write(
      'utf8.conf',
      Buffer.concat([Buffer.from('global_defs {\n    router_id a\n    '), Buffer.from([0xff, 0xfe, 0xc3, 0x28]), Buffer.from('_id x\n}\n')]),
    );
    const r = bounded('invalid UTF-8', () => lintFile(f));
    const unknown = r.issues.filter((i) => i.code === 'unknown-keyword');
    assert.equal(unknown.length, 1);
    assert.equal(r.model.parsed.files.get(f)!.positionAt(unknown[0]!.span.start).line, 2);
  });

  it('20,000 nested braces: no stack overflow in the parser, the AST, validation or the features', () => {
    const text = `vrrp_instance VI_1 {\n${'{\n'.repeat(20_000)}${'}\n'.repeat(20_000)}}\n`;
    const r = bounded('20,000 nested braces', () => lintText(path.join(dir, 'braces.conf'), text));
    assert.ok(codes(r).has('unexpected-open-brace'));
    const oneLine = `${'{'.repeat(20_000)}${'}'.repeat(20_000)}`;
    bounded('20,000 braces on one line', () => lintText(path.join(dir, 'braces1.conf'), oneLine));
    const F = loadFeatures();
    if (F) {
      bounded('formatting 20,000 nested braces', () => checkFormat(text, F.features));
      bounded('folding 20,000 nested braces', () => F.features.foldingRanges(text));
      bounded('symbols of 20,000 nested braces', () => F.features.documentSymbols({ model: r.model, file: path.join(dir, 'braces.conf') }));
    }
  });

  it('a 1 MB line: cut where keepalived cuts it, reported once per cut', () => {
    const r = bounded('1 MB line', () => lintText(path.join(dir, 'long.conf'), `router_id ${'a'.repeat(1024 * 1024)}\n`));
    assert.ok(codes(r).has('line-too-long'));
  });

  it('an include cycle: reported, read once', () => {
    const a = write('cycle/a.conf', 'include b.conf\nvrrp_script chk_a {\n    script "/bin/true"\n}\n');
    write('cycle/b.conf', 'include a.conf\n');
    const r = bounded('include cycle', () => lintFile(a));
    assert.ok(codes(r).has('include-cycle'));
  });

  it('an include of /dev/zero: refused as a device without reading it', () => {
    if (!fs.existsSync('/dev/zero')) return;
    const r = bounded('include /dev/zero', () => lintText(path.join(dir, 'zero.conf'), 'include /dev/zero\n'), 2000);
    assert.ok(
      messages(r, 'include-unreadable').some((m) => /device/.test(m)),
      JSON.stringify(r.issues),
    );
    assert.equal(readRegularFile('/dev/zero').kind, 'special');
  });

  it('a FIFO: refused without opening it (no hang), also when named on the command line', () => {
    const fifo = path.join(dir, 'fifo.conf');
    const made = spawnSync('mkfifo', [fifo]);
    if (made.error || made.status !== 0) return; // no mkfifo here
    const r = bounded('include FIFO', () => lintText(path.join(dir, 'uses-fifo.conf'), `include ${fifo}\n`), 2000);
    assert.ok(
      messages(r, 'include-unreadable').some((m) => /fifo/.test(m)),
      JSON.stringify(r.issues),
    );
    const cli = spawnSync(process.execPath, [path.join(repoRoot, 'bin', 'keepalived-lint.js'), fifo], { encoding: 'utf8', timeout: 10_000 });
    assert.equal(cli.error, undefined, 'the CLI must not block on a FIFO');
    assert.equal(cli.status, 2);
    assert.match(cli.stderr, /fifo/);
  });

  it('a directory: refused as a directory', () => {
    fs.mkdirSync(path.join(dir, 'a-directory.conf'), { recursive: true });
    const r = bounded('include directory', () => lintText(path.join(dir, 'uses-dir.conf'), `include ${path.join(dir, 'a-directory.conf')}\n`));
    assert.ok(
      messages(r, 'include-unreadable').some((m) => /directory/.test(m)) || codes(r).has('include-missing') || codes(r).has('include-no-match'),
      JSON.stringify(r.issues),
    );
  });

  it(`a glob matching 3,000 files: the first ${MAX_INCLUDE_FILES} are read, the rest reported`, () => {
    const d = path.join(dir, 'many');
    fs.mkdirSync(d);
    for (let i = 0; i < 3000; i++) fs.writeFileSync(path.join(d, `${String(i).padStart(5, '0')}.conf`), `vrrp_script chk_${i} {\n    script "/bin/true"\n}\n`);
    const r = bounded('glob of 3,000 files', () => lintText(path.join(dir, 'glob.conf'), `include ${d}/*.conf\n`));
    assert.ok(codes(r).has('include-too-many'));
    assert.equal(r.model.parsed.files.size, MAX_INCLUDE_FILES + 1);
    const g = globFiles(`${d}/*.conf`, MAX_INCLUDE_FILES);
    assert.equal(g.truncated, true);
  });

  it('a symlink loop: reported as unreadable, no hang', () => {
    const a = path.join(dir, 'loop-a.conf');
    const b = path.join(dir, 'loop-b.conf');
    fs.symlinkSync(b, a);
    fs.symlinkSync(a, b);
    const r = bounded('symlink loop', () => lintText(path.join(dir, 'uses-loop.conf'), `include ${a}\n`), 2000);
    assert.ok(codes(r).has('include-unreadable') || codes(r).has('include-missing'), JSON.stringify(r.issues));
    assert.equal(readRegularFile(a).kind, 'error');
    assert.equal(createNodeHost().realpath(a), path.resolve(a));
  });

  it(`an unreadable file (chmod 000)${isRoot ? ': as root reads still succeed, so only that is checked' : ''}`, () => {
    const f = write('secret.conf', 'vrrp_script chk {\n    script "/bin/true"\n}\n');
    fs.chmodSync(f, 0o000);
    const r = bounded('chmod 000', () => lintText(path.join(dir, 'uses-secret.conf'), `include ${f}\n`));
    if (isRoot) {
      // root bypasses permission bits: the file is read like any other
      assert.ok(r.model.parsed.files.has(f));
    } else {
      assert.ok(codes(r).has('include-unreadable'), JSON.stringify(r.issues));
    }
    fs.chmodSync(f, 0o644);
  });

  it('an executable file: refused as keepalived refuses it', () => {
    const f = write('exec.conf', 'vrrp_script chk {\n    script "/bin/true"\n}\n');
    fs.chmodSync(f, 0o755);
    const r = lintText(path.join(dir, 'uses-exec.conf'), `include ${f}\n`);
    assert.ok(
      messages(r, 'include-unreadable').some((m) => /executable/.test(m)),
      JSON.stringify(r.issues),
    );
  });

  it(`a file larger than ${MAX_FILE_BYTES / 2 ** 20} MB: refused without reading it`, () => {
    const f = path.join(dir, 'huge.conf');
    const fd = fs.openSync(f, 'w');
    fs.ftruncateSync(fd, MAX_FILE_BYTES + 1); // sparse: costs no disk
    fs.closeSync(fd);
    const r = bounded('huge include', () => lintText(path.join(dir, 'uses-huge.conf'), `include ${f}\n`), 2000);
    assert.ok(
      messages(r, 'include-unreadable').some((m) => /larger than/.test(m)),
      JSON.stringify(r.issues),
    );
  });

  it('a file that changes between two reads: one consistent text, every span inside it', () => {
    const texts = ['vrrp_instance VI_1 {\n    interface eth0\n    virtual_router_id 1\n    priority 100\n    bogus_keyword_here 1 2 3\n}\n', 'x\n'];
    let reads = 0;
    const host: ConfigHost = {
      readFile: (p): ReadResult => (p.endsWith('/inc.conf') ? { kind: 'ok', text: texts[Math.min(reads++, 1)]! } : { kind: 'missing' }),
      glob: (p) => ({ paths: [p], truncated: false }),
      realpath: (p) => p,
    };
    const r = lintText('/e/keepalived.conf', 'include inc.conf\ninclude inc.conf\ninclude inc.conf\n', host);
    assert.ok(r.issues.some((i) => i.code === 'unknown-keyword' && i.message.includes('bogus_keyword_here')));
  });

  it('a file that disappears between the glob and the read: reported as missing', () => {
    const host: ConfigHost = {
      readFile: (): ReadResult => ({ kind: 'missing' }),
      glob: () => ({ paths: ['/e/conf.d/a.conf'], truncated: false }),
      realpath: (p) => p,
    };
    const r = lintText('/e/keepalived.conf', 'include conf.d/*.conf\n', host);
    assert.ok(
      messages(r, 'include-missing').some((m) => /disappeared/.test(m)),
      JSON.stringify(r.issues),
    );
  });

  it('a file truncated between stat and read (real host): what was there is read', () => {
    const f = write('shrinking.conf', 'vrrp_script chk {\n    script "/bin/true"\n}\n');
    const host = createNodeHost();
    const first = host.readFile(f);
    fs.truncateSync(f, 5);
    const second = host.readFile(f);
    assert.equal(first.kind, 'ok');
    assert.equal(second.kind, 'ok');
    assert.equal((second as { text: string }).text, 'vrrp_');
  });
});
