#!/usr/bin/env node
// `npm start`: the main job on the bundled examples — lint each set as keepalived-lint would in
// CI, then show who holds the VIP of the HAProxy pair. Exit status 0 unless a command itself fails
// (the examples carry deliberate warnings, not errors).
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const cli = path.join(root, 'bin/keepalived-lint.js');
const ex = (p) => path.join('examples', p);

const runs = [
  ['HAProxy pair (two nodes, checked together as one cluster)', [ex('haproxy-pair')]],
  ['LVS director', [ex('lvs-director')]],
  [
    'Kolla-Ansible: three controllers + globals.yml, inventory and passwords.yml',
    [
      '--globals',
      ex('kolla/etc/kolla/globals.yml'),
      '--inventory',
      ex('kolla/multinode'),
      '--passwords',
      ex('kolla/etc/kolla/passwords.yml'),
      ex('kolla/node_custom_config'),
    ],
  ],
  ['Election preview of the HAProxy pair', ['election', ex('haproxy-pair')]],
  ['… and when HAProxy dies on lb1', ['election', '--fail', 'lb1:chk_haproxy', ex('haproxy-pair')]],
];

let failed = false;
for (const [title, args] of runs) {
  console.log(`\n━━ ${title}\n$ keepalived-lint ${args.join(' ')}\n`);
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: root, stdio: 'inherit' });
  // 1 = errors found in a configuration (reported above); 2 = the command could not run.
  if (r.status === 2 || r.status === null) failed = true;
}
process.exitCode = failed ? 1 : 0;
