import type { Catalog, LazyCatalogs } from '../../core/i18n.js';

/** English; Welsh is in messages-cy.ts. Core strings (groups, problems, status) come from core. */
const english: Catalog = {
  'vote.default-question': 'Your vote',
  'vote.no-options': 'There is nothing to vote on yet: this page has not set any options.',
  'vote.kiosk': 'This device is shared: each person votes in turn.',
  // A group's name inside the explanation's sentences, where it is people.
  'vote.group-name.community': 'people who use services',
  'vote.group-name.professional': 'professionals',
  'vote.list.comma': ', ',
  'vote.list.and': ' and ',

  // Ballot form
  'vote.hint.single': 'Choose one option.',
  'vote.hint.approval': 'Choose every option you support.',
  'vote.hint.score': 'Give each option a score from 0 to {max}. An option you leave out scores 0.',
  'vote.hint.consent':
    'For each option, say whether you agree, have concerns or object. An objection stops an option, so say why you object.',
  'vote.hint.dots': {
    one: 'You have {count} dot to place on the option you support.',
    other:
      'You have {count} dots to spread across the options as you wish. You can put more than one on an option.',
  },
  'vote.dots-left': '{count} of {total} dots left',
  'vote.dots-count': { one: '{count} dot', other: '{count} dots' },
  'vote.dots-add': 'Add a dot to {option}',
  'vote.dots-remove': 'Take a dot away from {option}',
  'vote.score-low': 'not at all',
  'vote.score-high': 'fully',
  'vote.consent.agree': 'I agree',
  'vote.consent.concerns': 'I have concerns',
  'vote.consent.object': 'I object',
  'vote.reason.object': 'Why do you object? (needed)',
  'vote.reason.concerns': 'What are your concerns? (optional)',
  'vote.cast': 'Cast my vote',
  'vote.keep': 'Keep my vote as it was',
  'vote.error.single': 'Choose one option',
  'vote.error.approval': 'Choose at least one option',
  'vote.error.score': 'Give at least one option a score',
  'vote.error.dots': 'Place at least one dot',
  'vote.error.consent': 'Say what you think of at least one option',
  'vote.error.reason-needed': 'Say why you object to {option}',
  'vote.error.reason-long': 'Your reason about {option} must be {max} characters or fewer',

  // After voting
  'vote.voted.title': 'Your vote has been counted',
  'vote.voted.yours': 'Your vote:',
  'vote.voted.single': 'You chose: {option}',
  'vote.voted.approval': 'You support: {options}',
  'vote.voted.score': '{option}: {score} out of {max}',
  'vote.voted.item': '{option}: {value}',
  'vote.voted.reason': 'Your reason: {reason}',
  // A ranked or graded ballot in words, after voting, and the grades (results use them too).
  'vote.voted.rank': '{position}: {option}',
  'vote.grade.0': 'Very good',
  'vote.grade.1': 'Good',
  'vote.grade.2': 'Fair',
  'vote.grade.3': 'Poor',
  'vote.grade.4': 'Reject',
  'vote.change': 'Change my vote',
  'vote.closed': 'This vote is closed, so it no longer takes votes.',
  'vote.closed-voted': 'This vote is closed, so your vote can no longer be changed.',
  'vote.closed-before': 'This vote closed before you cast your vote, so your vote was not counted.',
  'vote.refused.page':
    'This page did not accept your vote, so it has not been counted. Your choices are still below: you can try again, or ask the people running the vote.',
  'vote.refused.read-only':
    'Your vote could not be saved, because this vote is shown read-only. Your choices are still below.',
  'vote.refused.invalid':
    'Your vote could not be counted, because the options have changed. Check your choices and cast your vote again.',
  'vote.kiosk.thanks': 'Thank you. Your vote has been counted.',
  'vote.kiosk.pass': 'Please pass the device to the next person. They will not see how you voted.',
  'vote.kiosk.next': 'Start the next vote',

  'vote.results.wait-vote': 'You will see the results after you vote.',
  'vote.results.wait-close': 'The results will be shown when the vote closes.',
  'vote.results.hidden-note':
    'People taking part cannot see these results yet. Only you can see them, here.',
  'vote.results.voters-note':
    'People see these results once they have voted. You can always see them here.',

  'vote.announce.reset': 'Every ballot was deleted. The vote is open again.',
  'vote.announce.closed': 'The vote is closed.',
  'vote.announce.opened': 'The vote is open.',
  'vote.announce.revealed': 'Everyone can now see the results.',
  'vote.announce.hidden': 'The results are hidden again.',

  // Downloads
};

export const partnershipVoteMessages: LazyCatalogs = {
  // The results', the facilitator's and a ranked or graded ballot's words come with them
  // (results-, facilitator-, ranked-messages.ts), when they are first shown.
  en: english,
  // Loaded when an element first speaks Welsh: an English page never downloads it.
  cy: () => import('./messages-cy.js').then((m) => m.welsh),
};
