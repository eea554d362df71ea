#!/usr/bin/env node
/**
 * Deterministic generators for benchmarks and robustness tests (no randomness, no clock).
 *
 *   node bench/generate.mjs big OUT.conf [--error] [--dup-vrid] [--scale N]
 *   node bench/generate.mjs typical OUT.conf          (≈300 lines)
 *   node bench/generate.mjs small OUT.conf            (≈50 lines)
 *   node bench/generate.mjs deep DIR [--depth N]       (DIR/keepalived.conf → inc1.conf → ... → incN.conf)
 *   node bench/generate.mjs many DIR [--files N]       (DIR/keepalived.conf + include conf.d/*.conf, N small files)
 *
 * `big` is the performance anchor of ../shared/recipes/vrrp-lab/findings.md: 2,000 vrrp_instances on
 * eth0..eth7 (VRIDs 1–250 per interface, each with a track_script, PASS authentication and one VIP)
 * and 500 virtual_servers with 3 real_servers and a TCP_CHECK each: 49,510 lines, ~899 KB.
 * `--error` misspells the last `delay_before_retry` (line 49,491, as in findings.md);
 * `--dup-vrid` gives the last instance VRID 1 (a duplicate of VI_1750 on eth7).
 * `--scale N` multiplies the virtual_servers (N=10: 5,000 virtual_servers, the 10× check of findings.md).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

const INSTANCES = 2000;
const INTERFACES = 8;
const VIRTUAL_SERVERS = 500;

/** The anchor configuration as one string. */
export function bigConfig({ error = false, dupVrid = false, scale = 1 } = {}) {
  const out = [];
  out.push('! Configuration File for keepalived (bench/generate.mjs: 2000 vrrp_instances on eth0..eth7, 500 virtual_servers)');
  out.push('global_defs {');
  out.push('    enable_script_security');
  out.push('    script_user root');
  out.push('}');
  out.push('');
  out.push('vrrp_script chk_service_ok {');
  out.push('    script "/bin/true"');
  out.push('    interval 2');
  out.push('}');
  for (let i = 0; i < INSTANCES; i++) {
    const ifIndex = Math.floor(i / (INSTANCES / INTERFACES));
    let vrid = (i % (INSTANCES / INTERFACES)) + 1;
    if (dupVrid && i === INSTANCES - 1) vrid = 1;
    const vip = `10.${100 + ifIndex}.${Math.floor(vrid / 250)}.${(vrid % 250) + 1}`;
    out.push('');
    out.push(`vrrp_instance VI_${i} {`);
    out.push('    state BACKUP');
    out.push(`    interface eth${ifIndex}`);
    out.push(`    virtual_router_id ${vrid}`);
    out.push(`    priority ${100 + (i % 50)}`);
    out.push('    authentication {');
    out.push('        auth_type PASS');
    out.push(`        auth_pass pass${String(i).padStart(4, '0')}`);
    out.push('    }');
    out.push('    track_script {');
    out.push('        chk_service_ok');
    out.push('    }');
    out.push('    virtual_ipaddress {');
    out.push(`        ${vip}/32 dev eth${ifIndex}`);
    out.push('    }');
    out.push('}');
  }
  const servers = VIRTUAL_SERVERS * scale;
  for (let v = 0; v < servers; v++) {
    const vip = `172.${16 + Math.floor(v / 62500)}.${Math.floor(v / 250) % 250}.${(v % 250) + 1}`;
    out.push('');
    out.push(`virtual_server ${vip} ${8000 + (v % 1000)} {`);
    out.push('    delay_loop 6');
    out.push('    lb_algo wrr');
    out.push('    lb_kind NAT');
    out.push('    protocol TCP');
    for (let r = 0; r < 3; r++) {
      out.push(`    real_server 192.168.${v % 250}.${10 + r + ((3 * Math.floor(v / 250)) % 200)} ${8000 + (v % 1000)} {`);
      out.push(`        weight ${r + 1}`);
      out.push('        TCP_CHECK {');
      out.push('            connect_timeout 10');
      out.push('            retry 3');
      out.push(`            ${error && v === servers - 1 && r === 0 ? 'delay_before_retryy' : 'delay_before_retry'} 3`);
      out.push('        }');
      out.push('    }');
    }
    out.push('}');
  }
  return `${out.join('\n')}\n`;
}

