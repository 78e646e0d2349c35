import type { Catalog } from './i18n.js';

/**
 * The English words `explainTally` adds (Welsh: parity-explain-ranked-messages-cy.ts) for ranked votes (instant-runoff and Borda) and for majority
 * judgment, and the default grade words. As in parity-explain-messages.ts, a Welsh sentence
 * puts a name from the page only where Welsh does not mutate it: as the subject after "mae"
 * or "cafodd", after "y grŵp", or after a colon.
 */
export const rankedExplainEnglish: Catalog = {
  'grade.0': 'Very good',
  'grade.1': 'Good',
  'grade.2': 'Fair',
  'grade.3': 'Poor',
  'grade.4': 'Reject',
  'grade.number': 'grade {number}',
  'runoff.intro':
    'Each ballot counts for its first preference. Round by round, the option with the least support is eliminated and its ballots pass to their next preference still in the count.',
  'runoff.round': 'Round {round}: {items}.',
  'runoff.item': '{option} {percent}% ({ballots})',
  'runoff.exhausted': {
    one: '{count} ballot had no preference left.',
    other: '{count} ballots had no preference left.',
  },
  'runoff.eliminated': '{option} had the least support, so it was eliminated.',
  'runoff.level-earlier':
    '{options} had the same least support; {option} was eliminated because it had less support in an earlier round.',
  'runoff.level-list':
    '{options} had the same support in every round; {option} was eliminated because it comes later in the list of options.',
  'runoff.majority': '{option} has more than half of the support still in the count.',
  'outcome.tie-runoff': {
    other: '{options} had exactly the same support in every round, so there is no single winner.',
  },
  'borda.points': {
    one: 'An option ranked first gets {count} point; one ranked lower or not at all gets none.',
    other:
      'An option ranked first gets {count} points, each place lower one point fewer, and one left unranked none.',
  },
  'group.ranked': '{option} got {percent}% of the points {group} could give',
  'tie.first-preferences':
    '{options} have the same points; {option} comes first because more of the first preferences (with each group counting for its share) went to it.',
  'grades.intro':
    'Each option’s result is its middle grade (the median), with each group counting for its share.',
  'grades.option':
    '{option}: the middle grade is “{grade}”; {percent}% graded it “{grade}” or better.',
  'tie.majority-value':
    '{options} have the same middle grade, so, by the majority judgment rule, middle grades are set aside one at a time until they differ: {option} comes first.',
  'outcome.tie-grades': {
    other: '{options} were graded exactly alike, so there is no single winner.',
  },
};
