/**
 * The house as drawn in the architecture guide: the direction of imports between folders.
 * A violation fails here, naming the file and the import.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { functionLengths, functionLengthsOf, type FunctionLength } from '../support/functionLengths';
import { repoRoot } from '../support/shared';

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...sources(p));
    else if (e.name.endsWith('.ts')) out.push(p);
  }
  return out;
}

function importsOf(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  const out: string[] = [];
  for (const m of text.matchAll(/^\s*(?:import|export)\s[^;]*?from\s+['"]([^'"]+)['"]/gm)) out.push(m[1]!);
  for (const m of text.matchAll(/require\(\s*['"]([^'"]+)['"]\s*\)/g)) out.push(m[1]!);
  return out;
}

/** Resolve a relative import to a repo-relative path (without extension). */
function target(file: string, spec: string): string | undefined {
  if (!spec.startsWith('.')) return undefined;
  return path.relative(repoRoot, path.resolve(path.dirname(file), spec));
}

const rel = (f: string) => path.relative(repoRoot, f);

function violations(dir: string, check: (file: string, spec: string, to: string | undefined) => string | undefined): string[] {
  const out: string[] = [];
  const abs = path.join(repoRoot, dir);
  if (!fs.existsSync(abs)) return out;
  for (const f of sources(abs)) {
    for (const spec of importsOf(f)) {
      const why = check(f, spec, target(f, spec));
      if (why) out.push(`${rel(f)} imports '${spec}': ${why}`);
    }
  }
  return out;
}

describe('architecture: direction of imports', () => {
  it('the language core imports no VS Code or LSP server package, and nothing outside itself', () => {
    const v = violations('server/src/language', (_f, spec, to) => {
      if (
        spec === 'vscode' ||
        (spec.startsWith('vscode-languageserver') && spec !== 'vscode-languageserver-types' && spec !== 'vscode-languageserver-textdocument')
      )
        return 'the core must not know about VS Code or LSP';
      if (spec.startsWith('node:') || ['fs', 'path', 'child_process', 'os'].includes(spec)) return 'the core does no I/O (use the ConfigHost)';
      // shared/protocol.ts: the plain request types shared with the client, declared once
      if (to && !to.startsWith('server/src/language') && !to.startsWith('server/src/shared/')) return 'the core imports only itself';
      return undefined;
    });
    assert.deepEqual(v, []);
  });

  it('the catalogue imports nothing but itself', () => {
    assert.deepEqual(
      violations('server/src/language/catalogue', (_f, spec, to) =>
        to && !to.startsWith('server/src/language/catalogue')
          ? 'catalogue/ imports nothing'
          : !to && spec !== undefined
            ? 'no packages in the catalogue'
            : undefined,
      ),
      [],
    );
  });

  it('syntax/ knows nothing of validation, analysis or features', () => {
    assert.deepEqual(
      violations('server/src/language/syntax', (_f, _spec, to) =>
        to && /server\/src\/language\/(validation|analysis|features|election|kolla)/.test(to) ? 'syntax/ sits below them' : undefined,
      ),
      [],
    );
  });

  it('validation rules never import each other', () => {
    assert.deepEqual(
      violations('server/src/language/validation/rules', (_f, _spec, to) =>
        to && to.startsWith('server/src/language/validation/rules/') ? 'rules are independent' : undefined,
      ),
      [],
    );
  });

  it('the client never imports server code', () => {
    assert.deepEqual(
      violations('client/src', (_f, spec, to) =>
        to && to.startsWith('server/') && !to.startsWith('server/src/shared')
          ? 'share only request names/types through a tiny shared module'
          : spec.startsWith('vscode-languageserver/')
            ? 'the client uses vscode-languageclient'
            : undefined,
      ),
      [],
    );
  });

  it('the CLI and LSP adapters do not reach into each other', () => {
    assert.deepEqual(
      violations('server/src/cli', (_f, _spec, to) => (to && to.startsWith('server/src/lsp') ? 'the CLI does not use the LSP adapters' : undefined)),
      [],
    );
    assert.deepEqual(
      violations('server/src/lsp', (_f, _spec, to) => (to && to.startsWith('server/src/cli') ? 'the server does not use the CLI' : undefined)),
      [],
    );
  });

  it('the CLI and the LSP adapters use the core only through its facade (language/project/index.ts)', () => {
    for (const dir of ['server/src/cli', 'server/src/lsp']) {
      const v = violations(dir, (_f, _spec, to) =>
        to && to.startsWith('server/src/language') && to !== 'server/src/language/project/index'
          ? "use the project facade, not the core's inner folders"
          : undefined,
      );
      assert.deepEqual(v, [], dir);
    }
    assert.deepEqual(
      violations('server/src', (f, _spec, to) =>
        rel(f) === 'server/src/server.ts' && to?.startsWith('server/src/language') && to !== 'server/src/language/project/index'
          ? 'use the project facade'
          : undefined,
      ),
      [],
    );
  });

  it('the language server does no file-system calls of its own (it reads through the project host)', () => {
    assert.deepEqual(
      violations('server/src/lsp', (_f, spec) =>
        spec === 'node:fs' || spec === 'fs' || spec === 'fs/promises' || spec === 'node:fs/promises' ? 'read through the ConfigHost' : undefined,
      ),
      [],
    );
  });

  it('the core has no import cycle between its folders', () => {
    // a folder is a unit; the files at the top (issue.ts, host.ts, index.ts) are one each
    const folderOf = (p: string) => /^server\/src\/language\/([^/]+)\//.exec(p)?.[1] ?? /^server\/src\/language\/([^/]+)\.ts$/.exec(p)?.[1];
    const edges = new Map<string, Set<string>>();
    for (const f of sources(path.join(repoRoot, 'server/src/language'))) {
      const from = folderOf(rel(f))!;
      for (const spec of importsOf(f)) {
        const to = target(f, spec);
        const dest = to ? (folderOf(`${to}.ts`) ?? folderOf(`${to}/index.ts`)) : undefined;
        if (!dest || dest === from) continue;
        if (!edges.has(from)) edges.set(from, new Set());
        edges.get(from)!.add(dest);
      }
    }
    // every path between folders, searched from each folder: a cycle comes back to its start
    const cycles: string[] = [];
    for (const start of edges.keys()) {
      const stack: string[][] = [[start]];
      const seen = new Set<string>();
      while (stack.length > 0) {
        const trail = stack.pop()!;
        for (const next of edges.get(trail[trail.length - 1]!) ?? []) {
          if (next === start) cycles.push([...trail, next].join(' → '));
          else if (!seen.has(next)) {
            seen.add(next);
            stack.push([...trail, next]);
          }
        }
      }
    }
    assert.deepEqual(cycles, []);
  });
});

