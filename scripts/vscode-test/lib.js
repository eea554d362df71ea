// Shared plumbing for run-cs-tests.js and ui-check.js: argument parsing, a private code-server
// (loopback, no auth, no telemetry, no gallery, its own user-data/extensions/XDG dirs under a work
// dir) and headless Debian Chromium through playwright-core. Not a script of its own.
//
// Env knobs honoured here: CHROMIUM (browser binary, default /usr/bin/chromium),
// EXTENSIONS_GALLERY (default '{}' = no gallery, so the workbench never asks open-vsx.org).
'use strict';
const { spawn, spawnSync } = require('child_process');
const fs = require('fs');
const net = require('net');
const path = require('path');

/** `--key value` and `--key=value` pairs → object. Repeated keys keep the last value. */
function parseArgs(argv) {
  const a = {};
  for (let i = 0; i < argv.length; i++) {
    const m = /^--([^=]+)(?:=(.*))?$/.exec(argv[i]);
    if (!m) throw new Error(`bad argument ${argv[i]}`);
    a[m[1]] = m[2] !== undefined ? m[2] : argv[++i];
  }
  return a;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const p = s.address().port;
      s.close(() => resolve(p));
    });
    s.on('error', reject);
  });
}

async function waitHttp(url, timeoutMs) {
  const start = Date.now();
  for (;;) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not up yet */
    }
    if (Date.now() - start > timeoutMs) throw new Error(`code-server did not answer ${url} within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** Quiet, offline-friendly user settings for a throw-away profile; `extra` overrides. */
function writeUserSettings(userDataDir, extra = {}) {
  const dir = path.join(userDataDir, 'User');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(
    path.join(dir, 'settings.json'),
    JSON.stringify(
      {
        'extensions.autoCheckUpdates': false,
        'extensions.autoUpdate': false,
        'extensions.ignoreRecommendations': true,
        'telemetry.telemetryLevel': 'off',
        'workbench.startupEditor': 'none',
        'workbench.enableExperiments': false,
        'workbench.tips.enabled': false,
        'update.mode': 'none',
        'git.enabled': false,
        'chat.disableAIFeatures': true,
        ...extra,
      },
      null,
      2,
    ),
  );
}

/**
 * A code-server rooted in `work`: {dirs, env, common} where `common` are the CLI flags that pin
 * user data, extensions and config into `work` (nothing is written to ~/.config or ~/.local).
 */
function codeServerProfile(work, settings) {
  const dirs = {
    userData: path.join(work, 'user-data'),
    extensions: path.join(work, 'extensions'),
    xdg: path.join(work, 'xdg'),
  };
  for (const d of Object.values(dirs)) fs.mkdirSync(d, { recursive: true });
  writeUserSettings(dirs.userData, settings);
  const env = {
    ...process.env,
    XDG_CONFIG_HOME: path.join(dirs.xdg, 'config'),
    XDG_DATA_HOME: path.join(dirs.xdg, 'data'),
    XDG_CACHE_HOME: path.join(dirs.xdg, 'cache'),
    EXTENSIONS_GALLERY: process.env.EXTENSIONS_GALLERY || '{}',
  };
  const common = ['--user-data-dir', dirs.userData, '--extensions-dir', dirs.extensions, '--config', path.join(work, 'config.yaml')];
  return { dirs, env, common };
}

/** `entry` may be code-server's out/node/entry.js (run with this Node) or its bin script. */
function nodeCommand(entry, args) {
  return entry.endsWith('.js') ? [process.execPath, [entry, ...args]] : [entry, args];
}

/** One-shot `code-server --install-extension <vsix>` into the profile. Throws on failure. */
function installVsix(entry, profile, vsix) {
  const [cmd, args] = nodeCommand(entry, [...profile.common, '--install-extension', path.resolve(vsix)]);
  const r = spawnSync(cmd, args, { env: profile.env, encoding: 'utf8' });
  const out = `${r.stdout || ''}${r.stderr || ''}`.trim();
  if (r.status !== 0) throw new Error(`--install-extension failed (${r.status}): ${out}`);
  return out;
}

/**
 * Start code-server on a free loopback port serving `folder`; resolves once /healthz answers.
 * Its output goes to <work>/code-server.log. Returns {port, base, stop()}; stop() ends its whole
 * process group (the extension host and the language server included).
 */
async function startCodeServer(entry, profile, work, folder, port) {
  port = port || (await freePort());
  const [cmd, args] = nodeCommand(entry, [
    ...profile.common,
    '--bind-addr',
    `127.0.0.1:${port}`,
    '--auth',
    'none',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    folder,
  ]);
  const cs = spawn(cmd, args, { env: profile.env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  const log = fs.createWriteStream(path.join(work, 'code-server.log'));
  cs.stdout.pipe(log);
  cs.stderr.pipe(log);
  let exited = false;
  cs.on('exit', () => {
    exited = true;
  });
  const stop = () => {
    if (!exited) {
      try {
        process.kill(-cs.pid, 'SIGTERM');
      } catch {
        /* gone */
      }
    }
  };
  process.on('exit', stop);
  const base = `http://127.0.0.1:${port}`;
  try {
    await waitHttp(`${base}/healthz`, 60000);
  } catch (e) {
    stop();
    throw e;
  }
  return { port, base, pid: cs.pid, stop };
}

async function launchChromium(executablePath) {
  const { chromium } = require('playwright-core');
  const exe = executablePath || process.env.CHROMIUM || '/usr/bin/chromium';
  if (!fs.existsSync(exe)) throw new Error(`no browser at ${exe} (run scripts/vscode-test/ensure-vscode.sh or set CHROMIUM)`);
  // playwright's launch() always uses a fresh temporary browser profile.
  return chromium.launch({
    executablePath: exe,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

module.exports = { parseArgs, freePort, waitHttp, codeServerProfile, installVsix, startCodeServer, launchChromium };
