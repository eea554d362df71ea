/**
 * keepalived-lint DIR finds the Kolla-Ansible deployments the directory holds as the editor finds
 * them in a workspace (project/kollaSources.ts): the same findings as naming them with --globals,
 * the same codes on the same files as the editor reports for that folder opened as a workspace
 * (Lint Workspace, and the diagnostics of its documents once open), what was found said on stderr.
 * A directory without Kolla and files named one by one are unchanged; `election DIR` previews the
 * hosts of the deployments found (cli-election-clusters.test.ts).
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createNodeHost } from '../../server/src/host/nodeHost';
import { OpenWorkspace, type OpenDocument } from '../../server/src/language/project/openWorkspace';
import { diagnosticsOf, lintFilesOf } from '../../server/src/language/project/workspaceRequests';
import { emptyDir, removeEmptyDir, runCliCaptured, type Run } from '../support/cli';
import { repoRoot } from '../support/shared';

const FIX = path.join(repoRoot, 'test/fixtures');
const OPERATOR = path.join(FIX, 'operator');

const run = (args: string[], cwd = emptyDir()): Run => runCliCaptured(args, cwd);

interface JsonDiag {
  readonly file: string;
  readonly line: number;
  readonly code: string;
}

function json(r: Run): JsonDiag[] {
  assert.notEqual(r.code, 2, r.stderr);
  return (JSON.parse(r.stdout) as { diagnostics: JsonDiag[] }).diagnostics;
}

/** `file code` per finding, relative to the folder, sorted and without repeats. */
const codesOf = (folder: string, list: readonly { file: string; code: string }[]): string[] =>
  [...new Set(list.map((d) => `${path.relative(folder, d.file)} ${d.code}`))].sort();

