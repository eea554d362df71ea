/**
 * A document the editor has open, linted as it changes: a plain file through one incremental
 * linter (language/incremental: an edit re-reads the top-level blocks it touched); a template
 * rendered again, each host's rendering through its own incremental linter and each variant's
 * skeleton linted again only when the edit changed it. Either way the result equals a fresh lint
 * of the same text (test/unit/incremental.test.ts, incremental-templates.test.ts).
 */
import type { ConfigHost } from '../host';
import { lint, type LintOptions, type LintResult } from '../index';
import { IncrementalLinter } from '../incremental/linter';
import type { Engine } from '../templates/scan';
import type { FileResult } from './lint';
import type { TemplateLinters } from './templates';
import type { DocumentLinter } from './types';

/** What a document's linter needs from the project service. */
export interface DocumentContext {
  readonly host: ConfigHost;
  /** The document's lint options (settings and facts). */
  options(): LintOptions;
  /** The template engine the text is read with; undefined for a plain keepalived file. */
  engine(text: string): Engine | undefined;
  /** Lint the document as a template, its variants' skeletons and hosts' renderings with `linters`. */
  lintTemplate(text: string, engine: Engine, options: LintOptions, linters: TemplateLinters): FileResult;
}

/**
 * Linters by key, kept from one lint of the document to the next (the ones a lint does not use
 * are let go). A host's rendering has an incremental linter: an edit of the template changes it in
 * a place or two. A variant's skeleton is small (it would cost more to diff than to read again)
 * and an edit leaves most variants as they were: its result is kept with its text and reused while
 * the text stays the same.
 */
class Kept {
  private before = new Map<string, IncrementalLinter | { readonly text: string; readonly result: LintResult }>();
  private now = new Map<string, IncrementalLinter | { readonly text: string; readonly result: LintResult }>();

  constructor(
    private readonly host: ConfigHost,
    private readonly options: LintOptions,
  ) {}

  /** The result for `text` of the incremental linter kept under `key` (made at `path` on first use). */
  incremental(key: string, path: string, text: string): LintResult {
    const kept = this.now.get(key) ?? this.before.get(key);
    if (kept instanceof IncrementalLinter && kept.path === path) {
      this.now.set(key, kept);
      return kept.update(text);
    }
    const linter = new IncrementalLinter(path, text, this.host, this.options);
    this.now.set(key, linter);
    return linter.current();
  }

  /** The result for `text` at `path`: the one kept under `key` when its text is the same, else a fresh lint. */
  same(key: string, path: string, text: string): LintResult {
    const kept = this.now.get(key) ?? this.before.get(key);
    const result = kept && !(kept instanceof IncrementalLinter) && kept.text === text ? kept.result : lint(path, text, this.host, this.options);
    this.now.set(key, { text, result });
    return result;
  }

  /** One lint of the document is over: what it did not use goes. */
  next(): void {
    this.before = this.now;
    this.now = new Map();
  }
}

export function documentLinter(path: string, ctx: DocumentContext): DocumentLinter {
  let plain: IncrementalLinter | undefined;
  /** A template's variants' skeletons and hosts' renderings; kept while the document stays a template with the same options. */
  let kept: Kept | undefined;

  const lintPlain = (text: string): FileResult => {
    kept = undefined;
    if (!plain) {
      plain = new IncrementalLinter(path, text, ctx.host, ctx.options());
      return plain.current();
    }
    return plain.update(text);
  };

  const lintTemplate = (text: string, engine: Engine): FileResult => {
    plain = undefined;
    const options = ctx.options();
    const k = (kept ??= new Kept(ctx.host, options));
    const result = ctx.lintTemplate(text, engine, options, {
      skeleton: (key, skeleton) => k.same(`skeleton ${key}`, path, skeleton),
      rendering: (vpath, rendered) => k.incremental(`rendering ${vpath}`, vpath, rendered),
    });
    k.next();
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
      kept = undefined;
      return lintText(text);
    },
  };
}
