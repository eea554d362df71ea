#!/usr/bin/env node
/**
 * Template benchmark (part of `npm run bench`): a generated 300-line Jinja2 template of a role,
 * an inventory of 10 load balancers with group_vars and host_vars; the time to re-validate it
 * after a one-character edit (render for every host, lint each rendering, the cluster checks, the
 * template's own checks) as the language server does it for an open document
 * (ProjectService.openDocument: each host's rendering linted incrementally), in-process and warm,
 * median of N runs. Target: under 50 ms.
 * Writes bench/TEMPLATES.md.
 *
 *   node bench/templates.mjs [--runs N]
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { createProjectService } = require(path.join(root, 'out/server/src/language/project/service.js'));
const { createNodeHost } = require(path.join(root, 'out/server/src/host/nodeHost.js'));
const args = process.argv.slice(2);
const runsArg = args.indexOf('--runs');
const RUNS = runsArg >= 0 ? Number(args[runsArg + 1]) : 21;
const HOSTS = 10;

/** A role template of about 300 lines: global_defs, scripts, several instances with conditionals and loops. */
function template() {
  const out = [
    '{# generated for the benchmark #}',
    'global_defs {',
    '    router_id {{ inventory_hostname }}',
    '    enable_script_security',
    '    script_user root',
    '}',
    '',
  ];
  for (const s of ['haproxy', 'nginx', 'api']) {
    out.push(`vrrp_script chk_${s} {`, `    script "/usr/bin/pidof ${s}"`, '    interval 2', '    fall 2', '    rise 2', '    weight -20', '}', '');
  }
  for (let i = 0; i < 12; i++) {
    out.push(
      `vrrp_instance VI_${i} {`,
      '    state BACKUP',
      '    interface {{ keepalived_interface }}',
      `    virtual_router_id {{ keepalived_vrid_base + ${i} }}`,
      `    priority {{ keepalived_priority - ${i} }}`,
      '    advert_int 1',
      '{% if keepalived_unicast | bool %}',
      '    unicast_src_ip {{ ansible_host }}',
      '    unicast_peer {',
      "{% for peer in groups['lb'] if peer != inventory_hostname %}",
      "        {{ hostvars[peer]['ansible_host'] }}",
      '{% endfor %}',
      '    }',
      '{% endif %}',
      '    authentication {',
      '        auth_type PASS',
      '        auth_pass {{ keepalived_password }}',
      '    }',
      '    virtual_ipaddress {',
      `        10.10.${i}.100/24 dev {{ keepalived_interface }}`,
      '    }',
      '    track_script {',
      `        chk_${['haproxy', 'nginx', 'api'][i % 3]}`,
      '    }',
      '}',
      '',
    );
  }
  return `${out.join('\n')}\n`;
}

function write(dir) {
  const role = path.join(dir, 'roles/keepalived');
  fs.mkdirSync(path.join(role, 'templates'), { recursive: true });
  fs.mkdirSync(path.join(role, 'defaults'), { recursive: true });
  fs.mkdirSync(path.join(dir, 'inventory/group_vars'), { recursive: true });
  fs.mkdirSync(path.join(dir, 'inventory/host_vars'), { recursive: true });
  const tpl = path.join(role, 'templates/keepalived.conf.j2');
  fs.writeFileSync(tpl, template());
  fs.writeFileSync(
    path.join(role, 'defaults/main.yml'),
    '---\nkeepalived_interface: eth0\nkeepalived_vrid_base: 50\nkeepalived_unicast: true\nkeepalived_password: s3cret\n',
  );
  const hosts = Array.from({ length: HOSTS }, (_, k) => `lb${k + 1} ansible_host=10.10.0.${k + 11}`);
  fs.writeFileSync(path.join(dir, 'inventory/hosts.ini'), `[lb]\n${hosts.join('\n')}\n`);
  fs.writeFileSync(path.join(dir, 'inventory/group_vars/lb.yml'), '---\nkeepalived_unicast: true\n');
  for (let k = 0; k < HOSTS; k++) fs.writeFileSync(path.join(dir, `inventory/host_vars/lb${k + 1}.yml`), `---\nkeepalived_priority: ${200 - k * 10}\n`);
  return { tpl, inventory: path.join(dir, 'inventory/hosts.ini') };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'keepalived-bench-tpl-'));
try {
  const { tpl, inventory } = write(dir);
  const text = fs.readFileSync(tpl, 'utf8');
  const service = createProjectService(createNodeHost(), { templates: { inventory, vars: [] } });
  // the document as the language server keeps it while it is open (each host's rendering linted incrementally)
  const doc = service.openDocument(tpl);
  // a one-character edit on a literal line: advert_int 1 → 2 in one instance, and back
  const edit = (i) => text.replace('    advert_int 1', `    advert_int ${1 + (i % 2)}`);
  // warm up (module loading, the first compilation of the template engine)
  const first = doc.update(text);
  if (!first.rendered || first.rendered.hosts.length !== HOSTS) throw new Error(`expected ${HOSTS} rendered hosts`);
  for (let i = 0; i < 6; i++) doc.update(edit(i + 1));
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    // each run's text differs from the one before (as an edit does)
    const edited = edit(i + 1);
    const t0 = process.hrtime.bigint();
    doc.update(edited);
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  const lines = text.split('\n').length - 1;
  const m = median(times);
  const report = [
    '# Template benchmark',
    '',
    `Generated by \`node bench/templates.mjs\` (part of \`npm run bench\`) on ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${os.cpus().length} CPU(s) (${os.cpus()[0]?.model ?? '?'}).`,
    '',
    '| measure | result | target |',
    '| --- | --- | --- |',
    `| re-validate a ${lines}-line Jinja2 template for ${HOSTS} hosts after a one-character edit (median of ${RUNS}, warm) | ${m.toFixed(1)} ms | < 50 ms |`,
    `| the same, slowest run | ${Math.max(...times).toFixed(1)} ms | |`,
    '',
  ].join('\n');
  fs.writeFileSync(path.join(root, 'bench/TEMPLATES.md'), report);
  process.stdout.write(report);
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
