// One element and one function: the bundle must hold the vote and nothing of the other elements.
import 'together-kit/partnership-vote.js';
import { parityTally, type CoPartnershipVote } from 'together-kit';

const result = parityTally(
  [
    { group: 'community', marks: { evenings: 1 } },
    { group: 'community', marks: { evenings: 1 } },
    { group: 'professional', marks: { saturdays: 1 } },
  ],
  { method: 'single', options: ['evenings', 'saturdays'] },
);
const top = result.ranking[0];
document.querySelector('#tally')!.textContent =
  `${top.option}${top.tie ? ' (tie)' : ''}: ${result.ranking.length} options ranked`;

const vote = document.querySelector<CoPartnershipVote>('co-partnership-vote')!;
vote.addEventListener('co-vote', (event) => {
  // Typed by the package: the detail is the ballot about to be saved.
  document.body.dataset.voted = event.detail.group;
});
