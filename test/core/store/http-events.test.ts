import { expect } from '@open-wc/testing';
import { readEventStream } from '../../../src/core/store/http-events.js';

/** A response body that arrives in these pieces. */
function body(chunks: string[]): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(encoder.encode(chunk));
      controller.close();
    },
  });
}

describe('readEventStream', () => {
  it('passes on change and message events, split anywhere, with any line ending', async () => {
    const seen: string[] = [];
    await readEventStream(
      body([
        ': a comment, as heartbeats are\n\n',
        'event: change\nda',
        'ta: {"a":1}\n\n',
        'data: first line\r\ndata:second line\r\n\r\n',
        'event: other\ndata: not for us\n\n',
        'id: 7\ndata\n\n', // a field with no colon: empty data
        'retry: 1000\n\n', // no data: nothing to pass on
        'data: é',
        '\n\ndata: never finished',
      ]),
      (data) => seen.push(data),
    );
    expect(seen).to.deep.equal(['{"a":1}', 'first line\nsecond line', '', 'é']);
  });

  it('rejects when the stream breaks', async () => {
    const broken = new ReadableStream<Uint8Array>({
      pull(controller) {
        controller.error(new Error('connection reset'));
      },
    });
    let error: unknown;
    await readEventStream(broken, () => undefined).catch((e: unknown) => (error = e));
    expect((error as Error).message).to.equal('connection reset');
  });
});
