/** Lint a template text in memory, as the project service does, and write its findings as golden lines. */
import { createProjectService } from '../../server/src/language/project/service';
import { SourceFile } from '../../server/src/language/syntax/source';
import type { Engine } from '../../server/src/language/templates/scan';
import { memoryHost } from './memoryHost';

export const TEMPLATE_PATH = '/etc/ansible/roles/lb/templates/keepalived.conf.j2';

/**
 * The findings of `text` linted as a template at `path` (engine by name and content, unless
 * given), one line each: `L:C-L:C severity code` (1-based); warnings and errors only unless `all`.
 */
export function templateGolden(text: string, engine?: Engine, path = TEMPLATE_PATH, all = false): string {
  const service = createProjectService(
    memoryHost({ [path]: text }),
    engine ? { settings: { ...createProjectService(memoryHost({})).settings, template: engine } } : {},
  );
  const r = service.lintFile(path, text);
  const file = new SourceFile(path, text);
  return r.issues
    .filter((i) => all || i.severity === 'error' || i.severity === 'warning')
    .map((i) => {
      const a = file.positionAt(i.span.start);
      const b = file.positionAt(i.span.end);
      return `${a.line + 1}:${a.character + 1}-${b.line + 1}:${b.character + 1} ${i.severity} ${i.code}`;
    })
    .join('\n');
}
