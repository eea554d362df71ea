/**
 * Python's ast.literal_eval, for what Ansible reads with it: a variable whose Jinja renders to
 * `['a', 'b']`, `{'k': 1}`, `True` or `False` becomes that list, dict or boolean again
 * (ansible_eval_concat, also with JSON's true/false/null), and the values of a `#jinja2:` header.
 * Strings, numbers (a float as a float, also when whole), True/False/None, lists, tuples and
 * dicts; anything else is not a literal (undefined).
 */
import { pyFloat, tuple } from './pyTypes';

class Reader {
  i = 0;
  constructor(readonly s: string) {}

  blank(): void {
    while (this.i < this.s.length && /\s/.test(this.s[this.i]!)) this.i++;
  }

  eat(c: string): boolean {
    this.blank();
    if (this.s[this.i] !== c) return false;
    this.i++;
    return true;
  }

  value(depth: number): unknown {
    if (depth > 100) throw new Error('too deep');
    this.blank();
    const c = this.s[this.i];
    if (c === '[') return this.list(']', depth);
    if (c === '(') return this.tuple(depth);
    if (c === '{') return this.dict(depth);
    if (c === "'" || c === '"') return this.str();
    const m = /^(?:[-+]?(?:\d[\d_]*\.?\d*(?:[eE][-+]?\d+)?|\.\d+(?:[eE][-+]?\d+)?)|[A-Za-z_]\w*)/.exec(this.s.slice(this.i));
    if (!m) throw new Error('not a literal');
    this.i += m[0].length;
    const word = m[0];
    const names: Record<string, unknown> = { True: true, False: false, None: null, true: true, false: false, null: null };
    if (word in names) return names[word];
    if (/^[A-Za-z_]/.test(word)) throw new Error('a name');
    const n = Number(word.replace(/_/g, ''));
    return /[.eE]/.test(word) ? pyFloat(n) : n;
  }

  /** `(a, b)` is a tuple, `(a)` the value itself. */
  tuple(depth: number): unknown {
    const start = this.i;
    this.i++;
    if (this.eat(')')) return tuple([]);
    const first = this.value(depth + 1);
    if (this.eat(')')) return first;
    this.i = start;
    return tuple(this.list(')', depth));
  }

  list(close: string, depth: number): unknown[] {
    this.i++;
    const out: unknown[] = [];
    while (!this.eat(close)) {
      out.push(this.value(depth + 1));
      if (!this.eat(',')) {
        if (!this.eat(close)) throw new Error('no closing bracket');
        break;
      }
    }
    return out;
  }

  dict(depth: number): Record<string, unknown> {
    this.i++;
    const out: Record<string, unknown> = {};
    while (!this.eat('}')) {
      const k = this.value(depth + 1);
      if (!this.eat(':')) throw new Error('no colon');
      out[String(k)] = this.value(depth + 1);
      if (!this.eat(',')) {
        if (!this.eat('}')) throw new Error('no closing brace');
        break;
      }
    }
    return out;
  }

  /** A quoted string with Python's common escapes (and adjacent strings joined, as Python does). */
  str(): string {
    let out = '';
    do {
      const q = this.s[this.i]!;
      this.i++;
      for (;;) {
        const c = this.s[this.i];
        if (c === undefined || c === '\n') throw new Error('unterminated string');
        this.i++;
        if (c === q) break;
        if (c !== '\\') {
          out += c;
          continue;
        }
        const e = this.s[this.i++] ?? '';
        const simple: Record<string, string> = { n: '\n', t: '\t', r: '\r', '\\': '\\', "'": "'", '"': '"', '0': '\0' };
        if (e in simple) out += simple[e];
        else if (e === 'x' || e === 'u') {
          const n = e === 'x' ? 2 : 4;
          out += String.fromCharCode(parseInt(this.s.slice(this.i, this.i + n), 16));
          this.i += n;
        } else out += `\\${e}`;
      }
      this.blank();
    } while (this.s[this.i] === "'" || this.s[this.i] === '"');
    return out;
  }
}

/** The literal `s` holds, or undefined when it is none. */
export function pyLiteral(s: string): { value: unknown } | undefined {
  const r = new Reader(s);
  try {
    const value = r.value(0);
    r.blank();
    return r.i === s.length ? { value } : undefined;
  } catch {
    return undefined;
  }
}

/** What a variable's rendered Jinja becomes in Ansible (ansible_eval_concat): a list, dict or bool when it reads as one, else the text. */
export function ansibleValue(rendered: string): unknown {
  if (!(rendered.startsWith('{') || rendered.startsWith('[') || rendered === 'True' || rendered === 'False')) return rendered;
  const lit = pyLiteral(rendered);
  return lit ? lit.value : rendered;
}
