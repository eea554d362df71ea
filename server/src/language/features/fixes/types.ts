/**
 * The shape of quick fixes in the language core: plain objects, no LSP types. An edit replaces
 * a span of a source file (offsets as the reader saw them) with new text; the LSP adapter turns
 * spans into ranges in one place (lsp/convert.ts).
 */
import type { ConfigModel } from '../../analysis/model';
import type { Issue, Span } from '../../issue';
import type { ValidationOptions } from '../../validation/rule';

/** Replace `span` with `newText` (an insertion when the span is empty). */
export interface TextEdit {
  readonly span: Span;
  readonly newText: string;
}

export interface CodeFix {
  /** What the user sees in the light-bulb menu, in keepalived's words. */
  readonly title: string;
  /** The diagnostic code this fix answers. */
  readonly code: string;
  /** Edits, possibly in several files (an include), never overlapping. */
  readonly edits: readonly TextEdit[];
  /** The one obvious fix (VS Code applies it with the "auto fix" shortcut). */
  readonly isPreferred?: boolean;
  /**
   * Safe: applying it cannot change what the user meant (see FixProvider.safe), so
   * `keepalived-lint --fix` may apply it unattended. Unset: the provider's `safe` decides.
   */
  readonly safe?: boolean;
}

export interface FixContext {
  readonly model: ConfigModel;
  readonly options: ValidationOptions;
  /**
   * VRIDs other configurations of the workspace use on an interface of that name and family
   * (the language server passes those of the other open documents; instances named like `except`
   * are the same virtual router on a peer node and do not count).
   */
  readonly workspaceVrids?: (iface: string | undefined, family: 4 | 6, except: string) => ReadonlySet<number>;
  /**
   * The priorities the other nodes of this node's cluster run a virtual router with (same VRID
   * and family), so that a fixed priority keeps the cluster's order and creates no tie.
   */
  readonly peerPriorities?: (vrid: number, family: 4 | 6) => readonly number[];
}

/**
 * The fixes of one or more diagnostic codes.
 *
 * `fixAll` marks kinds whose preferred fix can be applied to every occurrence in a file at once
 * without review (the result does not depend on a choice the user should make): the editor's
 * "fix all" and source.fixAll apply those.
 *
 * `safe` is stronger: the fix cannot change what the user meant — the one spelling a misspelt
 * word can have, a case the reader requires, a brace keepalived ignores, a renamed keyword under
 * its new name. `keepalived-lint --fix` applies only safe fixes, and only when they bring no new
 * finding. `true`: every fix the provider offers is safe; `'some'`: the provider marks the safe
 * ones itself (CodeFix.safe), `safeWhen` says when. A fix that picks a value (a VRID, a priority,
 * a shorter password) or removes words the user wrote is never safe. A safe fix needs no review,
 * so the editor's fix-all applies it too, whatever `fixAll` says (codeActions.ts).
 */
export interface FixProvider {
  readonly codes: readonly string[];
  readonly fixAll?: boolean;
  readonly safe?: true | 'some';
  /** When the fixes of a `safe: 'some'` provider are safe, in a few words (README, --help). */
  readonly safeWhen?: string;
  fixes(ctx: FixContext, issue: Issue): CodeFix[];
}