/** A typical hand-written configuration of about 300 lines: globals, scripts, a sync group, VRRP and LVS. */
export function typicalConfig() {
  const out = [];
  out.push('! Configuration File for keepalived');
  out.push('');
  out.push('global_defs {');
  out.push('    notification_email {');
  out.push('        ops@example.com');
  out.push('        noc@example.com');
  out.push('    }');
  out.push('    notification_email_from keepalived@lb01.example.com');
  out.push('    smtp_server 192.0.2.25');
  out.push('    smtp_connect_timeout 30');
  out.push('    router_id LB01');
  out.push('    enable_script_security');
  out.push('    script_user root');
  out.push('    vrrp_garp_master_delay 5');
  out.push('}');
  out.push('');
  for (const name of ['chk_haproxy', 'chk_nginx', 'chk_dns']) {
    out.push(`vrrp_script ${name} {`);
    out.push(`    script "/usr/bin/pgrep ${name.slice(4)}"`);
    out.push('    interval 2');
    out.push('    fall 3');
    out.push('    rise 2');
    out.push('}');
    out.push('');
  }
  out.push('vrrp_sync_group VG_FRONT {');
  out.push('    group {');
  for (let i = 0; i < 4; i++) out.push(`        VI_FRONT_${i}`);
  out.push('    }');
  out.push('}');
  out.push('');
  for (let i = 0; i < 5; i++) {
    out.push(`vrrp_instance VI_FRONT_${i} {`);
    out.push(`    state ${i % 2 === 0 ? 'MASTER' : 'BACKUP'}`);
    out.push(`    interface eth${i % 2}`);
    out.push(`    virtual_router_id ${51 + i}`);
    out.push(`    priority ${i % 2 === 0 ? 150 : 100}`);
    out.push('    advert_int 1');
    out.push('    unicast_src_ip 192.0.2.11');
    out.push('    unicast_peer {');
    out.push('        192.0.2.12');
    out.push('        192.0.2.13');
    out.push('    }');
    out.push('    authentication {');
    out.push('        auth_type PASS');
    out.push(`        auth_pass frnt${i}pw`);
    out.push('    }');
    out.push('    track_script {');
    out.push(`        ${['chk_haproxy', 'chk_nginx', 'chk_dns'][i % 3]}`);
    out.push('    }');
    out.push('    virtual_ipaddress {');
    out.push(`        192.0.2.${100 + i}/24 dev eth${i % 2} label eth${i % 2}:${i}`);
    out.push('    }');
    out.push('}');
    out.push('');
  }
  for (let v = 0; v < 4; v++) {
    out.push(`virtual_server 192.0.2.${100 + v} ${v % 2 === 0 ? 80 : 443} {`);
    out.push('    delay_loop 6');
    out.push('    lb_algo wlc');
    out.push('    lb_kind DR');
    out.push('    persistence_timeout 300');
    out.push('    protocol TCP');
    for (let r = 0; r < 3; r++) {
      out.push(`    real_server 198.51.100.${10 + r} ${v % 2 === 0 ? 80 : 443} {`);
      out.push('        weight 1');
      if (v % 2 === 0) {
        out.push('        HTTP_GET {');
        out.push('            url {');
        out.push('                path /healthz');
        out.push('                status_code 200');
        out.push('            }');
        out.push('            connect_timeout 3');
        out.push('            retry 3');
        out.push('            delay_before_retry 2');
        out.push('        }');
      } else {
        out.push('        TCP_CHECK {');
        out.push('            connect_timeout 3');
        out.push('        }');
      }
      out.push('    }');
    }
    out.push('}');
    out.push('');
  }
  return `${out.join('\n')}\n`;
}

