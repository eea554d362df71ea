/**
 * Fix policy: a quick fix a user applies blindly must keep the cluster's intent. On every fixture
 * workspace (the operator's, the extension suite's, the examples, each findings file alone, and
 * variants with a typo in globals.yml, in a custom config, in a VRID), every quick fix offered for
 * every diagnostic — per file and workspace-wide (cluster and Kolla findings, whose fixes may edit
 * globals.yml) — is applied, and everything is checked again, as the editor does:
 *  - no (file, code) pair has more diagnostics than before, and the fixed one has fewer;
 *  - no instance becomes an address owner (priority 255) that was not one;
 *  - an edit of globals.yml is only offered for a finding of that deployment (never from a file
 *    that is not one of its hosts).
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createNodeHost } from '../../server/src/host/nodeHost';
import { applyEdits } from '../../server/src/language/features/fixes/text';
import {
  createProjectService,
  documentView,
  locate,
  viewActions,
  type ConfigModel,
  type FileResult,
  type Issue,
  type ProjectService,
  type TextEdit,
  type WorkspaceModel,
} from '../../server/src/language/project/index';
import { repoRoot } from '../support/shared';

interface World {
  readonly name: string;
  readonly folder: string;
  /** Only these files (default: every keepalived file of the folder). */
  readonly only?: readonly string[];
}

interface State {
  readonly svc: ProjectService;
  readonly files: readonly string[];
  readonly results: ReadonlyMap<string, FileResult>;
  readonly model: WorkspaceModel;
  /** Every issue, per file and workspace-wide, without repeats. */
  readonly issues: readonly Issue[];
  readonly owners: number;
  readonly included: ReadonlySet<string>;
}

function check(world: World, overlay: ReadonlyMap<string, string>): State {
  const svc = createProjectService(createNodeHost({ overlay: (p) => overlay.get(p) }), { folders: [world.folder] });
  const files = world.only ?? svc.findFiles([world.folder]);
  const results = new Map<string, FileResult>();
  for (const f of files) {
    const r = svc.host.readFile(f);
    if (r.kind === 'ok') results.set(f, svc.lintFile(f, r.text));
  }
  const model = svc.workspaceModel(
    [...results].map(([path, r]) => ({ path, model: r.model, template: r.template !== undefined })),
    [world.folder],
    (p) => (results.get(p) ? svc.templateNodes(results.get(p)!) : undefined),
  );
  const seen = new Set<string>();
  const issues: Issue[] = [];
  const add = (i: Issue) => {
    const k = `${i.code}\0${i.span.file}\0${i.span.start}\0${i.message}`;
    if (seen.has(k)) return;
    seen.add(k);
    issues.push(i);
  };
  // a file another one includes is checked as part of it (the editor and the CLI alike)
  const included = new Set<string>();
  for (const [f, r] of results) for (const p of r.model.parsed.files.keys()) if (p !== f) included.add(p);
  for (const [f, r] of results) if (!included.has(f)) for (const i of r.issues) add(i);
  for (const list of svc.workspaceIssues(model).byFile.values()) for (const i of list) add(i);
  let owners = 0;
  for (const [, r] of results) if (!r.template) for (const i of r.model.instances) if (!i.dropped && i.effectivePriority === 255) owners++;
  return { svc, files, results, model, issues, owners, included };
}

const key = (i: Issue) => `${i.span.file}\0${i.code}`;
function counts(issues: readonly Issue[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const i of issues) m.set(key(i), (m.get(key(i)) ?? 0) + 1);
  return m;
}

