// themes/govuk.css on a real GOV.UK page: GOV.UK Frontend 6's own CSS and its radios,
// checkboxes, text input and button markup (from the govuk-frontend package) beside our
// elements, in Chromium under the strict CSP. The computed sizes, colours and font of ours
// must be GOV.UK's; a screenshot of the two side by side is saved for a person to look at.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launchChromium, openTab, screenshotPath, startThemeServer } from './support/theme-page.js';

const govukComponents = `
<div class="govuk-form-group">
  <fieldset class="govuk-fieldset">
    <legend class="govuk-fieldset__legend">Which opening hours should we try first?</legend>
    <div class="govuk-radios" data-module="govuk-radios">
      <div class="govuk-radios__item">
        <input class="govuk-radios__input" id="hours" name="hours" type="radio" value="evenings">
        <label class="govuk-label govuk-radios__label" for="hours">Evenings</label>
      </div>
      <div class="govuk-radios__item">
        <input class="govuk-radios__input" id="hours-2" name="hours" type="radio" value="saturdays">
        <label class="govuk-label govuk-radios__label" for="hours-2">Saturdays</label>
      </div>
    </div>
  </fieldset>
</div>
<div class="govuk-form-group">
  <fieldset class="govuk-fieldset">
    <legend class="govuk-fieldset__legend">How would you like to take part?</legend>
    <div class="govuk-checkboxes" data-module="govuk-checkboxes">
      <div class="govuk-checkboxes__item">
        <input class="govuk-checkboxes__input" id="part" name="part" type="checkbox" value="workshops">
        <label class="govuk-label govuk-checkboxes__label" for="part">Workshops</label>
      </div>
    </div>
  </fieldset>
</div>
<div class="govuk-form-group">
  <label class="govuk-label" for="name">Your first name</label>
  <input class="govuk-input" id="name" name="name" type="text">
</div>
<button type="submit" class="govuk-button" data-module="govuk-button">Send</button>`;

const page = (lang) => `<!doctype html>
<html lang="${lang}" class="govuk-template">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Together Kit beside GOV.UK Frontend</title>
  <link rel="stylesheet" href="/govuk/govuk-frontend.min.css">
  <link rel="stylesheet" href="/themes/govuk.css">
  <script type="module" src="/kit.js"></script>
</head>
<body class="govuk-template__body govuk-frontend-supported">
  <div class="govuk-width-container">
    <main class="govuk-main-wrapper" id="main-content">
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-one-half">
          <h2 class="govuk-heading-m">GOV.UK Frontend</h2>
          ${govukComponents}
        </div>
        <div class="govuk-grid-column-one-half">
          <h2 class="govuk-heading-m">Together Kit</h2>
          <co-partnership-vote storage="memory" participant-group="community" heading-level="3"
            question="Which opening hours should we try first?"
            options='["Evenings", "Saturdays"]'></co-partnership-vote>
          <co-skill-offer storage="memory" heading-level="3"></co-skill-offer>
        </div>
      </div>
    </main>
  </div>
</body>
</html>`;

