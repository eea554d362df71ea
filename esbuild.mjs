// Bundles the client (dist/extension.js), the language server (dist/server.js), the
// command-line linter (dist/cli.js) and the election preview's page script (dist/electionView.js,
// for the browser inside the webview). `--production` minifies for the VSIX; `--watch` rebuilds;
// `--outdir=DIR` writes the bundles elsewhere (bench/run.mjs measures a production VSIX that way
// without touching dist/).
import * as esbuild from 'esbuild';
import * as path from 'node:path';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const outdir = process.argv.find((a) => a.startsWith('--outdir='))?.slice('--outdir='.length) ?? 'dist';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  // chevrotain is ESM; bundling turns it into CommonJS so nothing needs require(esm) at run time.
  mainFields: ['module', 'main'],
};

/**
 * The command line loads libraries that only some runs need when first used: the core's imports
 * of `yaml` (Kolla, Ansible) and `nunjucks` (Jinja2 templates) go to small stand-ins
 * (server/src/cli/vendor/) that require the library from its own bundle, dist/vendor/<name>.js.
 */
const LAZY = ['yaml', 'nunjucks'];
const coreDir = `${path.sep}server${path.sep}src${path.sep}language${path.sep}`;
const lazyLibraries = {
  name: 'lazy-libraries',
  setup(build) {
    build.onResolve({ filter: new RegExp(`^(${LAZY.join('|')})$`) }, (args) =>
      args.importer.includes(coreDir) ? { path: path.resolve(`server/src/cli/vendor/${args.path}.ts`) } : undefined,
    );
    build.onResolve({ filter: /^\.\/vendor\/[a-z]+\.js$/ }, (args) => ({ path: args.path, external: true }));
  },
};

const builds = [
  { entryPoints: ['client/src/extension.ts'], outfile: `${outdir}/extension.js`, external: ['vscode'] },
  { entryPoints: ['server/src/main.ts'], outfile: `${outdir}/server.js` },
  { entryPoints: ['server/src/cli/main.ts'], outfile: `${outdir}/cli.js`, plugins: [lazyLibraries] },
  ...LAZY.map((name) => ({
    stdin: { contents: `module.exports = require('${name}');`, resolveDir: '.', sourcefile: `${name}.js` },
    outfile: `${outdir}/vendor/${name}.js`,
  })),
  {
    entryPoints: ['client/webview/electionView.ts'],
    outfile: `${outdir}/electionView.js`,
    platform: 'browser',
    format: 'iife',
    target: 'es2020',
    mainFields: ['browser', 'module', 'main'],
  },
];

if (watch) {
  for (const b of builds) (await esbuild.context({ ...common, ...b })).watch();
} else {
  await Promise.all(builds.map((b) => esbuild.build({ ...common, ...b })));
}
