/**
 * Document links: an include path links to each file it reads; an absolute path in a script,
 * notify or misc_path command, or in a file argument, links to that file when it exists.
 * Nothing is ever executed: the host is only asked whether a path is a file.
 */
import type { Span } from '../issue';
import { textOf, statementsIn, type FeatureContext } from './locate';

export interface DocumentLinkResult {
  readonly span: Span;
  /** Absolute path of the file the link opens. */
  readonly target: string;
  readonly tooltip: string;
}

export interface LinkOptions {
  /** Is `path` an existing file? (Never called for anything but absolute paths.) */
  readonly isFile?: (path: string) => boolean;
}

export function documentLinks(ctx: FeatureContext, o: LinkOptions = {}): DocumentLinkResult[] {
  const { model, file } = ctx;
  const p = model.parsed;
  const out: DocumentLinkResult[] = [];
  for (const inc of p.includes) {
    if (inc.pathSpan.file !== file) continue;
    const raw = textOf(p, inc.pathSpan);
    // the path without its quotes
    const span =
      raw.startsWith('"') && raw.endsWith('"') && raw.length >= 2 ? { file, start: inc.pathSpan.start + 1, end: inc.pathSpan.end - 1 } : inc.pathSpan;
    for (const f of inc.files) out.push({ span, target: f, tooltip: inc.files.length > 1 ? `Open ${f} (one of ${inc.files.length} files)` : `Open ${f}` });
  }
  if (!o.isFile) return out;
  for (const s of statementsIn(p, file)) {
    const args = s.def?.args;
    if (!args) continue;
    args.forEach((a, i) => {
      const w = s.args[i];
      if (!w || w.synthetic || w.span.file !== file) return;
      if (a.type.kind !== 'command' && a.type.kind !== 'path') return;
      // a command: its first word (the program); a path: the whole word
      const path = a.type.kind === 'command' ? w.value.trim().split(/[ \t]+/)[0] : w.value;
      if (!path?.startsWith('/') || path.includes('\0')) return;
      const raw = textOf(p, w.span);
      const at = raw.indexOf(path);
      if (at < 0) return;
      if (!o.isFile!(path)) return;
      out.push({ span: { file, start: w.span.start + at, end: w.span.start + at + path.length }, target: path, tooltip: `Open ${path}` });
    });
  }
  return out;
}
