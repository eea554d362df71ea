#!/usr/bin/env node
/**
 * Where the time of one `keepalived-lint` run goes, by source module:
 *
 *   node bench/profile.mjs [FILE] [--top N]       (default FILE: the big generated config)
 *
 * Runs `node --cpu-prof bin/keepalived-lint.js --format json FILE` (sampling every 100 µs), then
 * attributes each sample's self time to the source module of its function, using the
 * `// path/to/module.ts` markers esbuild leaves in the non-minified dist/cli.js. Prints self time
 * per module and inclusive time of the pipeline stages (parse, analyse, validate, each rule).
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bigConfig } from './generate.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const topArg = args.indexOf('--top');
const TOP = topArg >= 0 ? Number(args.splice(topArg, 2)[1]) : 25;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'keepalived-profile-'));
let file = args[0];
if (!file) {
  file = path.join(tmp, 'keepalived.conf');
  fs.writeFileSync(file, bigConfig());
}

try {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(
    process.execPath,
    ['--cpu-prof', '--cpu-prof-interval', '100', '--cpu-prof-dir', tmp, path.join(root, 'bin', 'keepalived-lint.js'), '--format', 'json', file],
    { encoding: 'utf8', maxBuffer: 64 << 20 },
  );
  const wall = Number(process.hrtime.bigint() - t0) / 1e6;
  const prof = JSON.parse(
    fs.readFileSync(
      path.join(
        tmp,
        fs.readdirSync(tmp).find((f) => f.endsWith('.cpuprofile')),
      ),
      'utf8',
    ),
  );

  // module of each line of dist/cli.js, from esbuild's `// server/src/...ts` / `// node_modules/...` markers
  const bundle = fs.readFileSync(path.join(root, 'dist', 'cli.js'), 'utf8').split('\n');
  const moduleAt = [];
  let current = '(bundle prelude)';
  for (const l of bundle) {
    const m = /^\/\/ ((?:server|client|node_modules)\/\S+)$/.exec(l);
    if (m) current = m[1].replace(/^node_modules\/((?:@[^/]+\/)?[^/]+)\/.*$/, 'node_modules/$1');
    moduleAt.push(current);
  }
  const nodes = new Map(prof.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const selfByNode = new Map();
  prof.samples.forEach((id, i) => selfByNode.set(id, (selfByNode.get(id) ?? 0) + (prof.timeDeltas[i] ?? 0)));
  const where = (n) => {
    const u = n.callFrame.url;
    if (u.endsWith('/dist/cli.js')) return moduleAt[n.callFrame.lineNumber] ?? '(bundle)';
    if (!u) return n.callFrame.functionName === '(garbage collector)' ? '(garbage collector)' : `(${n.callFrame.functionName || 'native'})`;
    if (u.startsWith('node:')) return 'node internals (startup, module loading, I/O)';
    return path.relative(root, u.replace('file://', ''));
  };
  const self = new Map();
  let total = 0;
  for (const [id, t] of selfByNode) {
    const k = where(nodes.get(id));
    self.set(k, (self.get(k) ?? 0) + t);
    total += t;
  }
  // inclusive time of pipeline stages, by function name within a module
  const stages = new Map();
  const stageOf = (n) => {
    const mod = where(n);
    const fn = n.callFrame.functionName;
    if (fn === 'parseConfig' || fn === 'preprocess' || fn === 'parseInto' || (fn === 'finish' && /syntax/.test(mod))) return `${fn} (${mod})`;
    if (fn === 'analyse' || fn === 'validate' || fn === 'lint' || fn === 'runCli') return `${fn} (${mod})`;
    if (fn === 'check' && /validation\/rules|validation\/clusterRule|kolla\/checks/.test(mod)) return `rule ${mod.replace(/^.*\//, '')}`;
    if (/^(collectSymbols|vrrpInstances|globalSettings|analyse\w*|build\w*Model)$/.test(fn)) return `${fn} (${mod})`;
    return undefined;
  };
  for (const [id, t] of selfByNode) {
    const seen = new Set();
    for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
      const s = stageOf(nodes.get(cur));
      if (s && !seen.has(s)) {
        seen.add(s);
        stages.set(s, (stages.get(s) ?? 0) + t);
      }
    }
  }
  const ms = (us) => (us / 1000).toFixed(1).padStart(8);
  console.log(`keepalived-lint ${path.basename(file)}: wall ${wall.toFixed(0)} ms (with profiling), exit ${r.status}, ${(total / 1000).toFixed(0)} ms sampled`);
  console.log('\nself time by module');
  for (const [k, t] of [...self].sort((a, b) => b[1] - a[1]).slice(0, TOP)) console.log(`${ms(t)} ms  ${k}`);
  console.log('\ninclusive time of pipeline stages and rules');
  for (const [k, t] of [...stages].sort((a, b) => b[1] - a[1]).slice(0, TOP)) console.log(`${ms(t)} ms  ${k}`);
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}
