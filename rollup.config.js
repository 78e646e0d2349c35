// Two builds from one source tree:
// - dist/esm: one module per source file with .d.ts beside it, every dependency external,
//   for bundlers and for pages that import only the elements they use;
// - dist/together-kit.min.js: one self-contained, minified module (lit included) for a page
//   with no build step: <script type="module" src=".../together-kit.min.js">.
import typescript from '@rollup/plugin-typescript';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { minifyCssLiterals } from './scripts/minify-css-literals.js';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const dependencies = Object.keys(pkg.dependencies ?? {});
const isDependency = (id) => dependencies.some((dep) => id === dep || id.startsWith(`${dep}/`));

// Every entry a page may import on its own: the root, the core, and one per element folder
// (src/components/<name>/<name>.ts). Listing them keeps each as its own file in dist/esm.
const elementEntries = readdirSync('src/components')
  .map((name) => `src/components/${name}/${name}.ts`)
  .filter((path) => existsSync(path));

/** A minified module with lit and the core inside, needing nothing else on the page. */
function selfContained(input, file) {
  const dir = file.slice(0, file.lastIndexOf('/'));
  return {
    input,
    // The lazily loaded stores import what they share with the bundle from the bundle itself
    // (which gains a few exports for it), instead of it all moving to a third, shared file.
    preserveEntrySignatures: 'allow-extension',
    // The `http` and `yjs` stores are loaded by dynamic import() when a page asks for them,
    // so they become files of their own beside the bundle (chunks/), which a page without sync
    // never downloads.
    output: {
      dir,
      entryFileNames: file.slice(file.lastIndexOf('/') + 1),
      chunkFileNames: 'chunks/[name]-[hash].min.js',
      format: 'es',
      sourcemap: true,
    },
    plugins: [
      // nodeResolve picks lit's production build (the development one only adds warnings).
      nodeResolve({ browser: true }),
      typescript({
        tsconfig: './tsconfig.build.json',
        outDir: dir,
        declaration: false,
        declarationDir: undefined,
      }),
      minifyCssLiterals(),
      terser({ ecma: 2021, module: true, compress: { passes: 2 }, format: { comments: false } }),
    ],
  };
}

export default [
  {
    input: ['src/index.ts', 'src/core/index.ts', ...elementEntries],
    external: isDependency,
    output: {
      dir: 'dist/esm',
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: 'src',
      sourcemap: true,
    },
    plugins: [
      typescript({
        tsconfig: './tsconfig.build.json',
        outDir: 'dist/esm',
        declarationDir: 'dist/esm',
      }),
      minifyCssLiterals(),
    ],
  },
  // The one file with every element, and one self-contained file per element for a page that
  // uses only one (a participant on a phone pays for what the page shows, not for the kit).
  selfContained('src/index.ts', 'dist/together-kit.min.js'),
  ...elementEntries.map((entry) =>
    selfContained(entry, `dist/elements/${entry.split('/').at(-1).replace('.ts', '.min.js')}`),
  ),
];