/** The quick fixes the editor offers for an issue, as the language server computes them. */
function fixesOf(s: State, issue: Issue): { title: string; edits: readonly TextEdit[] }[] {
  // the document the finding is shown on (a Kolla finding on globals.yml: any node of the deployment reads the same choices)
  const path = s.results.has(issue.span.file) ? issue.span.file : (locate(s.model, issue.span.file)?.cluster?.nodes.find((n) => n.file)?.file ?? s.files[0]);
  // an included file's findings and fixes come from the configuration that includes it
  const reader = path && s.included.has(path) ? [...s.results].find(([p, x]) => !s.included.has(p) && x.model.parsed.files.has(path))?.[1] : undefined;
  const r = reader ?? (path ? s.results.get(path) : undefined);
  if (!r || !path) return [];
  const models: ConfigModel[] = [...s.results.values()].map((x) => x.model);
  const ctx = s.svc.fixContext(
    r.model,
    path,
    () => models,
    () => s.model,
  );
  const view = documentView(r, path);
  const all = s.issues.filter((i) => i.span.file === issue.span.file);
  return viewActions(view, ctx, path, [issue], all, { fixAll: false }).quickFixes.filter((p) => p.issues.includes(issue) && p.issues.length === 1);
}

function apply(overlay: ReadonlyMap<string, string>, edits: readonly TextEdit[]): Map<string, string> {
  const out = new Map(overlay);
  for (const f of new Set(edits.map((e) => e.span.file))) {
    const text = out.get(f) ?? fs.readFileSync(f, 'utf8');
    out.set(
      f,
      applyEdits(
        text,
        edits.filter((e) => e.span.file === f),
      ),
    );
  }
  return out;
}

/** Apply every fix of every issue in the world; the problems found (empty: the policy holds). */
function sweep(world: World): { fixes: number; problems: string[] } {
  const before = check(world, new Map());
  const base = counts(before.issues);
  const problems: string[] = [];
  let fixes = 0;
  const rel = (p: string) => path.relative(world.folder, p) || path.basename(p);
  for (const issue of before.issues) {
    for (const fix of fixesOf(before, issue)) {
      fixes++;
      const what = `${rel(issue.span.file)} ${issue.code}: "${fix.title}"`;
      for (const e of fix.edits)
        if (e.span.file.endsWith('globals.yml')) {
          const d = locate(before.model, e.span.file)?.deployment;
          const from = locate(before.model, issue.span.file)?.deployment;
          if (!d || d !== from) problems.push(`${what} edits ${rel(e.span.file)} from outside its deployment`);
        }
      const after = check(world, apply(new Map(), fix.edits));
      const now = counts(after.issues);
      for (const [k, n] of now) {
        if (n > (base.get(k) ?? 0)) {
          const [file, code] = k.split('\0');
          const added = after.issues.filter((i) => key(i) === k).map((i) => i.message.slice(0, 140));
          problems.push(`${what} adds ${code} in ${rel(file!)}: ${added.join(' | ')}`);
        }
      }
      if ((now.get(key(issue)) ?? 0) >= (base.get(key(issue)) ?? 0)) problems.push(`${what} does not remove the finding`);
      if (after.owners > before.owners) problems.push(`${what} makes a node the address owner (priority 255)`);
    }
  }
  return { fixes, problems };
}

const FIX = path.join(repoRoot, 'test/fixtures');
const worlds: World[] = [
  { name: 'the operator workspace (Kolla, an Ansible role, a k8s pair)', folder: path.join(FIX, 'operator') },
  { name: "the extension suite's workspace", folder: path.join(FIX, 'workspace') },
  { name: 'examples/haproxy-pair', folder: path.join(repoRoot, 'examples/haproxy-pair') },
  { name: 'examples/kolla (found: globals.yml, multinode, custom configs)', folder: path.join(repoRoot, 'examples/kolla') },
  { name: 'examples/lvs-director', folder: path.join(repoRoot, 'examples/lvs-director') },
  { name: 'test/fixtures/cluster/pair-broken', folder: path.join(FIX, 'cluster/pair-broken') },
  { name: 'test/fixtures/lsp-cluster', folder: path.join(FIX, 'lsp-cluster') },
];

