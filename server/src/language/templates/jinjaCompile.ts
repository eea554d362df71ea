/**
 * nunjucks' parser and compiler made to read Jinja's expressions as Python evaluates them. nunjucks
 * compiles them to JavaScript's operators; here they call the runtime's `__py*` functions instead:
 * arithmetic and `~` (pyOp: `4 / 2` is the float 2.0, `'%s' % x`), Python's truth in `if`, `not`,
 * `and`, `or` and inline ifs (`[]` is false), comparisons and `in` (`[1] == [1]`, `1 < 'a'` fails),
 * tuples (`(1, 2)`, `(1,)`, `()`; nunjucks had only the comma operator), float literals (`2.0`, which
 * nunjucks reads as 2), a trailing comma in a list or dict, every argument of a test, and Jinja's
 * loop object.
 */
import { pyKeys } from '../ansible/pyKeys';
import { isUnknown, use, useAll } from './jinjaUnknown';
import { pyOp, pyUnary } from './jinjaOps';
import { pyEq, pyFloat, pyIn, pyOrder, pyTruth, tuple } from './pyTypes';

interface Node {
  lineno: number;
  colno: number;
  typename: string;
  [k: string]: unknown;
}

interface CompilerProto {
  compile(node: unknown, frame: unknown): void;
  _emit(code: string): void;
  [k: string]: unknown;
}

interface ParserProto {
  nextToken(): { type: string; lineno: number; colno: number } | null;
  peekToken(): { type: string; lineno: number; colno: number };
  skip(type: string): boolean;
  fail(message: string, lineno?: number, colno?: number): never;
  parsePrimary: (this: ParserProto, noPostfix?: boolean) => Node;
  parseExpression(): Node;
  [k: string]: unknown;
}

type NodeClass = (new (lineno: number, colno: number, ...fields: unknown[]) => Node) & { extend(name: string): NodeClass };

interface Lib {
  runtime: Record<string, unknown>;
  compiler: { Compiler: { prototype: CompilerProto } };
  parser: { Parser: { prototype: ParserProto } };
  lexer: Record<string, string>;
  nodes: Record<string, NodeClass>;
}

/** One comparison of a chain; a value we cannot know compares as before (equal to itself only, never ordered). */
function compareOne(op: string, a: unknown, b: unknown): boolean {
  if (op === '==' || op === '===') return isUnknown(a) || isUnknown(b) ? a === b : pyEq(a, b);
  if (op === '!=' || op === '!==') return isUnknown(a) || isUnknown(b) ? a !== b : !pyEq(a, b);
  if (isUnknown(a) || isUnknown(b)) return false;
  const order = pyOrder(a, b, op);
  return op === '<' ? order < 0 : op === '>' ? order > 0 : op === '<=' ? order <= 0 : order >= 0;
}

/** Python's chained comparison `a < b < c` (operands evaluated once each, left to right). */
function compareChain(first: unknown, ...rest: unknown[]): boolean {
  let left = first;
  for (let i = 0; i + 1 < rest.length; i += 2) {
    if (!compareOne(rest[i] as string, left, rest[i + 1])) return false;
    left = rest[i + 1];
  }
  return true;
}

/** Python's truth of a value; an undefined value's truth is a use of it. */
function truth(v: unknown): boolean {
  use(v);
  return pyTruth(v);
}

// each operation uses its operands: an undefined one stops the host there (jinjaUnknown.ts)
const RUNTIME: Record<string, unknown> = {
  __pyOp: (op: string, a: unknown, b: unknown) => (use(a, b), pyOp(op, a, b)),
  __pyUnary: (op: Parameters<typeof pyUnary>[0], a: unknown) => (use(a), pyUnary(op, a)),
  __pyTuple: (items: unknown[]) => tuple(items),
  __pyFloat: pyFloat,
  __pyTruth: truth,
  __pyOr: (a: unknown, b: () => unknown) => (truth(a) ? a : b()),
  __pyAnd: (a: unknown, b: () => unknown) => (truth(a) ? b() : a),
  __pyCompare: (first: unknown, ...rest: unknown[]) => (use(first), useAll(rest), compareChain(first, ...rest)),
  __pyIn: (x: unknown, seq: unknown) => (use(x, seq), !isUnknown(x) && !isUnknown(seq) && pyIn(x, seq)),
};

/** A lookup's target as written, for messages (`vip`, `servers[0]`, `hostvars['lb2']`); … for what is computed. */
function written(n: Node | undefined, depth = 0): string {
  if (!n || depth > 6) return '…';
  if (n.typename === 'Symbol') return String(n.value);
  if (n.typename === 'Literal') return typeof n.value === 'string' ? `'${n.value}'` : String(n.value);
  if (n.typename !== 'LookupVal') return n.typename === 'FunCall' ? `${written(n.name as Node, depth + 1)}(…)` : '…';
  const [target, val] = [written(n.target as Node, depth + 1), n.val as Node];
  if (val.typename === 'Literal' && typeof val.value === 'string' && /^[A-Za-z_]\w*$/.test(val.value)) return `${target}.${val.value}`;
  return `${target}[${written(val, depth + 1)}]`;
}

