/**
 * `nunjucks` in the command-line bundle: esbuild.mjs points the core's `nunjucks` import here
 * when it builds dist/cli.js, and this loads the library (dist/vendor/nunjucks.js, bundled apart)
 * the first time a Jinja2 template is rendered. A run without templates never loads it.
 */
import type Nunjucks from 'nunjucks';

let lib: typeof Nunjucks | undefined;
// eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use, from its own bundle
const nunjucks = (): typeof Nunjucks => (lib ??= require('./vendor/nunjucks.js') as typeof Nunjucks);

/** What the core uses of nunjucks (templates/jinja.ts); a value used there and missing here is undefined in dist/cli.js, which test/unit/cli-vendor.test.ts catches. */
const lazy = {
  get Environment(): typeof Nunjucks.Environment {
    return nunjucks().Environment;
  },
  get Template(): typeof Nunjucks.Template {
    return nunjucks().Template;
  },
  /** templates/jinja.ts hooks it (not in nunjucks' types). */
  get runtime(): unknown {
    return (nunjucks() as unknown as { runtime: unknown }).runtime;
  },
  /** templates/jinjaCompile.ts makes its parser and compiler read Python's expressions (not in nunjucks' types). */
  get compiler(): unknown {
    return (nunjucks() as unknown as { compiler: unknown }).compiler;
  },
  get parser(): unknown {
    return (nunjucks() as unknown as { parser: unknown }).parser;
  },
  get lexer(): unknown {
    return (nunjucks() as unknown as { lexer: unknown }).lexer;
  },
  get nodes(): unknown {
    return (nunjucks() as unknown as { nodes: unknown }).nodes;
  },
};

export default lazy as unknown as typeof Nunjucks;
