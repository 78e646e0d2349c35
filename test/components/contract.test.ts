// One public shape for every element (DESIGN, "Every element has the same public shape"):
// `ready`, `exportJson()` → its envelope once pending changes are saved, `exportCsv()` where
// its data is tabular, `commit(next)` to save the next state, `co-change` and `co-error`, and
// `heading-level`. The same checks run against all seven elements.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/all.js';
import type { CoElement } from '../../src/core/co-element.js';
import type { CoErrorDetail } from '../../src/core/events.js';
import { recordKey, type Envelope } from '../../src/core/store/envelope.js';
import { MemoryStore } from '../../src/core/store/memory-store.js';
import { addIdea } from '../../src/components/idea-board/ideas.js';
import type { BoardData } from '../../src/components/idea-board/model.js';
import { addStage } from '../../src/components/journey-map/model.js';
import type { JourneyData } from '../../src/components/journey-map/model.js';
import { setOpen, type VoteData } from '../../src/components/partnership-vote/model.js';
import { saveOffer, type SkillOfferData } from '../../src/components/skill-offer/offers.js';
import { parseOffer } from '../../src/core/kinds/skill-offer.js';
import { addTask } from '../../src/components/delivery-plan/model.js';
import type { DeliveryPlanData } from '../../src/core/kinds/delivery-plan.js';
import { setRevealed } from '../../src/components/health-check/model.js';
import type { HealthData } from '../../src/core/kinds/health-check.js';

/** What every element offers, whatever its data. */
interface Shaped extends CoElement {
  ready: Promise<void>;
  exportJson(): Promise<unknown>;
  exportCsv?(): Promise<string>;
  commit?(next: unknown): boolean;
  storageController?: { data: unknown };
}

interface Case {
  tag: string;
  /** The record's kind; none for the space, which keeps no record of its own. */
  kind?: string;
  /** Whether its data is a table (and so `exportCsv()` is offered). */
  tabular: boolean;
  /** Attributes it needs to show itself (a vote needs options). */
  attributes?: Record<string, string>;
  /** A change to make with the element's own pure model, and how to see it in the data. */
  change?: { next(data: never): unknown; seen(data: never): boolean };
}

const stamp = '2026-11-30T09:00:00.000Z';

const cases: Case[] = [
  {
    tag: 'co-idea-board',
    kind: 'idea-board',
    tabular: true,
    change: {
      next: (data: BoardData) =>
        addIdea(data, { title: 'Contract' }, { id: 'c1', column: 'ideas', rank: 1 }, me),
      seen: (data: { ideas: Record<string, { title?: string }> }) =>
        data.ideas.c1?.title === 'Contract',
    },
  },
  {
    tag: 'co-partnership-vote',
    kind: 'partnership-vote',
    tabular: true,
    attributes: { question: 'Contract?', options: '["Yes","No"]' },
    change: {
      next: (data: VoteData) => setOpen(data, false),
      seen: (data: VoteData) => data.settings.open === false,
    },
  },
  {
    tag: 'co-skill-offer',
    kind: 'skill-offer',
    tabular: true,
    change: {
      next: (data: SkillOfferData) =>
        saveOffer(
          data,
          parseOffer({
            id: 'o1',
            participant: 'p1',
            createdAt: stamp,
            updatedAt: stamp,
            name: 'Contract',
          }),
        ),
      seen: (data: SkillOfferData) => 'o1' in data.offers,
    },
  },
  {
    tag: 'co-journey-map',
    kind: 'journey-map',
    tabular: true,
    change: {
      next: (data: JourneyData) => addStage(data, { id: 's1', name: 'Contract' }),
      seen: (data: JourneyData) => (data.stages.s1 as { name?: string }).name === 'Contract',
    },
  },
  {
    tag: 'co-health-check',
    kind: 'health-check',
    tabular: true,
    change: {
      next: (data: HealthData) => setRevealed(data, true),
      seen: (data: HealthData) => data.settings.revealed,
    },
  },
  {
    tag: 'co-delivery-plan',
    kind: 'delivery-plan',
    tabular: true,
    change: {
      next: (data: DeliveryPlanData) =>
        addTask(data, 't1', {
          title: 'Contract',
          detail: '',
          skills: [],
          when: '',
          people: null,
          groups: [],
        }),
      seen: (data: { tasks: Record<string, { title?: string }> }) =>
        data.tasks.t1?.title === 'Contract',
    },
  },
  { tag: 'co-space', tabular: false },
];