let server;
let browser;
before(async () => {
  server = await startThemeServer({ '/en': page('en'), '/cy': page('cy') });
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** Waits for the elements and GOV.UK's font, and reads what the test compares. */
async function measure(tab) {
  return tab.evaluate(async () => {
    const vote = document.querySelector('co-partnership-vote');
    const offer = document.querySelector('co-skill-offer');
    await Promise.all([vote.ready, offer.ready]);
    await document.fonts.ready;
    const style = (element, pseudo) => getComputedStyle(element, pseudo);
    const box = (element) => {
      const { width, height } = element.getBoundingClientRect();
      return { width, height };
    };
    // GOV.UK draws its radios and checkboxes as the label's ::before.
    const pseudoBox = (label) => ({
      width: parseFloat(style(label, '::before').width),
      height: parseFloat(style(label, '::before').height),
    });
    const pick = (s, names) => Object.fromEntries(names.map((name) => [name, s[name]]));
    const inputLook = [
      'borderTopWidth',
      'borderTopStyle',
      'borderTopColor',
      'borderRadius',
      'height',
    ];
    const textLook = ['fontFamily', 'fontSize', 'fontWeight', 'color'];
    const buttonLook = [
      'fontFamily',
      'fontSize',
      'fontWeight',
      'color',
      'backgroundColor',
      'borderRadius',
      'boxShadow',
    ];

    const ourRadio = vote.shadowRoot.querySelector('input[type=radio]');
    const ourCheckbox = offer.shadowRoot.querySelector('input[type=checkbox]');
    const ourInput = offer.shadowRoot.querySelector('input[type=text]');
    const ourButton = vote.shadowRoot.querySelector('button[type=submit]');
    const ourLabel = ourRadio.closest('label') ?? ourRadio.parentElement;
    const govukInput = document.querySelector('.govuk-input');
    const result = {
      govuk: {
        radio: pseudoBox(document.querySelector('.govuk-radios__label')),
        checkbox: pseudoBox(document.querySelector('.govuk-checkboxes__label')),
        input: pick(style(govukInput), inputLook),
        label: pick(style(document.querySelector('.govuk-radios__label')), textLook),
        button: pick(style(document.querySelector('.govuk-button')), buttonLook),
      },
      ours: {
        radio: box(ourRadio),
        checkbox: box(ourCheckbox),
        input: pick(style(ourInput), inputLook),
        label: pick(style(ourLabel), textLook),
        button: pick(style(ourButton), buttonLook),
      },
      // Link-like buttons take GOV.UK's link colour, read from GOV.UK Frontend's own property.
      links: {
        govuk: style(document.documentElement).getPropertyValue('--govuk-link-colour').trim(),
        ours: style(vote).getPropertyValue('--_co-link').trim(),
      },
      gdsTransportLoaded: [...document.fonts].some(
        (font) => font.family.replace(/"/g, '') === 'GDS Transport' && font.status === 'loaded',
      ),
    };
    // Focus: GOV.UK's yellow ring on both inputs.
    govukInput.focus();
    result.govuk.focus = style(govukInput).outlineColor;
    ourInput.focus();
    result.ours.focus = style(ourInput).outlineColor;
    ourInput.blur();
    return result;
  });
}

for (const lang of ['en', 'cy']) {
  test(`govuk.css gives our elements GOV.UK Frontend's look on a GOV.UK page (${lang})`, async () => {
    const { tab, problems } = await openTab(browser, { viewport: { width: 1100, height: 900 } });
    await tab.goto(`${server.origin}/${lang}`);
    await tab.waitForFunction(() => customElements.get('co-skill-offer') !== undefined);
    const { govuk, ours, links, gdsTransportLoaded } = await measure(tab);

    // GOV.UK Frontend's own figures first, so a change on their side is named as such.
    assert.deepEqual(govuk.radio, { width: 40, height: 40 }, 'GOV.UK radio');
    assert.equal(govuk.input.borderTopWidth, '2px');
    assert.equal(govuk.label.fontSize, '19px');

    assert.deepEqual(ours.radio, govuk.radio, 'radio 40×40');
    assert.deepEqual(ours.checkbox, govuk.checkbox, 'checkbox 40×40');
    assert.deepEqual(ours.input, govuk.input, 'input: 2px solid black, square, 40px high');
    assert.equal(ours.input.borderTopColor, 'rgb(11, 12, 12)');
    assert.equal(ours.input.borderRadius, '0px');
    assert.deepEqual(ours.label, govuk.label, 'label: GOV.UK font, 19px, regular, text colour');
    assert.deepEqual(ours.button, govuk.button, 'button: green, regular weight, square, shadow');
    assert.equal(ours.focus, govuk.focus, 'focus yellow');
    assert.equal(ours.focus, 'rgb(255, 221, 0)');
    assert.equal(links.govuk, '#1a65a6');
    assert.equal(links.ours, links.govuk, 'link colour');
    assert.ok(gdsTransportLoaded, 'GDS Transport, served from GOV.UK Frontend’s assets, is in use');

    // Chosen radios and a ticked box on both sides, for the person looking at the picture.
    await tab.locator('#hours').check();
    await tab.locator('#part').check();
    await tab.evaluate(() => {
      document
        .querySelector('co-partnership-vote')
        .shadowRoot.querySelector('input[type=radio]')
        .click();
      document
        .querySelector('co-skill-offer')
        .shadowRoot.querySelector('input[type=checkbox]')
        .click();
    });
    const file = screenshotPath(`govuk-beside-govuk-frontend-${lang}.png`);
    await tab.screenshot({ path: file });
    console.log(`screenshot: ${file}`);
    assert.deepEqual(problems, [], 'no page error or CSP violation');
    await tab.close();
  });
}
