/**
 * `yaml` in the command-line bundle: esbuild.mjs points the core's `yaml` imports here when it
 * builds dist/cli.js, and this loads the library (dist/vendor/yaml.js, bundled apart) the first
 * time a YAML file is read. A run without Kolla or Ansible files never loads it (bench/NOTES.md).
 * Every function of `yaml` the core uses must be here (the build fails otherwise).
 */
import type * as Yaml from 'yaml';

let lib: typeof Yaml | undefined;
// eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use, from its own bundle
const yaml = (): typeof Yaml => (lib ??= require('./vendor/yaml.js') as typeof Yaml);

export const parseDocument = ((...args: Parameters<typeof Yaml.parseDocument>) => yaml().parseDocument(...args)) as typeof Yaml.parseDocument;
export const isAlias = ((node: unknown) => yaml().isAlias(node)) as typeof Yaml.isAlias;
export const isMap = ((node: unknown) => yaml().isMap(node)) as typeof Yaml.isMap;
export const isScalar = ((node: unknown) => yaml().isScalar(node)) as typeof Yaml.isScalar;
export const isSeq = ((node: unknown) => yaml().isSeq(node)) as typeof Yaml.isSeq;
