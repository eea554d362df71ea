/** keyword-version: keywords newer than the target hosts' keepalived, only when that version is set. */
import * as assert from 'node:assert/strict';
import { runCli } from '../../server/src/cli/main';
import { keywordVersion, newer } from '../../server/src/language/validation/rules/keyword-version';
import { ruleGolden } from '../support/rules';

const HMAC = 'vrrp_instance V {\n    interface eth0\n    virtual_router_id 51\n    auth_hmac {\n        key 1 secret\n    }\n    virtual_ipaddress {\n        192.0.2.1/24\n    }\n}\n';

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
  it('compares versions numerically', () => {
    assert.equal(newer('2.4.0', '2.2.7'), true);
    assert.equal(newer('2.2.10', '2.2.9'), true);
    assert.equal(newer('2.2.7', '2.2.7'), false);
    assert.equal(newer('2.2.3', '2.2.7'), false);
  });
  it('the CLI honours --keepalived-version, and rejects a malformed one', () => {
    const fs = require('node:fs') as typeof import('node:fs');
    const os = require('node:os') as typeof import('node:os');
    const path = require('node:path') as typeof import('node:path');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kl-version-'));
    try {
      fs.writeFileSync(path.join(dir, 'keepalived.conf'), HMAC);
      let out = '';
      const io = { stdout: (s: string) => (out += s), stderr: () => undefined, cwd: dir, isTty: false };
      assert.equal(runCli(['--format', 'json', '--keepalived-version', '2.2.7', 'keepalived.conf'], io), 0);
      assert.ok((JSON.parse(out) as { diagnostics: { code: string }[] }).diagnostics.some((d) => d.code === 'keyword-version'));
      out = '';
      runCli(['--format', 'json', 'keepalived.conf'], io);
      assert.ok(!(JSON.parse(out) as { diagnostics: { code: string }[] }).diagnostics.some((d) => d.code === 'keyword-version'));
      assert.equal(runCli(['--keepalived-version', 'two', 'keepalived.conf'], io), 2);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
