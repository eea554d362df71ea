/**
 * The globals.yml / keepalived.conf mismatch fixes: each finding offers to change either side,
 * and applying either choice and checking again leaves no mismatch.
 */
import * as assert from 'node:assert/strict';
import type { Issue } from '../../server/src/language/issue';
import { lint } from '../../server/src/language/index';
import { loadKollaContext } from '../../server/src/language/kolla/index';
import { lintKolla } from '../../server/src/language/project/kolla';
import { memoryHost } from '../support/memoryHost';

const GLOBALS = '/k/etc/kolla/globals.yml';
const CONF = '/k/config/keepalived/control01/keepalived.conf';
const INVENTORY = '/k/multinode';

const globals = (vrid: string, vip = '10.20.0.250') =>
  `---\nkolla_internal_vip_address: "${vip}"\nnetwork_interface: "eth0"\nkeepalived_virtual_router_id: "${vrid}"\n`;
const conf = (vrid: number, vip = '10.20.0.250') =>
  `vrrp_instance kolla_internal_vip_${vrid} {\n    state BACKUP\n    nopreempt\n    interface eth0\n    virtual_router_id ${vrid}\n    priority 1\n    advert_int 1\n    virtual_ipaddress {\n        ${vip} dev eth0\n    }\n}\n`;
const inventory = '[loadbalancer]\ncontrol01 ansible_host=10.20.0.11\n';

function check(files: Record<string, string>): Issue[] {
  const host = memoryHost(files);
  const ctx = loadKollaContext(host, { globals: GLOBALS, inventory: INVENTORY });
  const node = lint(CONF, files[CONF]!, host).model;
  return lintKolla(ctx, [{ name: 'control01', model: node }], {}).issues.filter((i) => i.code.startsWith('kolla-') && i.code.endsWith('-mismatch'));
}

interface Choice {
  title: string;
  edits: { span: { file: string; start: number; end: number }; newText: string }[];
}

function apply(files: Record<string, string>, c: Choice): Record<string, string> {
  const out = { ...files };
  const edits = [...c.edits].sort((a, b) => b.span.start - a.span.start);
  for (const e of edits) {
    const text = out[e.span.file];
    assert.ok(text !== undefined, `an edit of ${e.span.file}, which is not one of the files`);
    out[e.span.file] = text.slice(0, e.span.start) + e.newText + text.slice(e.span.end);
  }
  return out;
}

const choicesOf = (i: Issue | undefined): Choice[] => (i?.data as { choices?: Choice[] } | undefined)?.choices ?? [];

describe('Kolla mismatch fixes: change either side', () => {
  it('a VRID mismatch offers both the conf and the globals.yml value, and each clears it', () => {
    const files = { [GLOBALS]: globals('73'), [CONF]: conf(51), [INVENTORY]: inventory };
    const found = check(files).find((i) => i.code === 'kolla-vrid-mismatch' && i.span.file === CONF);
    const choices = choicesOf(found);
    assert.deepEqual(
      choices.map((c) => c.title),
      ['Use VRID 73 from globals.yml', 'Set keepalived_virtual_router_id to 51 in globals.yml'],
    );
    for (const c of choices) {
      const after = apply(files, c);
      assert.deepEqual(
        check(after).map((i) => i.code),
        [],
        `after "${c.title}"`,
      );
    }
    assert.match(apply(files, choices[1]!)[GLOBALS]!, /keepalived_virtual_router_id: "51"/);
  });

  it("a VIP missing from the conf offers to replace the conf's one (a typo), or to take it into globals.yml (one host)", () => {
    const files = { [GLOBALS]: globals('51'), [CONF]: conf(51, '10.20.0.251'), [INVENTORY]: inventory };
    const found = check(files).find((i) => i.code === 'kolla-vip-mismatch' && i.span.file === CONF);
    const choices = choicesOf(found);
    assert.deepEqual(
      choices.map((c) => c.title),
      ["Replace 10.20.0.251 with '10.20.0.250 dev eth0'", 'Set kolla_internal_vip_address to 10.20.0.251 in globals.yml'],
    );
    assert.deepEqual(
      check(apply(files, choices[1]!)).map((i) => i.code),
      [],
    );
    assert.deepEqual(
      check(apply(files, choices[0]!))
        .filter((i) => i.code === 'kolla-vip-mismatch')
        .map((i) => i.code),
      [],
    );
  });
});
