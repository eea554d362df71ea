/**
 * The project with open documents (language/project/openWorkspace.ts) over a memory host: what it
 * caches, what makes a cache stale, and the lint a document shows.
 */
import * as assert from 'node:assert/strict';
import type { ConfigHost } from '../../server/src/language/host';
import { OpenWorkspace, type OpenDocument } from '../../server/src/language/project/openWorkspace';
import { diagnosticsOf, lintFilesOf } from '../../server/src/language/project/workspaceRequests';
import { memoryHost } from '../support/memoryHost';

const MAIN = `vrrp_script chk {
  script "/usr/bin/true"
}
include /k/vi.conf
`;
const INCLUDED = `vrrp_instance VI_1 {
  state MASTER
  interface eth0
  virtual_router_id 51
  priority 100
  virtual_ipaddress {
    192.0.2.10/24
  }
  track_script {
    chk
  }
}
`;

/** A node of a pair; keepalived's first line makes it a keepalived file by content. */
const NODE = `! Configuration File for keepalived
vrrp_instance VI_1 {
  state BACKUP
  interface eth0
  virtual_router_id 51
  priority 100
  virtual_ipaddress {
    192.0.2.10/24
  }
}
`;

/** Open documents by path (file: URIs), and disk files behind them. */
function workspace(disk: Record<string, string>) {
  const open = new Map<string, { version: number; text: string }>();
  const reads: string[] = [];
  const base = memoryHost(disk);
  const host = (overlay: (p: string) => string | undefined): ConfigHost => ({
    ...base,
    readFile(p) {
      const o = overlay(p);
      if (o !== undefined) return { kind: 'ok', text: o };
      reads.push(p);
      return base.readFile(p);
    },
    // one folder level is enough here
    listDir: (dir) =>
      Object.keys(disk)
        .filter((p) => p.startsWith(`${dir}/`) && !p.slice(dir.length + 1).includes('/'))
        .map((p) => ({ name: p.slice(dir.length + 1), kind: 'file' as const })),
    readHead: (p, bytes) => disk[p]?.slice(0, bytes),
  });
  const ws = new OpenWorkspace({
    documents: () => [...open].map(([path, d]): OpenDocument => ({ path, uri: `file://${path}`, version: d.version, getText: () => d.text })),
    host,
    toPath: (u) => (u.startsWith('file://') ? u.slice(7) : u),
    toUri: (p) => (p.startsWith('/') ? `file://${p}` : p),
  });
  const edit = (path: string, text: string) => open.set(path, { version: (open.get(path)?.version ?? 0) + 1, text });
  return { ws, edit, open, reads, disk };
}

describe('OpenWorkspace: a project with open documents', () => {
  it('lints an open document once per version', () => {
    const { ws, edit } = workspace({});
    edit('/k/a.conf', 'vrrp_instance A {\n  priorty 100\n}\n');
    const first = ws.get('/k/a.conf');
    assert.ok(first);
    assert.equal(ws.get('/k/a.conf'), first, 'same version: the cached result');
    edit('/k/a.conf', 'vrrp_instance A {\n  priority 100\n}\n');
    const second = ws.get('/k/a.conf');
    assert.notEqual(second, first);
    assert.ok(first.issues.some((i) => i.code === 'unknown-keyword'));
    assert.ok(!second!.issues.some((i) => i.code === 'unknown-keyword'));
    assert.equal(ws.get('/k/none.conf'), undefined, 'a document that is not open has no lint of its own');
  });

  it('reads an included open document again when it changes, and an included file shows its includer’s lint', () => {
    const { ws, edit } = workspace({ '/k/keepalived.conf': MAIN, '/k/vi.conf': INCLUDED });
    edit('/k/keepalived.conf', MAIN);
    edit('/k/vi.conf', INCLUDED);
    ws.setFolders(['/k']);
    const own = ws.validationFor('/k/vi.conf');
    assert.equal(own?.model.parsed.entry, '/k/keepalived.conf', 'checked as part of the file that includes it');
    assert.ok(!own.issues.some((i) => i.code === 'unused-script'), 'the script the included instance tracks is used');
    assert.deepEqual(ws.dependents('/k/vi.conf'), ['/k/keepalived.conf']);
    const before = ws.get('/k/keepalived.conf');
    edit('/k/vi.conf', INCLUDED.replace('priority 100', 'priority 300'));
    const after = ws.get('/k/keepalived.conf');
    assert.notEqual(after, before, 'the includer is read again');
    assert.ok(after!.issues.some((i) => i.span.file === '/k/vi.conf' && /priority/.test(i.message)));
  });

  it('reads files from disk once per generation; invalidateAll reads them again', () => {
    const { ws, reads, disk } = workspace({ '/k/b.conf': 'vrrp_instance B {\n  priority 100\n}\n' });
    ws.setFolders(['/k']);
    assert.ok(ws.analyseFile('/k/b.conf'));
    assert.ok(ws.lintOf('/k/b.conf'));
    const n = reads.length;
    ws.analyseFile('/k/b.conf');
    ws.lintOf('/k/b.conf');
    assert.equal(reads.length, n, 'cached');
    disk['/k/b.conf'] = 'vrrp_instance B {\n  priorty 100\n}\n';
    assert.ok(!ws.lintOf('/k/b.conf')!.issues.some((i) => i.code === 'unknown-keyword'), 'still the cached lint');
    ws.invalidateAll();
    assert.ok(
      ws.lintOf('/k/b.conf')!.issues.some((i) => i.code === 'unknown-keyword'),
      'read again',
    );
  });

  it('keys whole-workspace results on the workspace state', () => {
    const { ws, edit } = workspace({ '/k/lb1.conf': NODE, '/k/lb2.conf': NODE.replace('192.0.2.10', '192.0.2.11') });
    ws.setFolders(['/k']);
    assert.equal(ws.setFolders(['/k']), false, 'the same folders change nothing');
    const key = ws.stateKey();
    const issues = ws.workspaceIssues();
    assert.equal(ws.workspaceIssues(), issues, 'computed once per state');
    assert.ok((issues.byFile.get('/k/lb1.conf') ?? []).some((i) => i.code === 'cluster-vip-mismatch'));
    edit('/k/lb2.conf', NODE);
    assert.notEqual(ws.stateKey(), key);
    assert.ok(!(ws.workspaceIssues().byFile.get('/k/lb1.conf') ?? []).some((i) => i.code === 'cluster-vip-mismatch'), 'the open text wins over the disk');
    assert.ok(diagnosticsOf(ws, '/k/lb2.conf'));
  });

  it('Lint Workspace publishes only the files not open in the editor', () => {
    const { ws, edit } = workspace({ '/k/lb1.conf': NODE, '/k/lb2.conf': NODE.replace('priority 100', 'priorty 100') });
    edit('/k/lb1.conf', NODE);
    const { summary, publish } = lintFilesOf(ws, { folders: ['file:///k'] });
    assert.deepEqual(ws.folders, ['/k']);
    assert.equal(summary.files, 2);
    assert.deepEqual([...publish.keys()], ['file:///k/lb2.conf']);
    assert.ok(publish.get('file:///k/lb2.conf')!.some((d) => d.code === 'unknown-keyword'));
  });
});
