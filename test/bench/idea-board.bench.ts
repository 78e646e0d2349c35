import { expect } from '@open-wc/testing';
import '../../src/idea-board.js';
import type { CoIdeaBoard } from '../../src/components/idea-board/idea-board.js';
import {
  parseBoard,
  type Idea,
  type StoredBoardData,
} from '../../src/components/idea-board/model.js';
import { createEnvelope, validateEnvelope } from '../../src/core/store/envelope.js';
import { MemoryStore } from '../../src/core/store/memory-store.js';
import { boardOf, COLUMNS } from './board-data.js';
import { measure, report, type Measurement } from './harness.js';

/** Types `text` into Find as a person would (the input event the field listens to). */
function findText(el: CoIdeaBoard, text: string): void {
  const input = el.shadowRoot!.querySelector<HTMLInputElement>('#find-text')!;
  input.value = text;
  input.dispatchEvent(new Event('input'));
}

const LABELS: Record<string, string> = {
  ideas: 'Ideas',
  developing: 'Developing',
  agreed: 'Agreed',
};
const PAGE = 30;

async function storeWith(space: string, data: StoredBoardData): Promise<MemoryStore> {
  const store = new MemoryStore();
  await store.update(`together-kit/${space}/idea-board/main`, () =>
    createEnvelope(
      { space, kind: 'idea-board', id: 'main' },
      data as unknown as Record<string, unknown>,
    ),
  );
  return store;
}

async function openBoard(space: string, store: MemoryStore): Promise<CoIdeaBoard> {
  const el = document.createElement('co-idea-board');
  el.setAttribute('space', space);
  el.setAttribute('participant-group', 'community');
  el.setAttribute('view', 'board');
  el.store = store;
  document.body.append(el);
  await el.ready;
  await el.updateComplete;
  return el;
}

// The hand-written baseline: the same markup as the element's first render, built with
// createElement and textContent, into a shadow root with the same styles.

type Child = Node | string | false | undefined;
function h(tag: string, attrs: Record<string, string> = {}, ...children: Child[]): HTMLElement {
  const element = document.createElement(tag);
  for (const name in attrs) element.setAttribute(name, attrs[name]);
  for (const child of children) {
    if (child === false || child === undefined) continue;
    element.append(child);
  }
  return element;
}

function vanillaCard(idea: Idea, first: boolean): HTMLElement {
  const tab = first ? '0' : '-1';
  const id = idea.id;
  const group =
    idea.group === 'professional'
      ? 'Professionals and staff'
      : 'People who use services, and their carers';
  return h(
    'li',
    {},
    h(
      'article',
      {
        part: 'card',
        class: 'card',
        'data-idea': id,
        tabindex: tab,
        'aria-labelledby': `title-${id}`,
        'aria-describedby': `meta-${id}`,
        'aria-keyshortcuts': 'Alt+ArrowUp Alt+ArrowDown Alt+ArrowLeft Alt+ArrowRight Enter',
      },
      h(
        'div',
        { class: 'card-head' },
        h('span', { class: 'grip', 'aria-hidden': 'true' }),
        h(
          'p',
          { class: 'title', id: `title-${id}` },
          h(
            'button',
            { type: 'button', class: 'link', 'data-action': 'open', tabindex: tab },
            idea.title,
          ),
        ),
      ),
      idea.detail !== undefined && h('p', { class: 'detail' }, idea.detail),
      idea.tags !== undefined &&
        h(
          'ul',
          { class: 'tags', 'aria-label': 'Tags' },
          ...idea.tags.map((tag) => h('li', {}, tag)),
        ),
      h('p', { class: 'meta', id: `meta-${id}` }, `${idea.author ?? 'Anonymous'} · ${group}`),
      h(
        'div',
        { class: 'votes' },
        h(
          'button',
          {
            type: 'button',
            class: 'dot',
            'data-action': 'give',
            tabindex: tab,
            'aria-disabled': 'false',
            'aria-describedby': `title-${id}`,
          },
          'Add a dot',
        ),
      ),
      h(
        'div',
        { class: 'card-actions' },
        h(
          'button',
          {
            type: 'button',
            class: 'link',
            'data-action': 'build',
            tabindex: tab,
            'aria-describedby': `title-${id}`,
          },
          'Build on this',
        ),
        h(
          'button',
          {
            type: 'button',
            class: 'secondary small',
            'data-action': 'move',
            tabindex: tab,
            'aria-expanded': 'false',
            'aria-describedby': `title-${id}`,
          },
          'Move to…',
        ),
      ),
    ),
  );
}

