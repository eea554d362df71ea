/**
 * An open template (ProjectService.openDocument) keeps one incremental linter per variant's
 * skeleton and per host's rendering between edits: after every edit of random edit sequences on
 * template fixtures (Jinja2 with an inventory or on its own, envsubst with env files, ERB), its
 * result equals a fresh lintFile() of the same text — the template's issues, each skeleton and
 * rendering and their own issues. FUZZ_RUNS raises the number of sequences; FUZZ_SEED replays a failure.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import fc from 'fast-check';
import { createNodeHost } from '../../server/src/host/nodeHost';
import type { Issue, Span } from '../../server/src/language/issue';
import { createProjectService, type ProjectService } from '../../server/src/language/project/index';
import { fuzzRuns, fuzzSeed } from '../robustness/fuzz';
import { applyEdit, editArb as editArbOf } from '../support/edits';

const FIXTURES = path.resolve(__dirname, '../../../test/fixtures');
const span = (s: Span | undefined) => (s ? `${s.file}:${s.start}-${s.end}` : '-');
const issueKey = (i: Issue) =>
  `${span(i.span)} ${i.severity} ${i.code}: ${i.message} [${(i.related ?? []).map((r) => `${span(r.span)} ${r.message}`).join('; ')}]`;

interface Project {
  readonly name: string;
  readonly template: string;
  readonly service: () => ProjectService;
}

/** An ERB template of our own with branches (linted on its own: one skeleton per variant). */
const ERB = [
  'vrrp_instance VI_1 {',
  '<% if @master -%>',
  '    state MASTER',
  '    priority 150',
  '<% else -%>',
  '    state BACKUP',
  '    priority <%= @priority %>',
  '<% end -%>',
  '    interface <%= @interface %>',
  '    virtual_router_id 51',
  '<% if @unicast %>',
  '    unicast_peer {',
  '<% @peers.each do |p| -%>',
  '        <%= p %>',
  '<% end -%>',
  '    }',
  '<% end %>',
  '    virtual_ipaddress {',
  '        192.0.2.50/24',
  '    }',
  '}',
  '',
].join('\n');

function erbTemplate(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kl-inc-erb-'));
  const file = path.join(dir, 'keepalived.conf.erb');
  fs.writeFileSync(file, ERB);
  return file;
}

const PROJECTS: readonly Project[] = [
  {
    name: 'role with an inventory from the settings',
    template: path.join(FIXTURES, 'templates/ansible/roles/keepalived/templates/keepalived.conf.j2'),
    service: () =>
      createProjectService(createNodeHost(), { templates: { inventory: path.join(FIXTURES, 'templates/ansible/inventories/good/hosts.ini'), vars: [] } }),
  },
  {
    name: 'role with an inventory from ansible.cfg',
    template: path.join(FIXTURES, 'operator/ansible/roles/keepalived/templates/keepalived.conf.j2'),
    service: () => createProjectService(createNodeHost(), { folders: [path.join(FIXTURES, 'operator')] }),
  },
  {
    name: 'a role template on its own (no inventory: its variants)',
    template: path.join(FIXTURES, 'templates/ansible/roles/keepalived/templates/keepalived.conf.j2'),
    service: () => createProjectService(createNodeHost(), {}),
  },
  {
    name: 'an envsubst template rendered for its env files',
    template: path.join(FIXTURES, 'templates/envsubst/kubeadm/keepalived.conf.tmpl'),
    service: () =>
      createProjectService(createNodeHost(), {
        templates: { envFiles: ['lb1', 'lb2'].map((n) => path.join(FIXTURES, `templates/envsubst/kubeadm/nodes/${n}.env`)) },
      }),
  },
  {
    name: 'an ERB template with branches on its own',
    template: erbTemplate(),
    service: () => createProjectService(createNodeHost(), {}),
  },
];

