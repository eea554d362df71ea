/**
 * Corpus parity: on keepalived's own samples and on real-world configurations, we report
 * every finding `keepalived -t` 2.2.7 reports (KEEPALIVED-T.txt, recorded beside each corpus),
 * on its line, and no warning or error where keepalived is silent — except the mistakes
 * keepalived does not catch, which we report on purpose (MISSES).
 *
 * The corpus lives in ../shared beside the clone (CI always has it); the suite says so
 * plainly and skips when it is absent. Nothing from it is copied into the project.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createNodeHost } from '../../server/src/host/nodeHost';
import { lint } from '../../server/src/language/index';
import type { Issue } from '../../server/src/language/issue';
import { sharedDir } from '../support/shared';

interface Finding {
  readonly line?: number;
  readonly message: string;
  /** Printed because of the recording host (a missing script, include file, user...): allowed on its line, not required. */
  readonly host?: boolean;
}

interface Expected {
  readonly rc: number;
  readonly findings: Finding[];
}

/** Read KEEPALIVED-T.txt: host-dependent lines marked (allowed, not required), `# with its scripts present:` findings kept. */
export function readVerdicts(file: string): Map<string, Expected> {
  const out = new Map<string, Expected>();
  let cur: Expected | undefined;
  for (const raw of fs.readFileSync(file, 'utf8').split('\n')) {
    const head = /^== (\S+) rc=(\d+)/.exec(raw);
    if (head) {
      cur = { rc: Number(head[2]), findings: [] };
      out.set(head[1]!, cur);
      continue;
    }
    if (!cur || raw.trim() === '') continue;
    const host = raw.endsWith('[host]');
    let line = host ? raw.slice(0, -'[host]'.length).trimEnd() : raw;
    if (line.startsWith('#')) {
      const m = /^# with its scripts present: (?!rc=)(.*)$/.exec(line);
      if (!m) continue;
      line = m[1]!;
    }
    const lm = /^\((?:[^:)]*: )?Line (\d+)\) (.*)$/.exec(line);
    const f: Finding = lm ? { line: Number(lm[1]), message: lm[2]! } : { message: line.trim() };
    cur.findings.push(host ? { ...f, host } : f);
  }
  return out;
}

/** keepalived messages printed without a line number, and the codes that report them. */
const UNLINED: [RegExp, string[]][] = [
  [/SECURITY VIOLATION/, ['script-security']],
  [/Initial state master is incompatible with AH/, ['auth-ah-master']],
  [/protocol specified for fwmark/, ['fwmark-protocol']],
  [/Sync group .* has no virtual router/, ['sync-group-empty']],
  [/no scheduler set, setting default/, ['lvs-scheduler']],
  [/nopreempt will not work with initial state MASTER/, ['nopreempt-master']],
  [/ignoring tracked script .* with weights due to address_owner/, ['tracker-weight-owner']],
  [/does not support authentication/, ['auth-ignored']],
  [/No VIP specified/, ['vip-missing']],
  [/Ignoring track_interface .* since own interface/, ['track-interface-own']],
  [/There are \d+ missing '}'s/, ['missing-close-brace']],
  [/Extra '}' found/, ['extra-close-brace']],
  [/no forwarding method set, setting default NAT/, ['lvs-method-missing']],
];

/** keepalived messages with a line number that also explain one of our codes on another line. */
const LINED_ELSEWHERE: [RegExp, string[]][] = [
  // keepalived notices the missing '{' on the next line; we point at the keyword that needs it.
  [/Missing '\{' at beginning of configuration block/, ['missing-open-brace']],
];

/** Mistakes keepalived accepts silently that we report (the issue's list); allowed where keepalived says nothing. */
export const MISSES = new Set([
  'mid-word-comment',
  'unicast-self-peer',
  'vip-own-address',
  'vip-outside-subnet',
  'unknown-interface',
  'script-security',
  'argument-extra',
  'script-arguments',
  'notify-user-argument',
  'unused-script',
  'deprecated-keyword',
  'alpha-argument',
  // A block swallowed by another block's brace-counted skip (file 21: vrrp_script blocks written inside
  // global_defs): keepalived only reports the stray '}', never that the VRRP process lost the block.
  'block-swallowed',
]);

