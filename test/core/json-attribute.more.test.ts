// The JSON attribute converter both ways, and a quorum given as a list: paths the element
// tests do not reach.
import { expect } from '@open-wc/testing';
import { parseQuorum } from '../../src/components/partnership-vote/vote-settings.js';
import { parseGroups, type Group } from '../../src/core/groups.js';
import { checkedDefault, InvalidAttribute, jsonAttribute } from '../../src/core/json-attribute.js';

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

describe('jsonAttribute.fromValue, what a property is given', () => {
  const groups = jsonAttribute(parseGroups);

  it('reads JSON text as the attribute would, and a list of ids or objects as it is', () => {
    expect(groups.fromValue('["a", "b"]')).to.deep.equal([{ id: 'a' }, { id: 'b' }]);
    expect(groups.fromValue(['a', { id: 'b', weight: 2 }])).to.deep.equal([
      { id: 'a' },
      { id: 'b', weight: 2 },
    ]);
  });

  it('passes back what it produced without checking it again, and leaves nothing as nothing', () => {
    const read = groups.fromValue(['a']);
    expect(groups.fromValue(read)).to.equal(read);
    expect(groups.fromValue(undefined)).to.equal(undefined);
    expect(groups.fromValue(null)).to.equal(undefined);
    const marked = checkedDefault([] as Group[]);
    expect(groups.fromValue(marked)).to.equal(marked);
  });

  it('refuses what is neither, saying what it was given', () => {
    const refused = [true, () => 1, 3, { id: 'a' }, ['a', 1]].map(
      (value) => groups.fromValue(value) as InvalidAttribute,
    );
    expect(refused.every((r) => r instanceof InvalidAttribute)).to.be.true;
    expect(refused.map((r) => r.raw)).to.deep.equal([
      'true',
      'a function',
      '3',
      '{"id":"a"}',
      '["a",1]',
    ]);
    expect(refused[0].detail).to.equal('a boolean cannot be used here');
    expect(refused[2].detail).to.contain('groups are a list');
    expect(groups.fromValue('[a]')).to.be.instanceOf(InvalidAttribute);
  });

  it('describes what cannot be written as JSON without failing, and cuts a long value short', () => {
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    expect((groups.fromValue(circular) as InvalidAttribute).raw).to.equal('[object Object]');
    expect((groups.fromValue(BigInt(7)) as InvalidAttribute).raw).to.equal('[object BigInt]');
    const long = (groups.fromValue([{ id: 'x'.repeat(300) }]) as InvalidAttribute).raw;
    expect(long).to.have.length(201);
    expect(long.endsWith('…')).to.be.true;
  });
});