/** `a.b` / `a[b]` call the runtime's lookup with the line (in the rendered template itself, not an included one) and `a` as written. */
function hookLookups(proto: CompilerProto): void {
  proto.compileLookupVal = function (this: CompilerProto & { templateName?: string | null }, node: Node, frame: unknown) {
    const line = this.templateName === undefined || this.templateName === null ? node.lineno : 'undefined';
    call(this, frame, 'memberLookup', node.target, node.val, String(line), JSON.stringify(written(node.target as Node)));
  };
}

/** Emit `runtime.name(child, child...)`. */
function call(c: CompilerProto, frame: unknown, name: string, ...parts: unknown[]): void {
  c._emit(`runtime.${name}(`);
  parts.forEach((p, i) => {
    if (i > 0) c._emit(', ');
    if (typeof p === 'string') c._emit(p);
    else c.compile(p, frame);
  });
  c._emit(')');
}

function hookOperators(proto: CompilerProto): void {
  for (const [method, op] of [
    ['compileMod', 'mod'],
    ['compileConcat', 'concat'],
    ['compileAdd', 'add'],
    ['compileSub', 'sub'],
    ['compileMul', 'mul'],
    ['compileDiv', 'div'],
    ['compileFloorDiv', 'floordiv'],
    ['compilePow', 'pow'],
  ] as const) {
    proto[method] = function (this: CompilerProto, node: Node, frame: unknown) {
      call(this, frame, '__pyOp', `"${op}"`, node.left, node.right);
    };
  }
  proto.compileNeg = function (this: CompilerProto, node: Node, frame: unknown) {
    call(this, frame, '__pyUnary', '"neg"', node.target);
  };
  proto.compilePos = function (this: CompilerProto, node: Node, frame: unknown) {
    call(this, frame, '__pyUnary', '"pos"', node.target);
  };
  proto.compileIn = function (this: CompilerProto, node: Node, frame: unknown) {
    call(this, frame, '__pyIn', node.left, node.right);
  };
  proto.compileCompare = function (this: CompilerProto, node: Node, frame: unknown) {
    const ops = node.ops as { type: string; expr: unknown }[];
    call(this, frame, '__pyCompare', node.expr, ...ops.flatMap((o) => [JSON.stringify(o.type), o.expr]));
  };
  // a test's arguments, all of them (nunjucks compiled two or more without commas: `is version('2', '>')`)
  proto.compileIs = function (this: CompilerProto, node: Node, frame: unknown) {
    const right = node.right as { name?: { value: string }; value?: string; args?: { children: unknown[] } };
    this._emit(`env.getTest(${JSON.stringify(right.name ? right.name.value : right.value)}).call(context, `);
    this.compile(node.left, frame);
    for (const a of right.args?.children ?? []) {
      this._emit(', ');
      this.compile(a, frame);
    }
    this._emit(') === true');
  };
}

/** `if`, inline if, `not`, `and`, `or` on Python's truth (`or` and `and` give an operand, the right one evaluated only when needed). */
function hookTruth(proto: CompilerProto, nodes: Lib['nodes']): void {
  const Truth = nodes.Group!.extend('PyTruth');
  const truth = (n: Node): Node => (n.typename === 'PyTruth' ? n : new Truth(n.lineno, n.colno, [n]));
  proto.compilePyTruth = function (this: CompilerProto, node: Node, frame: unknown) {
    call(this, frame, '__pyTruth', (node.children as unknown[])[0]);
  };
  for (const method of ['compileIf', 'compileInlineIf']) {
    const original = proto[method] as (this: CompilerProto, node: Node, ...rest: unknown[]) => void;
    proto[method] = function (this: CompilerProto, node: Node, ...rest: unknown[]) {
      node.cond = truth(node.cond as Node);
      original.call(this, node, ...rest);
    };
  }
  proto.compileNot = function (this: CompilerProto, node: Node, frame: unknown) {
    this._emit('!');
    call(this, frame, '__pyTruth', node.target);
  };
  for (const [method, name] of [
    ['compileOr', '__pyOr'],
    ['compileAnd', '__pyAnd'],
  ] as const) {
    proto[method] = function (this: CompilerProto, node: Node, frame: unknown) {
      this._emit(`runtime.${name}(`);
      this.compile(node.left, frame);
      this._emit(', function() { return ');
      this.compile(node.right, frame);
      this._emit('; })');
    };
  }
}

