import { expect, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { CoJourneyMap } from '../../../src/components/journey-map/journey-map.js';
import { addNote, setFeeling } from '../../../src/components/journey-map/model.js';
import { $, catchDownloads, makeMap, markup, smallMap } from './helpers.js';

/** RFC 4180 rows (enough for these tests: quoted fields, doubled quotes, CRLF). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') [field, i] = [field + '"', i + 1];
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') [row, field] = [[...row, field], ''];
    else if (c === '\r' && text[i + 1] === '\n') {
      rows.push([...row, field]);
      [row, field, i] = [[], '', i + 1];
    } else field += c;
  }
  return rows;
}

function withMarkupNote() {
  let data = setFeeling(smallMap(), 'b', 'after', 1);
  data = setFeeling(data, 'b', 'as-is', -2);
  return addNote(data, {
    id: 'n3',
    stage: 'c',
    lane: 'opportunities',
    layer: 'after',
    participant: 'p',
    text: markup,
    evidence: { type: 'assumption' },
  });
}

const display = (el: CoJourneyMap, selector: string) => getComputedStyle($(el, selector)!).display;

describe('<co-journey-map> print and export', () => {
  afterEach(() => emulateMedia({ media: 'screen' }));

  it('prints every stage as a column with the curve and the table, and no controls', async () => {
    const { el } = await makeMap({ data: withMarkupNote(), attrs: { view: 'stages' } });
    expect($(el, '[role="grid"]')).to.equal(null);
    await emulateMedia({ media: 'print' });
    await waitUntil(() => $(el, '[role="grid"]') !== null, 'the grid is drawn for print');
    expect(display(el, '.toolbar')).to.equal('none');
    expect(display(el, '.add-stage')).to.equal('none');
    expect(display(el, '.stage-actions')).to.equal('none');
    expect(display(el, '.storage-status')).to.equal('none');
    expect(display(el, '.grid-hint')).to.equal('none');
    expect(getComputedStyle($(el, '.lane-header')!).position).to.equal('static');
    expect(getComputedStyle($(el, '.grid-scroll')!).overflowX).to.equal('visible');
    expect(display(el, 'svg.curve')).to.equal('block');
    expect(display(el, '.feelings-table')).to.equal('table');
    // Every stage fits across the page: the grid is no wider than the element.
    expect($(el, '.grid')!.getBoundingClientRect().width).to.be.at.most(
      el.getBoundingClientRect().width + 1,
    );
    await emulateMedia({ media: 'screen' });
    await waitUntil(() => $(el, '[role="grid"]') === null, 'back to the stage view');
    expect(display(el, '.toolbar')).to.equal('flex');
  });

  it('exports the map as JSON, the notes as CSV and the curve as SVG', async () => {
    const { el, space } = await makeMap({ data: withMarkupNote() });
    const downloads = catchDownloads();
    try {
      $(el, 'details.export summary')!.click();
      for (const kind of ['json', 'csv', 'svg']) {
        $<HTMLButtonElement>(el, `[data-export="${kind}"]`)!.click();
      }
      await waitUntil(() => downloads.files.length === 3, 'three files');
      // JSON comes last: it first saves what is waiting.
      downloads.files.sort((a, b) => a.name.localeCompare(b.name));
      const names = downloads.files.map((f) => f.name.replace(/\d{4}-\d{2}-\d{2}/, 'DAY'));
      expect(names).to.deep.equal(
        ['csv', 'json', 'svg'].map((ext) => `${space}-journey-map-main-DAY.${ext}`),
      );

      const json = JSON.parse(await downloads.text(1));
      expect(json).to.deep.include({
        format: 'together-kit',
        kind: 'journey-map',
        space,
        id: 'main',
      });
      expect(json.data.notes.n3.text).to.equal(markup);

      const csv = parseCsv((await downloads.text(0)).replace(/^\uFEFF/, ''));
      expect(csv[0]).to.deep.equal([
        'Stage number',
        'Stage',
        'Lane',
        'Layer',
        'Note',
        'Group',
        'Evidence',
        'Linked idea',
        'Idea board',
        'Idea column',
      ]);
      expect(csv.slice(1, 4)).to.deep.equal([
        [
          '1',
          'Finding out',
          'What the person does',
          'As it is now',
          'Searches online',
          '',
          '',
          '',
          '',
          '',
        ],
        [
          '2',
          'Applying',
          'Pain points',
          'As it is now',
          'No news for weeks',
          'People who use services',
          'Heard from 12 people',
          '',
          '',
          '',
        ],
        ['3', 'Waiting', 'Opportunities', 'After the change', markup, '', 'Assumption', '', '', ''],
      ]);

      const svg = await downloads.text(2);
      expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg')).to.be.true;
      expect(svg).to.contain('xmlns="http://www.w3.org/2000/svg"');
      expect(svg).to.contain('<title>How people feel at each stage</title>');
      expect(svg).to.not.contain('<!--');
      expect(svg).to.not.contain('class=');
      const parsed = new DOMParser().parseFromString(svg, 'image/svg+xml');
      expect(parsed.querySelector('parsererror')).to.equal(null);
      const lines = [...parsed.querySelectorAll('path')].map((p) =>
        p.getAttribute('stroke-dasharray'),
      );
      expect(lines).to.include('9px, 6px');
      expect(el.shadowRoot!.querySelector('[aria-live]')!.textContent).to.contain(
        'Download started.',
      );
    } finally {
      downloads.stop();
    }
  });
});
