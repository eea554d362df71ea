/**
 * The README's rule and settings tables and the manifest's list of rule codes, generated from
 * the rule list and the manifest so they cannot drift (scripts/gen-docs.mjs writes them,
 * test/unit/docs.test.ts checks them).
 */
import { SNIPPETS } from '../language/catalogue/snippets';
import { allCodes } from '../language/project/codes';
import type { CodeInfo } from '../language/validation/rule';

const cell = (s: string | undefined): string => (s ?? '').replace(/\|/g, '\\|').replace(/\n/g, ' ');
const code = (s: string | undefined): string => (s ? `\`${s.replace(/`/g, "'").replace(/\|/g, '\\|')}\`` : '');

function area(id: string): string {
  if (id.startsWith('kolla-')) return 'Kolla-Ansible';
  if (id.startsWith('cluster-')) return 'Whole cluster (several nodes)';
  return '';
}

export function ruleTable(codes: readonly CodeInfo[] = allCodes): string {
  const rows = codes.map(
    (c) =>
      `| <a id="${c.id}"></a>\`${c.id}\` | ${c.severity} | ${cell(c.title)}${area(c.id) ? ` *(${area(c.id)})*` : ''} | ${cell(c.keepalived)} | ${code(c.example)} | ${cell(c.fix)} |`,
  );
  return ['| code | default | what it finds | what keepalived does | example | fix |', '| --- | --- | --- | --- | --- | --- |', ...rows].join('\n');
}

interface SettingSchema {
  readonly type?: string | string[];
  readonly default?: unknown;
  readonly description?: string;
  readonly markdownDescription?: string;
}

export function settingsTable(pkg: { contributes: { configuration: { properties: Record<string, SettingSchema> } } }): string {
  const rows = Object.entries(pkg.contributes.configuration.properties).map(
    ([key, p]) =>
      `| \`${key}\` | ${Array.isArray(p.type) ? p.type.join(' \\| ') : (p.type ?? '')} | \`${JSON.stringify(p.default ?? null)}\` | ${cell(p.markdownDescription ?? p.description)} |`,
  );
  return ['| setting | type | default | meaning |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

function replaceBetween(text: string, name: string, body: string): string {
  const begin = `<!-- ${name}:begin -->`;
  const end = `<!-- ${name}:end -->`;
  const a = text.indexOf(begin);
  const b = text.indexOf(end);
  if (a < 0 || b < a) return text;
  return `${text.slice(0, a + begin.length)}\n${body}\n${text.slice(b)}`;
}

/** The parts of package.json the docs are generated from (and, for the rule codes, written to). */
interface PackageJsonDocs {
  contributes: { configuration: { properties: Record<string, SettingSchema & { propertyNames?: { enum?: string[]; markdownEnumDescriptions?: string[] } }> } };
}

export function renderDocs(readme: string, packageJson: string): { readme: string; packageJson: string } {
  const pkg = JSON.parse(packageJson) as PackageJsonDocs;
  const rules = pkg.contributes.configuration.properties['keepalived.rules'];
  if (!rules?.propertyNames) throw new Error('package.json: keepalived.rules has no propertyNames');
  rules.propertyNames.enum = allCodes.map((c) => c.id);
  rules.propertyNames.markdownEnumDescriptions = allCodes.map((c) => `${c.title} (default: \`${c.severity}\`)`);
  const newPkg = `${JSON.stringify(pkg, null, 2)}\n`;
  let r = replaceBetween(readme, 'rules', ruleTable());
  r = replaceBetween(r, 'settings', settingsTable(pkg));
  return { readme: r, packageJson: newPkg };
}

/** snippets/keepalived.code-snippets (VS Code's snippet format, for editors that read it) from the snippets' data. */
export function renderSnippetsFile(): string {
  const out: Record<string, { scope: string; prefix: readonly string[]; description: string; body: readonly string[] }> = {};
  for (const [name, s] of Object.entries(SNIPPETS)) out[name] = { scope: 'keepalived', prefix: s.prefix, description: s.description, body: s.body };
  return `${JSON.stringify(out, null, 2)}\n`;
}
