// Raw tags, as a page without the wrappers would write them: React 19 sets `options` as a
// property (a list), and hands `co-vote` to a prop spelled like the event.
import { useState } from 'react';
import 'together-kit/partnership-vote.js';

export function RawTags() {
  const [voted, setVoted] = useState('');
  return (
    <section id="raw">
      <co-partnership-vote
        question="Which day suits you?"
        options={['Tuesdays', 'Thursdays']}
        participant-group="community"
        storage="memory"
        onco-vote={(event) => setVoted(Object.keys(event.detail.ballot.marks).join(', '))}
      ></co-partnership-vote>
      <p id="raw-result">{voted ? `React heard the raw tag's vote for ${voted}` : 'No vote yet'}</p>
    </section>
  );
}
