// The wrappers, typed: options as a list, onCoVote with the ballot's detail.
import { useState } from 'react';
import { PartnershipVote, Space } from 'together-kit/react';
import { RawTags } from './RawTags.jsx';

export function App() {
  const [voted, setVoted] = useState('');
  const [changes, setChanges] = useState(0);
  return (
    <main>
      <h1>Together Kit in React</h1>
      <section id="wrapped">
        <Space space="react-wrapped" onCoChange={() => setChanges((n) => n + 1)}>
          <PartnershipVote
            question="When should the library open longer?"
            options={['Evenings', 'Saturdays']}
            participantGroup="community"
            storage="memory"
            onCoVote={(event) =>
              setVoted(
                `${event.detail.group}: ${Object.keys(event.detail.ballot.marks ?? {}).join(', ')}`,
              )
            }
          />
        </Space>
        <p id="wrapped-result">{voted ? `React heard the vote of ${voted}` : 'No vote yet'}</p>
        <p id="wrapped-changes">{changes} saved</p>
      </section>
      <RawTags />
    </main>
  );
}
