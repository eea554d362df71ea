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
 * The fixes of one or more diagnostic codes. `fixAll` marks kinds whose preferred fix can be
 * applied to every occurrence in a file at once without review (the result does not depend on
 * a choice the user should make).
 */
export interface FixProvider {
  readonly codes: readonly string[];
  readonly fixAll?: boolean;
  fixes(ctx: FixContext, issue: Issue): CodeFix[];
}