/** A small hand-written configuration of about 50 lines (one node of a pair): what most files look like. */
export function smallConfig() {
  return `! Configuration File for keepalived
global_defs {
    router_id LB01
    enable_script_security
    script_user root
}

vrrp_script chk_haproxy {
    script "/usr/bin/pgrep haproxy"
    interval 2
    fall 3
    rise 2
    weight -20
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 150
    advert_int 1
    unicast_src_ip 192.0.2.11
    unicast_peer {
        192.0.2.12
    }
    authentication {
        auth_type PASS
        auth_pass s3cretpw
    }
    track_script {
        chk_haproxy
    }
    virtual_ipaddress {
        192.0.2.100/24 dev eth0
    }
}

virtual_server 192.0.2.100 80 {
    delay_loop 6
    lvs_sched rr
    lvs_method DR
    protocol TCP
    real_server 198.51.100.10 80 {
        weight 1
        TCP_CHECK {
            connect_timeout 3
        }
    }
}
`;
}

/** A chain of includes `depth` deep; each level holds one vrrp_instance. Returns the entry path. */
export function writeDeepTree(dir, depth = 30) {
  fs.mkdirSync(dir, { recursive: true });
  const instance = (k) =>
    [
      `vrrp_instance VI_DEEP_${k} {`,
      '    state BACKUP',
      '    interface eth0',
      `    virtual_router_id ${(k % 250) + 1}`,
      '    priority 100',
      '    virtual_ipaddress {',
      `        10.9.${Math.floor(k / 250)}.${(k % 250) + 1}/32`,
      '    }',
      '}',
    ].join('\n');
  for (let k = depth; k >= 1; k--) {
    const next = k < depth ? `include inc${k + 1}.conf\n` : '';
    fs.writeFileSync(path.join(dir, `inc${k}.conf`), `${instance(k)}\n${next}`);
  }
  const entry = path.join(dir, 'keepalived.conf');
  fs.writeFileSync(entry, `! Configuration File for keepalived\nglobal_defs {\n    router_id deep\n}\n${instance(0)}\ninclude inc1.conf\n`);
  return entry;
}

/** `files` small files under conf.d/ pulled in by one glob include. Returns the entry path. */
export function writeManyFiles(dir, files = 1000) {
  const d = path.join(dir, 'conf.d');
  fs.mkdirSync(d, { recursive: true });
  for (let k = 0; k < files; k++) {
    const text = [
      `vrrp_instance VI_MANY_${k} {`,
      '    state BACKUP',
      `    interface eth${Math.floor(k / 250) % 8}`,
      `    virtual_router_id ${(k % 250) + 1}`,
      '    priority 100',
      '    virtual_ipaddress {',
      `        10.8.${Math.floor(k / 250)}.${(k % 250) + 1}/32`,
      '    }',
      '}',
      '',
    ].join('\n');
    fs.writeFileSync(path.join(d, `${String(k).padStart(5, '0')}.conf`), text);
  }
  const entry = path.join(dir, 'keepalived.conf');
  fs.writeFileSync(entry, '! Configuration File for keepalived\nglobal_defs {\n    router_id many\n}\ninclude conf.d/*.conf\n');
  return entry;
}

function flag(args, name, dflt) {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : dflt;
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('generate.mjs')) {
  const [kind, out, ...rest] = process.argv.slice(2);
  if (!kind || !out) {
    process.stderr.write('usage: node bench/generate.mjs big|typical|small FILE | deep|many DIR [options]\n');
    process.exit(2);
  }
  if (kind === 'big')
    fs.writeFileSync(out, bigConfig({ error: rest.includes('--error'), dupVrid: rest.includes('--dup-vrid'), scale: flag(rest, '--scale', 1) }));
  else if (kind === 'typical') fs.writeFileSync(out, typicalConfig());
  else if (kind === 'small') fs.writeFileSync(out, smallConfig());
  else if (kind === 'deep') writeDeepTree(out, flag(rest, '--depth', 30));
  else if (kind === 'many') writeManyFiles(out, flag(rest, '--files', 1000));
  else {
    process.stderr.write(`unknown generator '${kind}'\n`);
    process.exit(2);
  }
}
