// Each component folder reads from its element file down, never back up: no file of a folder
// imports the element's class (only the entry src/<name>.ts does), and no files import each
// other in a circle (types included — a circle is one a reader must hold in their head too).
// The imports are read with the TypeScript parser, so `import type` and re-exports count.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

const components = new URL('../../src/components/', import.meta.url).pathname;

/** The files of a folder each with the files of that same folder it imports. */
export function importGraph(folder) {
  const graph = new Map();
  for (const name of readdirSync(folder).filter((f) => f.endsWith('.ts'))) {
    const file = join(folder, name);
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    const local = importedFiles
      .map((i) => i.fileName)
      .filter((spec) => spec.startsWith('./'))
      .map((spec) => resolve(dirname(file), spec.replace(/\.js$/, '.ts')));
    graph.set(file, [...new Set(local)]);
  }
  return graph;
}

/** The circles of a graph, each as the list of files around it (empty when there are none). */
export function circles(graph) {
  const found = [];
  const state = new Map(); // file → 'open' while on the path, 'done' once explored
  const path = [];
  const visit = (file) => {
    state.set(file, 'open');
    path.push(file);
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === 'open') found.push([...path.slice(path.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    path.pop();
    state.set(file, 'done');
  };
  for (const file of graph.keys()) if (!state.has(file)) visit(file);
  return found;
}

const folders = readdirSync(components, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

test('the circle finder finds a circle, and none where there is none', () => {
  const ring = new Map([
    ['a', ['b']],
    ['b', ['c']],
    ['c', ['a']],
  ]);
  assert.deepEqual(circles(ring), [['a', 'b', 'c', 'a']]);
  assert.deepEqual(
    circles(
      new Map([
        ['a', ['b']],
        ['b', []],
      ]),
    ),
    [],
  );
});

for (const name of folders) {
  const folder = join(components, name);
  const graph = importGraph(folder);
  const element = join(folder, `${name}.ts`);

  test(`${name}: no file of the folder imports the element's class`, () => {
    const importers = [...graph]
      .filter(([, imports]) => imports.includes(element))
      .map(([file]) => relative(folder, file));
    assert.deepEqual(importers, [], `${name}.ts is imported by ${importers.join(', ')}`);
  });

  test(`${name}: no files import each other in a circle`, () => {
    const found = circles(graph).map((ring) => ring.map((f) => relative(folder, f)).join(' → '));
    assert.deepEqual(found, [], `circles:\n${found.join('\n')}`);
  });
}
