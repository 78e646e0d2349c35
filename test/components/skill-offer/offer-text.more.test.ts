// Offer wording in the corners the element tests do not reach: availability with only days or
// only times, and page labels that are empty in the language asked for.
import { expect } from '@open-wc/testing';
import { render } from 'lit';
import { overrideFor } from '../../../src/components/skill-offer/labels.js';
import { skillOfferMessages } from '../../../src/components/skill-offer/messages.js';
import {
  availabilityWords,
  type OfferWords,
} from '../../../src/components/skill-offer/offer-text.js';
import { translate, type Catalog } from '../../../src/core/i18n.js';

const words: OfferWords = {
  t: (key, params) => translate({ en: skillOfferMessages.en as Catalog }, 'en', key, params),
  lang: 'en',
  skills: [],
  groupLabel: (id) => id,
};

const shown = (template: unknown) => {
  const host = document.createElement('div');
  render(template, host);
  return [...host.querySelectorAll('.words')].map((span) => span.textContent);
};

describe('offer text, in detail', () => {
  it('lists only days, or only times, when only those were given', () => {
    const days = shown(availabilityWords(words, ['mon', 'sat'], []));
    expect(days).to.have.length(1);
    expect(days[0]).to.contain(', ');
    const times = shown(availabilityWords(words, [], ['evening']));
    expect(times).to.have.length(1);
    expect(times[0]).to.equal(words.t('time.evening'));
  });

  it("takes no label from the page where the page's text is empty", () => {
    const labels = { name: { en: '', cy: 'Eich enw' }, email: 'Email' };
    expect(overrideFor(labels, 'name', 'en')).to.equal(undefined);
    expect(overrideFor(labels, 'name', 'cy')).to.equal('Eich enw');
    expect(overrideFor(labels, 'email', 'cy')).to.equal('Email');
    expect(overrideFor(undefined, 'email', 'en')).to.equal(undefined);
  });
});
