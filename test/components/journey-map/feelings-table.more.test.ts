// The feelings table's change column and the names notes give groups, built from the map's
// own context as the element builds it: paths the element tests do not reach.
import { expect } from '@open-wc/testing';
import { render } from 'lit';
import { renderFeelingsTable } from '../../../src/components/journey-map/feelings-table.js';
import { defaultLanes } from '../../../src/components/journey-map/lanes.js';
import { buildContext } from '../../../src/components/journey-map/view-context.js';
import { journeyMapEnglish } from '../../../src/components/journey-map/messages.js';
import { addStage, emptyJourney, type Stage } from '../../../src/components/journey-map/model.js';
import { translate } from '../../../src/core/i18n.js';

const at = new Date('2025-06-01T10:00:00.000Z');
const data = addStage(emptyJourney(), { id: 'a', name: 'Finding out' }, at);
const context = buildContext({
  t: (key, params) => translate({ en: journeyMapEnglish }, 'en', key, params),
  language: 'en',
  data,
  lanes: defaultLanes,
  layer: 'as-is',
  editable: false,
  headingLevel: 2,
  groups: [{ id: 'community' }, { id: 'tenants', label: 'Tenants' }],
  groupLabel: (id) => `full name of ${id}`,
  ideaState: () => ({ status: 'none' }) as never,
  actions: {
    openNotes: () => undefined,
    openStage: () => undefined,
    moveStageBy: () => undefined,
    setFeeling: () => undefined,
  },
});

describe('journey map context and feelings table, in detail', () => {
  it('says how each stage changed: better, worse, no change or not compared', () => {
    const stage = { id: 'a', name: 'Finding out' } as Stage;
    const host = document.createElement('div');
    render(
      renderFeelingsTable(context, [
        { stage, before: -1, after: 1, change: 2 },
        { stage, before: 1, after: -1, change: -2 },
        { stage, before: 0, after: 0, change: 0 },
        { stage },
      ]),
      host,
    );
    const changes = [...host.querySelectorAll('tbody tr')].map(
      (row) => row.querySelector('td:last-child')!.textContent,
    );
    expect(changes).to.deep.equal([
      'Better by 2',
      'Worse by 2',
      'No change',
      context.t('table.not-compared'),
    ]);
  });

  it("names a default group shortly, a page's group by its label, and any other in full", () => {
    expect(context.groupName('community')).to.equal('People who use services');
    expect(context.groupName('tenants')).to.equal('full name of tenants');
    expect(context.groupName('visitors')).to.equal('full name of visitors');
  });
});
