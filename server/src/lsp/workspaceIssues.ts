/**
 * Diagnostics that need more than one file: the cluster rules over the workspace's nodes, and a
 * Kolla-Ansible deployment (globals.yml, inventory, passwords.yml) cross-checked against them.
 * Computed once per workspace state (open document versions, settings, folders) and shared by
 * every document's diagnostics; issues in globals.yml are published on globals.yml itself.
 */
import * as fs from 'node:fs';
import * as nodePath from 'node:path';
import type { Issue } from '../language/issue';
import { loadKollaContext, type KollaPaths } from '../language/kolla/index';
import { SourceFile } from '../language/syntax/source';
import { lintCluster, type ClusterNode } from '../language/workspace/index';
import { lintKolla } from '../language/workspace/kolla';
import { clusterMembers } from './cluster';
import type { Workspace } from './workspace';

export interface WorkspaceIssueSet {
  readonly byFile: ReadonlyMap<string, Issue[]>;
  /** Every file these issues (and their related information) point into, for range conversion. */
  readonly files: ReadonlyMap<string, SourceFile>;
  /** Files outside the keepalived documents that carry issues (globals.yml...). */
  readonly extraFiles: readonly string[];
}

const EMPTY: WorkspaceIssueSet = { byFile: new Map(), files: new Map(), extraFiles: [] };

/** Kolla files from the settings (relative to the first workspace folder) or `etc/kolla/globals.yml` in a folder. */
export function kollaPaths(workspace: Workspace): KollaPaths | undefined {
  const k = workspace.settings.kolla;
  const folders = workspace.workspaceFolders();
  const base = folders[0] ?? process.cwd();
  const abs = (p: string | undefined) => (p === undefined ? undefined : nodePath.resolve(base, p));
  if (k.globals) return { globals: abs(k.globals)!, inventory: abs(k.inventory), passwords: abs(k.passwords) };
  for (const f of folders) {
    const g = nodePath.join(f, 'etc/kolla/globals.yml');
    if (fs.existsSync(g)) {
      const pw = nodePath.join(f, 'etc/kolla/passwords.yml');
      return { globals: g, passwords: fs.existsSync(pw) ? pw : undefined };
    }
  }
  return undefined;
}

export class WorkspaceIssues {
  private cached: { key: string; set: WorkspaceIssueSet } | undefined;

  constructor(private readonly workspace: Workspace) {}

  get(isCancelled: () => boolean = () => false): WorkspaceIssueSet {
    const key = this.workspace.stateKey();
    if (this.cached?.key === key) return this.cached.set;
    const set = this.compute(isCancelled);
    if (!isCancelled()) this.cached = { key, set };
    return set;
  }

  private compute(isCancelled: () => boolean): WorkspaceIssueSet {
    const members = clusterMembers(this.workspace, isCancelled);
    if (isCancelled()) return EMPTY;
    const s = this.workspace.settings;
    const nodes: ClusterNode[] = members.map((m) => ({ name: m.name, model: m.model }));
    const settings = { severities: s.rules, subnets: s.interfaces, sameNetwork: false };
    const issues: Issue[] = [];
    const files = new Map<string, SourceFile>();
    for (const n of nodes) for (const [p, f] of n.model.parsed.files) files.set(p, f);
    const extraFiles: string[] = [];
    const paths = kollaPaths(this.workspace);
    if (paths) {
      const host = this.workspace.fileHost();
      const ctx = loadKollaContext(host, paths, {});
      issues.push(...lintKolla(ctx, nodes, settings).issues);
      for (const p of [paths.globals, paths.inventory, paths.passwords]) {
        if (!p) continue;
        const r = host.readFile(p);
        if (r.kind === 'ok') {
          files.set(p, new SourceFile(p, r.text));
          extraFiles.push(p);
        }
      }
    } else {
      issues.push(...lintCluster(nodes, settings));
    }
    const byFile = new Map<string, Issue[]>();
    for (const i of issues) {
      const list = byFile.get(i.span.file) ?? [];
      list.push(i);
      byFile.set(i.span.file, list);
    }
    return { byFile, files, extraFiles };
  }
}
