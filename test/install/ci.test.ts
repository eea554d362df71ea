/**
 * keepalived-lint where repositories check their files: pre-commit (Debian's pre-commit, offline,
 * in temporary git repositories), the GitHub Action's script, and the README's GitLab CI job.
 * Everything installs the npm package from its tarball (test/support/npmPackage.ts), never from a
 * registry.
 *
 * pre-commit: `language: node` makes pre-commit build a node environment (nodeenv with the
 * system's node), `npm install` and `npm pack` the hook repository and `npm install -g` the
 * result with the hook's additional_dependencies. Both ways a README shows are run: the hook
 * repository (the staged npm package holds .pre-commit-hooks.yaml; here it is committed to a
 * temporary git repository, as a release publishes it), and `repo: local` with the npm package as
 * an additional dependency (the tarball's path stands for `keepalived-tools@<version>`).
 */
import * as assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { codeQualityValidator, npmPackage, offlineEnv, sarifValidator, type NpmPackage } from '../support/npmPackage';
import { repoRoot } from '../support/shared';

const README = () => fs.readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
const VERSION = (JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version;

/** The fenced block of `lang` right after the README's `<!-- name -->` marker. */
function readmeBlock(name: string): string {
  const m = new RegExp(`<!-- ${name} -->\\s*\`\`\`\\w+\\n([\\s\\S]*?)\`\`\``).exec(README());
  assert.ok(m, `README has no block marked <!-- ${name} -->`);
  return m[1]!;
}

const BROKEN =
  'vrrp_instance VI_1 {\n    state BACKUP\n    interface eth0\n    virtual_router_id 51\n    priorty 100\n    virtual_ipaddress {\n        192.0.2.1/24\n    }\n}\n}\n';
const CLEAN = BROKEN.replace('priorty', 'priority').replace(/}\n}\n$/, '}\n');

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=test', '-c', 'user.email=test@example.com', '-c', 'init.defaultBranch=main', ...args], {
    cwd,
    encoding: 'utf8',
  }).trim();
}

/** A git repository with these files, committed. */
function repository(dir: string, files: Record<string, string>): string {
  fs.rmSync(dir, { recursive: true, force: true });
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  git(dir, 'init', '-q');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-qm', 'files');
  return dir;
}

