/**
 * Real keepalived templates (../shared/corpus/templates: Jinja2, ERB, Go, envsubst) linted on
 * their own, as keepalived-lint does: every genuine finding of cases.json is reported on its line;
 * no other warning or error appears except on lines cases.json allows (deployment-dependent) and
 * the consequences keepalived's brace rules give a genuine misplaced block (it closes the enclosing
 * block early, so what follows lands at the top level); and a mistake seeded on literal text next
 * to template code is found on its line. The corpus lives beside the clone (CI always has it); the
 * suite says so plainly and skips when it is absent.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCliCaptured } from '../support/cli';
import { sharedDir } from '../support/shared';

interface Genuine {
  readonly line: number;
  readonly code: string;
}
interface Case {
  readonly path: string;
  readonly engine: string;
  readonly genuine: readonly Genuine[];
  readonly allow?: readonly number[];
}
interface Diagnostic {
  readonly line: number;
  readonly code: string;
  readonly severity: string;
}

/**
 * Findings keepalived itself prints on a line cases.json does not list, each with the keepalived
 * 2.2.7 message that makes it genuine (cases.json was written when our catalogue still called the
 * keyword a silent old name).
 */
const ALSO_GENUINE: Readonly<Record<string, readonly Genuine[]>> = {
  // vrrp_parser.c, vrrp_gglobal_tracking_handler: "(%s) global_tracking is deprecated. Use track_interface/script/file on the sync group"
  '07-evrardjp-keepalived-osa.j2': [{ line: 111, code: 'deprecated-keyword' }],
};

/** Codes a misplaced block sets off: its '{' opens nothing, its '}' closes the block around it. */
const BRACE_CONSEQUENCES = new Set(['wrong-block', 'unexpected-open-brace', 'extra-close-brace', 'unknown-keyword']);

function lintFile(file: string, cwd: string): Diagnostic[] {
  const r = runCliCaptured(['--format', 'json', file], cwd);
  assert.notEqual(r.code, 2, r.stderr);
  return (JSON.parse(r.stdout) as { diagnostics: Diagnostic[] }).diagnostics;
}

describe('real templates (../shared/corpus/templates)', function () {
  this.timeout(30000);
  const shared = sharedDir();
  const dir = shared && path.join(shared, 'corpus/templates');
  if (!dir || !fs.existsSync(path.join(dir, 'cases.json'))) {
    it('skipped: ../shared/corpus/templates is not beside this clone (CI always has it)', function () {
      this.skip();
    });
    return;
  }
  const cases = JSON.parse(fs.readFileSync(path.join(dir, 'cases.json'), 'utf8')) as Case[];

  for (const c of cases) {
    const file = path.join(dir, c.path);
    it(`${path.basename(c.path)} (${c.engine}): the genuine findings, and nothing caused by the template syntax`, () => {
      const found = lintFile(file, dir).filter((d) => d.severity === 'error' || d.severity === 'warning');
      for (const g of c.genuine)
        assert.ok(
          found.some((d) => d.line === g.line && d.code === g.code),
          `missing ${g.code} on line ${g.line}; found ${found.map((d) => `${d.line}:${d.code}`).join(', ')}`,
        );
      const firstMisplaced = Math.min(...c.genuine.filter((g) => BRACE_CONSEQUENCES.has(g.code)).map((g) => g.line));
      const genuine = [...c.genuine, ...(ALSO_GENUINE[path.basename(c.path)] ?? [])];
      const extra = found.filter(
        (d) =>
          !genuine.some((g) => g.line === d.line && g.code === d.code) &&
          !(c.allow ?? []).includes(d.line) &&
          !(d.line >= firstMisplaced && BRACE_CONSEQUENCES.has(d.code)),
      );
      assert.deepEqual(
        extra.map((d) => `${d.line}:${d.code}`),
        [],
        'findings caused by template syntax',
      );
    });

    it(`${path.basename(c.path)}: a misspelled keyword seeded next to template code is found on its line`, () => {
      const text = fs.readFileSync(file, 'utf8');
      const lines = text.split('\n');
      // the first instance's opening line, and a literal line right after it
      const at = lines.findIndex((l) => /^\s*vrrp_instance\b.*\{\s*$/.test(l) || /^\s*vrrp_instance\b/.test(l));
      assert.ok(at >= 0, 'every corpus template holds a vrrp_instance');
      lines.splice(at + 1, 0, '    priorty 100');
      const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kl-tpl-'));
      try {
        const seeded = path.join(tmp, path.basename(c.path));
        fs.writeFileSync(seeded, lines.join('\n'));
        const found = lintFile(seeded, tmp);
        assert.ok(
          found.some((d) => d.line === at + 2 && d.code === 'unknown-keyword'),
          `no unknown-keyword on line ${at + 2}: ${found.map((d) => `${d.line}:${d.code}`).join(', ')}`,
        );
      } finally {
        fs.rmSync(tmp, { recursive: true, force: true });
      }
    });
  }
});
