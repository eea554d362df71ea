#!/bin/sh
':' //; exec node --max-semi-space-size=1 --interrupt-budget=270336 -- "$0" "$@"
// The two lines above start node with a small young generation: a short-lived linter gains
// nothing from V8's default 16 MB semi-spaces, and peak memory drops by a quarter; and with four
// times V8's default budget before a function is handed to the optimising compiler: a run that
// reads a file once spent more compiling code (on a second core it may not have) than it gained
// (bench/NOTES.md, round four).
// `--` ends node's own options: node 20 would otherwise take `--env-file FILE` given to
// keepalived-lint as its own, and stop when FILE is missing.
// `sh` runs the first lines; node reads them as a string and a comment.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
const { createRequire } = require('node:module');

const bundle = path.join(__dirname, '..', 'dist', 'cli.js');

/**
 * Where V8's compiled code for the bundle is kept between runs: the user's cache directory
 * ($XDG_CACHE_HOME or ~/.cache), else a directory of this user's own in the temp directory;
 * never next to the files being linted. Undefined when none is safe to use.
 */
function cacheDir() {
  const home = process.env.XDG_CACHE_HOME || (process.env.HOME ? path.join(process.env.HOME, '.cache') : undefined);
  const uid = typeof process.getuid === 'function' ? process.getuid() : undefined;
  const dir = home ? path.join(home, 'keepalived-lint') : path.join(require('node:os').tmpdir(), `keepalived-lint-${uid ?? 'user'}`);
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const st = fs.statSync(dir);
  // someone else's directory, or one others may write to, could hold code we would run
  if (!st.isDirectory() || (uid !== undefined && st.uid !== uid) || (st.mode & 0o022) !== 0) return undefined;
  return dir;
}

/** A short name for the bundle's place (several installations keep their caches apart). */
function placeHash(s) {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(16);
}

/**
 * The bundle compiled with the cache in `file` (when there is one V8 takes). The text as read and
 * the cache's bytes stay in here: the script keeps its own copy of the text, so both can go while
 * the run goes on (a 1.6 MB string and a 1.2 MB buffer less at the peak of a large file's run).
 */
function compile(file) {
  // the bundle is ASCII (a test keeps it so): read as latin1, the same string without UTF-8 decoding
  const source = fs.readFileSync(bundle, 'latin1');
  let cached;
  try {
    cached = fs.readFileSync(file);
  } catch {
    cached = undefined;
  }
  const wrapper = `(function (exports, require, module, __filename, __dirname) { ${source}\n})`;
  return { script: new vm.Script(wrapper, { filename: bundle, cachedData: cached }), hadCache: cached !== undefined };
}

/**
 * Run dist/cli.js with V8's code cache (node 20 has no module.enableCompileCache()): compiling the
 * bundle costs more than running it on a small file. A cache holds the functions the run that
 * wrote it compiled, so each command (lint, election) has its own, written when the process ends
 * after a run that did its work (not --help, --version or a usage error, which would leave a cache
 * without the linter), when there was none or V8 rejected it (another node, or a new bundle).
 * Any problem: the bundle is loaded the ordinary way, nothing is said.
 */
function run() {
  if (process.env.KEEPALIVED_LINT_NO_CODE_CACHE) return require(bundle).main();
  const prefix = `cli-${placeHash(bundle)}-`;
  const command = process.argv[2] === 'election' ? 'election' : 'lint';
  let dir;
  let stamp;
  let compiled;
  try {
    const st = fs.statSync(bundle);
    dir = cacheDir();
    if (!dir) return require(bundle).main();
    stamp = `-${process.version}-${process.arch}-${st.size}-${Math.round(st.mtimeMs)}.cache`;
    compiled = compile(path.join(dir, `${prefix}${command}${stamp}`));
  } catch {
    return require(bundle).main();
  }
  const file = path.join(dir, `${prefix}${command}${stamp}`);
  const { script, hadCache } = compiled;
  const mod = { exports: {} };
  script.runInThisContext().call(mod.exports, mod.exports, createRequire(bundle), mod, bundle, path.dirname(bundle));
  const worked = mod.exports.main();
  if (worked && (!hadCache || script.cachedDataRejected)) {
    process.once('exit', () => {
      try {
        const tmp = `${file}.${process.pid}.tmp`;
        fs.writeFileSync(tmp, script.createCachedData(), { mode: 0o600 });
        fs.renameSync(tmp, file);
        // this installation's caches for an earlier bundle or another node are of no more use
        for (const f of fs.readdirSync(dir)) if (f.startsWith(prefix) && !f.endsWith(stamp) && !f.endsWith('.tmp')) fs.rmSync(path.join(dir, f), { force: true });
      } catch {
        // no cache this time
      }
    });
  }
}

run();
