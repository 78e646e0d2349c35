// A draft whose page hides the skills question: nothing typed there reaches the offer.
import { expect } from '@open-wc/testing';
import {
  draftToOffer,
  emptyDraft,
  fieldConfig,
} from '../../../src/components/skill-offer/model.js';

const meta = {
  id: 'offer-1',
  participant: 'p-1',
  lang: 'en',
  retention: '12 months',
  now: new Date('2026-11-29T10:00:00.000Z'),
};

describe('skill offer model, in detail', () => {
  it('keeps no skills, listed or typed, when the page hides the question', () => {
    const { config } = fieldConfig('skills', '');
    const offer = draftToOffer(
      { ...emptyDraft(), skills: ['cooking'], otherSkills: ['Baking'], newSkill: 'Knitting' },
      config,
      meta,
    );
    expect(offer.skills).to.deep.equal([]);
    expect(offer.otherSkills).to.deep.equal([]);
  });
});
