import { expect, html } from '@open-wc/testing';
import { healthCheckMessages as lazyMessages } from '../../../src/components/health-check/messages.js';
import { welsh } from '../../../src/components/health-check/messages-cy.js';
import type { Catalog } from '../../../src/core/i18n.js';
import { parseFramework, presets } from '../../../src/components/health-check/all-presets.js';
import { localText } from '../../../src/components/health-check/framework.js';
import { LADDER_RUNGS } from '../../../src/core/health-results.js';
import { coreMessages } from '../../../src/core/messages.js';
import { coreWelsh } from '../../../src/core/messages-cy.js';
import { $$, answered, checkFixture, freshSpace, seededData, storeWith, text } from './helpers.js';

/** Syllables, by the usual rule of thumb: groups of vowels, less a silent final "e". */
function syllables(word: string): number {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (w.length <= 3) return 1;
  const trimmed = w.replace(/(?:[^laeiouy]es|ed|[^laeiouy]e)$/, '').replace(/^y/, '');
  return Math.max(1, (trimmed.match(/[aeiouy]{1,2}/g) ?? []).length);
}

/** Flesch reading ease of one or more sentences. */
export function readingEase(text: string): number {
  const sentences = Math.max(1, text.split(/[.!?]+/).filter((s) => s.trim()).length);
  const words = text.split(/\s+/).filter((w) => /[a-z]/i.test(w));
  const count = words.reduce((sum, word) => sum + syllables(word), 0);
  return 206.835 - 1.015 * (words.length / sentences) - 84.6 * (count / words.length);
}

// English is in the element; Welsh loads when an element first speaks it (messages-cy.ts).
const healthCheckMessages: Record<string, Catalog> = { en: lazyMessages.en as Catalog, cy: welsh };
const core: Record<string, Catalog> = { en: coreMessages.en as Catalog, cy: coreWelsh };

describe('<co-health-check>: words', () => {
  it('has every English string in Welsh, and no Welsh string English lacks', () => {
    const { en, cy } = healthCheckMessages;
    expect(Object.keys(cy).sort()).to.deep.equal(Object.keys(en).sort());
    // Only a figure with its percentage reads the same in both.
    const same = new Set(['health.ladder.cell']);
    for (const [key, message] of Object.entries(cy)) {
      if (!same.has(key)) expect(message, key).to.not.equal(en[key]);
    }
  });

  it('names every scale point, rung and stretch in both languages', () => {
    for (const lang of ['en', 'cy']) {
      const catalog = healthCheckMessages[lang];
      for (const point of [1, 2, 3, 4, 5])
        expect(catalog).to.have.property(`health.scale.${point}`);
      for (const rung of LADDER_RUNGS) {
        expect(catalog).to.have.property(`health.rung.${rung}`);
        expect(catalog).to.have.property(`health.rung.${rung}.about`);
      }
      for (const stretch of ['doing-to', 'doing-for', 'doing-with']) {
        expect(catalog).to.have.property(`health.ladder.${stretch}`);
      }
      expect(core[lang]).to.have.property('group.question');
    }
  });

  it('ships every preset in English and Welsh, valid, in plain words (reading ease 80 or more)', () => {
    for (const [name, framework] of Object.entries(presets)) {
      expect(parseFramework(name)).to.equal(framework);
      expect(parseFramework(JSON.parse(JSON.stringify(framework))).principles).to.have.length(
        framework.principles.length,
      );
      const texts = [
        framework.title,
        ...framework.principles.flatMap((p) => [p.label, ...p.statements.map((s) => s.text)]),
      ];
      for (const text of texts) {
        expect(text, name).to.have.keys('en', 'cy');
        expect(localText(text, 'cy'), `${name}: Welsh`).to.not.equal(localText(text, 'en'));
      }
      for (const statement of framework.principles.flatMap((p) => p.statements)) {
        const english = localText(statement.text, 'en');
        expect(readingEase(english), english).to.be.at.least(80);
      }
    }
    expect(presets.wales.principles).to.have.length(5);
    expect(presets.wales.principles.every((p) => p.statements.length === 3)).to.equal(true);
    expect(presets.nef.principles).to.have.length(6);
    expect(presets.scie.principles).to.have.length(4);
  });

  it('speaks Welsh throughout: form, results and facilitator', async () => {
    const space = freshSpace();
    const store = storeWith(
      space,
      seededData([
        ...answered('community', { 'power-1': 2 }, 3),
        ...answered('professional', { 'power-1': 4 }, 3),
      ]),
    );
    const wrapper = await checkFixture(
      html`<div lang="cy">
        <co-health-check facilitator space=${space} .store=${store}></co-health-check>
      </div>`,
    );
    const words = text(wrapper);
    expect(words).to.include("Pa mor dda ydyn ni'n gweithio gyda'n gilydd?");
    expect(words).to.include('Dydw i ddim yn gwybod');
    expect(words).to.include('Rhannu grym');
    expect(words).to.include("Dyma'r bwlch mwyaf");
    expect(words).to.include('Cynnal yr archwiliad hwn');
    for (const english of ['Not yet', "I don't know", 'Round 1', 'Results', 'widest gap']) {
      expect(words, english).to.not.include(english);
    }
    // No key shown in place of words.
    expect(words).to.not.match(/health\.[a-z]/);
    expect($$(wrapper, 'fieldset.statement legend')[0].textContent).to.include(
      "Rydyn ni'n gofyn i bawb",
    );
    await expect(wrapper).to.be.accessible();
  });
});
