/** Locating the workplace's shared reference material (beside the clone), when it exists. */
import * as fs from 'node:fs';
import * as path from 'node:path';

/** `../shared` beside the repository, or undefined when absent. */
export function sharedDir(): string | undefined {
  const candidates = [process.env.KEEPALIVED_SHARED, path.resolve(__dirname, '../../../../shared'), path.resolve(process.cwd(), '../shared')];
  for (const c of candidates) if (c && fs.existsSync(path.join(c, 'reference'))) return c;
  return undefined;
}

/** Repository root (tests run from out/test/...). */
export const repoRoot = path.resolve(__dirname, '../../..');
