/**
 * The extension manifest (package.json) against the code: every `keepalived.*` setting the
 * server reads is declared once, every diagnostic code can be configured in keepalived.rules,
 * every command is registered by the client and contributed, and nothing activates the
 * extension but keepalived documents and its own commands.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { allCodes, readSettings as readRaw } from '../../server/src/language/project/index';
import { repoRoot } from '../support/shared';

interface Manifest {
  activationEvents: string[];
  icon?: string;
  capabilities?: { untrustedWorkspaces?: { supported: unknown }; virtualWorkspaces?: unknown };
  contributes: {
    configuration: {
      properties: Record<
        string,
        { type: string; default?: unknown; enum?: string[]; propertyNames?: { enum: string[] }; additionalProperties?: { enum?: string[] } }
      >;
    };
    commands: { command: string; title: string; category?: string }[];
    views?: Record<string, { id: string }[]>;
    languages: { id: string; firstLine?: string }[];
  };
}

const readSettings = (raw: unknown) => readRaw(raw).settings;

const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as Manifest;
const props = pkg.contributes.configuration.properties;

describe('extension manifest', () => {
  it('declares exactly the settings the server and the client read', () => {
    assert.deepEqual(Object.keys(props).sort(), [
      'keepalived.codeLens',
      'keepalived.configId',
      'keepalived.configIds',
      'keepalived.inlayHints.effectivePriority',
      'keepalived.inlayHints.variables',
      'keepalived.interfaces',
      'keepalived.kolla.globals',
      'keepalived.kolla.inventory',
      'keepalived.kolla.passwords',
      'keepalived.kolla.template',
      'keepalived.root',
      'keepalived.rules',
      'keepalived.template',
      'keepalived.templates.envFiles',
      'keepalived.templates.hosts',
      'keepalived.templates.inventory',
      'keepalived.templates.vars',
      'keepalived.trace.server',
      'keepalived.version',
    ]);
  });

  it("its defaults read back as the server's defaults", () => {
    // VS Code hands the server the section as nested objects built from the dotted keys
    const section: Record<string, unknown> = {};
    for (const [key, p] of Object.entries(props)) {
      const parts = key.split('.').slice(1);
      const leaf = parts.pop();
      assert.ok(leaf, key);
      let o = section;
      for (const part of parts) o = (o[part] ??= {}) as Record<string, unknown>;
      o[leaf] = p.default;
    }
    const s = readSettings(section);
    assert.equal(s.configId, undefined);
    assert.equal(s.interfaces.common.size, 0);
    assert.deepEqual(s.rules, {});
    assert.deepEqual(s.kolla, { globals: undefined, inventory: undefined, passwords: undefined, template: undefined });
    assert.deepEqual(s.inlayHints, { effectivePriority: true, variables: true });
    assert.equal(s.codeLens, true);
    assert.deepEqual(s.templates.envFiles, []);
  });

  it('keepalived.templates.envFiles takes a list of paths (one string too); anything else is left out', () => {
    const cases: [unknown, string[]][] = [
      [
        ['nodes/lb1.env', 'nodes/lb2.env'],
        ['nodes/lb1.env', 'nodes/lb2.env'],
      ],
      ['lb1.env', ['lb1.env']],
      [
        ['a.env', 3, '', '  ', 'b.env'],
        ['a.env', 'b.env'],
      ],
      [{ lb1: 'a.env' }, []],
    ];
    for (const [raw, want] of cases) assert.deepEqual(readSettings({ templates: { envFiles: raw } }).templates.envFiles, want, JSON.stringify(raw));
  });

  it('keepalived.rules knows every diagnostic code and the five levels', () => {
    const r = props['keepalived.rules'];
    assert.ok(r);
    assert.deepEqual(
      [...(r.propertyNames?.enum ?? [])].sort(),
      allCodes.map((c) => c.id).sort(),
      'package.json keepalived.rules.propertyNames lists every code of validation/index.ts allCodes',
    );
    assert.deepEqual(r.additionalProperties?.enum, ['off', 'hint', 'information', 'warning', 'error']);
    const s = readSettings({ rules: { 'unknown-keyword': 'off', 'auth-pass-length': 'error', bogus: 'loud' } });
    assert.deepEqual(s.rules, { 'unknown-keyword': 'off', 'auth-pass-length': 'error' });
  });

  it('keepalived.interfaces takes a CIDR, several separated by commas (a list too), per interface, node or folder', () => {
    const s = readSettings({
      interfaces: {
        eth0: '192.0.2.10/24',
        eth1: '10.0.0.5/24, 2001:db8::5/64',
        eth2: ['10.1.0.5/24', '10.2.0.5/24'],
        'lb1:eth0': '192.0.2.11/24',
        'k8s/:eth0': '192.168.50.0/24',
      },
    });
    assert.deepEqual([...s.interfaces.common.keys()], ['eth0', 'eth1', 'eth2']);
    assert.equal(s.interfaces.common.get('eth1')?.length, 2);
    assert.equal(s.interfaces.common.get('eth2')?.length, 2);
    assert.deepEqual([...s.interfaces.perNode.keys()], ['lb1']);
    assert.deepEqual([...s.interfaces.perFolder.keys()], ['k8s']);
    const p = props['keepalived.interfaces'] as unknown as { additionalProperties: { type: string; pattern: string } };
    // a plain string type: the Settings editor shows the setting as a table it can edit
    assert.equal(p.additionalProperties.type, 'string');
    const re = new RegExp(p.additionalProperties.pattern);
    for (const ok of ['192.0.2.10/24', '10.0.0.5/24, 2001:db8::5/64']) assert.match(ok, re);
    assert.doesNotMatch('192.0.2.10', re);
  });

  it('keepalived.configIds: by node or folder, a table in the Settings editor', () => {
    const s = readSettings({ configIds: { lb2: 'lb2', 'k8s/': 'k8s' } });
    assert.deepEqual(
      [...s.configIds],
      [
        ['lb2', 'lb2'],
        ['k8s/', 'k8s'],
      ],
    );
    const p = props['keepalived.configIds'] as unknown as { additionalProperties: { type: string } };
    assert.equal(p.additionalProperties.type, 'string');
  });

  it('every command is contributed with the Keepalived category and registered by the client', () => {
    const client = fs
      .readdirSync(path.join(repoRoot, 'client/src'))
      .map((f) => fs.readFileSync(path.join(repoRoot, 'client/src', f), 'utf8'))
      .join('\n');
    const views = Object.values(pkg.contributes.views ?? {}).flatMap((v) => v.map((x) => x.id));
    const registered = new Set(
      [...client.matchAll(/'(keepalived\.[A-Za-z]+)'/g)].map((m) => m[1]).filter((c) => c !== 'keepalived.status' && !views.includes(c!)),
    );
    const contributed = pkg.contributes.commands.map((c) => c.command);
    assert.deepEqual([...contributed].sort(), [...registered].sort());
    for (const c of pkg.contributes.commands) assert.equal(c.category, 'Keepalived', c.command);
    assert.ok(contributed.includes('keepalived.previewElection'));
    assert.deepEqual(views, ['keepalived.clusters']);
  });

  it('activates only for keepalived documents, workspaces with keepalived files, its own commands and view (never plaintext/properties/ini)', () => {
    const commands = pkg.contributes.commands.map((c) => `onCommand:${c.command}`);
    for (const e of pkg.activationEvents)
      assert.ok(
        e === 'onLanguage:keepalived' ||
          e === 'onView:keepalived.clusters' ||
          commands.includes(e) ||
          /^workspaceContains:\*\*\/\{(keepalived[^,]*|\*\.keepalived)(,(keepalived[^,]*|\*\.keepalived))*\}$/.test(e),
        e,
      );
    assert.ok(pkg.activationEvents.includes('onLanguage:keepalived'));
    assert.equal(pkg.contributes.languages[0]!.firstLine, '^!\\s*Configuration File for keepalived');
  });

  it('supports untrusted workspaces and has a 128×128 PNG icon', () => {
    assert.deepEqual(pkg.capabilities?.untrustedWorkspaces, { supported: true });
    assert.ok(pkg.capabilities?.virtualWorkspaces);
    const png = fs.readFileSync(path.join(repoRoot, pkg.icon ?? 'missing'));
    assert.equal(png.subarray(1, 4).toString('latin1'), 'PNG');
    assert.equal(png.readUInt32BE(16), 128);
    assert.equal(png.readUInt32BE(20), 128);
  });

  it('the README leads with what the extension does and how to use it; its pictures ship in the VSIX and are not rewritten to URLs', () => {
    const readme = fs.readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
    const headings = readme.split('\n').filter((l) => l.startsWith('## '));
    assert.equal(headings[0], '## Getting started');
    const developing = readme.indexOf('## Developing');
    assert.ok(developing > 0, 'a pointer to CONTRIBUTING.md');
    // a developer's `npm install` (in a clone); a user's `npm install -g keepalived-tools` is an install step
    for (const dev of [/\bnpm install(?! -g)/, /\bnpm test\b/, /\bnpm run package\b/, /^## Architecture/m, /^## Tests/m])
      assert.doesNotMatch(readme.slice(0, developing), dev, `${String(dev)} belongs in CONTRIBUTING.md`);
    assert.ok(fs.existsSync(path.join(repoRoot, 'CONTRIBUTING.md')));
    // below it, a developer's first commands on a fresh machine (and .ci/run calls this npm test)
    const block = /```sh\n([\s\S]*?)```/.exec(readme.slice(developing))?.[1] ?? '';
    assert.deepEqual(
      block
        .split('\n')
        .filter(Boolean)
        .map((l) => l.split('#')[0]!.trim()),
      ['npm install', 'npm test', 'npm start'],
    );
    assert.match(fs.readFileSync(path.join(repoRoot, '.ci/run'), 'utf8'), /^npm test /m);
    const ignore = fs.readFileSync(path.join(repoRoot, '.vscodeignore'), 'utf8').split('\n');
    const images = [...new Set([...readme.matchAll(/\]\((docs\/images\/[^)]+\.png)\)/g)].map((m) => m[1]!))];
    assert.ok(images.length >= 5, images.join(', '));
    for (const img of images) {
      assert.ok(fs.existsSync(path.join(repoRoot, img)), `${img} is missing`);
      assert.ok(ignore.includes(`!${img}`), `${img} is not let into the VSIX by .vscodeignore`);
    }
    assert.ok(!/\]\(https?:\/\/[^)]+\.(png|gif|jpg|svg)\)/.test(readme), 'no picture from the network');
    const scripts = [
      JSON.stringify(pkg),
      ...['scripts/vscode-test/run.sh', 'scripts/screenshots.sh'].map((f) => fs.readFileSync(path.join(repoRoot, f), 'utf8')),
    ];
    for (const text of scripts) for (const m of text.matchAll(/vsce package --[^"\n]*/g)) assert.match(m[0], /--no-rewrite-relative-links/, m[0]);
  });
});
