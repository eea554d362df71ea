/**
 * The least a node program does to read a keepalived.conf: lines split into words, statements in a
 * tree of blocks, one walk over it (no comments, quotes, includes, $VAR, ranges, grammar or checks).
 * Run cold in its own process by bench/run.mjs, in turns with `keepalived -t` and keepalived-lint,
 * as the floor under the CLI's big-file target:  node bench/floor.cjs FILE
 * Prints one JSON object: { readMs, walkMs, statements }.
 */
'use strict';
const fs = require('node:fs');

const t0 = process.hrtime.bigint();
const text = fs.readFileSync(process.argv[2], 'latin1');
const root = { keyword: '', args: [], body: [] };
const stack = [root];
const n = text.length;
let statements = 0;
for (let i = 0; i < n;) {
  let end = text.indexOf('\n', i);
  if (end < 0) end = n;
  const words = [];
  for (let j = i; j < end;) {
    let c = text.charCodeAt(j);
    if (c === 32 || c === 9 || c === 13) {
      j++;
      continue;
    }
    if (c === 33 || c === 35) break; // '!' or '#': the rest is a comment
    let k = j;
    while (k < end && (c = text.charCodeAt(k)) !== 32 && c !== 9 && c !== 13) k++;
    words.push(text.slice(j, k));
    j = k;
  }
  if (words.length > 0) {
    if (words[0] === '}') {
      if (stack.length > 1) stack.pop();
    } else {
      const open = words[words.length - 1] === '{';
      if (open) words.pop();
      const s = { keyword: words[0], args: words.slice(1), body: [], start: i, end };
      stack[stack.length - 1].body.push(s);
      statements++;
      if (open) stack.push(s);
    }
  }
  i = end + 1;
}
const t1 = process.hrtime.bigint();
const counts = new Map();
const walk = (s) => {
  for (const k of s.body) {
    counts.set(k.keyword, (counts.get(k.keyword) ?? 0) + 1);
    walk(k);
  }
};
walk(root);
const t2 = process.hrtime.bigint();
process.stdout.write(`${JSON.stringify({ readMs: Number(t1 - t0) / 1e6, walkMs: Number(t2 - t1) / 1e6, statements })}\n`);
