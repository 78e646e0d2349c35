import { expect } from '@open-wc/testing';
import { cspReport } from '../../fixtures/csp-report.js';
import { makeMap, smallMap } from './helpers.js';

/** Every element with a `style` attribute in `root` and the shadow roots below it. */
function styledElements(root: ParentNode, found: string[] = []): string[] {
  for (const node of root.querySelectorAll('*')) {
    if (node.hasAttribute('style')) found.push(node.localName);
    if (node.shadowRoot) styledElements(node.shadowRoot, found);
  }
  return found;
}

describe('<co-journey-map> under a strict Content-Security-Policy', () => {
  it('draws the feelings curve of a map with stages without a style attribute', async () => {
    for (const view of ['grid', 'stages'] as const) {
      const { el } = await makeMap({ data: smallMap(), attrs: { view } });
      expect(el.shadowRoot!.querySelector('svg.curve'), view).to.exist;
      expect(styledElements(el.shadowRoot!), view).to.deep.equal([]);
    }
  });

  it('reports no securitypolicyviolation with content, in English and Welsh', async () => {
    const report = await cspReport('map');
    expect(report.rendered, 'maps that drew a curve').to.equal(2);
    expect(report.violations).to.deep.equal([]);
    expect(report.styled).to.deep.equal([]);
  });
});