describe('pre-commit, GitHub Actions, GitLab CI', function () {
  this.timeout(60_000);
  let pkg: NpmPackage;
  before(() => {
    pkg = npmPackage();
  });

  describe('pre-commit', () => {
    before(function () {
      if (spawnSync('pre-commit', ['--version']).status !== 0) this.skip(); // skipped: pre-commit is not installed (apt-get install pre-commit)
    });

    const preCommit = (cwd: string, ...args: string[]) =>
      spawnSync('pre-commit', args, { cwd, encoding: 'utf8', env: offlineEnv({ PRE_COMMIT_HOME: path.join(pkg.tmp, 'pre-commit-home') }) });

    it('.pre-commit-hooks.yaml: keepalived-lint fails the commit on errors, passes other files by, and -fix repairs', () => {
      // the hook repository: the staged npm package, committed (its .pre-commit-hooks.yaml is the repository's)
      const hooks = fs.readFileSync(path.join(repoRoot, '.pre-commit-hooks.yaml'), 'utf8');
      assert.equal(fs.readFileSync(path.join(pkg.stage, '.pre-commit-hooks.yaml'), 'utf8'), hooks);
      const hookRepo = path.join(pkg.tmp, 'hook-repo');
      fs.rmSync(hookRepo, { recursive: true, force: true });
      fs.cpSync(pkg.stage, hookRepo, { recursive: true });
      git(hookRepo, 'init', '-q');
      git(hookRepo, 'add', '-A');
      git(hookRepo, 'commit', '-qm', 'keepalived-tools');
      const rev = git(hookRepo, 'rev-parse', 'HEAD');
      const ids = (parse(hooks) as { id: string; language: string }[]).map((h) => [h.id, h.language]);
      assert.deepEqual(ids, [
        ['keepalived-lint', 'node'],
        ['keepalived-lint-fix', 'node'],
      ]);
      const config = `repos:\n  - repo: ${hookRepo}\n    rev: ${rev}\n    hooks:\n      - id: keepalived-lint\n      - id: keepalived-lint-fix\n        stages: [manual]\n`;
      const work = repository(path.join(pkg.tmp, 'work-hooks'), {
        '.pre-commit-config.yaml': config,
        'lb1/keepalived.conf': BROKEN,
        'templates/keepalived.conf.j2': CLEAN.replace('priority 100', 'priority {{ prio }}'),
        'nginx/site.conf': 'server { listen 80; priorty 1; }\n',
      });
      let r = preCommit(work, 'run', 'keepalived-lint', '--all-files');
      assert.equal(r.status, 1, r.stdout + r.stderr);
      assert.match(r.stdout, /lb1\/keepalived\.conf\n.*unknown-keyword[\s\S]*extra-close-brace/);
      assert.doesNotMatch(r.stdout, /nginx|templates\/keepalived\.conf\.j2\n/);
      r = preCommit(work, 'run', 'keepalived-lint-fix', '--hook-stage', 'manual', '--all-files');
      assert.equal(r.status, 1, 'pre-commit fails a hook that changed files');
      assert.match(r.stdout, /files were modified by this hook/);
      assert.equal(fs.readFileSync(path.join(work, 'lb1/keepalived.conf'), 'utf8'), CLEAN);
      r = preCommit(work, 'run', 'keepalived-lint', '--all-files');
      assert.equal(r.status, 0, r.stdout + r.stderr);
    });

    it("the README's configuration: repo: local, language: node, the npm package as a dependency", () => {
      const block = readmeBlock('pre-commit-local');
      const hooks = parse(fs.readFileSync(path.join(repoRoot, '.pre-commit-hooks.yaml'), 'utf8')) as { id: string; files: string }[];
      const local = parse(block) as { repos: { hooks: { id: string; files: string }[] }[] };
      assert.equal(local.repos[0]!.hooks[0]!.files, hooks[0]!.files, 'the README hook takes the files the published hook takes');
      assert.match(block, new RegExp(`keepalived-tools@${VERSION.replace(/\./g, '\\.')}`));
      const config = block.replace(`keepalived-tools@${VERSION}`, pkg.tarball);
      const work = repository(path.join(pkg.tmp, 'work-local'), { '.pre-commit-config.yaml': config, 'keepalived/keepalived.conf': BROKEN });
      let r = preCommit(work, 'run', '--all-files');
      assert.equal(r.status, 1, r.stdout + r.stderr);
      assert.match(r.stdout, /unknown-keyword/);
      fs.writeFileSync(path.join(work, 'keepalived/keepalived.conf'), CLEAN);
      git(work, 'add', '-A');
      r = preCommit(work, 'run', '--all-files');
      assert.equal(r.status, 0, r.stdout + r.stderr);
    });
  });

  describe('GitHub Action', () => {
    const action = parse(fs.readFileSync(path.join(repoRoot, 'action.yml'), 'utf8')) as {
      inputs: Record<string, { default?: string }>;
      outputs: Record<string, unknown>;
      runs: { using: string; steps: { run?: string; env?: Record<string, string>; uses?: string; with?: Record<string, string> }[] };
    };

    /** Run the action's script as its step does: the inputs in INPUT_*, GITHUB_OUTPUT and the summary in files. */
    function runAction(cwd: string, inputs: Record<string, string>, env: NodeJS.ProcessEnv = { KEEPALIVED_LINT: pkg.bin('keepalived-lint') }) {
      const step = action.runs.steps[0]!;
      const out = path.join(cwd, 'github-output');
      const summary = path.join(cwd, 'summary.md');
      fs.writeFileSync(out, '');
      const inputEnv = Object.fromEntries(
        Object.entries(step.env ?? {}).map(([k, v]) => {
          const name = /inputs\.([\w-]+)/.exec(v)![1]!;
          return [k, inputs[name] ?? action.inputs[name]?.default ?? ''];
        }),
      );
      const r = spawnSync('bash', ['-c', step.run!], {
        cwd,
        encoding: 'utf8',
        env: offlineEnv({ ...inputEnv, ...env, GITHUB_ACTION_PATH: repoRoot, GITHUB_OUTPUT: out, GITHUB_STEP_SUMMARY: summary }),
      });
      const outputs = Object.fromEntries(
        fs
          .readFileSync(out, 'utf8')
          .split('\n')
          .filter(Boolean)
          .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
      );
      return { ...r, outputs, summary: fs.existsSync(summary) ? fs.readFileSync(summary, 'utf8') : '' };
    }

    it('action.yml: a composite action whose step runs the tested script with every input it declares', () => {
      assert.equal(action.runs.using, 'composite');
      const step = action.runs.steps[0]!;
      assert.match(step.run!, /scripts\/github-action\.sh/);
      const used = new Set(Object.values(step.env ?? {}).map((v) => /inputs\.([\w-]+)/.exec(v)?.[1]));
      for (const name of ['paths', 'args', 'sarif-file', 'package', 'upload', 'annotations']) assert.ok(used.has(name), name);
      assert.ok(action.runs.steps.some((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@')));
      // the README's workflow uses the action with inputs it has
      const workflow = parse(readmeBlock('github-action')) as { jobs: Record<string, { steps: { uses?: string; with?: Record<string, unknown> }[] }> };
      const uses = Object.values(workflow.jobs)
        .flatMap((j) => j.steps)
        .find((s) => s.uses?.startsWith('keepalived-tools/'));
      assert.ok(uses, 'the README workflow uses the action');
      for (const k of Object.keys(uses.with ?? {})) assert.ok(action.inputs[k], `input ${k}`);
    });

    it('writes a valid SARIF report, prints the findings, and hands over the exit status', () => {
      const work = repository(path.join(pkg.tmp, 'gh'), { 'lb1/keepalived.conf': BROKEN, 'lb2/keepalived.conf': CLEAN });
      const r = runAction(work, { paths: 'lb1 lb2', args: '--keepalived-version 2.2.7' });
      assert.equal(r.status, 0, r.stdout + r.stderr);
      assert.deepEqual(r.outputs, { 'sarif-file': 'keepalived-lint.sarif', 'exit-code': '1' });
      const sarif = JSON.parse(fs.readFileSync(path.join(work, 'keepalived-lint.sarif'), 'utf8')) as {
        runs: { results: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[];
      };
      assert.deepEqual(sarifValidator()(sarif), []);
      const results = sarif.runs[0]!.results;
      assert.ok(results.some((x) => x.ruleId === 'unknown-keyword' && x.locations[0]!.physicalLocation.artifactLocation.uri === 'lb1/keepalived.conf'));
      assert.match(r.stdout, /lb1\/keepalived\.conf\n[\s\S]*unknown-keyword/);
      assert.match(r.summary, /### keepalived-lint[\s\S]*extra-close-brace/);
      // uploaded to code scanning, which annotates by itself: no workflow commands
      assert.doesNotMatch(r.stdout, /^::(error|warning|notice) /m);
      const clean = runAction(work, { paths: 'lb2', 'sarif-file': 'clean.sarif' });
      assert.deepEqual(clean.outputs, { 'sarif-file': 'clean.sarif', 'exit-code': '0' });
      assert.match(clean.stdout, /No problems found\./);
    });

    it('without the upload, prints each finding as an annotation on its line (annotations: auto), unless told not to', () => {
      const work = repository(path.join(pkg.tmp, 'gh-annotations'), { 'lb1/keepalived.conf': BROKEN, 'lb2/keepalived.conf': CLEAN });
      const r = runAction(work, { paths: 'lb1 lb2', upload: 'false' });
      assert.equal(r.status, 0, r.stdout + r.stderr);
      assert.equal(r.outputs['exit-code'], '1');
      assert.match(r.stdout, /^::error file=lb1\/keepalived\.conf,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=extra-close-brace::/m);
      // one per finding (the text report below them counts them)
      const count = Number(/✖ (\d+) problems?/.exec(r.stdout)?.[1]);
      assert.equal(r.stdout.match(/^::(error|warning|notice) file=/gm)?.length, count);
      const off = runAction(work, { paths: 'lb1', upload: 'false', annotations: 'false' });
      assert.doesNotMatch(off.stdout, /^::(error|warning|notice) /m);
      const both = runAction(work, { paths: 'lb1', annotations: 'true' });
      assert.match(both.stdout, /^::error file=lb1\/keepalived\.conf,/m);
    });

    it('installs the package itself when no keepalived-lint is given; a usage problem fails without a report', () => {
      const work = repository(path.join(pkg.tmp, 'gh-install'), { 'keepalived.conf': CLEAN });
      const prefix = path.join(pkg.tmp, 'gh-prefix');
      const env = { npm_config_prefix: prefix, PATH: `${path.join(prefix, 'bin')}${path.delimiter}${offlineEnv().PATH ?? ''}` };
      const r = runAction(work, { paths: 'keepalived.conf', package: pkg.tarball }, env);
      assert.equal(r.status, 0, r.stdout + r.stderr);
      assert.ok(fs.existsSync(path.join(prefix, 'bin/keepalived-lint')));
      assert.equal(r.outputs['exit-code'], '0');
      const bad = runAction(work, { args: '--no-such-option' });
      assert.equal(bad.status, 2);
      assert.deepEqual(bad.outputs, {});
      assert.match(bad.stderr, /unknown option --no-such-option/);
    });
  });

  it("GitLab CI: the README's job writes a Code Quality report GitLab reads, and fails on errors", () => {
    const job = parse(readmeBlock('gitlab-ci')) as Record<string, { script: string[]; artifacts: { when: string; reports: { codequality: string } } }>;
    const [name, spec] = Object.entries(job)[0]!;
    assert.equal(name, 'keepalived-lint');
    assert.equal(spec.artifacts.when, 'always');
    const report = spec.artifacts.reports.codequality;
    const script = spec.script.join('\n').replace(`keepalived-tools@${VERSION}`, pkg.tarball);
    assert.notEqual(script, spec.script.join('\n'), `the job installs keepalived-tools@${VERSION}`);
    const prefix = path.join(pkg.tmp, 'gl-prefix');
    const env = offlineEnv({ npm_config_prefix: prefix, PATH: `${path.join(prefix, 'bin')}${path.delimiter}${offlineEnv().PATH ?? ''}` });
    const work = repository(path.join(pkg.tmp, 'gl'), { 'keepalived/lb1.conf': BROKEN, 'keepalived/lb2.conf': CLEAN });
    const r = spawnSync('bash', ['-e', '-c', script], { cwd: work, encoding: 'utf8', env });
    assert.equal(r.status, 1, r.stdout + r.stderr);
    const issues = JSON.parse(fs.readFileSync(path.join(work, report), 'utf8')) as { check_name: string; location: { path: string } }[];
    assert.deepEqual(codeQualityValidator()(issues), []);
    assert.ok(issues.some((i) => i.check_name === 'extra-close-brace' && i.location.path === 'keepalived/lb1.conf'));
    assert.match(r.stdout, /keepalived\/lb1\.conf\n[\s\S]*unknown-keyword/);
    fs.writeFileSync(path.join(work, 'keepalived/lb1.conf'), CLEAN);
    assert.equal(spawnSync('bash', ['-e', '-c', script], { cwd: work, encoding: 'utf8', env }).status, 0);
  });
});
