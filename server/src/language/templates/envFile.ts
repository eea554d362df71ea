/**
 * Env files (dotenv, as `docker run --env-file` and systemd's EnvironmentFile take them): one node's
 * values for an envsubst / shell-heredoc template. A line is `KEY=VALUE` (an `export ` before it is
 * allowed), a `#` comment or blank. A value in single quotes is literal; in double quotes `\"`,
 * `\\` and `\n` are escapes; an unquoted value is trimmed. Any other line is a problem of the file,
 * with its line number. Each file is a node, named after the file (`lb1.env` → lb1; a file named
 * `.env` → its folder).
 */
import { basename, dirname, type ConfigHost } from '../host';
import type { VarDef } from '../ansible/types';

export interface EnvFileProblem {
  readonly file: string;
  /** 1-based line number (0: the file itself, e.g. unreadable). */
  readonly line: number;
  readonly message: string;
}

export interface EnvFile {
  readonly file: string;
  /** The node the file gives values to. */
  readonly node: string;
  readonly vars: ReadonlyMap<string, VarDef>;
  readonly problems: readonly EnvFileProblem[];
}

/** `lb1.env` → lb1, `keepalived/lb2.env.prod`... → the name without its last extension; `.env` → its folder's name. */
export function envNodeName(file: string): string {
  const name = basename(file);
  if (name.startsWith('.') && !name.slice(1).includes('.')) return basename(dirname(file)) || name;
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
}

const KEY = /^[ \t]*(export[ \t]+)?([A-Za-z_][A-Za-z0-9_]*)[ \t]*=[ \t]*/;
const DOUBLE_ESCAPES: Readonly<Record<string, string>> = { '"': '"', '\\': '\\', n: '\n' };

/** A quoted value starting at `open` of `line`: its value and where it ends, or the problem. */
function quoted(line: string, open: number): { value: string; end: number } | string {
  const q = line[open]!;
  let value = '';
  for (let i = open + 1; i < line.length; i++) {
    const c = line[i]!;
    if (c === q) return { value, end: i + 1 };
    if (q === '"' && c === '\\' && i + 1 < line.length) {
      const next = line[i + 1]!;
      value += DOUBLE_ESCAPES[next] ?? `\\${next}`;
      i++;
    } else value += c;
  }
  return `the ${q === '"' ? 'double' : 'single'} quote opened here is not closed on this line`;
}

/** One line: nothing (blank, comment), a variable, or the problem. */
function readLine(line: string, offset: number): { name: string; value: string; keyStart: number; valueStart: number; valueEnd: number } | string | undefined {
  if (line.trim() === '' || /^[ \t]*#/.test(line)) return undefined;
  const m = KEY.exec(line);
  if (!m) {
    const eq = line.indexOf('=');
    const key =
      eq >= 0
        ? line
            .slice(0, eq)
            .trim()
            .replace(/^export[ \t]+/, '')
        : '';
    if (eq >= 0 && key !== '') return `'${key}' is not a variable name (letters, digits and _, not starting with a digit)`;
    return 'expected KEY=VALUE, a # comment or a blank line';
  }
  const keyStart = offset + m[0].indexOf(m[2]!);
  const rest = m[0].length;
  const first = line[rest];
  if (first === '"' || first === "'") {
    const q = quoted(line, rest);
    if (typeof q === 'string') return q;
    const after = line.slice(q.end).trim();
    if (after !== '' && !after.startsWith('#')) return `unexpected text after the closing quote: '${after}'`;
    return { name: m[2]!, value: q.value, keyStart, valueStart: offset + rest, valueEnd: offset + q.end };
  }
  const raw = line.slice(rest);
  const value = raw.trim();
  return { name: m[2]!, value, keyStart, valueStart: offset + rest, valueEnd: offset + rest + raw.trimEnd().length };
}

/** Parse an env file's text (`file` names it in spans and problems). */
export function parseEnvFile(file: string, text: string): EnvFile {
  const vars = new Map<string, VarDef>();
  const problems: EnvFileProblem[] = [];
  let offset = 0;
  text.split('\n').forEach((full, n) => {
    const line = full.replace(/\r$/, '');
    const r = readLine(line, offset);
    offset += full.length + 1;
    if (r === undefined) return;
    if (typeof r === 'string') {
      problems.push({ file, line: n + 1, message: r });
      return;
    }
    vars.set(r.name, {
      name: r.name,
      source: 'env-file',
      value: r.value,
      printed: r.value,
      keySpan: { file, start: r.keyStart, end: r.keyStart + r.name.length },
      span: { file, start: r.valueStart, end: r.valueEnd },
    });
  });
  return { file, node: envNodeName(file), vars, problems };
}

/** Read and parse env files through the host; nodes named alike get their folder in front (`a/lb1`). */
export function loadEnvFiles(host: ConfigHost, files: readonly string[]): { envs: EnvFile[]; texts: Map<string, string> } {
  const envs: EnvFile[] = [];
  const texts = new Map<string, string>();
  for (const file of files) {
    const r = host.readFile(file);
    if (r.kind !== 'ok') {
      const why = r.kind === 'missing' ? 'no such file' : r.kind === 'error' ? r.message : `it is a ${r.what}`;
      envs.push({ file, node: envNodeName(file), vars: new Map(), problems: [{ file, line: 0, message: `cannot read it: ${why}` }] });
      continue;
    }
    texts.set(file, r.text);
    envs.push(parseEnvFile(file, r.text));
  }
  const count = new Map<string, number>();
  for (const e of envs) count.set(e.node, (count.get(e.node) ?? 0) + 1);
  return { envs: envs.map((e) => (count.get(e.node)! > 1 ? { ...e, node: `${basename(dirname(e.file))}/${e.node}` } : e)), texts };
}

/** A problem as one line: `FILE:LINE: message` (`FILE: message` for the file itself). */
export function envProblemText(p: EnvFileProblem): string {
  return `${p.file}${p.line > 0 ? `:${p.line}` : ''}: ${p.message}`;
}
