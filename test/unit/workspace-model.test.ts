/**
 * The workspace model (language/project/deployments.ts) on an operator's workspace
 * (test/fixtures/operator): a Kolla-Ansible deployment found with its inventory, an Ansible role
 * rendered per host, and a Kubernetes API VIP pair — three groups, each cluster on its own, Kolla
 * only where it applies; per-node facts from the settings and from .keepalived-lint.json.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createNodeHost } from '../../server/src/host/nodeHost';
import {
  clustersView,
  createProjectService,
  electionPreview,
  readSettings,
  type Issue,
  type ProjectService,
  type WorkspaceModel,
} from '../../server/src/language/project/index';
import { repoRoot } from '../support/shared';

const OPERATOR = path.join(repoRoot, 'test/fixtures/operator');

function service(folder: string, raw: unknown = {}): ProjectService {
  return createProjectService(createNodeHost(), { settings: readSettings(raw).settings, folders: [folder] });
}

function modelOf(svc: ProjectService, folder: string): WorkspaceModel {
  const files = svc
    .findFiles([folder])
    .map((f) => svc.readWorkspaceFile(f))
    .filter((f) => f !== undefined);
  return svc.workspaceModel(files, [folder], (p) => {
    const t = svc.host.readFile(p);
    return t.kind === 'ok' ? svc.templateNodes(svc.lintFile(p, t.text)) : undefined;
  });
}

/** `kind label: node node | node node` per deployment. */
function shape(m: WorkspaceModel, folder: string): string[] {
  return clustersView(m, [folder]).deployments.map((d) => `${d.kind} ${d.label}: ${d.clusters.map((c) => c.nodes.map((n) => n.name).join(' ')).join(' | ')}`);
}

const issuesIn = (svc: ProjectService, m: WorkspaceModel, rel: string, folder = OPERATOR): Issue[] =>
  svc.workspaceIssues(m).byFile.get(path.join(folder, rel)) ?? [];

/** A copy of the operator fixture to change. */
function copy(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kl-operator-'));
  fs.cpSync(OPERATOR, dir, { recursive: true });
  return dir;
}

function edit(file: string, from: string | RegExp, to: string): void {
  const text = fs.readFileSync(file, 'utf8');
  const next = text.replace(from, to);
  assert.notEqual(next, text, `${file}: nothing to replace`);
  fs.writeFileSync(file, next);
}

describe('workspace model: an operator workspace (Kolla, an Ansible role, a k8s pair)', () => {
  const svc = service(OPERATOR);
  const m = modelOf(svc, OPERATOR);

  it('three groups, each with its own cluster: Kolla found with its inventory, the role rendered per host, the pair by its VIP', () => {
    assert.deepEqual(shape(m, OPERATOR), [
      'kolla Kolla-Ansible: kolla/etc/kolla/globals.yml: control01 control02 control03',
      'ansible Ansible role: ansible/roles/keepalived: web-lb1 web-lb2',
      'files Files: k8s/: lb1 lb2',
    ]);
    const kolla = m.deployments[0]!;
    assert.equal(kolla.kolla?.source.paths.inventory, path.join(OPERATOR, 'kolla/multinode'));
    assert.equal(kolla.kolla?.source.how, 'found');
    assert.ok(kolla.notes.some((n) => /No passwords\.yml/.test(n)));
    // control03 has no custom config: Kolla renders it, from globals.yml
    assert.deepEqual(
      kolla.clusters[0]!.nodes.map((n) => n.rendered?.source ?? path.relative(OPERATOR, n.file!)),
      [
        'kolla/etc/kolla/config/keepalived/control01/keepalived.conf',
        'kolla/etc/kolla/config/keepalived/control02/keepalived.conf',
        path.join(OPERATOR, 'kolla/etc/kolla/globals.yml'),
      ],
    );
  });

  it('the k8s pair and the role get no Kolla finding; the deployment has no finding at all (not even against the password Kolla renders without passwords.yml)', () => {
    const all = [...svc.workspaceIssues(m).byFile.values()].flat();
    assert.deepEqual(
      all.map((i) => `${path.relative(OPERATOR, i.span.file)} ${i.code}`),
      [],
    );
  });

  it('each election preview lists exactly its cluster', () => {
    const nodes = (rel: string) => electionPreview(svc, m, path.join(OPERATOR, rel), [OPERATOR], {}).nodes.map((n) => `${n.name}${n.rendered ? '*' : ''}`);
    assert.deepEqual(nodes('k8s/lb2.conf'), ['lb1', 'lb2']);
    assert.deepEqual(nodes('k8s/lb1.conf'), ['lb1', 'lb2']);
    assert.deepEqual(nodes('kolla/etc/kolla/config/keepalived/control02/keepalived.conf'), ['control01', 'control02', 'control03*']);
    assert.deepEqual(nodes('kolla/etc/kolla/globals.yml'), ['control01', 'control02', 'control03*']);
    assert.deepEqual(nodes('ansible/roles/keepalived/templates/keepalived.conf.j2'), ['web-lb1*', 'web-lb2*']);
    const r = electionPreview(svc, m, path.join(OPERATOR, 'k8s/lb1.conf'), [OPERATOR], {});
    assert.equal(r.source, 'workspace');
    assert.deepEqual(r.splitBrain, []);
    assert.equal(r.json.instances[0]!.master, 'lb1');
  });
});

