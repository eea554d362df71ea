#!/usr/bin/env node
// `npm run pack:npm`: the npm package `keepalived-tools` for people who do not use VS Code —
// `keepalived-lint` and `keepalived-language-server` (the language server over stdio). It is
// staged apart from the repository's package.json, which is the VS Code extension's manifest:
// production bundles of the CLI and the server only (esbuild has put every dependency inside
// them, so the package has none, and nothing of VS Code is installed or loaded), the two bin
// wrappers, .pre-commit-hooks.yaml (the staged folder is also a pre-commit hook repository),
// README, CHANGELOG and LICENSE, and a package.json made from the repository's (name,
// version, description, bin, files, engines; no dependencies, no scripts).
//
//   node scripts/pack-npm.mjs [--stage DIR] [--out DIR] [--no-pack]
//     --stage DIR  where the package is staged (default build/npm; emptied first)
//     --out DIR    where `npm pack` writes keepalived-tools-<version>.tgz (default: the repository)
//     --no-pack    stage only
// Prints the tarball's path (or the stage's with --no-pack) as its last line.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const opt = (name) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const stage = path.resolve(opt('--stage') ?? path.join(root, 'build/npm'));
const out = path.resolve(opt('--out') ?? root);

const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const bin = { 'keepalived-lint': 'bin/keepalived-lint.js', 'keepalived-language-server': 'bin/keepalived-language-server.js' };
const pkg = {
  name: manifest.name,
  version: manifest.version,
  description:
    'keepalived-lint and keepalived-language-server: check keepalived.conf the way keepalived reads it, from the command line, pre-commit, CI and any LSP editor.',
  keywords: manifest.keywords,
  license: manifest.license,
  homepage: manifest.homepage,
  repository: manifest.repository,
  bugs: manifest.bugs,
  engines: { node: manifest.engines.node },
  bin,
  files: ['bin/', 'dist/', '.pre-commit-hooks.yaml', 'CHANGELOG.md'],
};

fs.rmSync(stage, { recursive: true, force: true });
fs.mkdirSync(path.join(stage, 'bin'), { recursive: true });
fs.mkdirSync(path.join(stage, 'dist'), { recursive: true });

// production bundles (minified, no source maps), built apart so dist/ of the checkout is untouched
const bundles = fs.mkdtempSync(path.join(os.tmpdir(), 'kt-bundles-'));
try {
  execFileSync(process.execPath, ['esbuild.mjs', '--production', `--outdir=${bundles}`], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  for (const f of ['cli.js', 'server.js']) fs.copyFileSync(path.join(bundles, f), path.join(stage, 'dist', f));
  // the CLI loads yaml and nunjucks from their own bundles on first use (Kolla, templates)
  fs.cpSync(path.join(bundles, 'vendor'), path.join(stage, 'dist', 'vendor'), { recursive: true });
} finally {
  fs.rmSync(bundles, { recursive: true, force: true });
}
for (const f of Object.values(bin)) {
  fs.copyFileSync(path.join(root, f), path.join(stage, f));
  fs.chmodSync(path.join(stage, f), 0o755);
}
for (const f of ['README.md', 'CHANGELOG.md', 'LICENSE', '.pre-commit-hooks.yaml']) fs.copyFileSync(path.join(root, f), path.join(stage, f));
fs.writeFileSync(path.join(stage, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`);

if (process.argv.includes('--no-pack')) {
  console.log(stage);
} else {
  fs.mkdirSync(out, { recursive: true });
  const packed = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--pack-destination', out], { cwd: stage, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }),
  );
  const { filename, size, unpackedSize, entryCount } = packed[0];
  console.error(`${filename}: ${entryCount} files, ${(size / 1024).toFixed(0)} kB packed, ${(unpackedSize / 1024).toFixed(0)} kB unpacked`);
  console.log(path.join(out, filename));
}
