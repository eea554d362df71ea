/**
 * Shared helpers for the Kolla tests (fixtures, compact golden text for issues), plus a test that
 * the fixtures are where the other tests expect them.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Issue, Span } from '../../server/src/language/issue';
import { buildKollaContext, type KollaContext, type KollaOptions, type SourceText } from '../../server/src/language/kolla';

/** out/test/unit → test/fixtures/kolla */
export const FIXTURES = path.resolve(__dirname, '../../../test/fixtures/kolla');
/** Kolla's real files, when the shared reference folder exists on this machine (never copied). */
export const REFERENCE = '/work/shared/reference/kolla';

export function fixture(rel: string): SourceText {
  const file = path.join(FIXTURES, rel);
  return { file, text: fs.readFileSync(file, 'utf8') };
}

export function optionalFixture(rel: string): SourceText | undefined {
  return fs.existsSync(path.join(FIXTURES, rel)) ? fixture(rel) : undefined;
}

/** Context for a fixture folder (globals.yml, multinode, passwords.yml when present). */
export function fixtureContext(dir: string, options: KollaOptions = {}, template?: { file: string; text: string }): KollaContext {
  return buildKollaContext(
    { globals: fixture(`${dir}/globals.yml`), inventory: optionalFixture(`${dir}/multinode`), passwords: optionalFixture(`${dir}/passwords.yml`), template },
    options,
  );
}

/** Context from inline texts. */
export function inlineContext(globals: string, inventory?: string, passwords?: string, options: KollaOptions = {}): KollaContext {
  return buildKollaContext(
    {
      globals: { file: 'globals.yml', text: globals },
      inventory: inventory === undefined ? undefined : { file: 'multinode', text: inventory },
      passwords: passwords === undefined ? undefined : { file: 'passwords.yml', text: passwords },
    },
    options,
  );
}

/** 1-based line:col of an offset. */
export function lineCol(text: string, offset: number): string {
  const before = text.slice(0, offset).split('\n');
  return `${before.length}:${before[before.length - 1]!.length + 1}`; // split gives at least one part
}

/** `file:3:5-3:12 error code` for each issue, in order. */
export function golden(issues: readonly Issue[], texts: Record<string, string>): string[] {
  return issues.map((i) => {
    const text = texts[i.span.file] ?? '';
    return `${path.basename(i.span.file)}:${lineCol(text, i.span.start)}-${lineCol(text, i.span.end)} ${i.severity} ${i.code}`;
  });
}

/** The text a span covers, reading fixture files from disk (inline files: pass `texts`). */
export function spanText(span: Span | undefined, texts: Record<string, string> = {}): string {
  if (!span) return '';
  const text = texts[span.file] ?? (fs.existsSync(span.file) ? fs.readFileSync(span.file, 'utf8') : '');
  return text.slice(span.start, span.end);
}

describe('kolla fixtures', () => {
  it('has the clean and broken deployments', () => {
    for (const rel of ['clean/globals.yml', 'clean/multinode', 'clean/passwords.yml', 'broken/globals.yml', 'broken-vip/globals.yml']) {
      assert.ok(fs.existsSync(path.join(FIXTURES, rel)), `missing fixture ${rel}`);
    }
    for (const h of ['control01', 'control02', 'control03']) {
      assert.ok(fs.existsSync(path.join(FIXTURES, 'clean/expected', `${h}.conf`)), `missing expected render for ${h}`);
    }
  });

  it('computes line:col', () => {
    assert.equal(lineCol('ab\ncd', 4), '2:2');
    assert.equal(lineCol('ab\ncd', 0), '1:1');
  });
});