/**
 * No function in server/src or client/src grows past MAX_FUNCTION_LINES (first line to last,
 * nested callbacks included): a longer one is split along its ideas (a reader per option, a
 * handler per event...), not into arbitrary chunks. An exception names the function and why.
 */
const MAX_FUNCTION_LINES = 100;
/** `file:name` → why it may be longer (none today: data tables are constants, not functions). */
const LONG_FUNCTIONS_ALLOWED: Readonly<Record<string, string>> = {};

describe('architecture: function length', () => {
  let all: FunctionLength[] = [];
  before(() => {
    all = functionLengths(repoRoot, ['server/src', 'client/src']);
  });

  it(`no function is longer than ${MAX_FUNCTION_LINES} lines (allow-listed exceptions aside)`, () => {
    const long = all.filter((f) => f.lines > MAX_FUNCTION_LINES && !(`${f.file}:${f.name}` in LONG_FUNCTIONS_ALLOWED));
    assert.deepEqual(
      long.map((f) => `${f.file}:${f.line} ${f.name} has ${f.lines} lines`),
      [],
    );
  });

  it('every allow-listed exception still exists and is still long', () => {
    const stale = Object.keys(LONG_FUNCTIONS_ALLOWED).filter((key) => !all.some((f) => `${f.file}:${f.name}` === key && f.lines > MAX_FUNCTION_LINES));
    assert.deepEqual(stale, []);
  });

  it('the measure sees every kind of function, nested ones included, and counts their lines', () => {
    // the guard above is only as good as this: a measure that found nothing would pass it
    assert.ok(all.length > 1000, `only ${all.length} functions found`);
    const text = [
      'export function outer(a: number) {', // 1
      '  const inner = (b: number) => {', // 2
      '    return b + 1;', // 3
      '  };', // 4
      '  return inner(a);', // 5
      '}', // 6
      'class K {', // 7
      '  constructor() {}', // 8
      '  method() {', // 9
      '    return [1].map(function (x) {', // 10
      '      return x;', // 11
      '    });', // 12
      '  }', // 13
      '  get size() { return 1; }', // 14
      '}', // 15
      'declare function bodiless(): void;', // 16
    ].join('\n');
    assert.deepEqual(
      functionLengthsOf('x.ts', text).map((f) => [f.name, f.line, f.lines]),
      [
        ['outer', 1, 6],
        ['outer/inner', 2, 3],
        ['K.constructor', 8, 1],
        ['K.method', 9, 5],
        ['K.method/<function>@10', 10, 3],
        ['K.size', 14, 1],
      ],
    );
  });
});
