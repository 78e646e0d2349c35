/**
 * Reads a Server-Sent Events stream from a `fetch` response. Not `EventSource`: that cannot
 * send the headers a page's own `fetch` adds (a portal's authentication), and the `http`
 * store must use that function for every request.
 *
 * Calls `onMessage` with each event's data (the `data:` lines joined); resolves when the
 * stream ends, rejects when it breaks. Only the `message` and `change` event types are
 * passed on; comments (heartbeats) and other fields are skipped, as the format says.
 */
export async function readEventStream(
  body: ReadableStream<Uint8Array>,
  onMessage: (data: string) => void,
): Promise<void> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  let data: string[] = [];
  let type = '';
  const dispatch = () => {
    if (data.length > 0 && (type === '' || type === 'message' || type === 'change'))
      onMessage(data.join('\n'));
    data = [];
    type = '';
  };
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    buffer += decoder.decode(value, { stream: true });
    const lines = buffer.split(/\r\n|\r|\n/);
    // The last piece may be half a line: keep it for the next chunk. (A chunk ending in "\r"
    // of a "\r\n" then gives one empty line too many, which only dispatches nothing.)
    buffer = lines.pop() ?? '';
    for (const line of lines) {
      if (line === '') dispatch();
      else if (line.startsWith(':')) continue;
      else {
        const colon = line.indexOf(':');
        const field = colon < 0 ? line : line.slice(0, colon);
        let text = colon < 0 ? '' : line.slice(colon + 1);
        if (text.startsWith(' ')) text = text.slice(1);
        if (field === 'data') data.push(text);
        else if (field === 'event') type = text;
      }
    }
  }
}