const me = { participant: 'contract', group: 'community' };
let count = 0;

async function make(
  tag: string,
  store: MemoryStore,
  attributes: Record<string, string> = {},
): Promise<Shaped> {
  const wrapper = await fixture<HTMLElement>(html`<div lang="en"></div>`);
  const el = document.createElement(tag) as Shaped & { store?: MemoryStore };
  el.setAttribute('space', `contract-${Date.now()}-${(count += 1)}`);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.store = store;
  wrapper.append(el);
  await el.ready;
  await el.updateComplete;
  return el;
}

/** The levels of the headings an element draws, shallowest first. */
const headingLevels = (el: Element): number[] =>
  [...el.shadowRoot!.querySelectorAll('h1, h2, h3, h4, h5, h6')]
    .map((h) => Number(h.tagName[1]))
    .sort();

for (const c of cases) {
  describe(`<${c.tag}> has the shape every element has`, () => {
    it('is ready once loaded, and exports its envelope', async () => {
      const el = await make(c.tag, new MemoryStore(), c.attributes);
      expect(el.ready).to.be.instanceOf(Promise);
      const exported = el.exportJson();
      expect(exported).to.be.instanceOf(Promise);
      const envelope = (await exported) as Envelope<unknown> & { format?: string };
      if (c.kind) expect(envelope).to.include({ kind: c.kind, space: el.getAttribute('space') });
      else expect(envelope.format).to.be.a('string');
    });

    if (c.change) {
      const change = c.change;
      it('saves the next state with commit(), fires co-change, and exports it saved', async () => {
        const store = new MemoryStore();
        const el = await make(c.tag, store, c.attributes);
        const next = change.next(el.storageController!.data as never);
        const changed = oneEvent(el, 'co-change');
        expect(el.commit!(next)).to.equal(true);
        // Exported at once, before the save has run: exportJson waits for it.
        const envelope = (await el.exportJson()) as Envelope<unknown>;
        expect(change.seen(envelope.data as never), 'exported').to.equal(true);
        const saved = (await store.load(recordKey(envelope))) as Envelope<unknown>;
        expect(change.seen(saved.data as never), 'saved').to.equal(true);
        expect((await changed).detail).to.include({ kind: c.kind });
      });
    }

    it(
      c.tabular ? 'exports its table as CSV once saved' : 'offers no CSV (its data is no table)',
      async () => {
        const el = await make(c.tag, new MemoryStore(), c.attributes);
        if (!c.tabular) {
          expect(el.exportCsv).to.equal(undefined);
          return;
        }
        const csv = el.exportCsv!();
        expect(csv).to.be.instanceOf(Promise);
        // A header row at least, marked as UTF-8 for spreadsheets.
        expect(await csv).to.match(/^\uFEFF[^\r\n]+\r\n/);
      },
    );

    it('fits its headings to heading-level, and refuses a bad one with co-error', async () => {
      const el = await make(c.tag, new MemoryStore(), { ...c.attributes, 'heading-level': '4' });
      expect(el.headingLevel).to.equal(4);
      const levels = headingLevels(el);
      if (levels.length) expect(levels[0]).to.equal(4);
      const errors: CoErrorDetail[] = [];
      el.addEventListener('co-error', (e) => errors.push(e.detail));
      el.setAttribute('heading-level', 'nine');
      await el.updateComplete;
      expect(errors.map((e) => e.code)).to.deep.equal(['attribute-invalid']);
      expect(el.headingLevel).to.equal(4);
    });
  });
}
