// After `npm run build`: every path the package's exports map, types and customElements name
// exists, so `import 'together-kit/idea-board.js'` works for the people who install it.
import { existsSync, readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const targets = new Set([pkg.main, pkg.types, pkg.customElements]);
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
for (const path of missing) console.error(`missing from the build: ${path}`);
console.log(`package check: ${targets.size - missing.length} of ${targets.size} paths present`);
process.exit(missing.length ? 1 : 0);
