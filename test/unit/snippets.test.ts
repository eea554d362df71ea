/**
 * Every snippet, expanded with its default values, is a configuration keepalived accepts: it
 * lints clean (no warning or error) on its own, or — for checker-only snippets — inside a
 * real_server. Scripts only need enable_script_security, which a real config has in global_defs.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { lintIssues } from '../support/rules';
import { repoRoot } from '../support/shared';

interface Snippet {
  readonly prefix: string | string[];
  readonly body: string | string[];
}

const snippets = JSON.parse(fs.readFileSync(path.join(repoRoot, 'snippets/keepalived.code-snippets'), 'utf8')) as Record<string, Snippet>;

/** Expand `${1:default}`, `${1|a,b|}` (first choice), `$1` / `$0` (empty), escaped `\$`. */
export function expand(body: string | string[]): string {
  let t = Array.isArray(body) ? body.join('\n') : body;
  for (let i = 0; i < 5; i++) t = t.replace(/\$\{\d+:([^${}]*)\}/g, '$1');
  t = t
    .replace(/\$\{\d+\|([^,|]*)[^}]*\|\}/g, '$1')
    .replace(/\$\{?\d+\}?/g, '')
    .replace(/\\\$/g, '$');
  return t.replace(/\t/g, '    ');
}

const SECURITY = 'global_defs {\n    enable_script_security\n    script_user root\n}\n';
const CHECKER_ONLY = new Set(['TCP_CHECK', 'MISC_CHECK']);

describe('snippets', () => {
  it('there are snippets for every block the editor issue lists', () => {
    const names = Object.keys(snippets).join(' ');
    for (const w of [
      'global_defs',
      'vrrp_script',
      'vrrp_instance: multicast',
      'vrrp_instance: unicast',
      'Kolla',
      'Kubernetes',
      'vrrp_sync_group',
      'HTTP_GET',
      'TCP_CHECK',
      'MISC_CHECK',
      'track_file',
      'static_routes',
      'static_rules',
    ]) {
      assert.ok(names.includes(w), `no snippet for ${w}`);
    }
  });

  for (const [name, s] of Object.entries(snippets)) {
    it(`"${name}" lints clean`, () => {
      let text = expand(s.body);
      if (CHECKER_ONLY.has(name)) {
        text = `virtual_server 192.0.2.1 80 {\n    lvs_sched wrr\n    lvs_method NAT\n    protocol TCP\n    real_server 192.0.2.2 80 {\n${text}\n    }\n}\n`;
      }
      // a vrrp_script snippet is inserted beside the instances that track it: lint it tracked
      const script = /^vrrp_script\s+(\S+)/m.exec(text)?.[1];
      if (script && !/track_script/.test(text)) {
        text += `\nvrrp_instance VI_9 {\n    interface eth0\n    virtual_router_id 59\n    virtual_ipaddress {\n        192.0.2.99/24\n    }\n    track_script {\n        ${script}\n    }\n}\n`;
      }
      const needsSecurity = !/enable_script_security/.test(text) && /\b(script|misc_path|notify\w*)\b/.test(text);
      const issues = lintIssues(needsSecurity ? SECURITY + text : text, { messages: true }).issues.filter(
        (i) => i.severity === 'error' || i.severity === 'warning',
      );
      assert.deepEqual(
        issues.map((i) => `${i.code}: ${i.message}`),
        [],
      );
    });
  }
});