const shared = sharedDir();

function lintFile(file: string, configId?: string): Issue[] {
  return lint(file, fs.readFileSync(file, 'utf8'), createNodeHost(), { configId }).issues;
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** What is wrong with our issues for one corpus file, as readable lines (empty = parity). */
export function parityProblems(file: string, expected: Expected, issues: Issue[]): string[] {
  const text = fs.readFileSync(file, 'utf8');
  const problems: string[] = [];
  const at = issues.filter((i) => i.span.file === file).map((i) => ({ i, line: lineOf(text, i.span.start) }));
  const explainedCodes = new Set<string>();
  const linesWithFindings = new Set<number>();
  for (const f of expected.findings) {
    if (f.host) {
      // the recording host lacked something the configuration names: keepalived's message may be ours too, on its line
      if (f.line !== undefined) linesWithFindings.add(f.line);
      continue;
    }
    if (f.line !== undefined) {
      linesWithFindings.add(f.line);
      for (const [re, codes] of LINED_ELSEWHERE) if (re.test(f.message)) for (const c of codes) explainedCodes.add(c);
      if (!at.some((x) => x.line === f.line && x.i.severity !== 'hint')) problems.push(`missing on line ${f.line}: ${f.message}`);
      continue;
    }
    const entry = UNLINED.find(([re]) => re.test(f.message));
    if (!entry) {
      problems.push(`no code known for keepalived's message: ${f.message}`);
      continue;
    }
    for (const c of entry[1]) explainedCodes.add(c);
    if (!issues.some((i) => entry[1].includes(i.code))) problems.push(`missing (${entry[1].join('|')}): ${f.message}`);
  }
  for (const { i, line } of at) {
    if (i.severity !== 'error' && i.severity !== 'warning') continue;
    if (linesWithFindings.has(line) || explainedCodes.has(i.code) || MISSES.has(i.code)) continue;
    problems.push(`keepalived is silent but we report line ${line} ${i.severity} ${i.code}: ${i.message}`);
  }
  return problems;
}

for (const corpus of ['keepalived-samples', 'real-world']) {
  describe(`corpus parity: ${corpus}`, function () {
    this.timeout(20000);
    if (!shared) {
      it('needs ../shared/corpus beside the clone', function () {
        console.log(`    ../shared/corpus is absent: corpus parity (${corpus}) cannot be checked here`);
        this.skip();
      });
      return;
    }
    const dir = path.join(shared, 'corpus', corpus);
    const verdicts = readVerdicts(path.join(dir, 'KEEPALIVED-T.txt'));
    const fileDir = fs.existsSync(path.join(dir, 'files')) ? path.join(dir, 'files') : dir;
    it('has a verdict for every file', () => {
      const files = fs.readdirSync(fileDir).filter((f) => !f.endsWith('.txt') && !f.endsWith('.md'));
      assert.deepEqual(
        files.filter((f) => !verdicts.has(f)),
        [],
      );
    });
    for (const [name, expected] of verdicts) {
      const configId = name === 'keepalived.conf.conditional_conf' ? 'high' : undefined;
      it(`${name}${configId ? ` (config id ${configId})` : ''}`, () => {
        const file = path.join(fileDir, name);
        const problems = parityProblems(file, expected, lintFile(file, configId));
        assert.deepEqual(problems, []);
      });
    }
    if (corpus === 'keepalived-samples') {
      it('keepalived.conf.conditional_conf with a config id that matches no line', () => {
        const file = path.join(fileDir, 'keepalived.conf.conditional_conf');
        const expected: Expected = {
          rc: 5,
          findings: [
            { line: 13, message: 'No script set for vrrp_script check_VI_0' },
            { line: 25, message: 'track script check_VI_0 not found' },
          ],
        };
        assert.deepEqual(parityProblems(file, expected, lintFile(file)), []);
      });
    }
  });
}
