import * as assert from 'node:assert/strict';
import { parseArgs } from 'node:util';
import { ArgvError, readArgv, type OptionSpec } from '../../server/src/cli/argv';
import { OPTIONS } from '../../server/src/cli/args';

const options = OPTIONS as Readonly<Record<string, OptionSpec>>;

/** node's util.parseArgs (strict, positionals allowed) on the same table: what readArgv replaces. */
function nodeRead(args: string[]) {
  const r = parseArgs({ args, options: OPTIONS, allowPositionals: true, strict: true, tokens: true });
  const order = r.tokens.flatMap((t) => (t.kind === 'option' ? [t.name] : []));
  return { values: { ...r.values } as Record<string, unknown>, positionals: r.positionals, order };
}

describe('cli/argv: the command line read as node util.parseArgs reads it', () => {
  const same: string[][] = [
    [],
    ['keepalived.conf'],
    ['-', 'a.conf', 'b.conf'],
    ['--format', 'json', 'a.conf'],
    ['--format=json', 'a.conf'],
    ['--format=', 'a.conf'],
    ['-f', 'sarif', 'a.conf'],
    ['-fjson', 'a.conf'],
    ['-q', '-h', '-v'],
    ['-qhv'],
    ['-qf', 'json', 'x'],
    ['-qfjson', 'x'],
    ['-qfj', 'x'],
    ['--interface', 'eth0=10.0.0.1/24', '--interface=lb1:eth1=10.0.1.1/24', 'x'],
    ['--down', 'lb1', '--down', 'lb2', '--fail', 'lb1:chk'],
    ['--color', '--no-color', '--color'],
    ['--no-color', 'x', '--color'],
    ['--stdin-filename', '/etc/keepalived/keepalived.conf', '-'],
    ['--stdin-filename', '-', '-'],
    ['a.conf', '--', '--format', '-q', '-'],
    ['--', '-'],
    ['--format', 'text', '--format', 'json'],
    ['-c', '.keepalived-lint.json', '-i', 'lb1', 'x'],
    ['--max-warnings', '0', '--quiet', 'x'],
    ['--start-order', 'n1,n2', '--start-gap', '0.05', '--step', 'crash:n1', '--step', 'start:n1,fail:n2:chk'],
  ];
  for (const args of same) {
    it(`${JSON.stringify(args)}: the same values, PATHs and order`, () => {
      assert.deepEqual(readArgv(args, options), nodeRead(args));
    });
  }

  const refused: [string[], ArgvError['kind'], string][] = [
    [['--frobnicate', 'x'], 'unknown', '--frobnicate'],
    [['--frobnicate=1'], 'unknown', '--frobnicate'],
    [['-x'], 'unknown', '-x'],
    [['-qx'], 'unknown', '-x'],
    [['--format'], 'missing-value', '--format'],
    [['-f'], 'missing-value', '--format'],
    [['--format', '--quiet', 'x'], 'missing-value', '--format'],
    [['--format', '-q', 'x'], 'missing-value', '--format'],
    [['-f', '-q'], 'missing-value', '--format'],
    [['--fix=yes', 'x'], 'no-value', '--fix'],
    [['--quiet=', 'x'], 'no-value', '--quiet'],
    [['--constructor', 'x'], 'unknown', '--constructor'],
    [['--__proto__', 'x'], 'unknown', '--__proto__'],
  ];
  for (const [args, kind, option] of refused) {
    it(`${JSON.stringify(args)}: refused (${kind} ${option}), as node refuses it`, () => {
      assert.throws(() => nodeRead(args));
      assert.throws(
        () => readArgv(args, options),
        (e: unknown) => e instanceof ArgvError && e.kind === kind && e.option === option,
      );
    });
  }
});
