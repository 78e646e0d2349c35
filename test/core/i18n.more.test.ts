// Translation and issue wording in the corners the element tests do not reach.
import { expect } from '@open-wc/testing';
import type { BaseIssue } from 'valibot';
import { translate, type Catalogs } from '../../src/core/i18n.js';
import { describeIssues } from '../../src/core/validation.js';
import { localised } from '../../src/core/skills.js';

describe('translate and describeIssues, in detail', () => {
  const catalogs: Catalogs = {
    en: { items: { one: '{count} item', other: '{count} items' } },
    cy: { items: { zero: 'dim eitemau', other: '{count} eitem' } },
  };

  it('reads a plural message without a count as zero of it', () => {
    expect(translate(catalogs, 'en', 'items')).to.equal('{count} items');
    expect(translate(catalogs, 'cy', 'items')).to.equal('dim eitemau');
    expect(translate(catalogs, 'en', 'items', { count: 1 })).to.equal('1 item');
  });

  it('says "the value" where an issue with {path} has no path', () => {
    const issue = {
      message: '{path} must be text',
      path: undefined,
    } as unknown as BaseIssue<unknown>;
    expect(describeIssues([issue])).to.equal('the value must be text');
  });

  it('takes a label in the language asked for, else English, else the first given', () => {
    expect(localised({ cy: 'Coginio', en: 'Cooking' }, 'cy')).to.equal('Coginio');
    expect(localised({ cy: 'Coginio', en: 'Cooking' }, 'fr')).to.equal('Cooking');
    expect(localised({ fr: 'Cuisine' }, 'cy')).to.equal('Cuisine');
    expect(localised({}, 'cy')).to.equal('');
    expect(localised('Cooking', 'cy')).to.equal('Cooking');
  });
});
