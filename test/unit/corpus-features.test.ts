/**
 * The editor features on real configurations: keepalived's own samples and the real-world corpus
 * (../shared/corpus beside the clone; the suite says so and skips when it is absent). On every file:
 *  - formatting is idempotent and keeps what keepalived reads (the statements: keywords, arguments,
 *    block structure) and what we report (each finding's code and message);
 *  - every keyword keepalived accepts where it stands, each of its arguments and every word of a
 *    value line has a hover;
 *  - every reference that resolves goes to its definition, and renaming any definition keeps the
 *    findings (no reference left dangling);
 *  - at a new line in every block, completion offers keywords of that block only;
 *  - the outline and the folding ranges are well formed, also with any one brace removed.
 * Nothing from the corpus is copied into the project.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createNodeHost } from '../../server/src/host/nodeHost';
import { lookup, ROOT } from '../../server/src/language/catalogue/index';
import { complete } from '../../server/src/language/features/completion';
import { foldingRanges } from '../../server/src/language/features/folding';
import { formatText, type FormatOptions } from '../../server/src/language/features/format';
import { hover } from '../../server/src/language/features/hover';
import { definitionOf, rename } from '../../server/src/language/features/navigation';
import { documentSymbols, type OutlineSymbol } from '../../server/src/language/features/symbols';
import { lint, type LintResult } from '../../server/src/language/index';
import type { Span } from '../../server/src/language/issue';
import { walk, type Statement } from '../../server/src/language/syntax/ast';
import { sharedDir } from '../support/shared';

const shared = sharedDir();

/** Lint `text` as the file `file` (includes resolved beside it). */
function lintAs(file: string, text: string): LintResult {
  return lint(file, text, createNodeHost({ overlay: (p) => (p === file ? text : undefined) }));
}

const lineOf = (text: string, offset: number): number => text.slice(0, offset).split('\n').length;

