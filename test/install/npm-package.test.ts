/**
 * The npm package keepalived-tools as a user installs it: `npm run pack:npm`'s tarball, installed
 * offline into a temporary prefix. Its files, its size, bundles that load nothing outside node
 * itself (nothing of VS Code), and both programs run from the prefix: keepalived-lint (lint,
 * --fix, standard input) and keepalived-language-server (initialize, diagnostics, hover).
 * The README's editor configurations name these programs.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { builtinModules } from 'node:module';
import * as path from 'node:path';
import type { Hover, MarkupContent } from 'vscode-languageserver-protocol';
import { LspClient, positionOf, uriOf } from '../lsp/client';
import { npmPackage, type NpmPackage } from '../support/npmPackage';
import { repoRoot } from '../support/shared';

const readme = () => fs.readFileSync(path.join(repoRoot, 'README.md'), 'utf8');

describe('npm package keepalived-tools', function () {
  this.timeout(60_000);
  let pkg: NpmPackage;
  before(() => {
    pkg = npmPackage();
  });

  it('holds the two programs, their bundles and the docs, nothing else; under 1 MB packed', () => {
    assert.deepEqual(pkg.packed.files, [
      '.pre-commit-hooks.yaml',
      'CHANGELOG.md',
      'LICENSE',
      'README.md',
      'bin/keepalived-language-server.js',
      'bin/keepalived-lint.js',
      'dist/cli.js',
      'dist/server.js',
      'dist/vendor/nunjucks.js',
      'dist/vendor/yaml.js',
      'package.json',
    ]);
    assert.ok(pkg.packed.size < 1024 * 1024, `${pkg.packed.size} bytes packed`);
    const manifest = JSON.parse(fs.readFileSync(path.join(pkg.stage, 'package.json'), 'utf8')) as Record<string, unknown>;
    const root = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { name: string; version: string };
    assert.equal(manifest.name, root.name);
    assert.equal(manifest.version, root.version);
    assert.deepEqual(manifest.bin, { 'keepalived-lint': 'bin/keepalived-lint.js', 'keepalived-language-server': 'bin/keepalived-language-server.js' });
    for (const key of ['dependencies', 'scripts', 'contributes', 'main', 'devDependencies']) assert.equal(manifest[key], undefined, key);
  });

  it('its bundles load only node built-ins: nothing of VS Code, no dependency to install', () => {
    const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
    for (const f of ['dist/cli.js', 'dist/server.js', 'dist/vendor/nunjucks.js', 'dist/vendor/yaml.js']) {
      const text = fs.readFileSync(path.join(pkg.stage, f), 'utf8');
      const required = new Set([...text.matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1]!));
      // chokidar (inside nunjucks) tries the macOS-only fsevents in a try/catch
      // ./vendor/*.js: the CLI's own bundles of yaml and nunjucks, shipped beside it (checked above)
      const others = [...required].filter((m) => !builtins.has(m) && m !== 'fsevents' && !/^\.\/vendor\/(nunjucks|yaml)\.js$/.test(m));
      assert.deepEqual(others, [], f);
      assert.doesNotMatch(text, /require\(["']vscode/, f);
    }
  });

  it('keepalived-lint runs from the prefix: version, findings, exit status, --fix, standard input', () => {
    const lint = pkg.bin('keepalived-lint');
    const run = (args: string[], input?: string) => spawnSync(lint, args, { encoding: 'utf8', env: pkg.env, input, cwd: pkg.tmp });
    const version = run(['--version']);
    assert.equal(version.stdout.trim(), (JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version);
    const conf = path.join(pkg.tmp, 'keepalived.conf');
    const text =
      'vrrp_instance VI_1 {\n    state BACKUP\n    interface eth0\n    virtual_router_id 51\n    priorty 100\n    virtual_ipaddress {\n        192.0.2.1/24\n    }\n}\n}\n';
    fs.writeFileSync(conf, text);
    const r = run([conf]);
    assert.equal(r.status, 1);
    assert.match(r.stdout, /unknown-keyword[\s\S]*extra-close-brace/);
    const fixed = run(['--fix', conf]);
    assert.equal(fixed.status, 0, fixed.stdout + fixed.stderr);
    assert.equal(fs.readFileSync(conf, 'utf8'), text.replace('priorty', 'priority').replace(/}\n}\n$/, '}\n'));
    const piped = run(['-f', 'json', '-'], 'vrrp_instance VI_1 {\n    advert_in 1\n}\n');
    assert.match(piped.stdout, /"file":"<stdin>".*"code":"unknown-keyword"/);
  });

  it('keepalived-lint renders templates and reads Kolla from the prefix (yaml and nunjucks from dist/vendor)', () => {
    const lint = pkg.bin('keepalived-lint');
    const dir = fs.mkdtempSync(path.join(pkg.tmp, 'tpl-'));
    const tpl = path.join(dir, 'keepalived.conf.j2');
    fs.writeFileSync(
      tpl,
      'vrrp_instance VI_1 {\n    state BACKUP\n    interface {{ iface }}\n    virtual_router_id 51\n    priority {{ prio }}\n    virtual_ipaddress {\n        192.0.2.1/24\n    }\n}\n',
    );
    fs.writeFileSync(path.join(dir, 'hosts'), '[lb]\nlb1 iface=eth0 prio=300\n');
    const r = spawnSync(lint, ['-f', 'json', '--inventory', path.join(dir, 'hosts'), tpl], { encoding: 'utf8', env: pkg.env, cwd: dir });
    assert.equal(r.status, 0, r.stderr); // a warning
    // priority 300 only exists once the host's variables are rendered in: nunjucks and the inventory reader ran
    assert.match(r.stdout, /"line":5,[^}]*"code":"priority-range"[^}]*\(on lb1\)/);
  });

  it('keepalived-language-server answers an editor over stdio (--stdio added when no transport is named)', async () => {
    const client = new LspClient();
    const folder = path.join(pkg.tmp, 'ws');
    fs.mkdirSync(folder, { recursive: true });
    const file = path.join(folder, 'keepalived.conf');
    const text = 'vrrp_instance VI_1 {\n    state BACKUP\n    interface eth0\n    virtual_router_id 51\n    priorty 100\n    advert_int 1\n}\n';
    fs.writeFileSync(file, text);
    try {
      await client.start({}, folder, [pkg.bin('keepalived-language-server')]);
      assert.ok(client.initializeResult.capabilities.hoverProvider);
      assert.equal(client.initializeResult.serverInfo?.name !== undefined, true);
      await client.open(file);
      const diags = await client.diagnosticsFor(file, (d) => d.some((x) => x.code === 'unknown-keyword'));
      assert.ok(diags.length > 0);
      const hover = await client.request<Hover | null>('textDocument/hover', {
        textDocument: { uri: uriOf(file) },
        position: positionOf(text, 'advert_int', 2),
      });
      assert.match((hover?.contents as MarkupContent).value, /advert/i);
    } finally {
      await client.stop();
    }
  });

  it('the README installs it by this name and configures editors with these programs', () => {
    const text = readme();
    assert.match(text, /npm install -g keepalived-tools/);
    // Neovim, Helix and Emacs start the installed server by its name
    assert.match(text, /cmd = \{ 'keepalived-language-server', '--stdio' \}/);
    assert.match(text, /command = "keepalived-language-server"/);
    assert.match(text, /\("keepalived-language-server" "--stdio"\)/);
    const mason = fs.readFileSync(path.join(repoRoot, 'docs/mason/package.yaml'), 'utf8');
    const version = (JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version;
    assert.match(mason, new RegExp(`id: pkg:npm/keepalived-tools@${version.replace(/\./g, '\\.')}\n`));
    for (const m of mason.matchAll(/^ {2}([\w-]+): npm:([\w-]+)$/gm)) assert.ok(fs.existsSync(pkg.bin(m[2] as 'keepalived-lint')), m[2]);
  });
});
