// Before the script runs: themes/reserve.css keeps each element's room while its script is
// held back by the server, so the page does not jump when it arrives (Cumulative Layout Shift,
// from the browser's own 'layout-shift' entries, is 0) — on a phone and a desktop, in English
// and Welsh, default and GOV.UK themes. The fallback content inside an element (the question
// and another way to take part) shows until the element is defined, and with JavaScript off,
// and is gone (not drawn, not read out) once the element draws itself.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launchChromium, openTab, screenshotPath, startThemeServer } from './support/theme-page.js';

const fallback = (what) =>
  `<p class="fallback">${what} If it does not appear, you can take part
  <a href="mailto:engage@council.example">by email</a> or on paper at the library.</p>`;

const cases = {
  vote: `<co-partnership-vote question="Which opening hours should we try first?"
    options='["Evenings", "Saturdays", "Sunday afternoons"]'>${fallback('Which opening hours should we try first?')}</co-partnership-vote>`,
  offer: `<co-skill-offer>${fallback('Tell us what you could offer the library.')}</co-skill-offer>`,
  board: `<co-idea-board>${fallback('Ideas for the new library.')}</co-idea-board>`,
  map: `<co-journey-map>${fallback('How does renewing a bus pass go for you?')}</co-journey-map>`,
  health: `<co-health-check>${fallback('How well are we working together?')}</co-health-check>`,
  plan: `<co-delivery-plan>${fallback('Who will do what to open the library on Saturdays?')}</co-delivery-plan>`,
  space: `<co-space space="library-redesign"><co-partnership-vote question="Which opening hours should we try first?"
    options='["Evenings", "Saturdays", "Sunday afternoons"]'>${fallback('Which opening hours should we try first?')}</co-partnership-vote></co-space>`,
};

const page = ({ body, lang = 'en', theme = '', reserve = true }) =>
  `<!doctype html>
<html lang="${lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Before the script runs</title>
  ${theme ? `<link rel="stylesheet" href="/themes/${theme}.css">` : ''}
  ${reserve ? '<link rel="stylesheet" href="/themes/reserve.css">' : ''}
  <script type="module" src="/kit.js?hold"></script>
</head>
<body>
  <h1>Library opening hours</h1>
  <p>We are changing the library's opening hours, and we want to decide together.</p>
  ${body}
  <p id="after">Thank you for taking part. The results will be shared at the next meeting.</p>
</body>
</html>`;

const pages = {};
for (const [name, body] of Object.entries(cases)) {
  pages[`/${name}/en`] = page({ body });
  pages[`/${name}/cy-govuk`] = page({ body, lang: 'cy', theme: 'govuk' });
  pages[`/${name}/no-reserve`] = page({ body, reserve: false });
}

const screens = {
  phone: { width: 375, height: 812 },
  tablet: { width: 700, height: 900 },
  desktop: { width: 1280, height: 900 },
  // Tall enough that what follows even <co-space>'s controls is on screen.
  tall: { width: 1280, height: 1400 },
};

/**
 * Phone, tablet and desktop; English with the default look, Welsh with the GOV.UK theme. The
 * tall desktop is the English desktop, tall enough that the text after <co-space> is seen.
 */
const runs = [
  ['phone', 'en'],
  ['phone', 'cy-govuk'],
  ['tablet', 'cy-govuk'],
  ['desktop', 'cy-govuk'],
  ['tall', 'en'],
];

