/**
 * A document the editor has open, linted as it changes: a plain file through one incremental
 * linter (language/incremental: an edit re-reads the top-level blocks it touched), a template
 * rendered for each host again and each host's rendering through its own incremental linter (an
 * edit of the template changes each rendering in a few places). Either way the result equals a
 * fresh lint of the same text (test/unit/incremental.test.ts).
 */
import type { ConfigHost } from '../host';
import type { LintOptions } from '../index';
import { IncrementalLinter } from '../incremental/linter';
import type { RenderingLint } from '../templates/hosts';
import type { Engine } from '../templates/scan';
import type { FileResult } from './lint';
import type { DocumentLinter } from './types';

/** What a document's linter needs from the project service. */
export interface DocumentContext {
  readonly host: ConfigHost;
  /** The document's lint options (settings and facts). */
  options(): LintOptions;
  /** The template engine the text is read with; undefined for a plain keepalived file. */
  engine(text: string): Engine | undefined;
  /** Lint the document as a template, each host's rendering linted with `lintRendering`. */
  lintTemplate(text: string, engine: Engine, options: LintOptions, lintRendering: RenderingLint): FileResult;
}

export function documentLinter(path: string, ctx: DocumentContext): DocumentLinter {
  let plain: IncrementalLinter | undefined;
  /** Each host's rendering, by its virtual path; kept while the document stays a template. */
  let renderings = new Map<string, IncrementalLinter>();

  const lintPlain = (text: string): FileResult => {
    renderings = new Map();
    if (!plain) {
      plain = new IncrementalLinter(path, text, ctx.host, ctx.options());
      return plain.current();
    }
    return plain.update(text);
  };

  const lintTemplate = (text: string, engine: Engine): FileResult => {
    plain = undefined;
    const options = ctx.options();
    const before = renderings;
    const now = new Map<string, IncrementalLinter>();
    const result = ctx.lintTemplate(text, engine, options, (vpath, rendered) => {
      let linter = before.get(vpath);
      if (!linter) {
        linter = new IncrementalLinter(vpath, rendered, ctx.host, options);
        now.set(vpath, linter);
        return linter.current();
      }
      now.set(vpath, linter);
      return linter.update(rendered);
    });
    // hosts no longer rendered (or whose rendering failed) let go of their linter
    renderings = now;
    return result;
  };

  const lintText = (text: string): FileResult => {
    const engine = ctx.engine(text);
    return engine ? lintTemplate(text, engine) : lintPlain(text);
  };

  return {
    update: lintText,
    reset: (text) => {
      plain = undefined;
      renderings = new Map();
      return lintText(text);
    },
  };
}
