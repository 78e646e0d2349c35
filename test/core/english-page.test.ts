// An English page downloads no Welsh (issue #13, "Lighter"): every element shown in English
// requests no Welsh catalog, and the first Welsh element on the page does. In its own file, so
// that the page's list of requests holds only what these tests asked for. The five element
// entries, not all.js: the package's API (which all.js also exports) has `explainTally`, which
// speaks both languages at once so that a server can call it without waiting.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/space.js';
import '../../src/skill-offer.js';
import '../../src/partnership-vote.js';
import '../../src/idea-board.js';
import '../../src/journey-map.js';

const welshRequests = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => /messages-cy/.test(name));

describe('an English page', () => {
  it('requests no Welsh catalog for any of the five elements, until one speaks Welsh', async () => {
    const wrapper = await fixture(
      html`<div lang="en">
        <co-space storage="memory" space="english-page">
          <co-skill-offer storage="memory"></co-skill-offer>
          <co-partnership-vote
            storage="memory"
            options='["A","B"]'
            results="always"
          ></co-partnership-vote>
          <co-idea-board storage="memory"></co-idea-board>
          <co-journey-map storage="memory"></co-journey-map>
        </co-space>
      </div>`,
    );
    const elements = [...wrapper.querySelectorAll('co-space, co-space *')] as HTMLElement[];
    expect(elements).to.have.length(5);
    for (const el of elements)
      await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(welshRequests()).to.deep.equal([]);

    (wrapper.querySelector('co-idea-board') as HTMLElement).setAttribute('lang', 'cy');
    const requested = (path: string) => welshRequests().some((name) => name.includes(path));
    await waitUntil(
      () => requested('/core/messages-cy') && requested('/idea-board/messages-cy'),
      'the core and board Welsh not requested after lang="cy"',
    );
    expect(welshRequests().some((name) => name.includes('/partnership-vote/'))).to.be.false;
  });
});
