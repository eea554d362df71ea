/**
 * The project service's unattended fixing (ProjectService.fixFiles) over a memory host: what it
 * applies and in how many rounds, that it reads the texts it is editing (an include between two
 * files being fixed sees the fixed text), that files not given are never in the result, and how
 * `safe` relates to the editor's fix-all.
 */
import * as assert from 'node:assert/strict';
import { analyse } from '../../server/src/language/analysis/model';
import { fixAll, quickFixes } from '../../server/src/language/features/codeActions';
import { fixProviders } from '../../server/src/language/features/fixes/index';
import { createProjectService } from '../../server/src/language/project/index';
import { parseConfig } from '../../server/src/language/syntax/index';
import { validate } from '../../server/src/language/validation/validate';
import { memoryHost } from '../support/memoryHost';

const instance = (body: string) =>
  `vrrp_instance VI_1 {\n    state BACKUP\n    interface eth0\n    virtual_router_id 51\n    priority 100\n${body}    virtual_ipaddress {\n        192.0.2.1/24\n    }\n}\n`;

describe('project: fixFiles', () => {
  it('applies the safe fixes in rounds and says what it did; only the files given change', () => {
    const files = {
      '/k/main.conf': `include /k/inc.conf\ninclude /k/other.conf\n${instance('    advert_in 1\n    authentcation {\n        auth_type pass\n        auth_pass secret\n    }\n')}`,
      '/k/inc.conf': 'global_defs {\n    router_id  LB1\n    notifcation_email_from a@b\n}\n',
      '/k/other.conf': 'global_defs {\n    smtp_servr 127.0.0.1\n}\n',
    };
    const service = createProjectService(memoryHost(files));
    const given = ['/k/main.conf', '/k/inc.conf'].map((p) => ({ path: p, text: files[p as keyof typeof files] }));
    const out = service.fixFiles(given, true);
    assert.deepEqual(
      out.changed.map((c) => c.path),
      ['/k/main.conf', '/k/inc.conf'],
    );
    assert.deepEqual(out.applied.map((a) => `${a.file.slice(3)}:${a.line} ${a.code}`).sort(), [
      'inc.conf:3 unknown-keyword',
      'main.conf:10 auth-type',
      'main.conf:8 unknown-keyword',
      'main.conf:9 unknown-keyword',
    ]);
    assert.equal(out.rounds, 2);
    assert.match(out.changed[0]!.after, /advert_int 1\n {4}authentication \{\n {8}auth_type PASS\n/);
    assert.equal(out.changed[1]!.after, files['/k/inc.conf'].replace('notifcation_email_from', 'notification_email_from'));
    // other.conf was not given: its finding stays, its text is not in the result
    assert.ok(out.lint.issues.some((i) => i.span.file === '/k/other.conf' && i.code === 'unknown-keyword'));
    // the remaining lint is the lint of the fixed texts
    assert.ok(!out.lint.issues.some((i) => i.span.file !== '/k/other.conf' && i.code === 'unknown-keyword'));
  });

  it('changes nothing when nothing has a safe fix', () => {
    const text = instance('').replace('priority 100', 'priority 300');
    const out = createProjectService(memoryHost({ '/k/a.conf': text })).fixFiles([{ path: '/k/a.conf', text }], true);
    assert.deepEqual(out.changed, []);
    assert.deepEqual(out.applied, []);
    assert.equal(out.rounds, 0);
    assert.ok(out.lint.issues.some((i) => i.code === 'priority-range'));
  });

  it('every provider says when its fixes are safe, and the editor fix-all applies a safe fix of any kind', () => {
    for (const p of fixProviders) if (p.safe === 'some') assert.ok(p.safeWhen, p.codes.join());
    const text = 'virtual_server 192.0.2.1 80 {\n    lvs_sched rr\n    lvs_method dr\n    protocol TCP\n    real_server 192.0.2.2 80 {\n    }\n}\n';
    const model = analyse(parseConfig('/k/a.conf', text, memoryHost({})));
    const issues = validate(model, {});
    const lvs = issues.find((i) => i.code === 'lvs-method');
    assert.ok(lvs);
    assert.deepEqual(
      quickFixes({ model, options: {} }, lvs).map((f) => [f.title, f.safe]),
      [["Replace 'dr' with 'DR'", true]],
    );
    const all = fixAll({ model, options: {} }, issues);
    assert.ok(all?.issues.includes(lvs));
  });
});
