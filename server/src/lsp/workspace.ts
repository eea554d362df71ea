/**
 * Open documents, their analysed parses (cached by URI and version, and by settings
 * generation), and which documents depend on which files through includes.
 */
import { TextDocuments } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createNodeHost } from '../host/nodeHost';
import { lint, type LintResult } from '../language/index';
import type { ServerSettings } from './settings';
import { defaultSettings } from './settings';
import { uriToPath } from './convert';

interface Entry {
  readonly version: number;
  readonly generation: number;
  readonly result: LintResult;
}

export class Workspace {
  readonly documents = new TextDocuments(TextDocument);
  private readonly cache = new Map<string, Entry>();
  private generation = 0;
  settings: ServerSettings = defaultSettings;

  private readonly host = createNodeHost({
    overlay: (p) => this.openText(p),
  });

  private openText(path: string): string | undefined {
    for (const d of this.documents.all()) if (uriToPath(d.uri) === path) return d.getText();
    return undefined;
  }

  /** Settings or files outside the editor changed: every cached parse is stale. */
  invalidateAll(): void {
    this.generation++;
  }

  updateSettings(s: ServerSettings): void {
    this.settings = s;
    this.invalidateAll();
  }

  /** The analysed document, parsed once per version. */
  get(uri: string): LintResult | undefined {
    const doc = this.documents.get(uri);
    if (!doc) return undefined;
    const hit = this.cache.get(uri);
    if (hit && hit.version === doc.version && hit.generation === this.generation) return hit.result;
    const s = this.settings;
    const result = lint(uriToPath(uri), doc.getText(), this.host, { configId: s.configId, interfaces: s.interfaces, severities: s.rules });
    this.cache.set(uri, { version: doc.version, generation: this.generation, result });
    return result;
  }

  drop(uri: string): void {
    this.cache.delete(uri);
  }

  /** Open documents whose last parse read `path` (through an include), other than `path` itself. */
  dependents(path: string): string[] {
    const out: string[] = [];
    for (const [uri, e] of this.cache) {
      if (uriToPath(uri) !== path && e.result.model.parsed.files.has(path)) out.push(uri);
    }
    return out;
  }
}
