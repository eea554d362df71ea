/** keyword-version: keywords newer than the target hosts' keepalived, only when that version is set. */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { emptyDir, removeEmptyDir, runCliCaptured } from '../support/cli';
import { newer } from '../../server/src/language/catalogue/version';
import { keywordVersion } from '../../server/src/language/validation/rules/keyword-version';
import { ruleGolden } from '../support/rules';

const HMAC =
  'vrrp_instance V {\n    interface eth0\n    virtual_router_id 51\n    auth_hmac {\n        key 1 secret\n    }\n    virtual_ipaddress {\n        192.0.2.1/24\n    }\n}\n';

describe('rule keyword-version', () => {
  const cases: [string, string | undefined, string][] = [
    ['no version set: silent', undefined, ''],
    ['2.2.7: auth_hmac (2.4.0) is unknown there', '2.2.7', '4:5-4:14 warning keyword-version'],
    ['2.4.0: auth_hmac is known', '2.4.0', ''],
    ['2.4: the same as 2.4.0', '2.4', ''],
  ];
  for (const [name, version, golden] of cases) {
    it(name, () => assert.equal(ruleGolden(keywordVersion, HMAC, { keepalivedVersion: version }), golden));
  }
  const OWNER = 'vrrp_instance V {\n    interface eth0\n    virtual_router_id 51\n    priority 255\n    owner_ignore_adverts\n}\n';
  const ownerCases: [string, string | undefined, string][] = [
    ['2.2.7: owner_ignore_adverts (2.3.3) is unknown there', '2.2.7', '5:5-5:25 warning keyword-version'],
    ['2.3.3: owner_ignore_adverts is known', '2.3.3', ''],
  ];
  for (const [name, version, golden] of ownerCases) {
    it(name, () => assert.equal(ruleGolden(keywordVersion, OWNER, { keepalivedVersion: version }), golden));
  }
  // keepalived 2.2.7 -t: "Unknown keyword 'state_dump_file'"; the first version that has it is not known here
  const DUMP = 'global_defs {\n    state_dump_file /tmp/ka.dump\n    set_supplementary_groups\n}\n';
  const absentCases: [string, string | undefined, string][] = [
    ['2.2.7: keywords absent from 2.2.7 (no since known)', '2.2.7', '2:5-2:20 warning keyword-version\n3:5-3:29 warning keyword-version'],
    ['2.2.3: older than 2.2.7, the same', '2.2.3', '2:5-2:20 warning keyword-version\n3:5-3:29 warning keyword-version'],
    ['2.3.0: newer than 2.2.7, maybe known: silent', '2.3.0', ''],
  ];
  for (const [name, version, golden] of absentCases) {
    it(name, () => assert.equal(ruleGolden(keywordVersion, DUMP, { keepalivedVersion: version }), golden));
  }
  // keepalived 2.2.7 -t: "invalid number '1.5'" and "vrrp script interval '1.5' must be between 1 and 4294 - ignoring"
  const SCRIPT = (i: string, t: string) => `vrrp_script chk {\n    script /bin/true\n    interval ${i}\n    timeout ${t}\n}\n`;
  const fractionCases: [string, string, string | undefined, string][] = [
    ['2.2.7: fractions of a second in a vrrp_script', SCRIPT('1.5', '0.5'), '2.2.7', '3:14-3:17 warning keyword-version\n4:13-4:16 warning keyword-version'],
    ['2.2.7: a trailing dot is a fraction too', SCRIPT('2', '1.'), '2.2.7', '4:13-4:15 warning keyword-version'],
    ['2.2.7: whole seconds', SCRIPT('2', '3'), '2.2.7', ''],
    ['2.3.0: fractions may be read there', SCRIPT('1.5', '0.5'), '2.3.0', ''],
    ['no version set', SCRIPT('1.5', '0.5'), undefined, ''],
  ];
  for (const [name, text, version, golden] of fractionCases) {
    it(name, () => assert.equal(ruleGolden(keywordVersion, text, { keepalivedVersion: version }), golden));
  }
  it('compares versions numerically', () => {
    assert.equal(newer('2.4.0', '2.2.7'), true);
    assert.equal(newer('2.2.10', '2.2.9'), true);
    assert.equal(newer('2.2.7', '2.2.7'), false);
    assert.equal(newer('2.2.3', '2.2.7'), false);
  });
  it('the CLI honours --keepalived-version, and rejects a malformed one', () => {
    const dir = fs.mkdtempSync(path.join(emptyDir(), 'version-'));
    fs.writeFileSync(path.join(dir, 'keepalived.conf'), HMAC);
    const codes = (r: { stdout: string }) => (JSON.parse(r.stdout) as { diagnostics: { code: string }[] }).diagnostics.map((d) => d.code);
    const with227 = runCliCaptured(['--format', 'json', '--keepalived-version', '2.2.7', 'keepalived.conf'], dir);
    assert.equal(with227.code, 0);
    assert.ok(codes(with227).includes('keyword-version'));
    assert.ok(!codes(runCliCaptured(['--format', 'json', 'keepalived.conf'], dir)).includes('keyword-version'));
    assert.equal(runCliCaptured(['--keepalived-version', 'two', 'keepalived.conf'], dir).code, 2);
  });
  after(removeEmptyDir);
});
