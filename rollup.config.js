// Three builds from one source tree (DESIGN.md, "Layout of the repository"):
// - dist/esm: one module per source file with .d.ts beside it, every dependency external, for
//   bundlers. The root (index.js) registers nothing; <element>.js and all.js register.
// - dist/cdn: minified ES modules for pages without a build step, one entry per element plus
//   all.js and index.js, sharing chunks: a page that loads two entries loads Lit and the core
//   once, and one <co-space> context reaches elements from any entry.
// - dist/together-kit.min.js: one tag, every element. What few parts load later by import()
//   (the http and yjs stores) are files in dist/together-kit/ beside it.
import typescript from '@rollup/plugin-typescript';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { chunkNames } from './scripts/rollup/chunk-names.js';
import { parallelParts } from './scripts/rollup/parallel-parts.js';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
// React (an optional peer, for together-kit/react only) is the page's own, never bundled.
const dependencies = Object.keys({ ...pkg.dependencies, ...pkg.peerDependencies });
const isDependency = (id) => dependencies.some((dep) => id === dep || id.startsWith(`${dep}/`));

// One registering entry per element folder: src/<name>.ts registers components/<name>/<name>.ts.
export const elementNames = readdirSync('src/components').filter(
  (name) => existsSync(`src/components/${name}/${name}.ts`) && existsSync(`src/${name}.ts`),
);
const entries = {
  index: 'src/index.ts',
  all: 'src/all.ts',
  ...Object.fromEntries(elementNames.map((name) => [name, `src/${name}.ts`])),
};

/**
 * Source maps carry the sources themselves (`inlineSources` in tsconfig.build.json), since the
 * package ships no src/. Their paths still name where each source was: the TypeScript plugin
 * gives one `../` too many for our own files (counted from the output folder, read from the
 * source's), so it is dropped where the path does not resolve as given.
 */
export function sourcemapPathTransform(source, mapPath) {
  const resolves = existsSync(resolve(dirname(mapPath), source));
  return resolves || !source.startsWith('../') ? source : source.slice(3);
}

/**
 * Lit's minifier for the html`…` and css`…` literals in our source: comments go, and runs of
 * whitespace become one space (conservative: never none, so text beside a binding keeps its
 * space, and `white-space: pre-line` text shows as before); CSS through lightningcss.
 * scripts/check-minified.js renders the built elements beside the source and compares what
 * people see and hear.
 */
const minifyTemplates = () =>
  minifyHtmlLiterals({
    include: ['src/**/*.ts'],
    failOnError: true,
    options: {
      minifyOptions: {
        caseSensitive: true, // Lit's `.property` and `?attribute` bindings
        collapseWhitespace: true,
        conservativeCollapse: true,
        removeComments: true,
        // An empty attribute can mean something (`alt=""`, `value=""`): kept.
        removeEmptyAttributes: false,
        removeAttributeQuotes: false,
        decodeEntities: false,
        minifyJS: false,
        minifyCSS: { minify: true },
      },
    },
  });

/** Minified browser modules with lit and the core inside. */
function forBrowsers(input, output, outDir) {
  return {
    input,
    output: { format: 'es', sourcemap: true, sourcemapPathTransform, ...output },
    plugins: [
      // nodeResolve picks lit's production build (the development one only adds warnings).
      nodeResolve({ browser: true }),
      typescript({
        tsconfig: './tsconfig.build.json',
        outDir,
        declaration: false,
        declarationDir: undefined,
      }),
      minifyTemplates(),
      // Before terser, which then minifies what it writes.
      parallelParts(),
      terser({ ecma: 2021, module: true, compress: { passes: 2 }, format: { comments: false } }),
      chunkNames(),
    ],
  };
}

export default [
  {
    // react.ts only here: React wrappers are for bundlers, not for the CDN files.
    input: [...Object.values(entries), 'src/core/index.ts', 'src/react.ts'],
    external: isDependency,
    output: {
      dir: 'dist/esm',
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: 'src',
      sourcemap: true,
      sourcemapPathTransform,
    },
    plugins: [
      typescript({
        tsconfig: './tsconfig.build.json',
        outDir: 'dist/esm',
        declarationDir: 'dist/esm',
      }),
      minifyTemplates(),
    ],
  },
  forBrowsers(
    entries,
    {
      dir: 'dist/cdn',
      entryFileNames: '[name].js',
      // Chunks are named by their hash alone: files import each other by name, and every
      // name is bytes in a first load (0.3 KB gzip for an element). chunk-names.json beside
      // them says which is which, and their source maps what each holds.
      chunkFileNames: 'chunks/[hash].js',
    },
    'dist/cdn',
  ),
  {
    ...forBrowsers(
      'src/all.ts',
      {
        dir: 'dist',
        entryFileNames: 'together-kit.min.js',
        chunkFileNames: 'together-kit/[hash].js',
      },
      'dist',
    ),
    // The lazily loaded stores import what they share with the one file from that file (which
    // gains a few exports for it), instead of it all moving to a third file every page loads.
    preserveEntrySignatures: 'allow-extension',
  },
];
