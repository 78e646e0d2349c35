/**
 * The sentences `explainTally` says for ranked votes (every instant-runoff round, or the Borda
 * points) and for majority judgment (each option's middle grade), and how a level top was
 * settled. Built from the shown, rounded percentages the results table shows.
 */
import type { MessageParams } from './i18n.js';
import type { TallyResult } from './parity.js';

/** What the explainer lends these sentences: its words, lists and names. */
export interface Speaker {
  say(key: string, params?: MessageParams): string;
  list(items: readonly string[]): string;
  ballots(count: number): string;
  option(id: string): string;
  grade(grade: number): string;
}

/** Every round: the shares, who went and why, and the majority at the end. */
export function runoffSentences(result: TallyResult, speaker: Speaker): string[] {
  const sentences = [speaker.say('runoff.intro')];
  for (const round of result.rounds ?? []) {
    const items = round.options.map((entry) =>
      speaker.say('runoff.item', {
        option: speaker.option(entry.option),
        percent: entry.share.percent,
        ballots: speaker.ballots(entry.support),
      }),
    );
    sentences.push(speaker.say('runoff.round', { round: round.round, items: speaker.list(items) }));
    if (round.exhausted.support > 0) {
      sentences.push(speaker.say('runoff.exhausted', { count: round.exhausted.support }));
    }
    if (round.eliminated !== undefined) {
      const option = speaker.option(round.eliminated);
      if (round.tieBreak) {
        // In the order of the options, as the round table lists them.
        const tied = [round.eliminated, ...(round.levelWith ?? [])];
        const level = result.options
          .filter((id) => tied.includes(id))
          .map((id) => speaker.option(id));
        const key =
          round.tieBreak === 'earlier-round' ? 'runoff.level-earlier' : 'runoff.level-list';
        sentences.push(speaker.say(key, { options: speaker.list(level), option }));
      } else {
        sentences.push(speaker.say('runoff.eliminated', { option }));
      }
    }
    if (round.majority !== undefined) {
      sentences.push(speaker.say('runoff.majority', { option: speaker.option(round.majority) }));
    }
  }
  return sentences;
}

/** How Borda points are given. */
export function bordaRule(result: TallyResult): { key: string; params: MessageParams } {
  return { key: 'borda.points', params: { count: Math.max(result.options.length - 1, 0) } };
}

/** Each option's middle grade and the share at that grade or better, in config order. */
export function gradeSentences(result: TallyResult, speaker: Speaker): string[] {
  const byOption = new Map(result.ranking.map((entry) => [entry.option, entry]));
  return [
    speaker.say('grades.intro'),
    ...(result.grades ?? []).map((entry) =>
      speaker.say('grades.option', {
        option: speaker.option(entry.option),
        grade: speaker.grade(entry.median),
        percent: byOption.get(entry.option)?.score.percent ?? 0,
      }),
    ),
  ];
}

/** How options level at the top were told apart, when they were. */
export function tieBreakSentences(result: TallyResult, speaker: Speaker): string[] {
  const [winner] = result.winners;
  if (!result.tieBreak || winner === undefined) return [];
  let level: string[];
  if (result.tieBreak === 'majority-value') {
    const median = result.grades?.find((entry) => entry.option === winner)?.median;
    level = (result.grades ?? [])
      .filter((entry) => entry.median === median)
      .map((entry) => entry.option);
  } else {
    const top = result.ranking.find((entry) => entry.option === winner)?.score.exact;
    level = result.ranking
      .filter((entry) => entry.score.exact === top)
      .map((entry) => entry.option);
  }
  return [
    speaker.say(`tie.${result.tieBreak}`, {
      options: speaker.list(level.map((id) => speaker.option(id))),
      option: speaker.option(winner),
    }),
  ];
}

/** The key of the sentence for a tie at the top, by how the vote was counted. */
export function tieKey(result: TallyResult): string {
  if (result.method === 'grades') return 'outcome.tie-grades';
  if (result.method === 'ranked' && result.count !== 'borda') return 'outcome.tie-runoff';
  return 'outcome.tie';
}
