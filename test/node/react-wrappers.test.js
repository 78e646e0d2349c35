// together-kit/react (src/react.ts): a React component per element, and a typed event prop for
// every event each element says it fires (`@fires` in its class comment). Bundled like
// node-import.test.js, React and Lit left to Node; importing registers the elements under Lit's
// DOM shim, as a server render of a React page would.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../../', import.meta.url));
const out = `${root}node_modules/.cache/together-kit-react`;
const elements = {
  'co-space': ['space', 'Space'],
  'co-skill-offer': ['skill-offer', 'SkillOffer'],
  'co-partnership-vote': ['partnership-vote', 'PartnershipVote'],
  'co-idea-board': ['idea-board', 'IdeaBoard'],
  'co-journey-map': ['journey-map', 'JourneyMap'],
};

rmSync(out, { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: { react: 'src/react.ts' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  packages: 'external',
  outdir: out,
  tsconfig: 'tsconfig.json',
  target: 'es2021',
  logLevel: 'error',
});
const wrappers = await import(`${out}/react.js`);

/** `co-idea-move` → `onCoIdeaMove`. */
const propFor = (event) => `on${event.replace(/(^|-)([a-z])/g, (_, __, c) => c.toUpperCase())}`;

test('one React component per element, named after it, and the elements registered', () => {
  for (const [tag, [, name]] of Object.entries(elements)) {
    const component = wrappers[name];
    assert.equal(component?.$$typeof, Symbol.for('react.forward_ref'), name);
    assert.equal(component.displayName, name);
    assert.ok(globalThis.customElements.get(tag), `${tag} registered`);
  }
});

test("every event an element fires has its camel-case prop, and no prop waits for one it doesn't", () => {
  for (const [tag, [folder]] of Object.entries(elements)) {
    const source = readFileSync(`${root}src/components/${folder}/${folder}.ts`, 'utf8');
    const fired = [...source.matchAll(/@fires (co-[a-z-]+)/g)].map((match) => match[1]);
    assert.ok(fired.length >= 2, `${tag} documents its events`);
    const expected = Object.fromEntries(fired.map((event) => [propFor(event), event]));
    assert.deepEqual({ ...wrappers.eventProps[tag] }, expected, tag);
  }
});