const fromUri = (u: string) => decodeURIComponent(u.replace(/^file:\/\//, ''));

/**
 * What the editor reports for `folder` opened as a workspace: Lint Workspace (every file closed),
 * and the diagnostics of every keepalived document once opened (with those on globals.yml and the
 * inventory the documents' deployment brings).
 */
function editorReports(folder: string): { lintWorkspace: string[]; open: string[] } {
  const open = new Map<string, string>();
  const disk = createNodeHost();
  const ws = new OpenWorkspace({
    documents: () => [...open].map(([p, text]): OpenDocument => ({ path: p, uri: `file://${p}`, version: 1, getText: () => text })),
    host: (overlay) => ({
      ...disk,
      readFile: (p) => {
        const o = overlay(p);
        return o !== undefined ? { kind: 'ok', text: o } : disk.readFile(p);
      },
    }),
    toPath: fromUri,
    toUri: (p) => (p.startsWith('/') ? `file://${p}` : p),
  });
  ws.setFolders([folder]);
  const lint = lintFilesOf(ws, { folders: [`file://${folder}`] });
  const lintWorkspace = codesOf(
    folder,
    [...lint.publish].flatMap(([uri, ds]) => ds.map((d) => ({ file: fromUri(uri), code: String(d.code) }))),
  );
  const files = ws.knownFiles();
  for (const f of files) open.set(f, fs.readFileSync(f, 'utf8'));
  const shown: { file: string; code: string }[] = [];
  for (const f of files) {
    const d = diagnosticsOf(ws, f);
    if (!d) continue;
    for (const x of d.diagnostics()) shown.push({ file: f, code: String(x.code) });
    for (const [uri, ds] of d.extra) for (const x of ds) shown.push({ file: fromUri(uri), code: String(x.code) });
  }
  return { lintWorkspace, open: codesOf(folder, shown) };
}

/** A copy of the operator workspace whose globals.yml disagrees with the custom configs (VRID 52, they say 51). */
function operatorWithTypo(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kl-folders-'));
  fs.cpSync(OPERATOR, dir, { recursive: true });
  const globals = path.join(dir, 'kolla/etc/kolla/globals.yml');
  const text = fs.readFileSync(globals, 'utf8');
  const next = text.replace('keepalived_virtual_router_id: "51"', 'keepalived_virtual_router_id: "52"');
  assert.notEqual(next, text);
  fs.writeFileSync(globals, next);
  return dir;
}

describe('cli: keepalived-lint DIR finds Kolla-Ansible deployments as the editor does', function () {
  this.timeout(30_000);
  let dir: string;
  before(() => {
    dir = operatorWithTypo();
  });
  after(() => {
    fs.rmSync(dir, { recursive: true, force: true });
    removeEmptyDir();
  });

  it('a Kolla layout found by walking the directory: globals.yml checked against the custom configs, what was found said on stderr', () => {
    const r = run([dir]);
    assert.equal(r.code, 0, r.stderr);
    const globals = path.join(dir, 'kolla/etc/kolla/globals.yml');
    assert.equal(
      r.stderr,
      `keepalived-lint: using the Kolla-Ansible deployment ${globals} (found under ${dir}; --globals names one and turns the search off)\n` +
        `keepalived-lint: using the inventory ${path.join(dir, 'kolla/multinode')} (found beside globals.yml or above it)\n`,
    );
    assert.match(
      r.stdout,
      /kolla\/etc\/kolla\/globals\.yml\n {2}12:31 +warning +keepalived_virtual_router_id is 52, but the keepalived\.conf of control01 and control02 all use virtual_router_id 51/,
    );
    // notes with the text format only, and not with --quiet
    assert.equal(run(['-f', 'json', dir]).stderr, '');
    assert.equal(run(['-q', dir]).stderr, '');
  });

  it('the same findings as naming the deployment with --globals (which turns the search off)', () => {
    const globals = path.join(dir, 'kolla/etc/kolla/globals.yml');
    const found = json(run(['-f', 'json', dir]));
    assert.ok(found.some((d) => d.code === 'kolla-vrid-mismatch' && d.file === globals));
    assert.deepEqual(found, json(run(['-f', 'json', '--globals', globals, dir])));
    // the deployment's own folder, with its inventory and custom configs named
    const kolla = path.join(dir, 'kolla');
    assert.deepEqual(
      json(run(['-f', 'json', kolla])),
      json(run(['-f', 'json', '--globals', globals, '--inventory', path.join(kolla, 'multinode'), path.join(kolla, 'etc/kolla/config/keepalived')])),
    );
  });

  it('the same codes on the same files as the editor reports for the folder opened as a workspace', () => {
    for (const folder of [dir, path.join(repoRoot, 'examples/kolla'), path.join(FIX, 'kolla'), path.join(repoRoot, 'examples'), path.join(FIX, 'cluster')]) {
      const cli = codesOf(folder, json(run(['-f', 'json', folder])));
      const editor = editorReports(folder);
      assert.ok(cli.length > 0, `${folder}: findings to compare`);
      assert.deepEqual(cli, editor.lintWorkspace, `${folder}: keepalived-lint DIR and Lint Workspace`);
      // the open documents show the same, when the folder has keepalived documents to open
      if (editor.open.length > 0) assert.deepEqual(cli, editor.open, `${folder}: keepalived-lint DIR and the open documents`);
    }
  });

  it('a directory holding deployments but no keepalived file: Kolla renders every host and the findings are reported (was: no configuration found)', () => {
    const kolla = path.join(FIX, 'kolla');
    const r = run(['-f', 'json', kolla]);
    assert.equal(r.code, 1, 'broken/globals.yml has errors');
    const codes = codesOf(kolla, json(r));
    assert.ok(codes.includes('broken/globals.yml kolla-vrid-range'), codes.join(', '));
    assert.ok(!codes.some((c) => c.startsWith('clean/')), 'the clean deployment has nothing to say');
    // broken-vip has no inventory: said whatever the format, as with --globals
    assert.match(
      r.stderr,
      new RegExp(
        `^keepalived-lint: warning: no inventory found beside ${path.join(kolla, 'broken-vip/globals.yml')} or in a folder above it within ${kolla}: Kolla's loadbalancer hosts are neither rendered nor checked`,
        'm',
      ),
    );
    // the clean one alone: nothing to report, exit 0
    const clean = run([path.join(kolla, 'clean')]);
    assert.equal(clean.code, 0);
    assert.equal(clean.stdout, '');
    // `election` previews the hosts Kolla renders there, as --globals does (was: no configuration found)
    const e = run(['election', path.join(kolla, 'clean')]);
    assert.equal(e.code, 0, e.stderr);
    assert.match(e.stdout, /^Nodes: control01, control02, control03 \(Kolla-Ansible hosts\)\n/);
    assert.equal(e.stdout, run(['election', '--globals', path.join(kolla, 'clean/globals.yml')]).stdout);
  });

  it('a directory without Kolla, and files named one by one, are linted as before', () => {
    const pair = path.join(repoRoot, 'examples/haproxy-pair');
    const r = run([pair]);
    assert.equal(r.stderr, '');
    assert.ok(r.stdout.length > 0 && !/kolla-/.test(r.stdout));
    // the custom configs named one by one are plain files: no globals.yml is looked for
    const named = run([
      '-f',
      'json',
      path.join(dir, 'kolla/etc/kolla/config/keepalived/control01/keepalived.conf'),
      path.join(dir, 'kolla/etc/kolla/config/keepalived/control02/keepalived.conf'),
    ]);
    assert.equal(named.stderr, '');
    assert.ok(!json(named).some((d) => d.code.startsWith('kolla-')));
    // an empty directory is still an input error
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'kl-folders-empty-'));
    try {
      const none = run([empty]);
      assert.equal(none.code, 2);
      assert.equal(none.stderr, 'keepalived-lint: no keepalived configuration found under the given paths\n');
    } finally {
      fs.rmSync(empty, { recursive: true });
    }
  });
});
