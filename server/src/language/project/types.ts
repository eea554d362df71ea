/** The project service's public shapes (what the CLI and the language server hand in and get back). */
import type { ClusterNode } from '../analysis/cluster';
import type { ConfigHost, ReadResult } from '../host';
import type { Issue } from '../issue';
import type { KollaPaths } from '../kolla/model';
import type { SourceFile } from '../syntax/source';
import type { FileLint, FileResult } from './lint';
import type { KeepalivedSettings } from './settings';
import type { TemplateSources } from './templates';

export interface ProjectOptions {
  readonly settings?: KeepalivedSettings;
  /** The settings of each workspace folder (the editor's folder-scoped settings), by absolute folder path. */
  readonly folderSettings?: ReadonlyMap<string, KeepalivedSettings>;
  /** The workspace folders (absolute): relative folder keys of the settings are resolved against them. */
  readonly folders?: readonly string[];
  /** A config id that wins over the settings (the command line's --config-id). */
  readonly configId?: string;
  /** Folder relative Kolla paths in the settings are resolved against (the settings file's folder, or the first workspace folder). */
  readonly settingsBase?: string;
  /** Kolla-Ansible files given explicitly (the CLI's --globals/--inventory/--passwords), absolute; they win over the settings. */
  readonly kolla?: KollaPaths;
  /** Where the command runs: an inventory not given nor found beside globals.yml is also looked for there (Kolla's quick start copies it there). */
  readonly cwd?: string;
  /** Check several files as the nodes of one cluster (default); false: each file on its own. */
  readonly cluster?: boolean;
  /** Template variables given explicitly (the CLI's --inventory, --vars, --host), absolute; they win over the settings. */
  readonly templates?: Partial<TemplateSources>;
}

/** A file of the project and its text. */
export interface ProjectFile {
  readonly path: string;
  readonly text: string;
}

export interface ProjectLint {
  /** Every file linted on its own, in input order. */
  readonly results: readonly FileLint[];
  readonly nodes: readonly ClusterNode[];
  /** Every issue: per-file ones of the roots, cluster ones, Kolla ones. */
  readonly issues: readonly Issue[];
  /** Every source file the issues point into (keepalived files and Kolla's), for positions. */
  readonly files: ReadonlyMap<string, SourceFile>;
}

/** Cluster and Kolla issues of analysed configurations (the server's workspace view). */
export interface WorkspaceIssueSet {
  readonly byFile: ReadonlyMap<string, Issue[]>;
  /** Every file these issues (and their related information) point into, for range conversion. */
  readonly files: ReadonlyMap<string, SourceFile>;
  /** Files outside the keepalived documents that carry issues (globals.yml...). */
  readonly extraFiles: readonly string[];
}

/** A Kolla file that cannot be read: which option named it and why. */
export interface KollaReadProblem {
  readonly path: string;
  readonly what: 'globals' | 'inventory' | 'passwords';
  readonly problem: string;
}

export function readProblem(host: ConfigHost, path: string): string | undefined {
  return problemOf(host.readFile(path));
}

/** Why a read failed, in words (undefined: it did not). */
export function problemOf(r: ReadResult): string | undefined {
  if (r.kind === 'ok') return undefined;
  return r.kind === 'error' ? r.message : r.kind === 'missing' ? 'no such file' : `it is a ${r.what}`;
}

/** A document the editor has open, linted as it changes (ProjectService.openDocument). */
export interface DocumentLinter {
  /** The result for the document's text now. */
  update(text: string): FileResult;
  /** The same, reading everything again (an included file or the disk changed). */
  reset(text: string): FileResult;
}
