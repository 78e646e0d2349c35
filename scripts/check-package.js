// After `npm run build`: every path the package's exports map, types, customElements and
// web-types name exists, so `import 'together-kit/idea-board.js'` works for the people who
// install it; every module path custom-elements.json names is in the package; and every source
// map carries its sources (the package ships no src/, so a map that only names them does not
// resolve in a debugger); and the type declarations name only packages the package depends on
// (`import("lit-html")` resolves under npm, which hoists Lit's own dependencies, but not under
// pnpm or Yarn's strict modes, where a page's types would then break).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const problems = [];
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const targets = new Set([pkg.main, pkg.types, pkg.customElements, pkg['web-types']]);
for (const value of Object.values(pkg.exports)) {
  if (typeof value === 'string') targets.add(value);
  else for (const path of Object.values(value)) targets.add(path);
}
// A pattern export ("./cdn/*") stands for a folder: check the folder.
for (const target of [...targets]) {
  if (target.endsWith('/*')) {
    targets.delete(target);
    targets.add(target.slice(0, -2));
  }
}
const missing = [...targets].filter((path) => !existsSync(path));
for (const path of missing) problems.push(`missing from the build: ${path}`);
console.log(`package check: ${targets.size - missing.length} of ${targets.size} paths present`);

// custom-elements.json: module paths into the published build, all present.
const manifest = JSON.parse(readFileSync(pkg.customElements, 'utf8'));
const modulePaths = manifest.modules.map((m) => m.path);
for (const path of modulePaths) {
  if (!path.startsWith('dist/') || !existsSync(path))
    problems.push(`custom-elements.json names a module the package lacks: ${path}`);
}
console.log(`manifest check: ${modulePaths.length} modules`);

// Source maps: every source given by content.
const maps = readdirSync('dist', { recursive: true }).filter((path) => path.endsWith('.map'));
let sources = 0;
for (const path of maps) {
  const map = JSON.parse(readFileSync(join('dist', path), 'utf8'));
  map.sources.forEach((source, i) => {
    sources += 1;
    if (typeof map.sourcesContent?.[i] !== 'string')
      problems.push(`dist/${path}: no content for ${source}`);
  });
}
if (maps.length === 0) problems.push('no source maps in dist/');
console.log(`source map check: ${maps.length} maps, ${sources} sources, each with its content`);

// Type declarations: every package they import is a dependency or peer dependency.
const declared = new Set(Object.keys({ ...pkg.dependencies, ...pkg.peerDependencies }));
const packageOf = (specifier) =>
  specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/');
const declarations = readdirSync('dist/esm', { recursive: true }).filter((path) =>
  path.endsWith('.d.ts'),
);
for (const path of declarations) {
  const text = readFileSync(join('dist/esm', path), 'utf8');
  // Bare package specifiers only (not "./x.js", nor words quoted in a doc comment).
  const specifiers = text.matchAll(/(?:from\s*|import\(\s*)["']([@a-z][\w./@-]*)["']/g);
  for (const [, specifier] of specifiers) {
    if (!declared.has(packageOf(specifier))) {
      problems.push(`dist/esm/${path} names "${specifier}", which package.json does not list`);
    }
  }
}
console.log(`types check: ${declarations.length} declarations name only listed packages`);

for (const problem of problems.slice(0, 20)) console.error(problem);
if (problems.length > 20) console.error(`… and ${problems.length - 20} more`);
process.exit(problems.length ? 1 : 0);