/** What a lint of the template says: its issues, each variant's skeleton and each host's rendering with their own issues. */
function digest(r: ReturnType<ProjectService['lintFile']>): string {
  const variants = (r.template?.variants ?? []).map((v, k) => [`## variant ${k}`, v.rendering.text, ...v.result.issues.map(issueKey)].join('\n'));
  const hosts = (r.rendered?.hosts ?? []).map((h) =>
    [`## ${h.host} ${h.rendering.error?.message ?? ''}`, h.rendering.text, ...(h.result?.issues ?? []).map(issueKey)].join('\n'),
  );
  return [...r.issues.map(issueKey), ...variants, ...hosts].join('\n');
}

const FRAGMENTS = [
  '{{ keepalived_priority }}',
  '{{ inventory_hostname }}',
  '{% if keepalived_unicast | bool %}\n',
  '{% endif %}\n',
  "{% for h in groups['lb'] %}\n        {{ hostvars[h]['ansible_host'] }}\n{% endfor %}\n",
  '    priority 100\n',
  '    priority {{ 90 + groups["lb"].index(inventory_hostname) }}\n',
  '    advert_int 2\n',
  '    state MASTER\n',
  '}\n',
  '{\n',
  'vrrp_instance VI_9 {\n    interface eth0\n    virtual_router_id 51\n    priority 90\n}\n',
  'vrrp_script chk_x {\n    script "/bin/true"\n}\n',
  '    track_script {\n        chk_x\n    }\n',
  '\n',
  ' ',
  '#',
  '{{',
  '%}',
  '${VIP}',
  '<% if @x %>\n',
  '<% end %>\n',
  '<%= @priority %>',
];

const editArb = editArbOf(fc.constantFrom(...FRAGMENTS));

describe('incremental re-validation of an open template', function () {
  this.timeout(120_000);
  const seed = fuzzSeed() ?? (process.env.FUZZ_RUNS ? undefined : 20261203);

  for (const p of PROJECTS) {
    it(`equals a fresh lint after every edit (${p.name}; ${fuzzRuns(40)} sequences)`, () => {
      const start = fs.readFileSync(p.template, 'utf8');
      const service = p.service();
      // the fixture renders for two hosts or more, or has two variants or more (otherwise this would test little)
      const first = service.lintFile(p.template, start);
      assert.ok(Math.max(first.rendered?.hosts.length ?? 0, first.template?.variants.length ?? 0) >= 2, 'two renderings or more');
      fc.assert(
        fc.property(fc.array(editArb, { minLength: 1, maxLength: 8 }), (edits) => {
          const doc = service.openDocument(p.template);
          let text = start;
          const compare = (step: string) => {
            const got = digest(doc.update(text));
            const want = digest(service.lintFile(p.template, text));
            if (got !== want) assert.equal(got, want, `${step}\n--- template ---\n${text}`);
          };
          compare('at the start');
          edits.forEach((e, k) => {
            text = applyEdit(text, e);
            compare(`after edit ${k + 1} (${JSON.stringify(e)})`);
          });
        }),
        { numRuns: fuzzRuns(40), seed },
      );
    });
  }

  it('keeps each host rendering linter across edits and re-reads only the changed block', () => {
    const p = PROJECTS[0]!;
    const start = fs.readFileSync(p.template, 'utf8');
    const service = p.service();
    const doc = service.openDocument(p.template);
    const first = doc.update(start);
    const edited = doc.update(start.replace('    advert_int 1', '    advert_int 2'));
    const before = first.rendered!.hosts;
    const after = edited.rendered!.hosts;
    assert.deepEqual(
      after.map((h) => h.host),
      before.map((h) => h.host),
    );
    for (let k = 0; k < after.length; k++) {
      const a = before[k]!.result!.model.parsed;
      const b = after[k]!.result!.model.parsed;
      assert.notEqual(before[k]!.rendering.text, after[k]!.rendering.text, 'the rendering changed');
      // the global_defs block before the edited instance is the same statement object: not parsed again
      const gdA = a.statements.find((s) => s.keyword.value === 'global_defs');
      const gdB = b.statements.find((s) => s.keyword.value === 'global_defs');
      assert.ok(gdA && gdB && gdA === gdB, `${after[k]!.host}: global_defs was read again`);
    }
  });
});
