import type { Catalog } from './i18n.js';

/**
 * The English words of `explainTally` (Welsh: parity-explain-messages-cy.ts). Placeholders: {group} and {option} are names from the page,
 * {percent} a shown percentage, {count} picks the plural form. In Welsh a name never follows a
 * word that would mutate it (see parity-explain-sentences.ts), and numbers keep the mutation their
 * spoken form needs ("2 bleidlais", "6 phleidlais").
 */
export const explainEnglish: Catalog = {
  'no-ballots': 'No one has voted yet, so there is no result.',
  ballots: { one: '{count} ballot', other: '{count} ballots' },
  'groups.named': { other: '{groups}' },
  'list.comma': ', ',
  'list.and': ' and ',
  'list.or': ' or ',
  'clause.separator': '; ',
  'weights.separator': ', ',
  'weights.equal': 'Each group counts for {share}, however many people are in it.',
  'weights.equal-many': 'All {count} groups count equally, however many people are in each.',
  'weights.first': '{group} count for {share}',
  'weights.next': '{group} for {share}',
  'share.1/2': 'half',
  'share.1/3': 'one third',
  'share.2/3': 'two thirds',
  'share.1/4': 'one quarter',
  'share.3/4': 'three quarters',
  'share.1/5': 'one fifth',
  'share.percent': '{percent}%',
  silent: {
    one: 'No {silent} voted, so only the {ballots} from {voting} decides this result.',
    other: 'No {silent} voted, so only the {ballots} from {voting} decide this result.',
  },
  'group.single': '{count} of {turnout} {group} chose {option} ({percent}%)',
  'group.approval': '{count} of {turnout} {group} approved {option} ({percent}%)',
  'group.consent': '{count} of {turnout} {group} agreed to {option} ({percent}%)',
  'group.score': '{group} gave {option} an average score of {mean} out of {max} ({percent}%)',
  'group.dots': {
    one: '{group} put {dots} of their {count} dot on {option} ({percent}%)',
    other: '{group} put {dots} of their {count} dots on {option} ({percent}%)',
  },
  result: 'So {items}.',
  'result.item': '{option} has {percent}%',
  raw: 'Counting every ballot the same, whatever the group, it would be {items}.',
  'raw.item': '{option} {percent}%',
  'consent.blocked': {
    one: '{option} is blocked by {count} objection.',
    other: '{option} is blocked by {count} objections.',
  },
  'consent.concerns': {
    one: '{count} concern was raised about {option}.',
    other: '{count} concerns were raised about {option}.',
  },
  'consent.from': 'From {group}: {reasons}.',
  'consent.no-reason': { other: '{count} gave no reason' },
  quote: '“{text}”',
  quorum: 'The result is not final yet: it needs at least {needed} from {group}, but has {had}.',
  'quorum.none':
    'The result is not final yet: it needs at least {needed} from {group}, but has none.',
  'outcome.wins': '{option} wins.',
  'outcome.every-group': '{option} also leads in every group, as this vote requires.',
  'outcome.ahead': '{option} is ahead for now.',
  'outcome.tie': {
    other: '{options} are tied at the top with exactly equal scores, so there is no single winner.',
  },
  'outcome.double-majority':
    'This vote needs one option to lead in every group, and none does, so there is no decision yet.',
  'outcome.all-blocked': 'Every option is blocked, so there is no decision yet.',
  rejected: {
    one: '{count} ballot could not be counted and was left out.',
    other: '{count} ballots could not be counted and were left out.',
  },
};
