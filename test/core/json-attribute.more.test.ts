// The JSON attribute converter both ways, and a quorum given as a list: paths the element
// tests do not reach.
import { expect } from '@open-wc/testing';
import { parseQuorum } from '../../src/components/partnership-vote/vote-settings.js';
import { InvalidAttribute, jsonAttribute } from '../../src/core/json-attribute.js';

describe('jsonAttribute, in detail', () => {
  const quorum = jsonAttribute(parseQuorum);

  it('writes a value back as JSON, and reads what it wrote', () => {
    const raw = String(quorum.toAttribute!({ community: 5, professional: 2 }));
    expect(raw).to.equal('{"community":5,"professional":2}');
    expect(quorum.fromAttribute!(raw)).to.deep.equal({ community: 5, professional: 2 });
    expect(quorum.fromAttribute!(null)).to.equal(undefined);
  });

  it('refuses a quorum given as a list, saying what a quorum is', () => {
    const refused = quorum.fromAttribute!('[5, 2]') as unknown as InvalidAttribute;
    expect(refused).to.be.instanceOf(InvalidAttribute);
    expect(refused.raw).to.equal('[5, 2]');
    expect(refused.detail).to.contain('a quorum is a whole number, or one by group');
  });
});