function field(id: string, label: string, control: HTMLElement, ...rest: Child[]): HTMLElement {
  const count = id === 'title' ? 120 : id === 'detail' ? 1000 : 0;
  return h(
    'div',
    { class: `field field-${id}` },
    h('label', { for: `post-${id}` }, label),
    ...rest,
    control,
    count > 0 &&
      h('p', { 'aria-hidden': 'true', class: 'count' }, `You have ${count} characters remaining`),
  );
}

function vanillaBoard(root: ShadowRoot, data: StoredBoardData): void {
  const byColumn = new Map<string, Idea[]>(COLUMNS.map((c) => [c, []]));
  const tags = new Set<string>();
  for (const idea of Object.values(data.ideas) as Idea[]) {
    byColumn.get(idea.column)!.push(idea);
    for (const tag of idea.tags ?? []) tags.add(tag);
  }
  for (const ideas of byColumn.values())
    ideas.sort((a, b) => a.rank - b.rank || (a.id < b.id ? -1 : 1));
  const total = Object.keys(data.ideas).length;
  const options = (values: [string, string][]) =>
    values.map(([value, text]) => h('option', { value }, text));
  let first = true;
  const columns = COLUMNS.map((column) => {
    const ideas = byColumn.get(column)!;
    const cards = ideas.slice(0, PAGE).map((idea) => {
      const card = vanillaCard(idea, first);
      first = false;
      return card;
    });
    return h(
      'section',
      {
        class: 'column',
        part: 'column',
        'data-column': column,
        'aria-labelledby': `column-${column}`,
      },
      h(
        'h2',
        { class: 'column-title', id: `column-${column}` },
        LABELS[column],
        h('span', { class: 'count' }, `${ideas.length} ideas`),
      ),
      h('ol', { class: 'cards', role: 'list' }, ...cards),
      ideas.length > PAGE &&
        h(
          'button',
          { type: 'button', class: 'secondary show-more', 'data-action': 'more' },
          `Show ${PAGE} more`,
          h('span', { class: 'visually-hidden' }, `(column: ${LABELS[column]})`),
          h('span', { class: 'hint' }, `${ideas.length - PAGE} not shown yet`),
        ),
    );
  });
  root.append(
    h('div', {
      role: 'status',
      'aria-live': 'polite',
      'aria-atomic': 'true',
      class: 'visually-hidden',
      part: 'announcer',
    }),
    h(
      'section',
      { class: 'post', part: 'post', 'aria-labelledby': 'post-heading' },
      h('h2', { id: 'post-heading' }, 'Post an idea'),
      h('p', { class: 'you' }, 'You are taking part as: People who use services, and their carers'),
      h(
        'form',
        { class: 'idea-form', part: 'form', novalidate: '' },
        field(
          'title',
          'Your idea, in a few words',
          h('input', {
            type: 'text',
            id: 'post-title',
            autocomplete: 'off',
            'aria-describedby': 'post-title-limit',
            'aria-invalid': 'false',
          }),
          h(
            'p',
            { class: 'visually-hidden', id: 'post-title-limit' },
            'You can enter up to 120 characters',
          ),
        ),
        field(
          'detail',
          'More detail (optional)',
          h('textarea', {
            rows: '3',
            id: 'post-detail',
            'aria-describedby': 'post-detail-limit',
            'aria-invalid': 'false',
          }),
          h(
            'p',
            { class: 'visually-hidden', id: 'post-detail-limit' },
            'You can enter up to 1,000 characters',
          ),
        ),
        field(
          'tags',
          'Tags (optional)',
          h('input', {
            type: 'text',
            id: 'post-tags',
            autocomplete: 'off',
            'aria-describedby': 'post-tags-hint',
            'aria-invalid': 'false',
          }),
          h(
            'p',
            { class: 'hint', id: 'post-tags-hint' },
            'Separate tags with commas, like: transport, evenings',
          ),
        ),
        field(
          'column',
          'Column',
          h('select', { id: 'post-column' }, ...options(COLUMNS.map((c) => [c, LABELS[c]]))),
        ),
        field(
          'author',
          'Your name (optional)',
          h('input', {
            type: 'text',
            id: 'post-author',
            autocomplete: 'nickname',
            'aria-describedby': 'post-author-hint',
            'aria-invalid': 'false',
          }),
          h(
            'p',
            { class: 'hint', id: 'post-author-hint' },
            'Leave this blank to post anonymously. Others will see the name you give.',
          ),
        ),
        h(
          'div',
          { class: 'actions' },
          h('button', { type: 'submit', 'aria-disabled': 'false' }, 'Post idea'),
        ),
      ),
      h(
        'div',
        { class: 'dots-info', part: 'dots' },
        h(
          'p',
          {},
          h('strong', {}, 'You have 3 dots left.'),
          ' Give your dots to the ideas you back most.',
        ),
        h('p', { class: 'hint' }, 'Scores are by parity.'),
      ),
    ),
    h(
      'div',
      { class: 'toolbar', part: 'toolbar' },
      h(
        'form',
        { class: 'find', role: 'search', 'aria-labelledby': 'find-heading' },
        h('h2', { id: 'find-heading', class: 'find-heading' }, 'Find ideas'),
        h(
          'div',
          { class: 'find-fields' },
          h(
            'div',
            { class: 'field' },
            h('label', { for: 'find-text' }, 'Words'),
            h('input', { id: 'find-text', type: 'search' }),
          ),
          h(
            'div',
            { class: 'field' },
            h('label', { for: 'find-tag' }, 'Tag'),
            h(
              'select',
              { id: 'find-tag' },
              ...options([
                ['', 'Any tag'],
                ...[...tags].sort().map((t): [string, string] => [t, t]),
              ]),
            ),
          ),
          h(
            'div',
            { class: 'field' },
            h('label', { for: 'find-column' }, 'Column'),
            h(
              'select',
              { id: 'find-column' },
              ...options([
                ['', 'Any column'],
                ...COLUMNS.map((c): [string, string] => [c, LABELS[c]]),
              ]),
            ),
          ),
          h(
            'div',
            { class: 'field' },
            h('label', { for: 'find-group' }, 'Posted by'),
            h(
              'select',
              { id: 'find-group' },
              ...options([
                ['', 'Any group'],
                ['community', 'People who use services, and their carers'],
                ['professional', 'Professionals and staff'],
              ]),
            ),
          ),
        ),
        h('p', { class: 'find-count', id: 'find-count' }, `${total} ideas`),
      ),
      h(
        'div',
        { class: 'view-controls' },
        h(
          'button',
          { type: 'button', class: 'secondary', id: 'view-toggle', 'aria-pressed': 'false' },
          'List view',
        ),
        h(
          'details',
          { class: 'shortcuts', part: 'shortcuts' },
          h('summary', {}, 'Keyboard shortcuts'),
          h(
            'dl',
            {},
            ...[
              'Arrow keys',
              'Home, End',
              'Enter',
              'Escape',
              'Alt + Up, Alt + Down',
              'Alt + Left, Alt + Right',
              'Tab',
            ].map((k) => h('div', {}, h('dt', {}, k), h('dd', {}, 'What it does'))),
          ),
        ),
      ),
    ),
    h(
      'div',
      { class: 'views' },
      h(
        'div',
        { class: 'columns', part: 'columns' },
        ...columns,
        h('div', {
          class: 'drop-indicator',
          part: 'drop-indicator',
          'aria-hidden': 'true',
          hidden: '',
        }),
      ),
    ),
    h('dialog', { id: 'card-dialog', part: 'dialog', 'aria-labelledby': 'dialog-title' }),
    h(
      'div',
      { class: 'storage-status', part: 'status', 'data-status': 'saved' },
      // The element is given a memory store here, which it says keeps work on this page only.
      h('span', {}, 'Kept on this page only: it is gone when you leave'),
      h('span', { role: 'status' }),
    ),
  );
}

