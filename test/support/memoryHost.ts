/** An in-memory ConfigHost for tests: files by absolute path, globs matched with picomatch. */
import braces from 'braces';
import picomatch from 'picomatch';
import { literalQuotes } from '../../server/src/host/nodeHost';
import type { ConfigHost, ReadResult } from '../../server/src/language/host';

export function memoryHost(files: Record<string, string | ReadResult>): ConfigHost {
  const paths = Object.keys(files).sort();
  return {
    readFile(p) {
      const f = files[p];
      if (f === undefined) return { kind: 'missing' };
      return typeof f === 'string' ? { kind: 'ok', text: f } : f;
    },
    glob(pattern, limit) {
      const alts = /\{.*,.*\}/.test(pattern) ? braces(pattern, { expand: true }) : [pattern];
      const out: string[] = [];
      let missing = 0;
      for (const alt of alts) {
        const magic = alt.search(/[*?[]/);
        // a path without wildcards names itself, quotes and all (picomatch would read quotes as quoting)
        const m = magic < 0 ? (p: string) => p === alt : picomatch(literalQuotes(alt), { dot: false, nobrace: true });
        const before = out.length;
        for (const p of paths) if (m(p) && !out.includes(p)) out.push(p);
        // roughly glibc's count: a plain name that is absent, or a wildcard looking in a directory that holds nothing
        const dir = magic < 0 ? alt : alt.slice(0, alt.lastIndexOf('/', magic));
        if (out.length === before && (magic < 0 || !paths.some((p) => p.startsWith(`${dir}/`)))) missing++;
      }
      return { paths: out.slice(0, limit), truncated: out.length > limit, missing };
    },
    realpath: (p) => p,
  };
}
