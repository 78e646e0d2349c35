import { expect } from '@open-wc/testing';
import { REVOKE_AFTER_MS, downloadFile, recordFileName } from '../../src/core/download.js';

interface Captured {
  fileName: string;
  href: string;
  inBody: boolean;
  hidden: boolean;
}

describe('recordFileName', () => {
  const day = new Date(2026, 10, 29);

  it('names a file <space>-<kind>-<id>-<date>.<ext>, so two records of a space never clash', () => {
    const map = { space: 'bus pass', kind: 'journey-map', id: 'main' };
    expect(recordFileName(map, 'svg', '', day)).to.equal(
      'bus-pass-journey-map-main-2026-11-29.svg',
    );
    const board = { space: 'library', kind: 'idea-board', id: 'main' };
    const other = { ...board, id: 'evening' };
    expect(recordFileName(board, 'json', '', day)).not.to.equal(
      recordFileName(other, 'json', '', day),
    );
  });

  it('puts what the file is before the date, when a record has two of one type', () => {
    const vote = { space: 'library', kind: 'partnership-vote', id: 'main' };
    expect(recordFileName(vote, 'csv', 'ballots', day)).to.equal(
      'library-partnership-vote-main-ballots-2026-11-29.csv',
    );
    // Page text in a name: a slash or colon becomes a dash; Welsh letters stay.
    expect(recordFileName({ ...vote, id: 'a/b:c' }, 'csv', 'cynigion sgiliau', day)).to.equal(
      'library-partnership-vote-a-b-c-cynigion-sgiliau-2026-11-29.csv',
    );
  });
});

describe('downloadFile', () => {
  const realCreate = URL.createObjectURL;
  const realRevoke = URL.revokeObjectURL;
  let blobs: Blob[];
  let revoked: string[];
  let clicks: Captured[];

  // Catch the link's click before the browser acts on it, so no real download starts.
  const onClick = (event: MouseEvent) => {
    const link = event.target;
    if (!(link instanceof HTMLAnchorElement)) return;
    event.preventDefault();
    clicks.push({
      fileName: link.download,
      href: link.href,
      inBody: link.parentNode === document.body,
      hidden: link.hidden,
    });
  };

  beforeEach(() => {
    blobs = [];
    revoked = [];
    clicks = [];
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      blobs.push(blob as Blob);
      return realCreate(blob);
    };
    URL.revokeObjectURL = (url: string) => {
      revoked.push(url);
      realRevoke(url);
    };
    document.addEventListener('click', onClick, true);
  });

  afterEach(() => {
    URL.createObjectURL = realCreate;
    URL.revokeObjectURL = realRevoke;
    document.removeEventListener('click', onClick, true);
  });

  it('clicks a hidden download link in the body, with the file name, then removes it', () => {
    const before = document.body.childElementCount;
    downloadFile('library-redesign-2026-11-29.json', '{"a": 1}', 'application/json', {
      revokeAfterMs: 0,
    });
    expect(clicks).to.have.length(1);
    expect(clicks[0]).to.include({
      fileName: 'library-redesign-2026-11-29.json',
      inBody: true,
      hidden: true,
    });
    expect(clicks[0].href).to.match(/^blob:/);
    expect(document.body.childElementCount).to.equal(before);
  });

  it('puts the content, exactly, in a Blob of the type given', async () => {
    const csv = '\uFEFFname,idea\r\nAnn,"Open, later"\r\nGŵen,😀\r\n';
    downloadFile('ideas.csv', csv, 'text/csv;charset=utf-8', { revokeAfterMs: 0 });
    expect(blobs).to.have.length(1);
    expect(blobs[0].type).to.equal('text/csv;charset=utf-8');
    // Blob#text() would drop the byte order mark while decoding; compare the bytes instead.
    const bytes = new Uint8Array(await blobs[0].arrayBuffer());
    expect([...bytes]).to.deep.equal([...new TextEncoder().encode(csv)]);
  });

  it('revokes the object URL afterwards, not before the browser has read it', async () => {
    downloadFile('a.json', '{}', 'application/json', { revokeAfterMs: 20 });
    const url = clicks[0].href;
    expect(revoked).not.to.include(url);
    await new Promise((resolve) => setTimeout(resolve, 40));
    expect(revoked).to.include(url);
    expect(REVOKE_AFTER_MS).to.be.at.least(10_000);
  });

  it('works when called from inside a shadow root', () => {
    const host = document.createElement('div');
    const shadow = host.attachShadow({ mode: 'open' });
    const button = document.createElement('button');
    button.addEventListener('click', () =>
      downloadFile('from-shadow.json', '{}', 'application/json', { revokeAfterMs: 0 }),
    );
    shadow.append(button);
    document.body.append(host);
    try {
      button.click();
    } finally {
      host.remove();
    }
    const downloads = clicks.filter((c) => c.fileName === 'from-shadow.json');
    expect(downloads).to.have.length(1);
    expect(downloads[0].inBody).to.be.true;
    expect(shadow.querySelector('a')).to.equal(null);
  });
});