/** What keepalived reads, statement by statement: depth, block, keyword, arguments (quoted ones marked), body. */
function statements(r: LintResult): string[] {
  const depth = (s: Statement) => {
    let d = 0;
    for (let p = s.parent; p; p = p.parent) d++;
    return d;
  };
  return [...walk(r.model.parsed.statements)].map(
    (s) =>
      `${depth(s)} ${s.blockId} ${s.keyword.value} ${s.args.map((a) => (a.quoted ? JSON.stringify(a.value) : a.value)).join(' ')}${s.body ? ` {${s.body.close ? '}' : ''}` : ''}`,
  );
}

const findings = (r: LintResult): string[] => r.issues.map((i) => `${i.code}: ${i.message}`).sort();

/** The first difference of two lists, or undefined when they are equal. */
function firstDifference(a: readonly string[], b: readonly string[]): string | undefined {
  for (let i = 0; i < Math.max(a.length, b.length); i++) if (a[i] !== b[i]) return `#${i}: ${a[i] ?? '(none)'} → ${b[i] ?? '(none)'}`;
  return undefined;
}

const FORMATS: [string, FormatOptions][] = [
  ['4 spaces', { tabSize: 4, insertSpaces: true }],
  ['tabs, final newline, trimmed', { tabSize: 2, insertSpaces: false, insertFinalNewline: true, trimFinalNewlines: true }],
];

function formattingProblems(file: string, text: string, before: LintResult): string[] {
  const problems: string[] = [];
  for (const [name, o] of FORMATS) {
    const once = formatText(text, o);
    if (formatText(once, o) !== once) problems.push(`${name}: formatting twice changes the text`);
    const after = lintAs(file, once);
    const s = firstDifference(statements(before), statements(after));
    if (s) problems.push(`${name}: statements differ at ${s}`);
    const f = firstDifference(findings(before), findings(after));
    if (f) problems.push(`${name}: findings differ at ${f}`);
  }
  return problems;
}

function hoverProblems(file: string, text: string, r: LintResult): string[] {
  const problems: string[] = [];
  const ctx = { model: r.model, file };
  for (const s of walk(r.model.parsed.statements)) {
    // the words of a statement keepalived reads as written (not a line it rejects, not an expansion)
    if ((!s.def && !s.isValue) || s.span.file !== file) continue;
    for (const [i, w] of [s.keyword, ...s.args].entries()) {
      if (w.synthetic || w.span.file !== file) continue;
      const h = hover(ctx, w.span.start);
      const what = i === 0 && !s.isValue ? `keyword '${w.value}'` : `'${w.value}' of ${s.isValue ? `a ${s.blockId} line` : s.keyword.value}`;
      if (!h) problems.push(`line ${lineOf(text, w.span.start)}: no hover on ${what}`);
      else if (i === 0 && !s.isValue && !h.markdown.includes(`**${s.keyword.value}**`))
        problems.push(`line ${lineOf(text, w.span.start)}: the hover on ${what} does not name it`);
    }
  }
  return problems;
}

function navigationProblems(file: string, text: string, r: LintResult): string[] {
  const problems: string[] = [];
  const ctx = { model: r.model, file };
  const sameSpan = (a: Span | undefined, b: Span) => a !== undefined && a.file === b.file && a.start === b.start && a.end === b.end;
  for (const ref of r.model.symbols.references) {
    if (ref.word.synthetic || ref.word.span.file !== file) continue;
    const target = r.model.symbols.lookup(ref.kind, ref.name);
    const defs = definitionOf(ctx, ref.word.span.start + (ref.word.quoted ? 1 : 0));
    if (target ? !(defs.length === 1 && sameSpan(defs[0], target.nameWord.span)) : defs.length > 0) {
      problems.push(`line ${lineOf(text, ref.word.span.start)}: definition of ${ref.kind} '${ref.name}'`);
    }
  }
  const codes = (x: LintResult) => x.issues.map((i) => i.code).sort();
  for (const d of r.model.symbols.definitions) {
    if (d.nameWord.synthetic || d.nameWord.span.file !== file) continue;
    const result = rename(ctx, d.nameWord.span.start + (d.nameWord.quoted ? 1 : 0), `${d.name}_renamed`);
    if ('error' in result) {
      problems.push(`line ${lineOf(text, d.nameWord.span.start)}: rename of '${d.name}' refused: ${result.error}`);
      continue;
    }
    let renamed = text;
    for (const e of [...result.edits].filter((x) => x.span.file === file).sort((a, b) => b.span.start - a.span.start)) {
      renamed = renamed.slice(0, e.span.start) + e.newText + renamed.slice(e.span.end);
    }
    const diff = firstDifference(codes(r), codes(lintAs(file, renamed)));
    if (diff) problems.push(`line ${lineOf(text, d.nameWord.span.start)}: renaming '${d.name}' changes the findings at ${diff}`);
  }
  return problems;
}

function completionProblems(file: string, text: string, r: LintResult): string[] {
  const problems: string[] = [];
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  for (const s of walk(r.model.parsed.statements)) {
    const b = s.body;
    if (b?.kind !== 'section' || !b.open || b.open.synthetic || b.open.span.file !== file) continue;
    // a new empty line right after the `{`
    const at = b.open.span.end;
    const edited = text.slice(0, at) + eol + eol + text.slice(at);
    const result = complete({ model: lintAs(file, edited).model, file }, at + eol.length);
    const keywords = (result?.items ?? []).filter((i) => i.kind === 'keyword' || i.kind === 'block').map((i) => i.label);
    const where = `line ${lineOf(text, at)} (${b.id})`;
    if (keywords.length === 0) problems.push(`${where}: no keyword offered`);
    const foreign = keywords.filter((k) => !lookup(b.id, k) && !(k === 'include' && lookup(ROOT, k)));
    if (foreign.length > 0) problems.push(`${where}: offers ${foreign.join(', ')}`);
  }
  return problems;
}

/** Outline ranges inside the file, each name inside its range, each child inside its parent; folds inside the file. */
function wellFormed(file: string, text: string): string[] {
  const problems: string[] = [];
  const r = lintAs(file, text);
  const inside = (a: Span, b: Span) => a.file === b.file && a.start >= b.start && a.end <= b.end;
  const whole: Span = { file, start: 0, end: text.length };
  const check = (s: OutlineSymbol, parent: Span) => {
    if (!inside(s.span, parent)) problems.push(`symbol '${s.name}' ${s.span.start}-${s.span.end} outside ${parent.start}-${parent.end}`);
    if (!inside(s.selection, s.span)) problems.push(`symbol '${s.name}': its name lies outside its range`);
    for (const c of s.children) check(c, s.span);
  };
  for (const s of documentSymbols({ model: r.model, file })) check(s, whole);
  const lines = text.split('\n').length;
  for (const f of foldingRanges(text))
    if (f.startLine < 0 || f.startLine >= f.endLine || f.endLine >= lines) problems.push(`fold ${f.startLine}-${f.endLine} of ${lines} lines`);
  return problems;
}

/** wellFormed on the file, and on the file with each of its braces removed in turn. */
function structureProblems(file: string, text: string): string[] {
  const problems = wellFormed(file, text);
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== '{' && text[i] !== '}') continue;
    for (const p of wellFormed(file, text.slice(0, i) + text.slice(i + 1))) problems.push(`without the brace at ${lineOf(text, i)}: ${p}`);
  }
  return problems;
}

function corpusFiles(dir: string): string[] {
  return fs
    .readdirSync(dir)
    .filter((f) => !f.endsWith('.txt') && !f.endsWith('.md'))
    .map((f) => path.join(dir, f));
}

for (const corpus of ['keepalived-samples', 'real-world']) {
  describe(`editor features on the corpus: ${corpus}`, function () {
    this.timeout(60000);
    if (!shared) {
      it('needs ../shared/corpus beside the clone', function () {
        console.log(`    ../shared/corpus is absent: the editor features cannot be checked on ${corpus}`);
        this.skip();
      });
      return;
    }
    const root = path.join(shared, 'corpus', corpus);
    const files = corpusFiles(fs.existsSync(path.join(root, 'files')) ? path.join(root, 'files') : root);
    const checks: [string, (file: string, text: string, r: LintResult) => string[]][] = [
      ['formatting is idempotent and keeps the statements and the findings', formattingProblems],
      ['every keyword, argument and value word keepalived reads has a hover', hoverProblems],
      ['references go to their definition; renaming a definition keeps the findings', navigationProblems],
      ['completion at a new line of a block offers that block’s keywords only', completionProblems],
      ['outline and folding ranges are well formed, also with any one brace removed', (file, text) => structureProblems(file, text)],
    ];
    for (const [name, check] of checks) {
      it(name, () => {
        assert.ok(files.length > 5, `${root} holds the corpus`);
        const problems: string[] = [];
        for (const file of files) {
          const text = fs.readFileSync(file, 'utf8');
          for (const p of check(file, text, lintAs(file, text))) problems.push(`${path.basename(file)}: ${p}`);
        }
        assert.deepEqual(problems, []);
      });
    }
  });
}
