import { expect } from '@open-wc/testing';
import type { CSSResultOrNative } from 'lit';
// The build's CSS minifier (scripts/minify-css-literals.js), run here over the real styles.
import { minifyCss } from '../../scripts/minify-css-literals.js';
import '../../src/all.js';

const tags = [
  'co-space',
  'co-partnership-vote',
  'co-skill-offer',
  'co-idea-board',
  'co-journey-map',
];

/** The rules as the browser reads them, whatever the spacing of the text. */
function rulesOf(text: string): string[] {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(text);
  return [...sheet.cssRules].map((rule) => rule.cssText);
}

describe('minified styles', () => {
  for (const tag of tags) {
    it(`<${tag}>: the browser reads the minified styles as the same rules`, () => {
      const styles = (customElements.get(tag) as unknown as { elementStyles: CSSResultOrNative[] })
        .elementStyles;
      expect(styles.length).to.be.greaterThan(0);
      for (const style of styles) {
        const text = (style as { cssText: string }).cssText;
        const minified = minifyCss(text);
        expect(minified.length).to.be.lessThan(text.length);
        expect(rulesOf(minified)).to.deep.equal(rulesOf(text));
      }
    });
  }
});
