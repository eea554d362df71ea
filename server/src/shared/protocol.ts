/**
 * Requests the client and the server share: names and plain-data types only. The client may
 * import this module (and nothing else of server/). Types the election model already declares
 * (its JSON, actions, timeline events) are re-exported from the core, type-only, so each is
 * declared once and nothing of the core reaches the client's bundles.
 */
import type { Action } from '../language/election/input';
import type { TimelineEvent } from '../language/election/result';
import type { ElectionJson, SplitBrainJson, StepJson } from '../language/election/render/json';

export type { ElectionJson, SplitBrainJson, StepJson };
/** One action of a scenario step (a node crashes, stops or starts; a check fails or recovers; a link goes down or up...). */
export type ElectionAction = Action;
/** One event of the timeline: an action, a state change, a priority change, a priority-0 advert, a preempt delay. */
export type ElectionTimelineEvent = TimelineEvent;

/**
 * keepalived's sample files start with this line (`!` or `#` comment): a `*.conf` that another
 * language claims by its extension is still keepalived when it starts so (the client switches it;
 * the server's discovery finds it).
 */
export const KEEPALIVED_FIRST_LINE = /^[!#]\s*Configuration File for keepalived/i;

/**
 * The client command that opens the election preview; arguments `[uri?, instance?]` (the code
 * lens over a vrrp_instance passes its document and the instance name).
 */
export const PREVIEW_ELECTION_COMMAND = 'keepalived.previewElection';

/** `keepalived/electionPreview`: the election model over the workspace's nodes, for the webview. */
export const ELECTION_PREVIEW_REQUEST = 'keepalived/electionPreview';

/**
 * Rendered configurations as read-only documents: `keepalived-rendered:/<host>/keepalived.conf?<source>`
 * where <source> is the URI (encoded) of what renders it — a template, or a Kolla-Ansible
 * globals.yml. The client shows it through a TextDocumentContentProvider that asks the server
 * with `keepalived/renderedConfig`.
 */
export const RENDERED_SCHEME = 'keepalived-rendered';
export const RENDERED_CONFIG_REQUEST = 'keepalived/renderedConfig';

export interface RenderedConfigParams {
  /** The template's or globals.yml's URI. */
  readonly source: string;
  /** The host whose rendering is wanted; absent: the hosts that can be shown. */
  readonly host?: string;
}

export interface RenderedConfigResult {
  /** The hosts this source renders for. */
  readonly hosts: readonly string[];
  /** The rendered text for `host` (absent when no host was asked or it does not render). */
  readonly text?: string;
  /** Why there is no text (no inventory, unknown host, rendering failed). */
  readonly problem?: string;
}

/** The URI of a host's rendering of `source` (the client's content provider reads it back). */
export function renderedUri(source: string, host: string): string {
  return `${RENDERED_SCHEME}:/${encodeURIComponent(host)}/keepalived.conf?${encodeURIComponent(source)}`;
}

/**
 * `keepalived/lintFiles` ("Keepalived: Lint Workspace"): the server finds the keepalived files of
 * the folders (the CLI's rules), lints them as the CLI does and publishes the diagnostics of the
 * files not open in the editor.
 */
export const LINT_FILES_REQUEST = 'keepalived/lintFiles';

export interface LintFilesParams {
  /** The workspace folders (URIs), when the server may not know them yet. */
  readonly folders?: readonly string[];
  /** Files to lint besides those the server finds (URIs). */
  readonly uris?: readonly string[];
}

export interface LintFilesResult {
  readonly files: number;
  readonly errors: number;
  readonly warnings: number;
  readonly others: number;
}

/** What happens in a scenario (every list may be empty: all nodes start together). */
export interface ElectionScenario {
  /** Nodes that crash (no priority-0 advert). */
  readonly down: readonly string[];
  /** Nodes that stop gracefully (a MASTER sends priority 0). */
  readonly stop: readonly string[];
  /** Tracked checks that start failing on a node. */
  readonly fail: readonly { readonly node: string; readonly tracker: string }[];
  /** Interfaces that go down on a node. */
  readonly linkDown: readonly { readonly node: string; readonly interface: string }[];
  /** The order the nodes start in, earliest first; empty: all together. */
  readonly startOrder: readonly string[];
  /** Seconds between the ordered starts; absent: each node once the one before has settled. */
  readonly startGap?: number;
  /**
   * Steps after the start (after the lists above, which form the first step when they hold
   * anything): the same steps as `keepalived-lint election --step`. The outcome is the last one's.
   */
  readonly steps?: readonly (readonly ElectionAction[])[];
}

export const EMPTY_SCENARIO: ElectionScenario = { down: [], stop: [], fail: [], linkDown: [], startOrder: [] };

export interface ElectionPreviewParams {
  /** The document the preview was asked from: the nodes of its cluster. */
  readonly uri?: string;
  /** A cluster of the Clusters view (its id), instead of a document's. */
  readonly cluster?: string;
  readonly scenario: ElectionScenario;
}

export interface ElectionPreviewNode {
  readonly name: string;
  /** URI of the node's configuration; for a rendered one, its rendering (renderedUri of globals.yml or the template). */
  readonly file: string;
  /** Kolla or a template renders this node's configuration (there is no file of its own). */
  readonly rendered?: boolean;
  /** The document the preview was asked from belongs to this node. */
  readonly self?: boolean;
  readonly instances: readonly string[];
  /** What can fail on the node: its tracked objects (for the scenario's toggles). */
  readonly trackers: readonly { readonly name: string; readonly kind: string; readonly weight?: number; readonly instances: readonly string[] }[];
  /** Interfaces its instances run on or track (for "interface down"). */
  readonly interfaces: readonly string[];
}

/** Details per node and virtual router that the JSON leaves out (reasons, notes, failover window). */
export interface ElectionInstanceDetail {
  /** Segment key (family/segment/vrid). */
  readonly key: string;
  readonly name: string;
  readonly vrid: number;
  /** Failover window, seconds (`min` < actual <= `max`); null without a master. */
  readonly failover: { readonly min: number; readonly max: number } | null;
  readonly alsoMaster: readonly string[];
  /** Without a predicted master: the nodes that can end up MASTER (start order or a timer race decides). */
  readonly candidates: readonly string[];
  readonly notes: readonly string[];
  readonly nodes: readonly { readonly node: string; readonly instance: string; readonly reason: string; readonly notes: readonly string[] }[];
}

export interface ElectionPreviewResult {
  /** Where the nodes come from. */
  readonly source: 'workspace' | 'kolla' | 'folder' | 'template';
  /** The cluster of the workspace the nodes are (absent for files beside a document outside the folders). */
  readonly cluster?: { readonly id: string; readonly label: string; readonly deployment: string };
  readonly nodes: readonly ElectionPreviewNode[];
  /** The scenario that was run (unknown nodes, trackers and interfaces dropped). */
  readonly scenario: ElectionScenario;
  /** The scenario in words. */
  readonly description: string;
  /** Who is MASTER after the scenario (the CLI's JSON, with its splitBrain and steps). */
  readonly json: ElectionJson;
  /** The split brain after the scenario in words (empty: none): the page shows them as a red banner. */
  readonly splitBrain: readonly string[];
  readonly details: readonly ElectionInstanceDetail[];
  /** The CLI's text output. */
  readonly text: string;
  readonly markdown: string;
  readonly mermaid: string;
  /** The timeline the page draws: each step once settled, and every event (the sequence diagram is drawn from them). */
  readonly timeline: { readonly steps: readonly StepJson[]; readonly events: readonly ElectionTimelineEvent[] };
  /** The model's warnings and the parts of the scenario that were dropped. */
  readonly warnings: readonly string[];
}

/**
 * `keepalived/clusters` ("Keepalived: Clusters" view): the workspace's deployments (Kolla-Ansible,
 * Ansible roles, plain files), their clusters and nodes, and where each node's facts come from.
 */
export const CLUSTERS_REQUEST = 'keepalived/clusters';

export interface ClustersParams {
  /** The workspace folders (URIs), when the server may not know them yet. */
  readonly folders?: readonly string[];
}

/** Where a fact about a node comes from (settings, a .keepalived-lint.json, the inventory). */
export interface ClusterFactInfo {
  /** `interfaces`, `config id`, `address`... */
  readonly what: string;
  /** The value: `eth0 192.168.50.11/24`. */
  readonly value: string;
  /** Where it is set: `keepalived.interfaces "lb1:eth0"`. */
  readonly source: string;
  /** The file that sets it (URI), when it is one. */
  readonly uri?: string;
}

export interface ClusterNodeInfo {
  readonly name: string;
  /** The node's file (URI); for a rendered one, its rendering (a keepalived-rendered: URI). */
  readonly uri: string;
  /** Rendered (Kolla or a template): `uri` is read-only, rendered by the server. */
  readonly rendered?: boolean;
  /** `k8s/lb1.conf`, `rendered by Kolla from globals.yml`. */
  readonly description: string;
  /** VRRP instances: `K8S_API (VRID 51, priority 150)`. */
  readonly instances: readonly string[];
  readonly facts: readonly ClusterFactInfo[];
}

export interface ClusterInfo {
  /** The id the election preview takes (ElectionPreviewParams.cluster). */
  readonly id: string;
  /** `VRID 51 · 192.168.50.10`. */
  readonly label: string;
  readonly nodes: readonly ClusterNodeInfo[];
}

export interface DeploymentInfo {
  readonly id: string;
  readonly kind: 'kolla' | 'ansible' | 'files';
  /** `Kolla-Ansible: kolla/etc/kolla/globals.yml`. */
  readonly label: string;
  /** The files that define it (globals.yml, inventory...), URIs. */
  readonly sources: readonly string[];
  readonly clusters: readonly ClusterInfo[];
  /** How it was found, what is missing. */
  readonly notes: readonly string[];
}

export interface ClustersResult {
  readonly deployments: readonly DeploymentInfo[];
}

/**
 * `keepalived/documentFacts`: what the server takes as given for the node a document belongs to
 * (its name, its config id and where that is set) — the status bar shows it for the active editor.
 */
export const DOCUMENT_FACTS_REQUEST = 'keepalived/documentFacts';

export interface DocumentFactsParams {
  readonly uri: string;
}

export interface DocumentFactsResult {
  /** The node the file is (lb1.conf → lb1, <host>/keepalived.conf → host). */
  readonly node: string;
  /** keepalived's `-i` for this node, if any: which `@id` lines are active. */
  readonly configId?: string;
  /** Where the config id is set: `keepalived.configIds "lb2"`, `.keepalived-lint.json`... */
  readonly configIdFrom?: string;
}