function countNodes(root: Node): { elements: number; nodes: number } {
  let elements = 0;
  let nodes = 0;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ALL);
  while (walker.nextNode()) {
    nodes += 1;
    if (walker.currentNode.nodeType === Node.ELEMENT_NODE) elements += 1;
  }
  return { elements, nodes };
}

/**
 * Runs contenders in turns, one run of each, so garbage one leaves behind is collected during
 * either's turn rather than always during the second's.
 */
async function inTurns(
  contenders: [string, () => unknown | Promise<unknown>][],
  { runs = 21, warmup = 5 } = {},
): Promise<Measurement[]> {
  const times = contenders.map(() => [] as number[]);
  for (let run = 0; run < warmup + runs; run += 1) {
    for (const [index, [, fn]] of contenders.entries()) {
      const start = performance.now();
      await fn();
      if (run >= warmup) times[index].push(performance.now() - start);
    }
  }
  return contenders.map(([name], index) => {
    const sorted = times[index].sort((a, b) => a - b);
    return { name, median: sorted[Math.floor(sorted.length / 2)], min: sorted[0], runs };
  });
}

let spaces = 0;
const space = () => `bench-${(spaces += 1)}`;

describe('idea board benchmark', () => {
  it('first render of 1,000 ideas against a vanilla DOM renderer of the same markup', async () => {
    const data = boardOf(1000);
    const sheets = (
      customElements.get('co-idea-board') as unknown as {
        elementStyles: { styleSheet?: CSSStyleSheet }[];
      }
    ).elementStyles
      .map((s) => s.styleSheet)
      .filter((s): s is CSSStyleSheet => s !== undefined);
    const store = await storeWith('first-render', data);

    const vanilla = (layout: boolean) => () => {
      const host = document.createElement('div');
      document.body.append(host);
      const root = host.attachShadow({ mode: 'open' });
      root.adoptedStyleSheets = sheets;
      // The same data the element loads: a copy, as a store hands it over.
      vanillaBoard(root, structuredClone(data));
      if (layout) void host.offsetHeight;
      host.remove();
    };
    const element = (layout: boolean) => async () => {
      const el = await openBoard('first-render', store);
      if (layout) void el.offsetHeight;
      el.remove();
    };

    // Check that "the same markup" holds: the same elements in both.
    const host = document.createElement('div');
    document.body.append(host);
    const root = host.attachShadow({ mode: 'open' });
    vanillaBoard(root, structuredClone(data));
    const el = await openBoard('first-render', store);
    const oursAll = countNodes(el.shadowRoot!);
    const theirsAll = countNodes(root);
    const ours = oursAll.elements;
    const theirs = theirsAll.elements;
    host.remove();
    el.remove();
    expect(ours).to.equal(theirs);

    report(
      'first render, 1,000 ideas (3 columns, 30 cards shown per column), to layout',
      await inTurns([
        ['vanilla DOM, same markup', vanilla(true)],
        ['<co-idea-board> (load, validate, group, render)', element(true)],
      ]),
      [
        `elements rendered: ${ours} (<co-idea-board>), ${theirs} (vanilla)`,
        `nodes (with text, Lit's marker comments and whitespace): ${oursAll.nodes} (<co-idea-board>), ${theirsAll.nodes} (vanilla)`,
      ],
    );
    const envelope = await store.load('together-kit/first-render/idea-board/main');
    report(
      'first render, 1,000 ideas, script only (no layout)',
      await inTurns([
        ['vanilla DOM, same markup', vanilla(false)],
        ['<co-idea-board> (load, validate, group, render)', element(false)],
        // The part of the element's time that the vanilla renderer does not do at all.
        [
          'of which: copy and validate the saved board',
          () => {
            const checked = validateEnvelope(structuredClone(envelope));
            if (checked.ok) parseBoard(checked.envelope.data);
          },
        ],
      ]),
    );
  });

  it('adding and moving one idea on 10,000 ideas against 100', async () => {
    // Each measurement starts from fresh boards of exactly 100 and 10,000 ideas, so the ideas
    // one measurement adds do not grow the board the next one measures.
    let boards: Record<number, CoIdeaBoard> = {};
    const freshBoards = async () => {
      for (const el of Object.values(boards)) el.remove();
      boards = {};
      for (const size of [100, 1000, 10_000]) {
        const name = space();
        boards[size] = await openBoard(name, await storeWith(name, boardOf(size)));
      }
    };
    let posted = 0;
    const add = (el: CoIdeaBoard) => async () => {
      el.post({ title: `New idea ${(posted += 1)}`, column: 'developing' });
      await el.updateComplete;
    };
    // Back and forth between the top of one column and the middle of the next.
    const move = (el: CoIdeaBoard) => {
      let flip = false;
      return async () => {
        flip = !flip;
        const id = 'idea-0';
        if (flip) await el.moveIdea(id, 'developing', 2);
        else await el.moveIdea(id, 'ideas', 1);
      };
    };
    // Typing one letter into Find, then clearing it: the whole board is filtered each time.
    const find = (el: CoIdeaBoard) => {
      let flip = false;
      return async () => {
        flip = !flip;
        findText(el, flip ? 'bus' : '');
        await el.updateComplete;
      };
    };
    const save = (el: CoIdeaBoard) => async () => {
      el.post({ title: 'Saved idea', column: 'agreed' });
      await el.storageController.flush();
    };
    // Ten operations per timed run: one takes well under a millisecond.
    const options = { runs: 21, warmup: 5, batch: 10 };
    await freshBoards();
    report('add one idea (per idea, 10 in a row): 1,000 and 10,000 ideas against 100', [
      await measure('100 ideas', add(boards[100]), options),
      await measure('1,000 ideas', add(boards[1000]), options),
      await measure('10,000 ideas', add(boards[10_000]), options),
    ]);
    await freshBoards();
    report(
      'move one idea (event, rank midpoint, announce, render; per move, 10 in a row): 1,000 and 10,000 ideas against 100',
      [
        await measure('100 ideas', move(boards[100]), options),
        await measure('1,000 ideas', move(boards[1000]), options),
        await measure('10,000 ideas', move(boards[10_000]), options),
      ],
    );
    await freshBoards();
    report('filter by a word ("bus"), then clear: 10,000 ideas against 100', [
      await measure('100 ideas', find(boards[100]), options),
      await measure('10,000 ideas', find(boards[10_000]), options),
    ]);
    await freshBoards();
    report(
      'save one change, memory store (which copies the whole record; the browser store writes only what changed: big-board.bench.ts): 10,000 ideas against 100',
      [
        await measure('100 ideas', save(boards[100]), { runs: 9, warmup: 2 }),
        await measure('10,000 ideas', save(boards[10_000]), { runs: 9, warmup: 2 }),
      ],
      [
        'saving is debounced (250 ms) and runs after the change is on screen, off the path measured above',
      ],
    );

    await freshBoards();
    const small = countNodes(boards[100].shadowRoot!);
    const large = countNodes(boards[10_000].shadowRoot!);
    console.log(
      [
        'BENCH DOM nodes in the shadow root, 10,000 ideas against 100',
        `  100 ideas:     ${small.elements} elements, ${small.nodes} nodes`,
        `  10,000 ideas:  ${large.elements} elements, ${large.nodes} nodes  ×${(large.nodes / small.nodes).toFixed(2)}`,
      ].join('\n'),
    );
    expect(boards[10_000].ideas.length).to.equal(10_000);
    for (const el of Object.values(boards)) el.remove();
  });

  it('first render of 10,000 ideas (for scale)', async () => {
    const store = await storeWith('ten-thousand', boardOf(10_000));
    const rows = [
      await measure(
        '<co-idea-board>, 10,000 ideas',
        async () => {
          const el = await openBoard('ten-thousand', store);
          void el.offsetHeight;
          el.remove();
        },
        { runs: 7, warmup: 2 },
      ),
    ];
    report('first render, 10,000 ideas, to layout', rows);
  });
});
