import { expect, waitUntil } from '@open-wc/testing';
import {
  addNote,
  deleteStage,
  emptyJourney,
  orderedStages,
} from '../../../src/components/journey-map/model.js';
import type { Envelope } from '../../../src/core/store/envelope.js';
import type { CoJourneyMap } from '../../../src/components/journey-map/journey-map.js';
import {
  $,
  $$,
  button,
  cell,
  dialog,
  focused,
  makeMap,
  markup,
  openDialog,
  press,
  saved,
  smallMap,
  stageNames,
  summaryLink,
  tabUntil,
  type,
  where,
} from './helpers.js';

const announced = (el: CoJourneyMap) =>
  (el.shadowRoot!.querySelector('[aria-live]')!.textContent ?? '').replace(/\u00a0$/, '');

describe('<co-journey-map>', () => {
  it('is accessible when empty and says how to begin', async () => {
    const { el } = await makeMap();
    expect($(el, '.empty-map')!.textContent).to.contain('no stages yet');
    expect($(el, '[role="grid"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('builds a five-stage map by keyboard alone, with a note, and saves it', async () => {
    const { el, store, space } = await makeMap();
    await tabUntil(() => focused(el)?.id === 'new-stage');
    const names = ['Finding out', 'Applying', 'Waiting', 'Assessment', 'Getting a decision'];
    for (const name of names) {
      await type(name);
      await press('Enter');
      await el.updateComplete;
      expect(where(el)).to.equal('#new-stage');
    }
    expect(stageNames(el)).to.deep.equal(names);
    expect(announced(el)).to.equal('Stage “Getting a decision” added: stage 5 of 5.');

    // Back into the grid: one tab stop, on the first cell.
    await tabUntil(() => focused(el)?.getAttribute('role') === 'gridcell', { back: true });
    const first = orderedStages(el.data)[0].id;
    expect(where(el)).to.equal(`doing|${first}`);
    await press('Enter');
    await openDialog(el, 'notes-dialog');
    expect(where(el)).to.equal('#note-text');
    await type('Searches the council website');
    await tabUntil(() => focused(el)?.textContent?.trim() === 'Add note');
    await press('Enter');
    await waitUntil(() => announced(el) === 'Note added.', 'the note is announced');
    expect(where(el)).to.equal('#note-text');
    await press('Escape');
    await waitUntil(() => !dialog(el, 'notes-dialog').open, 'the dialog closes');
    await waitUntil(() => where(el) === `doing|${first}`, 'focus is back on the cell');
    expect(cell(el, 'doing', first).textContent).to.contain('Searches the council website');

    const data = await saved(el, store, space);
    expect(orderedStages(data).map((s) => s.name)).to.deep.equal(names);
    expect(Object.values(data.notes)).to.have.length(1);
  });

  it('moves between cells with the grid keys', async () => {
    const { el } = await makeMap({ data: smallMap() });
    expect($$(el, '[role="grid"] [tabindex="0"]')).to.have.length(1);
    cell(el, 'doing', 'a').focus();
    const steps: [string, string][] = [
      ['ArrowRight', 'doing|b'],
      ['ArrowDown', 'touchpoints|b'],
      ['ArrowUp', 'doing|b'],
      ['ArrowUp', '|b'],
      ['ArrowUp', '|b'],
      ['ArrowLeft', '|a'],
      ['ArrowLeft', '|a'],
      ['ArrowDown', 'doing|a'],
      ['ArrowLeft', 'doing|'],
      ['ArrowUp', 'doing|'],
      ['End', 'doing|c'],
      ['ArrowRight', 'doing|c'],
      ['Home', 'doing|'],
      ['Control+End', 'backstage|c'],
      ['ArrowDown', 'backstage|c'],
      ['Control+Home', '|a'],
      ['End', '|c'],
      ['Home', '|a'],
    ];
    for (const [key, expected] of steps) {
      await press(key);
      await el.updateComplete;
      expect(where(el), `after ${key}`).to.equal(expected);
    }
    expect($$(el, '[role="grid"] [tabindex="0"]')).to.have.length(1);
  });

  it('changes and deletes notes in a cell, moving focus sensibly', async () => {
    const { el, store, space } = await makeMap({ data: smallMap() });
    cell(el, 'pain-points', 'b').focus();
    await press('Enter');
    await openDialog(el, 'notes-dialog');
    const notesDialog = dialog(el, 'notes-dialog');
    expect(notesDialog.querySelector('h2')!.textContent).to.contain('Pain points: Applying');
    expect(notesDialog.querySelector('.note-meta')!.textContent).to.contain(
      'People who use services · Heard from 12 people',
    );
    notesDialog.querySelector<HTMLButtonElement>('[data-action="change"]')!.click();
    await el.updateComplete;
    const text = notesDialog.querySelector<HTMLTextAreaElement>('#note-text')!;
    expect(text.value).to.equal('No news for weeks');
    expect(notesDialog.querySelector<HTMLInputElement>('#note-count')!.value).to.equal('12');
    expect(where(el)).to.equal('#note-text');
    await press('Control+a');
    await type('No news for up to 12 weeks');
    // Evidence: from "heard" to "assumption", by keyboard in the radio group.
    notesDialog.querySelector<HTMLInputElement>('input[value="heard"]')!.focus();
    await press('ArrowDown');
    await el.updateComplete;
    expect(notesDialog.querySelector('#note-count')).to.equal(null);
    button(notesDialog, 'Save changes').click();
    await el.updateComplete;
    expect(announced(el)).to.equal('Note changed.');
    expect(cell(el, 'pain-points', 'b').textContent).to.contain('No news for up to 12 weeks');
    expect(cell(el, 'pain-points', 'b').textContent).to.contain('Assumption');

    // Add a second, then delete the first: focus goes to the note that took its place.
    await type('Nobody answers the phone');
    button(notesDialog, 'Add note').click();
    await el.updateComplete;
    const deletes = () => notesDialog.querySelectorAll<HTMLButtonElement>('[data-action="delete"]');
    expect(deletes()).to.have.length(2);
    deletes()[0].click();
    await el.updateComplete;
    expect(announced(el)).to.equal('Note deleted.');
    expect(focused(el)!.getAttribute('aria-label')).to.equal(
      'Change note: Nobody answers the phone',
    );
    deletes()[0].click();
    await el.updateComplete;
    expect(where(el)).to.equal('#note-text');
    expect(notesDialog.textContent).to.contain('No notes here yet.');
    button(notesDialog, 'Done').click();
    await waitUntil(() => where(el) === 'pain-points|b', 'focus back on the cell');
    const data = await saved(el, store, space);
    expect(data.notes.n2).to.deep.include({ deleted: true });
  });

  it('says what is wrong with a note, in a summary and beside the field', async () => {
    const { el } = await makeMap({ data: smallMap() });
    cell(el, 'thinking', 'a').click();
    await openDialog(el, 'notes-dialog');
    const notesDialog = dialog(el, 'notes-dialog');
    notesDialog.querySelector<HTMLInputElement>('input[value="heard"]')!.click();
    await el.updateComplete;
    button(notesDialog, 'Add note').click();
    await el.updateComplete;
    const summary = notesDialog.querySelector<HTMLElement>('.error-summary')!;
    await waitUntil(() => focused(el) === summary, 'the summary takes focus');
    expect(summary.textContent).to.contain('Enter the note');
    expect(summary.textContent).to.contain('Enter how many people');
    const text = notesDialog.querySelector('#note-text')!;
    expect(text.getAttribute('aria-invalid')).to.equal('true');
    expect(text.getAttribute('aria-describedby')).to.equal('note-text-hint note-text-error');
    await expect(el).to.be.accessible();
    summaryLink(summary, 'Enter how many people, as a whole number from 1').click();
    expect(where(el)).to.equal('#note-count');
  });

  it('reorders stages with Alt+arrow keys and the move buttons, keeping focus with the stage', async () => {
    const { el, store, space } = await makeMap({ data: smallMap() });
    cell(el, '', 'a').focus();
    await press('Alt+ArrowRight');
    await el.updateComplete;
    expect(stageNames(el)).to.deep.equal(['Applying', 'Finding out', 'Waiting']);
    expect(announced(el)).to.equal('“Finding out” moved to stage 2 of 3.');
    await waitUntil(() => where(el) === '|a', 'focus stays on the moved stage');
    await press('Alt+ArrowRight');
    await press('Alt+ArrowRight'); // already last: nothing happens
    await el.updateComplete;
    expect(stageNames(el)).to.deep.equal(['Applying', 'Waiting', 'Finding out']);
    await press('Alt+ArrowLeft');
    await el.updateComplete;
    expect(stageNames(el)).to.deep.equal(['Applying', 'Finding out', 'Waiting']);

    $<HTMLButtonElement>(
      el,
      'th[data-stage="c"] button[aria-label="Move “Waiting” earlier"]',
    )!.click();
    await el.updateComplete;
    expect(stageNames(el)).to.deep.equal(['Applying', 'Waiting', 'Finding out']);
    const data = await saved(el, store, space);
    expect(orderedStages(data).map((s) => s.id)).to.deep.equal(['b', 'c', 'a']);
  });

  it('renames a stage and deletes it only after confirmation', async () => {
    const { el, store, space } = await makeMap({ data: smallMap() });
    cell(el, '', 'b').focus();
    await press('Enter');
    await openDialog(el, 'stage-dialog');
    const stageDialog = dialog(el, 'stage-dialog');
    expect(where(el)).to.equal('#stage-name');
    await press('Control+a');
    await press('Backspace');
    await press('Enter');
    await el.updateComplete;
    const summary = stageDialog.querySelector('.error-summary')!;
    expect(summary.textContent).to.contain('Enter a name for the stage');
    await waitUntil(() => focused(el) === summary, 'the summary takes focus');
    summaryLink(summary, 'Enter a name for the stage').click();
    expect(where(el)).to.equal('#stage-name');
    await type('Applying online');
    await press('Enter');
    await el.updateComplete;
    expect(announced(el)).to.equal('Stage renamed to “Applying online”.');
    expect(stageNames(el)).to.deep.equal(['Finding out', 'Applying online', 'Waiting']);

    // Moving from the dialog: the button keeps focus, and says when it can go no further.
    const later = stageDialog.querySelector<HTMLButtonElement>('[data-move="1"]')!;
    later.focus();
    later.click();
    await el.updateComplete;
    expect(stageNames(el)).to.deep.equal(['Finding out', 'Waiting', 'Applying online']);
    expect(later.getAttribute('aria-disabled')).to.equal('true');
    later.click();
    expect(focused(el) === later).to.be.true;

    button(stageDialog, 'Delete this stage').click();
    const confirm = dialog(el, 'delete-stage-dialog');
    await openDialog(el, 'delete-stage-dialog');
    expect(confirm.textContent).to.contain('Delete the stage “Applying online”?');
    expect(confirm.textContent).to.contain('its 1 note');
    await expect(el).to.be.accessible();
    button(confirm, 'Cancel').click();
    await el.updateComplete;
    expect(confirm.open).to.be.false;
    expect(stageNames(el)).to.have.length(3);

    button(stageDialog, 'Delete this stage').click();
    await openDialog(el, 'delete-stage-dialog');
    button(confirm, 'Delete stage').click();
    await waitUntil(() => !stageDialog.open, 'both dialogs close');
    expect(stageNames(el)).to.deep.equal(['Finding out', 'Waiting']);
    expect(announced(el)).to.equal('Stage “Applying online” deleted.');
    await waitUntil(() => where(el) === '|c', 'focus goes to the stage that took its place');
    const data = await saved(el, store, space);
    expect(data.stages.b).to.deep.include({ deleted: true });
    expect(data.notes.n2).to.deep.include({ deleted: true });
  });

  it('sets feelings with the keyboard and reads them back from the table', async () => {
    const { el, store, space } = await makeMap({ data: smallMap() });
    const radio = (stage: string, score: number) =>
      $<HTMLInputElement>(el, `.feeling-choice[data-stage="${stage}"] input[value="${score}"]`)!;
    expect(radio('a', -1).checked).to.be.true;
    radio('b', 2).focus();
    await press('ArrowDown'); // Very good → Good: arrowing a radio group chooses
    await press('ArrowDown'); // → Neutral
    await press('ArrowDown'); // → Bad
    await el.updateComplete;
    expect(radio('b', -1).checked).to.be.true;
    await tabUntil(
      () => focused(el)?.closest('.feeling-choice')?.getAttribute('data-stage') === 'c',
    );
    await press('Space');
    await el.updateComplete;
    const row = (stage: string) =>
      [...$(el, `.feelings-table tr[data-stage="${stage}"]`)!.children].map((c) =>
        c.textContent!.trim(),
      );
    expect(row('a')).to.deep.equal(['Finding out', 'Bad (−1)', 'Not scored', 'Not compared yet']);
    expect(row('b')).to.deep.equal(['Applying', 'Bad (−1)', 'Not scored', 'Not compared yet']);
    expect(row('c')[1]).to.equal('Very good (+2)');
    expect($(el, '.feelings-table caption')!.textContent).to.contain(
      'How people feel at each stage',
    );
    const curve = $(el, 'svg.curve')!;
    expect(curve.getAttribute('role')).to.equal('img');
    expect(curve.getAttribute('aria-label')).to.contain(
      'As it is now: Finding out: Bad, Applying: Bad, Waiting: Very good',
    );
    const data = await saved(el, store, space);
    expect(data.feelings['as-is:b']).to.deep.include({ score: -1 });
  });

  it('compares as is with after, in the curve, the sentence and the table', async () => {
    const { el } = await makeMap({ data: smallMap() });
    $<HTMLInputElement>(el, '.layer-choice input[value="after"]')!.click();
    await el.updateComplete;
    expect(el.layer).to.equal('after');
    expect(el.getAttribute('layer')).to.equal('after');
    expect($(el, '.comparison')!.textContent).to.equal(
      'Score the stages after the change to compare them with how they are now.',
    );
    // The after layer has its own notes: the as-is note is not shown here.
    expect(cell(el, 'doing', 'a').textContent).to.not.contain('Searches online');
    $<HTMLInputElement>(el, '.feeling-choice[data-stage="a"] input[value="1"]')!.click();
    await el.updateComplete;
    expect($(el, '.comparison')!.textContent).to.equal(
      'Finding out improved by 2 points, from bad to good.',
    );
    expect($(el, '.feelings-table tr[data-stage="a"] td:last-child')!.textContent).to.equal(
      'Better by 2',
    );
    expect($$(el, 'svg .curve-line.after')).to.have.length(2); // the line and its legend
    expect($$(el, 'svg rect.point.after')).to.have.length(2);
    await expect(el).to.be.accessible();
  });

  it('shows markup typed into every text field as text', async () => {
    const { el, store, space } = await makeMap();
    $<HTMLButtonElement>(el, '.map-head button')!.click();
    await el.updateComplete;
    $<HTMLInputElement>(el, '#journey-name')!.focus();
    await type(markup);
    await press('Enter');
    await el.updateComplete;
    expect($(el, '#map-title')!.textContent).to.equal(markup);

    $<HTMLInputElement>(el, '#new-stage')!.focus();
    await type(markup);
    await press('Enter');
    await el.updateComplete;
    const [stage] = orderedStages(el.data);
    cell(el, 'pain-points', stage.id).click();
    await openDialog(el, 'notes-dialog');
    await type(markup);
    button(dialog(el, 'notes-dialog'), 'Add note').click();
    await el.updateComplete;
    button(dialog(el, 'notes-dialog'), 'Done').click();
    await el.updateComplete;

    expect($(el, '.stage-name')!.textContent).to.equal(markup);
    expect($(el, '.note-text')!.textContent).to.equal(markup);
    expect($(el, '.feelings-table tbody th')!.textContent).to.equal(markup);
    expect($$(el, 'img')).to.have.length(0);
    const data = await saved(el, store, space);
    expect(data.settings.name).to.equal(markup);
  });

  it('is accessible populated, while editing, and read-only', async () => {
    const { el } = await makeMap({ data: smallMap() });
    await expect(el).to.be.accessible();
    cell(el, 'pain-points', 'b').click();
    await openDialog(el, 'notes-dialog');
    await expect(el).to.be.accessible();
    dialog(el, 'notes-dialog').close();
    el.readOnly = true;
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('shows a record from a newer version read-only, with no edit controls, and never writes it', async () => {
    const { el, store, space } = await makeMap({ data: smallMap(), schema: 2 });
    expect(el.storageController.readOnly).to.be.true;
    expect(el.shadowRoot!.textContent).to.contain('newer version of Together Kit');
    expect($(el, '.add-stage')).to.equal(null);
    expect($(el, '.stage-actions')).to.equal(null);
    expect($(el, '.feeling-choice')).to.equal(null);
    expect(cell(el, 'doing', 'a').textContent).to.contain('Searches online');
    expect($(el, '.feelings-table')).to.not.equal(null);
    cell(el, 'doing', 'a').focus();
    await press('Enter');
    await press('Alt+ArrowRight');
    await el.updateComplete;
    expect($<HTMLDialogElement>(el, '#notes-dialog')?.open ?? false).to.be.false;
    expect(stageNames(el)).to.deep.equal(['Finding out', 'Applying', 'Waiting']);
    expect($(el, '#grid-hint')!.textContent!.trim()).to.equal(
      'Use the arrow keys to move between cells.',
    );
    await expect(el).to.be.accessible();
    const record = (await store.load(`together-kit/${space}/journey-map/main`)) as {
      schema: number;
    };
    expect(record.schema).to.equal(2);
  });

  it('has a stage-by-stage view with every lane stacked, for phones', async () => {
    const { el } = await makeMap({ data: smallMap(), attrs: { view: 'stages' } });
    expect($(el, '[role="grid"]')).to.equal(null);
    const title = () => $(el, '#stage-view-title')!.textContent!.replace(/\s+/g, ' ').trim();
    expect(title()).to.equal('Stage 1 of 3 Finding out');
    expect($$(el, '.stage-view .lane h4')).to.have.length(7); // heading-level 2: lanes two below
    expect($(el, '.stage-view [data-lane="doing"]')!.textContent).to.contain('Searches online');
    await expect(el).to.be.accessible();

    const next = $<HTMLButtonElement>(el, '[data-go="next"]')!;
    next.click();
    await el.updateComplete;
    expect(title()).to.equal('Stage 2 of 3 Applying');
    expect(announced(el)).to.equal('Showing stage 2 of 3: Applying');
    next.click();
    await el.updateComplete;
    expect(next.disabled).to.be.true;
    $<HTMLButtonElement>(el, '[data-go="previous"]')!.click();
    await el.updateComplete;

    // Notes from the stage view: focus returns to the lane's button.
    const add = $<HTMLButtonElement>(el, '.stage-view button[data-lane="thinking"]')!;
    add.focus();
    add.click();
    await openDialog(el, 'notes-dialog');
    await type('Will they believe me?');
    await press('Tab');
    await tabUntil(() => focused(el)?.textContent?.trim() === 'Add note');
    await press('Enter');
    await el.updateComplete;
    await press('Escape');
    await waitUntil(() => focused(el)?.dataset.lane === 'thinking', 'focus back on the button');
    expect($(el, '.stage-view [data-lane="thinking"]')!.textContent).to.contain(
      'Will they believe me?',
    );
    // The stage's score, in the stage view.
    $<HTMLInputElement>(el, '.stage-view .feeling-choice input[value="-2"]')!.click();
    await el.updateComplete;
    expect($(el, '.feelings-table tr[data-stage="b"] td')!.textContent).to.equal('Very bad (−2)');

    $<HTMLButtonElement>(el, '.view-toggle')!.click();
    await el.updateComplete;
    expect(el.view).to.equal('grid');
    expect($(el, '[role="grid"]')).to.not.equal(null);
    expect(where(el)).to.equal('Show one stage at a time');
  });

  it('changes and deletes a stage from the stage view', async () => {
    const { el } = await makeMap({ data: smallMap(), attrs: { view: 'stages' } });
    $<HTMLButtonElement>(el, '[data-go="next"]')!.click();
    await el.updateComplete;
    $<HTMLButtonElement>(el, '.stage-view-head button')!.click();
    await openDialog(el, 'stage-dialog');
    button(dialog(el, 'stage-dialog'), 'Delete this stage').click();
    await openDialog(el, 'delete-stage-dialog');
    button(dialog(el, 'delete-stage-dialog'), 'Delete stage').click();
    await waitUntil(() => where(el) === '#stage-view-title', 'focus on the stage shown now');
    // The stage that took its place, not the first: the person keeps their place.
    expect($(el, '#stage-view-title')!.textContent).to.contain('Waiting');
    expect($(el, '#stage-view-title')!.textContent).to.contain('Stage 2 of 2');
    await expect(el).to.be.accessible();

    // The last stage deleted: the one before it.
    $<HTMLButtonElement>(el, '.stage-view-head button')!.click();
    await openDialog(el, 'stage-dialog');
    button(dialog(el, 'stage-dialog'), 'Delete this stage').click();
    await openDialog(el, 'delete-stage-dialog');
    button(dialog(el, 'delete-stage-dialog'), 'Delete stage').click();
    await waitUntil(
      () => $(el, '#stage-view-title')!.textContent!.includes('Stage 1 of 1'),
      'the stage before is shown',
    );
    expect($(el, '#stage-view-title')!.textContent).to.contain('Finding out');
  });

  it('adds a stage from the stage view and shows it', async () => {
    const { el } = await makeMap({ data: smallMap(), attrs: { view: 'stages' } });
    $<HTMLInputElement>(el, '#new-stage')!.focus();
    await type('Getting the badge');
    await press('Enter');
    await el.updateComplete;
    expect($(el, '#stage-view-title')!.textContent).to.contain('Stage 4 of 4');
  });

  it('speaks Welsh', async () => {
    const { el } = await makeMap({ data: smallMap(), lang: 'cy' });
    expect($(el, '#map-title')!.textContent).to.equal('Map taith');
    expect($(el, '.lane-header')!.textContent!.trim()).to.equal('Beth mae’r person yn ei wneud');
    expect($(el, 'th[data-stage] .stage-number')!.textContent).to.equal('Cam 1 o 3');
    expect($(el, '.feelings-table tr[data-stage="a"] td')!.textContent).to.equal('Gwael (−1)');
    expect(cell(el, 'pain-points', 'b').textContent).to.contain(
      'Pobl sy’n defnyddio gwasanaethau · Clywyd gan 12 o bobl',
    );
    expect($(el, '.comparison')!.textContent).to.contain('Sgoriwch y camau ar ôl y newid');
    cell(el, '', 'a').focus();
    await press('Alt+ArrowRight');
    await el.updateComplete;
    expect(announced(el)).to.equal('Symudwyd “Finding out” i gam 2 o 3.');
    await expect(el).to.be.accessible();
  });

  it('keeps everything across a reload in this browser', async () => {
    const space = `jm-reload-${Date.now()}`;
    // No store given: the map saves in this browser (IndexedDB), as on a real page.
    const first = await makeMap({ space, store: null });
    $<HTMLInputElement>(first.el, '#new-stage')!.focus();
    await type('Finding out');
    await press('Enter');
    await first.el.updateComplete;
    const [stage] = orderedStages(first.el.data);
    cell(first.el, 'feeling', stage.id).click();
    await openDialog(first.el, 'notes-dialog');
    await type('Worried');
    button(dialog(first.el, 'notes-dialog'), 'Add note').click();
    await first.el.updateComplete;
    dialog(first.el, 'notes-dialog').close();
    $<HTMLInputElement>(first.el, '.feeling-choice input[value="-2"]')!.click();
    await first.el.storageController.flush();
    first.wrapper.remove();

    const second = await makeMap({ space, store: null });
    expect(stageNames(second.el)).to.deep.equal(['Finding out']);
    expect(cell(second.el, 'feeling', stage.id).textContent).to.contain('Worried');
    expect($(second.el, '.feelings-table td')!.textContent).to.equal('Very bad (−2)');
  });

  it('takes lanes from the page, and keeps the default lanes when the attribute is unreadable', async () => {
    const { el } = await makeMap({ data: smallMap() });
    el.setAttribute(
      'lanes',
      JSON.stringify([
        { id: 'doing', label: { en: 'What happens', cy: 'Beth sy’n digwydd' } },
        { id: 'pain-points', hidden: true },
        'staff-ideas',
      ]),
    );
    await el.updateComplete;
    expect($$(el, '.lane-header').map((h) => h.textContent!.trim())).to.deep.equal([
      'What happens',
      'staff-ideas',
    ]);
    const errors: string[] = [];
    el.addEventListener('co-error', (e) => errors.push(e.detail.code));
    el.setAttribute('lanes', '[not json');
    await el.updateComplete;
    expect(errors).to.deep.equal(['attribute-invalid']);
    expect($$(el, '.lane-header')).to.have.length(2);
  });

  it('names the journey, and cancels renaming with Escape', async () => {
    const { el } = await makeMap({ data: emptyJourney() });
    $<HTMLButtonElement>(el, '.map-head button')!.click();
    await el.updateComplete;
    await type('Applying for a Blue Badge');
    await press('Escape');
    await el.updateComplete;
    expect($(el, '#map-title')!.textContent).to.equal('Journey map');
    expect(where(el)).to.equal('Name this journey');
    await press('Enter');
    await el.updateComplete;
    await type('Applying for a Blue Badge');
    await press('Enter');
    await el.updateComplete;
    expect($(el, '#map-title')!.textContent).to.equal('Applying for a Blue Badge');
    expect(announced(el)).to.equal('Journey name saved.');
    expect(where(el)).to.equal('Change the journey’s name');
  });

  it('refuses a stage with no name, saying so', async () => {
    const { el } = await makeMap();
    $<HTMLInputElement>(el, '#new-stage')!.focus();
    await press('Enter');
    await el.updateComplete;
    await waitUntil(() => focused(el)?.classList.contains('error-summary') ?? false, 'summary');
    expect($(el, '#new-stage-error')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Error: Enter a name for the stage',
    );
    expect($(el, '#new-stage')!.getAttribute('aria-describedby')).to.equal(
      'new-stage-hint new-stage-error',
    );
    await expect(el).to.be.accessible();
  });

  it('cancels changing a note, and remembers the group chosen for the next note', async () => {
    const { el } = await makeMap({ data: smallMap() });
    cell(el, 'doing', 'a').click();
    await openDialog(el, 'notes-dialog');
    const notesDialog = dialog(el, 'notes-dialog');
    const group = () => notesDialog.querySelector<HTMLSelectElement>('#note-group')!;
    expect(group().value).to.equal('');
    notesDialog.querySelector<HTMLButtonElement>('[data-action="change"]')!.click();
    await el.updateComplete;
    button(notesDialog, 'Cancel change').click();
    await el.updateComplete;
    expect(focused(el)!.getAttribute('aria-label')).to.equal('Change note: Searches online');
    expect(notesDialog.querySelector('#note-form-title')!.textContent).to.equal('Add a note');

    $<HTMLTextAreaElement>(el, '#note-text')!.focus();
    await type('Asks a neighbour');
    group().focus();
    await press('ArrowDown');
    await press('ArrowDown');
    await el.updateComplete;
    expect(group().value).to.equal('professional');
    button(notesDialog, 'Add note').click();
    await el.updateComplete;
    expect(group().value).to.equal('professional');
    expect(cell(el, 'doing', 'a').textContent).to.contain('Asks a neighbour');
    expect(cell(el, 'doing', 'a').textContent).to.contain('Professionals');
  });

  it('refuses a change once the map has become read-only, and says so', async () => {
    const { el } = await makeMap({ data: smallMap() });
    cell(el, 'doing', 'a').click();
    await openDialog(el, 'notes-dialog');
    await type('Too late');
    el.readOnly = true;
    await el.updateComplete;
    button(dialog(el, 'notes-dialog'), 'Add note').click();
    await el.updateComplete;
    expect(announced(el)).to.equal('This map is read-only, so nothing was changed.');
    expect(cell(el, 'doing', 'a').textContent).to.not.contain('Too late');
  });

  it('shows the stage view read-only, and returns from the stage dialog to its button', async () => {
    const { el } = await makeMap({ data: smallMap(), attrs: { view: 'stages' } });
    const change = $<HTMLButtonElement>(el, '.stage-view-head button')!;
    change.click();
    await openDialog(el, 'stage-dialog');
    button(dialog(el, 'stage-dialog'), 'Done').click();
    await waitUntil(() => focused(el) === $(el, '.stage-view-head button'), 'focus back');
    el.readOnly = true;
    await el.updateComplete;
    expect($(el, '.stage-view button[data-lane]')).to.equal(null);
    expect($(el, '.stage-view .feeling-choice')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('refuses a stage name that is too long', async () => {
    const { el } = await makeMap();
    $<HTMLInputElement>(el, '#new-stage')!.focus();
    await type('x'.repeat(81));
    await press('Enter');
    await el.updateComplete;
    expect($(el, '#new-stage-error')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Error: The stage name must be 80 characters or fewer',
    );
  });

  it('loads another record when the page changes its space, and ignores an unknown layer', async () => {
    const { el, store } = await makeMap({ data: smallMap() });
    el.space = 'another-space';
    await waitUntil(() => stageNames(el).length === 0, 'the other space’s (empty) map is shown');
    await el.storageController.ready;
    expect(await store.load('together-kit/another-space/journey-map/main')).to.equal(undefined);
    el.setAttribute('layer', 'tomorrow');
    el.setAttribute('view', 'cards');
    await el.updateComplete;
    expect([el.layer, el.view]).to.deep.equal(['as-is', 'grid']);
  });

  it('fires co-change with the saved record after a change', async () => {
    const { el, space } = await makeMap({ data: smallMap() });
    const changes: { kind: string; space: string; id: string }[] = [];
    el.addEventListener('co-change', (e) => changes.push(e.detail));
    $<HTMLInputElement>(el, '.feeling-choice[data-stage="c"] input[value="0"]')!.click();
    await el.storageController.flush();
    expect(changes.map(({ kind, id }) => [kind, id])).to.deep.equal([['journey-map', 'main']]);
    expect(changes[0].space).to.equal(space);
  });

  it('follows the arrows right to left', async () => {
    const { el, wrapper } = await makeMap({ data: smallMap() });
    wrapper.setAttribute('dir', 'rtl');
    cell(el, 'doing', 'a').focus();
    await press('ArrowLeft');
    await el.updateComplete;
    expect(where(el)).to.equal('doing|b');
    cell(el, '', 'a').focus();
    await press('Alt+ArrowLeft');
    await el.updateComplete;
    expect(stageNames(el)).to.deep.equal(['Applying', 'Finding out', 'Waiting']);
  });

  it('merges a change saved elsewhere, and closes a dialog whose stage was deleted there', async () => {
    const { el, store, space } = await makeMap({ data: smallMap() });
    cell(el, 'doing', 'b').click();
    await openDialog(el, 'notes-dialog');
    // Another tab adds a note to stage a and deletes stage b, through the same store.
    const elsewhere = deleteStage(
      addNote(smallMap(), {
        id: 'x1',
        stage: 'a',
        lane: 'thinking',
        layer: 'as-is',
        participant: 'q',
        text: 'From another tab',
      }),
      'b',
    );
    await store.update(`together-kit/${space}/journey-map/main`, (current) => ({
      ...(current as Envelope),
      updatedAt: new Date().toISOString(),
      data: elsewhere as unknown as Record<string, unknown>,
    }));
    await waitUntil(() => stageNames(el).length === 2, 'the deletion arrives');
    await waitUntil(() => !dialog(el, 'notes-dialog').open, 'the dialog closes');
    expect(cell(el, 'thinking', 'a').textContent).to.contain('From another tab');
    expect(cell(el, 'doing', 'a').textContent).to.contain('Searches online');
  });
});