/** The operator workspace with some changes: [file, from, to]. */
function variant(name: string, changes: readonly (readonly [string, string, string])[]): { world: World; cleanup: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kl-fix-policy-'));
  fs.cpSync(path.join(FIX, 'operator'), dir, { recursive: true });
  for (const [file, from, to] of changes) {
    const p = path.join(dir, file);
    const text = fs.readFileSync(p, 'utf8');
    assert.ok(text.includes(from), `${file}: no '${from}'`);
    fs.writeFileSync(p, text.replace(from, to));
  }
  return { world: { name, folder: dir }, cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

describe('fix policy: every quick fix keeps the cluster intact', function () {
  this.timeout(120_000);

  for (const w of worlds) {
    it(w.name, () => {
      const r = sweep(w);
      assert.deepEqual(r.problems, []);
    });
  }

  const LB1 = 'k8s/lb1.conf';
  const LB2 = 'k8s/lb2.conf';
  const variants: [string, (readonly [string, string, string])[]][] = [
    ['a VIP typo in globals.yml', [['kolla/etc/kolla/globals.yml', '10.10.0.250', '10.10.0.205']]],
    ['a VIP typo in one custom config', [['kolla/etc/kolla/config/keepalived/control01/keepalived.conf', '10.10.0.250 dev', '10.10.0.205 dev']]],
    ['a VRID typo in one custom config', [['kolla/etc/kolla/config/keepalived/control02/keepalived.conf', 'virtual_router_id 51', 'virtual_router_id 52']]],
    ['a VRID typo on lb2 of the k8s pair', [[LB2, 'virtual_router_id 51', 'virtual_router_id 52']]],
    ['priority 300 on lb1 of the k8s pair', [[LB1, 'priority 150', 'priority 300']]],
    [
      'lb1 at 300 and lb2 at 254',
      [
        [LB1, 'priority 150', 'priority 300'],
        [LB2, 'priority 100', 'priority 254'],
      ],
    ],
    ['priority 0 on lb2 of the k8s pair', [[LB2, 'priority 100', 'priority 0']]],
  ];
  for (const [name, changes] of variants) {
    it(`the operator workspace with ${name}`, () => {
      const v = variant(name, changes);
      try {
        const r = sweep(v.world);
        assert.ok(r.fixes > 0, 'some fix is offered');
        assert.deepEqual(r.problems, []);
      } finally {
        v.cleanup();
      }
    });
  }

  it("an out-of-range priority becomes the nearest one that keeps the pair's order without a tie — never the owner's 255", () => {
    const titles = (changes: (readonly [string, string, string])[], file: string) => {
      const v = variant('priority', changes);
      try {
        const s = check(v.world, new Map());
        const issue = s.issues.find((i) => i.code === 'priority-range' && i.span.file === path.join(v.world.folder, file));
        assert.ok(issue, 'priority-range is reported');
        return fixesOf(s, issue).map((f) => f.title);
      } finally {
        v.cleanup();
      }
    };
    // just above lb2's 100: a wider gap would outgrow chk_haproxy's weight -60 (cluster-failover-weight)
    assert.deepEqual(titles([[LB1, 'priority 150', 'priority 300']], LB1), ['Change to 101 (just above every other node)']);
    assert.deepEqual(
      titles(
        [
          [LB1, 'priority 150', 'priority 0'],
          [LB2, 'priority 100', 'priority 120'],
        ],
        LB1,
      ),
      ['Change to 119 (just below every other node)'],
    );
    assert.deepEqual(
      titles(
        [
          [LB1, 'priority 150', 'priority 300'],
          [LB2, 'priority 100', 'priority 254'],
        ],
        LB1,
      ),
      ['Change to 253 (the nearest priority no other node has)'],
    );
    assert.deepEqual(
      titles(
        [
          [LB1, 'priority 150', 'priority 1'],
          [LB2, 'priority 100', 'priority 0'],
        ],
        LB2,
      ),
      ['Change to 2 (the nearest priority no other node has)'],
    );
  });

  it('each findings file on its own', () => {
    const dir = path.join(FIX, 'findings');
    const problems: string[] = [];
    let fixes = 0;
    for (const f of fs.readdirSync(dir).filter((x) => x.endsWith('.conf'))) {
      const r = sweep({ name: f, folder: dir, only: [path.join(dir, f)] });
      fixes += r.fixes;
      problems.push(...r.problems.map((p) => `${f}: ${p}`));
    }
    assert.ok(fixes > 30, `${fixes} fixes`);
    assert.deepEqual(problems, []);
  });
});
