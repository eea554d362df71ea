/**
 * The command line read into options: what node's util.parseArgs does with `strict: true` and
 * `allowPositionals: true`, for the option table of args.ts. Node's own is not used because it is
 * not in node's start-up snapshot: compiling and running it was a millisecond of every
 * keepalived-lint run, more than linting a small file (bench/NOTES.md). test/unit/cli-argv.test.ts
 * compares the two on a table of command lines.
 *
 * - `--name=value`, `--name value` (a value may not start with '-' unless given with '='),
 *   `-x value`, `-xvalue`, `-abc` (booleans), `--` (the rest are PATHs), `-` (a PATH).
 * - A repeated option: the last value, or every value for a `multiple` one.
 */

export interface OptionSpec {
  readonly type: 'string' | 'boolean';
  readonly short?: string;
  readonly multiple?: boolean;
}

export type OptionValues = Record<string, string | boolean | string[] | undefined>;

export interface ReadArgs {
  readonly values: OptionValues;
  readonly positionals: string[];
  /** The options in the order given (for "the last of --color / --no-color wins"). */
  readonly order: string[];
}

/** A command line that does not fit the table; `option` is the long name (`--format`) or what was given. */
export class ArgvError extends Error {
  constructor(
    readonly kind: 'unknown' | 'missing-value' | 'no-value',
    readonly option: string,
  ) {
    super(kind === 'unknown' ? `unknown option ${option}` : kind === 'missing-value' ? `${option} needs a value` : `${option} does not take a value`);
  }
}

export function readArgv(args: readonly string[], options: Readonly<Record<string, OptionSpec>>): ReadArgs {
  const byShort = new Map<string, string>();
  for (const [name, spec] of Object.entries(options)) if (spec.short) byShort.set(spec.short, name);
  const values: OptionValues = {};
  const positionals: string[] = [];
  const order: string[] = [];
  const set = (name: string, value: string | boolean) => {
    order.push(name);
    const spec = options[name]!;
    if (spec.multiple) ((values[name] as string[] | undefined) ?? (values[name] = [])).push(value as string);
    else values[name] = value;
  };
  /** The value of a string option from the next argument. */
  const next = (name: string, i: number): string => {
    const v = args[i];
    if (v === undefined || (v.length > 1 && v.startsWith('-'))) throw new ArgvError('missing-value', `--${name}`);
    return v;
  };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') {
      positionals.push(...args.slice(i + 1));
      break;
    }
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      const name = arg.slice(2, eq < 0 ? undefined : eq);
      const spec = Object.hasOwn(options, name) ? options[name] : undefined;
      if (!spec) throw new ArgvError('unknown', `--${name}`);
      if (spec.type === 'boolean') {
        if (eq >= 0) throw new ArgvError('no-value', `--${name}`);
        set(name, true);
      } else set(name, eq >= 0 ? arg.slice(eq + 1) : next(name, ++i));
      continue;
    }
    if (arg.length < 2 || !arg.startsWith('-')) {
      positionals.push(arg);
      continue;
    }
    // -x, -xVALUE, -abc
    for (let j = 1; j < arg.length; j++) {
      const name = byShort.get(arg[j]!);
      if (name === undefined) throw new ArgvError('unknown', `-${arg[j]}`);
      if (options[name]!.type === 'boolean') {
        set(name, true);
        continue;
      }
      // a string option takes the rest of the word, else the next argument
      if (j + 1 < arg.length) set(name, arg.slice(j + 1));
      else set(name, next(name, ++i));
      break;
    }
  }
  return { values, positionals, order };
}
