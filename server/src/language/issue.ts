/**
 * The one diagnostic type of the language core. LSP adapters and CLI printers convert it;
 * nothing in the core knows about LSP ranges.
 */

export type Severity = 'error' | 'warning' | 'information' | 'hint';

/** A place in a source file: `file` is a path (or URI string) exactly as the host named it; offsets are UTF-16 code units. */
export interface Span {
  readonly file: string;
  readonly start: number;
  readonly end: number;
}

export interface RelatedInfo {
  readonly span: Span;
  readonly message: string;
}

export interface Issue {
  /** Stable rule id, e.g. `vrid-range`; also the diagnostic `code` and the README anchor. */
  readonly code: string;
  readonly severity: Severity;
  readonly message: string;
  readonly span: Span;
  readonly related?: readonly RelatedInfo[];
  /** What the finding hands to its quick fix (plain JSON). */
  readonly data?: FixData;
}

/** An edit of a choice a check computed itself (possibly in another file, e.g. globals.yml). */
export interface ChoiceEdit {
  readonly span: Span;
  readonly newText: string;
}

/** One of the fixes a check offers with its finding. */
export interface FixChoice {
  readonly title: string;
  readonly edits: readonly ChoiceEdit[];
}

/**
 * The contract between a rule and its quick fix: what a finding may hand over, each field with
 * one meaning whatever the rule. Rules fill it, fixes (features/fixes) read it; a renamed or
 * retyped field is a compile error on both sides.
 */
export interface FixData {
  /** The text to write over the finding's span: the one obvious correction. */
  readonly replacement?: string;
  /** A near-miss name worth offering (the user confirms it). */
  readonly suggestion?: string;
  /** Delete what the finding covers (argument words the keyword can do without, else the line). */
  readonly remove?: boolean;
  /** A line to add to the block whose keyword the finding is on. */
  readonly insert?: string;
  /** Keywords the block lacks (documentation for the fix's title; `insert` is what is added). */
  readonly add?: string | readonly string[];
  /** Fixes the check computed itself, possibly in other files. */
  readonly choices?: readonly FixChoice[];
  /** `state` the instance should have instead. */
  readonly state?: 'BACKUP' | 'MASTER';
  /** The interface to name (interface-missing: the default_interface). */
  readonly interface?: string;
  /** The tracker weight to write (tracker-weight-owner: 0). */
  readonly weight?: number;
  /** The preference keepalived assigns when none is given (rule-no-preference). */
  readonly assigned?: number;
  /** The blocks where the keyword is valid (wrong-block). */
  readonly blocks?: readonly string[];
  /** A mid-word comment: the part keepalived keeps and the part it drops. */
  readonly kept?: string;
  readonly dropped?: string;
  /** The lowest VRID free on the interface (vrid-duplicate; the fix looks further). */
  readonly freeVrid?: number;
  /** Why a reference names nothing (undefined-reference): defined later, hidden by @id, or removed. */
  readonly reason?: 'later' | 'hidden' | 'removed';
  /** The block a VIP should move to (vip-family-mixed). */
  readonly moveTo?: string;
  /** An interface name that is not on the host, and the ones that are (unknown-interface). */
  readonly name?: string;
  readonly known?: readonly string[];
  /** What keepalived uses instead of the value (priority-range). */
  readonly keepalivedUses?: string;
  /** The password keepalived really uses (auth-pass-length). */
  readonly truncated?: string;
  /** Loose members that should be listed in `group { }` (sync-group-empty). */
  readonly members?: readonly string[];
  /** The sync group whose tracking weight is ignored (tracker-weight-sync-group). */
  readonly syncGroup?: string;
  /** The user (notify-user-argument) or the command (script-arguments) keepalived reads. */
  readonly user?: string;
  readonly command?: string;
  /** The block a keyword should be added to, and whether it exists (script-security). */
  readonly block?: string;
  readonly hasGlobalDefs?: boolean;
}

export const severityRank: Record<Severity, number> = { error: 0, warning: 1, information: 2, hint: 3 };