/** Tuples and float literals: the parser marks them, the compiler makes them. */
function hookLiterals(lib: Lib): void {
  const proto = lib.compiler.Compiler.prototype;
  const { nodes, lexer } = lib;
  const compileGroup = proto.compileGroup as (this: CompilerProto, node: Node, frame: unknown) => void;
  proto.compileGroup = function (this: CompilerProto, node: Node, frame: unknown) {
    if (!node.pyTuple) return compileGroup.call(this, node, frame);
    this._emit('runtime.__pyTuple(');
    (proto.compileArray as (this: CompilerProto, node: unknown, frame: unknown) => void).call(this, node, frame);
    this._emit(')');
  };
  const compileLiteral = proto.compileLiteral as (this: CompilerProto, node: Node, frame: unknown) => void;
  proto.compileLiteral = function (this: CompilerProto, node: Node, frame: unknown) {
    if (node.pyFloat && typeof node.value === 'number' && Number.isInteger(node.value)) this._emit(`runtime.__pyFloat(${node.value})`);
    else compileLiteral.call(this, node, frame);
  };
  const parser = lib.parser.Parser.prototype;
  const parsePrimary = parser.parsePrimary;
  parser.parsePrimary = function (this: ParserProto, noPostfix?: boolean) {
    const float = this.peekToken().type === lexer.TOKEN_FLOAT;
    const node = parsePrimary.call(this, noPostfix);
    // the literal, or the target of what follows it (`2.0.real`, `2.0(...)`)
    let n: Node | undefined = node;
    while (float && n && n.typename !== 'Literal') n = (n.target ?? n.name) as Node | undefined;
    if (float && n) n.pyFloat = true;
    return node;
  };
  const closers = new Set([lexer.TOKEN_RIGHT_PAREN, lexer.TOKEN_RIGHT_BRACKET, lexer.TOKEN_RIGHT_CURLY]);
  // nunjucks' parseAggregate, with Python's trailing comma; a group of no item, of several or with a trailing comma is a tuple
  parser.parseAggregate = function (this: ParserProto) {
    const tok = this.nextToken()!;
    const kind = { [lexer.TOKEN_LEFT_PAREN!]: 'Group', [lexer.TOKEN_LEFT_BRACKET!]: 'Array', [lexer.TOKEN_LEFT_CURLY!]: 'Dict' }[tok.type];
    if (!kind) return null;
    const node = new nodes[kind]!(tok.lineno, tok.colno);
    const children = node.children as Node[];
    let trailingComma = false;
    for (;;) {
      if (closers.has(this.peekToken().type)) {
        this.nextToken();
        break;
      }
      if (children.length > 0 && !this.skip(lexer.TOKEN_COMMA!)) this.fail('parseAggregate: expected comma after expression', tok.lineno, tok.colno);
      trailingComma = children.length > 0;
      if (trailingComma && closers.has(this.peekToken().type)) continue;
      trailingComma = false;
      if (kind === 'Dict') {
        const key = this.parsePrimary();
        if (!this.skip(lexer.TOKEN_COLON!)) this.fail('parseAggregate: expected colon after dict key', tok.lineno, tok.colno);
        children.push(new nodes.Pair!(key.lineno, key.colno, key, this.parseExpression()));
      } else children.push(this.parseExpression());
    }
    if (kind === 'Group' && (children.length !== 1 || trailingComma)) node.pyTuple = true;
    return node;
  };
}

/**
 * Jinja's loop object: index, index0, revindex, revindex0, first, last, length as nunjucks has
 * them, and Jinja's previtem, nextitem, depth and cycle(). One object per iteration (nunjucks set
 * seven `loop.*` names on the frame, each split at its dot, for every item).
 */
class LoopContext {
  constructor(
    readonly index0: number,
    readonly length: number,
    private readonly items: object,
  ) {}
  get index(): number {
    return this.index0 + 1;
  }
  get revindex(): number {
    return this.length - this.index0;
  }
  get revindex0(): number {
    return this.length - this.index0 - 1;
  }
  get first(): boolean {
    return this.index0 === 0;
  }
  get last(): boolean {
    return this.index0 === this.length - 1;
  }
  get depth(): number {
    return 1;
  }
  get depth0(): number {
    return 0;
  }
  /** The items in order (a dict's keys when nunjucks iterates over one). */
  private at(i: number): unknown {
    if (i < 0 || i >= this.length) return undefined;
    return Array.isArray(this.items) ? this.items[i] : pyKeys(this.items)[i];
  }
  get previtem(): unknown {
    return this.at(this.index0 - 1);
  }
  get nextitem(): unknown {
    return this.at(this.index0 + 1);
  }
  cycle(...values: unknown[]): unknown {
    if (values.length === 0) throw new Error('no items for cycling given');
    return values[this.index0 % values.length];
  }
}
RUNTIME.__Loop = LoopContext;

/** Hook nunjucks (once): its runtime gets the `__py*` functions, its parser and compiler use them. */
export function hookCompiler(nunjucks: unknown): void {
  const lib = nunjucks as Lib;
  if (lib.runtime.__pyOp) return;
  Object.assign(lib.runtime, RUNTIME);
  const proto = lib.compiler.Compiler.prototype;
  hookOperators(proto);
  hookTruth(proto, lib.nodes);
  hookLiterals(lib);
  hookLookups(proto);
  proto._emitLoopBindings = function (this: CompilerProto, _node: unknown, arr: string, i: string, len: string) {
    this._emit(`frame.set("loop", new runtime.__Loop(${i}, ${len}, ${arr}));`);
  };
}