let server;
let browser;
before(async () => {
  server = await startThemeServer(pages);
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * Loads a page whose script arrives late and returns the layout shift it caused: every
 * 'layout-shift' entry from the first paint until the elements are defined, ready and
 * settled (no input happens, so every shift counts).
 */
async function layoutShift(path, viewport) {
  const { tab, problems } = await openTab(browser, { viewport });
  await tab.addInitScript(() => {
    window.shifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        window.shifts.push({
          value: entry.value,
          sources: entry.sources.map((s) => s.node?.nodeName ?? '?'),
        });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await tab.goto(server.origin + path, { waitUntil: 'commit' });
  // The fallback is drawn while the script is still on its way.
  await tab.locator('.fallback').first().waitFor({ state: 'visible' });
  const definedEarly = await tab.evaluate(() => customElements.get('co-partnership-vote'));
  assert.equal(definedEarly, undefined, 'the script is held back');
  await tab.waitForTimeout(200);
  server.release();
  const result = await tab.evaluate(async () => {
    const tags = [...document.querySelectorAll('*')]
      .map((el) => el.localName)
      .filter((name) => name.startsWith('co-'));
    await Promise.all(tags.map((tag) => customElements.whenDefined(tag)));
    const elements = [...document.querySelectorAll('*')].filter((el) => el.ready);
    await Promise.all(elements.map((el) => el.ready));
    await new Promise((resolve) => setTimeout(resolve, 300));
    const after = document.getElementById('after').getBoundingClientRect();
    return {
      cls: window.shifts.reduce((sum, s) => sum + s.value, 0),
      shifts: window.shifts,
      afterVisible: after.top < innerHeight,
      rendered: elements.every((el) => el.shadowRoot?.childElementCount > 0),
    };
  });
  assert.deepEqual(problems, []);
  return { ...result, tab };
}

for (const name of Object.keys(cases)) {
  test(`<${name}>: no layout shift when the script arrives late, with reserve.css`, async () => {
    const seen = [];
    for (const [screen, variant] of runs) {
      {
        const viewport = screens[screen];
        const { cls, shifts, rendered, afterVisible, tab } = await layoutShift(
          `/${name}/${variant}`,
          viewport,
        );
        assert.ok(rendered, `${screen} ${variant}: the elements drew themselves`);
        assert.equal(cls, 0, `${screen} ${variant}: layout shifts ${JSON.stringify(shifts)}`);
        seen.push(`${screen} ${variant}${afterVisible ? ' (text after it on screen)' : ''}`);
        await tab.close();
      }
    }
    console.log(`<${name}> CLS 0: ${seen.join(', ')}`);
  });
}

test('without reserve.css the same page jumps: the measurement sees a shift', async () => {
  const { cls, tab } = await layoutShift('/vote/no-reserve', screens.desktop);
  await tab.close();
  assert.ok(cls > 0.01, `CLS ${cls}`);
  console.log(`<vote> without reserve.css: CLS ${cls.toFixed(3)}`);
});

test('fallback content shows until the element is defined, and is neither drawn nor read after', async () => {
  const { tab, problems } = await openTab(browser, { viewport: screens.desktop });
  await tab.goto(`${server.origin}/vote/en`, { waitUntil: 'commit' });
  const fallbackText = tab.getByText('Which opening hours should we try first? If it does not');
  await fallbackText.waitFor({ state: 'visible' });
  assert.equal(await tab.getByRole('link', { name: 'by email' }).count(), 1);
  const file = screenshotPath('before-the-script-runs.png');
  await tab.screenshot({ path: file });
  console.log(`screenshot: ${file}`);
  server.release();

  await tab.waitForFunction(() => customElements.get('co-partnership-vote') !== undefined);
  await tab.evaluate(() => document.querySelector('co-partnership-vote').ready);
  // Still in the DOM (the page's own content), but not drawn: no box, not in the a11y tree.
  assert.equal(await fallbackText.isVisible(), false);
  assert.equal(await tab.getByRole('link', { name: 'by email' }).count(), 0);
  assert.equal(await tab.getByRole('button', { name: 'Cast my vote' }).count(), 1);
  assert.deepEqual(problems, []);
  await tab.close();
});

test('with JavaScript off the fallback content is there, and no empty room is kept', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: screens.desktop });
  const tab = await context.newPage();
  await tab.goto(`${server.origin}/vote/en`, { waitUntil: 'commit' });
  await tab.getByRole('link', { name: 'by email' }).waitFor({ state: 'visible' });
  assert.ok(
    await tab.getByText('Which opening hours should we try first? If it does not').isVisible(),
  );
  // The reserve is for a script that is coming: with none, the fallback takes what it needs.
  const vote = await tab.locator('co-partnership-vote').boundingBox();
  const text = await tab.locator('.fallback').boundingBox();
  assert.ok(vote.height < 100, `the vote's box is ${vote.height}px, not the 560px reserve`);
  assert.ok(vote.height >= text.height);
  const file = screenshotPath('javascript-off.png');
  await tab.screenshot({ path: file });
  console.log(`screenshot: ${file}`);
  await context.close();
});
