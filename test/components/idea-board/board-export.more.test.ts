// The board's spreadsheet for an idea posted without a group and with no dots: empty cells,
// not "undefined".
import { expect } from '@open-wc/testing';
import { boardCsv, type CsvWords } from '../../../src/components/idea-board/board-export.js';
import { BoardIndex } from '../../../src/components/idea-board/board-index.js';
import { tallyDots } from '../../../src/components/idea-board/votes.js';
import { defaultGroups } from '../../../src/core/groups.js';
import { boardData, seedIdea } from './helpers.js';

const words: CsvWords = {
  headings: {
    column: 'Column',
    cluster: 'Cluster',
    title: 'Title',
    detail: 'Detail',
    tags: 'Tags',
    group: 'Group',
    votes: (group) => `Dots from ${group}`,
    parity: 'Parity',
    builds: 'Builds',
  },
  columnLabel: (id) => `col:${id}`,
  groupLabel: (id) => `group:${id}`,
};

describe('boardCsv, in detail', () => {
  it('writes an idea without a group, tags or dots as empty cells and zeros', () => {
    const data = boardData([seedIdea('a', 'ideas', 1, { group: undefined, title: 'Quiet room' })]);
    const csv = boardCsv(
      BoardIndex.build(data, ['ideas']),
      ['ideas'],
      ['community', 'professional'],
      tallyDots(data, defaultGroups),
      new Map(),
      words,
    );
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines).to.have.length(2);
    expect(lines[1]).to.equal('col:ideas,,Quiet room,,,,0,0,0,0');
  });
});