describe('workspace model: what changes in the operator workspace', () => {
  let dir: string;
  beforeEach(() => {
    dir = copy();
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('a VRID typo on lb2 keeps the pair one cluster: the mismatch is an error and the preview shows the split brain', () => {
    edit(path.join(dir, 'k8s/lb2.conf'), 'virtual_router_id 51', 'virtual_router_id 52');
    const svc = service(dir);
    const m = modelOf(svc, dir);
    assert.deepEqual(shape(m, dir)[2], 'files Files: k8s/: lb1 lb2');
    assert.ok(issuesIn(svc, m, 'k8s/lb1.conf', dir).some((i) => i.code === 'cluster-vrid-mismatch' && i.severity === 'error'));
    const r = electionPreview(svc, m, path.join(dir, 'k8s/lb2.conf'), [dir], {});
    assert.deepEqual(
      r.nodes.map((n) => n.name),
      ['lb1', 'lb2'],
    );
    assert.equal(r.splitBrain.length, 1);
    assert.match(r.splitBrain[0]!, /lb1.*lb2|lb2.*lb1/);
    assert.match(r.text, /!! SPLIT BRAIN/);
  });

  it('Kolla set in the settings (the old way): still only the hosts of its loadbalancer group are Kolla nodes', () => {
    const svc = service(dir, { kolla: { globals: 'kolla/etc/kolla/globals.yml', inventory: 'kolla/multinode' } });
    const m = modelOf(svc, dir);
    assert.equal(m.deployments[0]!.kolla?.source.how, 'settings');
    assert.deepEqual(shape(m, dir), [
      'kolla Kolla-Ansible: kolla/etc/kolla/globals.yml: control01 control02 control03',
      'ansible Ansible role: ansible/roles/keepalived: web-lb1 web-lb2',
      'files Files: k8s/: lb1 lb2',
    ]);
    for (const f of ['k8s/lb1.conf', 'k8s/lb2.conf', 'kolla/etc/kolla/globals.yml'])
      assert.deepEqual(
        issuesIn(svc, m, f, dir).map((i) => i.code),
        [],
        f,
      );
  });

  it('a globals.yml typo is reported once, in globals.yml, with the fix that sets it; the k8s files are untouched', () => {
    edit(path.join(dir, 'kolla/etc/kolla/globals.yml'), '10.10.0.250', '10.10.0.205');
    const svc = service(dir);
    const m = modelOf(svc, dir);
    const all = [...svc.workspaceIssues(m).byFile.values()].flat();
    assert.deepEqual(
      all.map((i) => `${path.relative(dir, i.span.file)} ${i.code}`),
      ['kolla/etc/kolla/globals.yml kolla-vip-mismatch'],
    );
    assert.deepEqual(
      (all[0]!.data?.choices ?? []).map((c) => c.title),
      ['Set kolla_internal_vip_address to 10.10.0.250 in globals.yml'],
    );
  });

  it('an inventory above globals.yml under another name is found; without one the deployment says so', () => {
    fs.renameSync(path.join(dir, 'kolla/multinode'), path.join(dir, 'kolla/hosts'));
    let m = modelOf(service(dir), dir);
    assert.equal(m.deployments[0]!.kolla?.source.paths.inventory, path.join(dir, 'kolla/hosts'));
    fs.rmSync(path.join(dir, 'kolla/hosts'));
    m = modelOf(service(dir), dir);
    const kolla = m.deployments.find((d) => d.kind === 'kolla')!;
    assert.ok(kolla.notes.some((n) => /No inventory found/.test(n)));
    // the custom configs in Kolla's layout are still its nodes
    assert.deepEqual(
      kolla.clusters.flatMap((c) => c.nodes.map((n) => n.node.name)),
      ['control01', 'control02'],
    );
  });

  it("a controller's interfaces keyed by folder leave the k8s files' eth0 alone; node keys and .keepalived-lint.json give per-node facts", () => {
    const svc = service(dir, { interfaces: { 'kolla/:eth1': '10.10.0.0/24', 'lb1:eth0': '192.168.50.11/24' }, configIds: { 'k8s/': 'k8s' } });
    const lb1 = svc.lintFile(path.join(dir, 'k8s/lb1.conf'), fs.readFileSync(path.join(dir, 'k8s/lb1.conf'), 'utf8'));
    assert.deepEqual(
      lb1.issues.filter((i) => i.code === 'unknown-interface'),
      [],
    );
    const f = svc.factsOf(path.join(dir, 'k8s/lb1.conf'));
    assert.deepEqual(
      f.interfacesFrom.map((i) => `${i.name} ${i.own ? 'own' : 'shared'} ${i.origin.detail}`),
      ['eth0 own keepalived.interfaces "lb1:eth0"'],
    );
    assert.equal(f.configId, 'k8s');
    const c = svc.factsOf(path.join(dir, 'kolla/etc/kolla/config/keepalived/control01/keepalived.conf'));
    assert.deepEqual(
      c.interfacesFrom.map((i) => `${i.name} ${i.own ? 'own' : 'shared'} ${i.origin.detail}`),
      ['eth1 shared keepalived.interfaces "kolla/:eth1"'],
    );
    assert.equal(c.configId, undefined);

    // a settings file beside the k8s files: its interfaces hold for the nodes there, its config id too
    fs.writeFileSync(path.join(dir, 'k8s/.keepalived-lint.json'), JSON.stringify({ interfaces: { eth0: '192.168.50.0/24' }, configIds: { lb2: 'lb2' } }));
    const svc2 = service(dir);
    const f2 = svc2.factsOf(path.join(dir, 'k8s/lb2.conf'));
    assert.deepEqual(
      f2.interfacesFrom.map((i) => `${i.name} ${i.own ? 'own' : 'shared'} ${i.origin.detail}`),
      ['eth0 shared .keepalived-lint.json "interfaces": "eth0"'],
    );
    assert.equal(f2.configId, 'lb2');
    assert.equal(svc2.factsOf(path.join(dir, 'k8s/lb1.conf')).configId, undefined);
    const m = modelOf(svc2, dir);
    const k8s = clustersView(m, [dir]).deployments.find((d) => d.kind === 'files')!;
    assert.deepEqual(
      k8s.clusters[0]!.nodes[1]!.facts.map((x) => `${x.what}: ${x.value} (${x.source})`),
      ['subnet: eth0 192.168.50.0/24 (.keepalived-lint.json "interfaces": "eth0")', 'config id: lb2 (.keepalived-lint.json "configIds": "lb2")'],
    );
  });

  it('a Kolla host keyed in the settings gets its interfaces in the deployment (kolla_address from them)', () => {
    const svc = service(dir, { interfaces: { 'control03:eth1': '10.10.0.113/24' } });
    const m = modelOf(svc, dir);
    const host = m.deployments[0]!.kolla!.context.model.hosts.find((h) => h.name === 'control03')!;
    assert.equal(host.apiAddress.address, '10.10.0.113');
    assert.equal(host.apiAddress.source, 'interfaces');
  });

  it("host_vars/<host>.yml beside the Kolla inventory gives that host's variables (globals.yml, extra vars, still wins); the view says where", () => {
    fs.mkdirSync(path.join(dir, 'kolla/host_vars'));
    fs.writeFileSync(path.join(dir, 'kolla/host_vars/control03.yml'), '---\napi_interface: eth2\nansible_host: 10.10.0.113\n');
    const svc = service(dir);
    const m = modelOf(svc, dir);
    const host = m.deployments[0]!.kolla!.context.model.hosts.find((h) => h.name === 'control03')!;
    assert.equal(host.apiAddress.address, '10.10.0.113');
    assert.equal(host.apiAddress.span?.file, path.join(dir, 'kolla/host_vars/control03.yml'));
    // globals.yml sets api_interface ("{{ network_interface }}"): passed as -e @globals.yml, it wins
    assert.equal(host.interfaces.api.text, 'eth1');
    const view = clustersView(m, [dir]).deployments[0]!.clusters[0]!.nodes.find((n) => n.name === 'control03')!;
    assert.deepEqual(
      view.facts
        .filter((f) => f.what === 'api_interface' || f.what === 'address')
        .map((f) => `${f.what}: ${f.value} (${f.source}) ${path.relative(dir, f.uri ?? '')}`),
      [
        'address: 10.10.0.113 (ansible_host in host_vars/control03.yml) kolla/host_vars/control03.yml',
        'api_interface: eth1 (globals.yml) kolla/etc/kolla/globals.yml',
      ],
    );
  });
});
