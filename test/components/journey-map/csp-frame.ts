// Runs inside csp-frame.html (strict CSP): counts every policy violation while maps with
// content render, in both languages and both views, and lists any element that carries a
// `style` attribute. The test page reads `window.cspReport`.
import '../../../src/components/journey-map/journey-map.js';
import {
  addNote,
  addStage,
  emptyJourney,
  setFeeling,
} from '../../../src/components/journey-map/model.js';
import { createEnvelope, recordKey } from '../../../src/core/store/envelope.js';
import { MemoryStore } from '../../../src/core/store/memory-store.js';

declare global {
  interface Window {
    cspReport?: Promise<{ violations: string[]; styled: string[]; rendered: number }>;
  }
}

const violations: string[] = [];
document.addEventListener('securitypolicyviolation', (event) => {
  violations.push(`${event.violatedDirective} ${event.blockedURI} ${event.sample}`);
});

function journey() {
  const at = new Date('2025-06-01T10:00:00.000Z');
  let data = emptyJourney();
  ['Finding out', 'Applying', 'Waiting'].forEach((name, i) => {
    data = addStage(data, { id: `s${i}`, name }, at);
    data = setFeeling(data, `s${i}`, 'as-is', i === 1 ? -2 : 1, at);
    data = setFeeling(data, `s${i}`, 'after', 2, at);
  });
  return addNote(
    data,
    { id: 'n1', stage: 's1', lane: 'pain-points', layer: 'as-is', participant: 'p', text: 'Slow' },
    at,
  );
}

/** Every element with a `style` attribute, in the page and in every shadow root under it. */
function styledElements(root: ParentNode, found: string[] = []): string[] {
  for (const node of root.querySelectorAll('*')) {
    if (node.hasAttribute('style')) found.push(`<${node.localName} class="${node.className}">`);
    if (node.shadowRoot) styledElements(node.shadowRoot, found);
  }
  return found;
}

async function run() {
  const store = new MemoryStore();
  const maps = [];
  for (const [lang, view] of [
    ['en', 'grid'],
    ['cy', 'grid'],
    ['en', 'stages'],
  ] as const) {
    const space = `csp-${lang}-${view}`;
    await store.update(recordKey({ space, kind: 'journey-map', id: 'main' }), () =>
      createEnvelope(
        { space, kind: 'journey-map', id: 'main' },
        journey() as unknown as Record<string, unknown>,
      ),
    );
    const map = document.createElement('co-journey-map');
    map.lang = lang;
    map.space = space;
    map.view = view;
    map.store = store;
    document.body.append(map);
    maps.push(map);
  }
  for (const map of maps) {
    await map.storageController.ready;
    await map.updateComplete;
  }
  // Violations are reported as a task after the fact: give them a moment to arrive.
  await new Promise((resolve) => setTimeout(resolve, 200));
  return {
    violations,
    styled: styledElements(document),
    rendered: maps.filter((m) => m.shadowRoot?.querySelector('svg.curve')).length,
  };
}

window.cspReport = run();
