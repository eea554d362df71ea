/**
 * The npm package as a user gets it, made once per test process: `scripts/pack-npm.mjs` stages
 * and packs it (npm pack), and the tarball is installed with `npm install -g --offline` into a
 * temporary prefix — no registry involved, the package has no dependencies. Also the JSON
 * schemas the CI outputs are validated against (ajv).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import Ajv from 'ajv';
import AjvDraft04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { repoRoot } from './shared';

export interface NpmPackage {
  /** A temporary folder for this process (removed at exit). */
  readonly tmp: string;
  /** The staged package folder (the tarball's contents). */
  readonly stage: string;
  readonly tarball: string;
  /** `npm pack`'s own account: packed and unpacked size, the files. */
  readonly packed: { readonly size: number; readonly unpackedSize: number; readonly files: readonly string[] };
  /** The prefix the tarball was installed into; its bin/ holds the two programs. */
  readonly prefix: string;
  bin(name: 'keepalived-lint' | 'keepalived-language-server'): string;
  /** The environment to run installed programs with (node on PATH, npm offline). */
  readonly env: NodeJS.ProcessEnv;
}

let made: NpmPackage | undefined;

let cacheHome: string | undefined;

/** An XDG cache of the test run's own: the installed keepalived-lint keeps its code cache there, not in the user's ~/.cache. */
function testCacheHome(): string {
  if (cacheHome === undefined) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kt-xdg-cache-'));
    cacheHome = dir;
    process.once('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
  }
  return cacheHome;
}

/** An environment where npm never reaches a registry, node is on PATH and caches stay in the test's own folder. */
export function offlineEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    XDG_CACHE_HOME: testCacheHome(),
    PATH: `${path.dirname(process.execPath)}${path.delimiter}${process.env.PATH ?? ''}`,
    npm_config_offline: 'true',
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
    ...extra,
  };
}

export function npmPackage(): NpmPackage {
  if (made) return made;
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kt-npm-'));
  process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));
  const stage = path.join(tmp, 'stage');
  const tarball = execFileSync(process.execPath, [path.join(repoRoot, 'scripts/pack-npm.mjs'), '--stage', stage, '--out', tmp], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  })
    .trim()
    .split('\n')
    .pop()!;
  const dry = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json'], { cwd: stage, encoding: 'utf8', env: offlineEnv() })) as {
    size: number;
    unpackedSize: number;
    files: { path: string }[];
  }[];
  const info = dry[0]!;
  const prefix = path.join(tmp, 'prefix');
  const r = spawnSync('npm', ['install', '-g', '--prefix', prefix, tarball], { encoding: 'utf8', env: offlineEnv() });
  if (r.status !== 0) throw new Error(`npm install -g ${tarball} failed: ${r.stderr}`);
  made = {
    tmp,
    stage,
    tarball,
    packed: { size: info.size, unpackedSize: info.unpackedSize, files: info.files.map((f) => f.path).sort() },
    prefix,
    bin: (name) => path.join(prefix, 'bin', name),
    env: offlineEnv(),
  };
  return made;
}

/** SARIF 2.1.0 (the schema as @microsoft/jest-sarif ships it, draft-04), with its formats checked. */
export function sarifValidator(): (doc: unknown) => string[] {
  // the schema's own `language` pattern is not valid under the `u` flag: plain RegExps
  const ajv = new AjvDraft04({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  const schema = JSON.parse(fs.readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8')) as object;
  const validate = ajv.compile(schema);
  return (doc) => (validate(doc) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`));
}

/**
 * What GitLab reads from a Code Quality report (its documentation's required fields): an array
 * of issues, each with a description, a check_name, a fingerprint, a severity of GitLab's five,
 * and a location with the path and the first line.
 */
export const CODE_QUALITY_SCHEMA = {
  type: 'array',
  items: {
    type: 'object',
    required: ['description', 'check_name', 'fingerprint', 'severity', 'location'],
    properties: {
      description: { type: 'string', minLength: 1 },
      check_name: { type: 'string', minLength: 1 },
      fingerprint: { type: 'string', minLength: 1 },
      severity: { enum: ['info', 'minor', 'major', 'critical', 'blocker'] },
      location: {
        type: 'object',
        required: ['path', 'lines'],
        properties: {
          path: { type: 'string', minLength: 1, not: { pattern: '^/' } },
          lines: { type: 'object', required: ['begin'], properties: { begin: { type: 'integer', minimum: 1 }, end: { type: 'integer', minimum: 1 } } },
        },
      },
    },
  },
} as const;

export function codeQualityValidator(): (doc: unknown) => string[] {
  const ajv = new Ajv({ allErrors: true, strict: true });
  const validate = ajv.compile(CODE_QUALITY_SCHEMA);
  return (doc) => {
    const errors = validate(doc) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`);
    // GitLab tells findings apart by fingerprint
    const prints = Array.isArray(doc) ? (doc as { fingerprint?: string }[]).map((d) => d.fingerprint) : [];
    if (new Set(prints).size !== prints.length) errors.push('two findings share a fingerprint');
    return errors;
  };
}
