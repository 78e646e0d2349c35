// themes/high-contrast.css: every piece of text in every element, in English and Welsh, has a
// contrast of at least 7:1 (WCAG 1.4.6, AAA) with what is painted behind it — measured from
// the computed colours, and checked again with axe's color-contrast-enhanced rule. The page is
// white, so the elements must paint their own background for the theme to work anywhere.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launchChromium, openTab, screenshotPath, startThemeServer } from './support/theme-page.js';

const page = (lang) => ({
  // axe is injected as a script, which the strict policy would (rightly) stop.
  csp: false,
  html: `<!doctype html>
<html lang="${lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>High-contrast theme</title>
  <link rel="stylesheet" href="/themes/high-contrast.css">
  <script src="/axe.js"></script>
  <script type="module" src="/kit.js"></script>
</head>
<body>
  <main>
    <h1>High-contrast theme</h1>
    <co-space space="contrast" storage="memory" participant-group="community">
      <co-partnership-vote id="vote" facilitator results="always"
        question="Which opening hours should we try first?"
        options='["Evenings", "Saturdays"]'></co-partnership-vote>
      <co-idea-board facilitator></co-idea-board>
      <co-journey-map></co-journey-map>
      <co-skill-offer></co-skill-offer>
    </co-space>
  </main>
</body>
</html>`,
});

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

/** Each visible text's colour against the first painted background behind it, as a ratio. */
function readContrasts() {
  const rgba = (value) => {
    const [r, g, b, a = 1] = value.match(/[\d.]+/g).map(Number);
    return { r, g, b, a };
  };
  const luminance = ({ r, g, b }) => {
    const channel = (c) => {
      const s = c / 255;
      return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
  };
  const over = (top, bottom) => ({
    r: top.r * top.a + bottom.r * (1 - top.a),
    g: top.g * top.a + bottom.g * (1 - top.a),
    b: top.b * top.a + bottom.b * (1 - top.a),
    a: 1,
  });
  // Up through shadow roots to their hosts: the first opaque background decides.
  const parentOf = (node) => node.parentElement ?? node.getRootNode().host ?? null;
  const background = (element) => {
    const layers = [];
    for (let at = element; at; at = parentOf(at)) {
      const colour = rgba(getComputedStyle(at).backgroundColor);
      if (colour.a > 0) layers.push(colour);
      if (colour.a === 1) break;
    }
    return layers.reduceRight((below, layer) => over(layer, below), {
      r: 255,
      g: 255,
      b: 255,
      a: 1,
    });
  };
  const opacity = (element) => {
    let product = 1;
    for (let at = element; at; at = parentOf(at)) product *= Number(getComputedStyle(at).opacity);
    return product;
  };
  const found = [];
  const visit = (root) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    for (let node = walker.currentNode; node; node = walker.nextNode()) {
      if (node.nodeType === Node.ELEMENT_NODE && node.shadowRoot) visit(node.shadowRoot);
      if (node.nodeType !== Node.TEXT_NODE || !node.data.trim()) continue;
      const element = node.parentElement;
      if (!element?.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const rect = range.getBoundingClientRect();
      // Text clipped to 1px for screen readers only is not seen.
      if (rect.width <= 1 || rect.height <= 1) continue;
      const back = background(element);
      const text = over({ ...rgba(getComputedStyle(element).color), a: opacity(element) }, back);
      const [light, dark] = [luminance(text), luminance(back)].sort((a, b) => b - a);
      found.push({
        text: node.data.trim().slice(0, 40),
        in: element.getRootNode().host?.localName ?? 'page',
        ratio: Math.round(((light + 0.05) / (dark + 0.05)) * 100) / 100,
      });
    }
  };
  for (const element of document.querySelectorAll('co-space')) visit(element);
  return found;
}

for (const lang of ['en', 'cy']) {
  test(`high-contrast.css gives every text in every element 7:1 or more (${lang})`, async () => {
    const { tab, problems } = await openTab(browser, { viewport: { width: 1100, height: 900 } });
    await tab.goto(`${server.origin}/${lang}`);
    await tab.waitForFunction(() => customElements.get('co-skill-offer') !== undefined);
    await tab.evaluate(async () => {
      const elements = [...document.querySelectorAll('co-space *')].filter((el) => el.ready);
      await Promise.all(elements.map((el) => el.ready));
      await new Promise((resolve) => setTimeout(resolve, 200));
    });
    // The error summary and inline errors too: send the vote and the offer empty.
    const summaries = await tab.evaluate(async () => {
      const sent = ['co-partnership-vote', 'co-skill-offer'].map((tag) => {
        document.querySelector(tag).shadowRoot.querySelector('button[type=submit]').click();
        return document.querySelector(tag);
      });
      await new Promise((resolve) => setTimeout(resolve, 300));
      return sent.filter((el) => el.shadowRoot.querySelector('.error-summary')).length;
    });
    assert.equal(summaries, 2, 'both show their error summary');
    const contrasts = await tab.evaluate(readContrasts);
    const kinds = new Set(contrasts.map((c) => c.in));
    for (const tag of [
      'co-partnership-vote',
      'co-idea-board',
      'co-journey-map',
      'co-skill-offer',
    ]) {
      assert.ok(kinds.has(tag), `text found in <${tag}>`);
    }
    assert.ok(contrasts.length > 100, `${contrasts.length} texts measured`);
    const low = contrasts.filter((c) => c.ratio < 7);
    assert.deepEqual(low, [], 'texts under 7:1');

    const axe = await tab.evaluate(async () => {
      const report = await window.axe.run(document.querySelector('co-space'), {
        runOnly: ['color-contrast-enhanced', 'color-contrast'],
        resultTypes: ['violations'],
      });
      return report.violations.flatMap((v) =>
        v.nodes.map((n) => `${v.id}: ${JSON.stringify(n.target)} ${n.any[0]?.message ?? ''}`),
      );
    });
    assert.deepEqual(axe, [], 'axe: color-contrast-enhanced');

    const file = screenshotPath(`high-contrast-${lang}.png`);
    await tab.screenshot({ path: file });
    console.log(
      `screenshot: ${file} (${contrasts.length} texts, lowest ratio ${Math.min(...contrasts.map((c) => c.ratio))}:1)`,
    );
    assert.deepEqual(problems, [], 'no page error');
    await tab.close();
  });
}
