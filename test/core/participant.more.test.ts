// The participant id where the browser blocks storage or has no crypto.randomUUID (a page
// served over plain http): paths the element tests never reach.
import { expect } from '@open-wc/testing';
import { newId, participantId } from '../../src/core/participant.js';

describe('participant ids, in detail', () => {
  it('keeps one id for the page when storage is blocked', () => {
    const blocked = {
      getItem() {
        throw new DOMException('blocked', 'SecurityError');
      },
    } as unknown as Storage;
    const first = participantId(blocked);
    expect(first).to.match(/^[\da-f-]{32,36}$/);
    expect(participantId(blocked)).to.equal(first);
  });

  it('makes 32 hex digits without crypto.randomUUID', () => {
    Object.defineProperty(crypto, 'randomUUID', { value: undefined, configurable: true });
    try {
      const ids = new Set(Array.from({ length: 20 }, () => newId()));
      expect(ids.size).to.equal(20);
      for (const id of ids) expect(id).to.match(/^[\da-f]{32}$/);
    } finally {
      delete (crypto as { randomUUID?: unknown }).randomUUID;
    }
    expect(newId()).to.match(/^[\da-f]{8}-[\da-f]{4}-4/);
  });
});
