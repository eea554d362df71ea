/**
 * The one rule shape. A rule is a small pure function of what it checks — one analysed
 * configuration (`RuleContext`), the nodes of a cluster (`ClusterRuleContext`) or a Kolla-Ansible
 * deployment (`KollaRuleContext`) — declared the same way: its `id` is the diagnostic `code`, the
 * README anchor, the severity-setting key and the key of its quick fix; what its findings hand to
 * that fix is `FixData` (issue.ts).
 */
import type { ConfigModel } from '../analysis/model';
import type { ParsedAddress } from '../analysis/addresses';
import type { FileInfo } from '../host';
import type { FixData, RelatedInfo, Severity, Span } from '../issue';

export interface ValidationOptions {
  /** Interfaces of the target host and their addresses with prefixes (`--interface`, settings, Kolla). */
  readonly interfaces?: ReadonlyMap<string, readonly ParsedAddress[]>;
  /** Owner and mode of paths on the machine being linted (the CLI/server host); absent in pure tests. */
  readonly fileInfo?: (path: string) => FileInfo | undefined;
  /** The keepalived version of the target hosts (e.g. `2.2.7`); unset: every 2.4 keyword is fine. */
  readonly keepalivedVersion?: string;
}

export interface RuleContext {
  readonly model: ConfigModel;
  readonly options: ValidationOptions;
}

export interface Finding {
  readonly span: Span;
  readonly message: string;
  readonly related?: readonly RelatedInfo[];
  /** What the finding hands to its quick fix (the typed contract of issue.ts). */
  readonly data?: FixData;
  /** When one rule covers cases keepalived treats differently (e.g. fatal vs corrected). */
  readonly severity?: Severity;
}

/** What every code documents (rules, and the codes the reader and parser emit themselves). */
export interface CodeInfo {
  readonly id: string;
  /** Default severity: error = keepalived refuses or drops the item; warning = it corrects/ignores, or failover breaks; information/hint = style. */
  readonly severity: Severity;
  /** One line for the README rule table: what the rule finds. */
  readonly title: string;
  /** What keepalived itself does with it. */
  readonly keepalived: string;
  /** A one-line example that triggers the rule (README). */
  readonly example?: string;
  /** How to fix it, in a few words (README). */
  readonly fix?: string;
}

/** A rule over a context `C` (one configuration by default). */
export interface Rule<C = RuleContext> extends CodeInfo {
  check(ctx: C): Iterable<Finding>;
}
