/**
 * A full garbage collection on request, for the language server. V8 frees a dead document text
 * (a large object: every edit makes a new one) and analyses that lived past a young-generation
 * collection only in a full collection, which it starts once the old generation has grown well
 * past what is live: re-validating a large document after each keystroke would hold about twice
 * what the server needs. lsp/diagnostics.ts asks for one while the server is idle, after a few
 * validations of large documents (bench/NOTES.md has the measurements).
 */
import * as v8 from 'node:v8';
import * as vm from 'node:vm';

let gc: (() => void) | null | undefined;

/** Run a full collection now; false when this node does not allow it. */
export function collectGarbage(): boolean {
  if (gc === undefined) {
    try {
      // the documented way to reach V8's gc() without starting node with --expose-gc
      v8.setFlagsFromString('--expose-gc');
      const fn: unknown = vm.runInNewContext('gc');
      gc = typeof fn === 'function' ? (fn as () => void) : null;
    } catch {
      gc = null;
    }
  }
  if (!gc) return false;
  gc();
  return true;
}

/**
 * Keep V8's young generation at its starting size (1 MB semi-spaces) for the life of the process.
 * A language server that re-reads a large document on every edit otherwise grows it to 16 MB
 * semi-spaces (32 MB resident) at the first large document and never gives it back while edits
 * keep coming; what survives a young collection here is mostly the document's syntax tree, which
 * larger semi-spaces would copy as well (bench/NOTES.md, round six). V8 reads this flag each time
 * it would grow the space, so setting it at start-up takes effect; unlike the size flags, which
 * only node's command line can set (and an editor starts `node dist/server.js --stdio` itself).
 */
export function keepYoungGenerationSmall(): void {
  try {
    v8.setFlagsFromString('--semi-space-growth-factor=1');
  } catch {
    // a node without the flag: the default growth
  }
}
