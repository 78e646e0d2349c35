/**
 * Plain sentences that say how a parity result was reached, in English and Welsh, built from
 * the same numbers as the results table (the shown, rounded percentages), so the words and the
 * table never disagree.
 *
 * Welsh mutates a word after many prepositions and numbers, and a group or option name comes
 * from the page, so the Welsh sentences put names where Welsh does not mutate them: after
 * "y grŵp", as the subject after "mae" or "cafodd", as the object of a verb-noun
 * ("wedi dewis"), or after a colon. Lists in Welsh are joined with commas for the same reason
 * ("a" and "neu" would mutate the next name).
 */
import { Fraction } from './fraction.js';
import type { MessageParams } from './i18n.js';
import type {
  ConsentNote,
  GroupTally,
  OptionSupport,
  RankedOption,
  TallyResult,
} from './parity.js';
import {
  bordaRule,
  gradeSentences,
  runoffSentences,
  tieBreakSentences,
  tieKey,
  type Speaker,
} from './parity-explain-ranked.js';

export interface ExplainOptions {
  lang: 'en' | 'cy';
  /** A group's name as it reads inside a sentence, plural where it is people:
   * "professionals", "people who use services". */
  groupName: (id: string) => string;
  optionName: (id: string) => string;
  /** The vote is still open: say who is ahead so far, never who has won. */
  provisional?: boolean;
  /** Grades only: a grade's words (0 the best). Default: Very good … Reject on a scale of 5. */
  gradeName?: (grade: number) => string;
}

/** Weights with a word of their own; anything else is said as a percentage. */
const namedShares = new Set(['1/2', '1/3', '2/3', '1/4', '3/4', '1/5']);

/** Says one message of the explanation's catalog (parity-explain-messages.ts) in the options' language. */
export type ExplainSay = (key: string, params?: MessageParams) => string;

/**
 * The sentences, in reading order, with words from `say`: an element passes its own lookup,
 * whose Welsh arrives when it first speaks Welsh; `explainTally` passes both catalogs.
 */
export function explainSentences(
  result: TallyResult,
  options: ExplainOptions,
  say: ExplainSay,
): string[] {
  const explainer = new Explainer(result, options, say);
  return explainer.sentences().map((text) => capitalise(text, options.lang));
}

/** A group or option name may start a sentence ("people who use services count for …"). */
function capitalise(text: string, lang: string): string {
  return text.charAt(0).toLocaleUpperCase(lang) + text.slice(1);
}

class Explainer {
  private readonly voting: GroupTally[];
  /** The ranking in config order, which is the order of the table's rows. */
  private readonly inOrder: RankedOption[];

  constructor(
    private readonly result: TallyResult,
    private readonly options: ExplainOptions,
    private readonly lookUp: ExplainSay,
  ) {
    this.voting = result.groups.filter((group) => !group.silent);
    const byOption = new Map(result.ranking.map((entry) => [entry.option, entry]));
    this.inOrder = result.options.map((option) => byOption.get(option) as RankedOption);
  }

  sentences(): string[] {
    const { result } = this;
    if (result.turnout === 0) return [this.say('no-ballots'), ...this.rejected()];
    if (result.method === 'ranked' || result.method === 'grades') {
      return [
        ...this.weights(),
        ...this.silent(),
        ...this.rankedOrGraded(),
        ...this.quorum(),
        ...this.outcome(),
        ...this.rejected(),
      ];
    }
    return [
      ...this.weights(),
      ...this.silent(),
      this.byGroup(),
      this.parity(),
      ...this.raw(),
      ...this.consent(),
      ...this.quorum(),
      ...this.outcome(),
      ...this.rejected(),
    ];
  }

  /** Instant-runoff rounds, Borda points, or middle grades; then how a level top was settled. */
  private rankedOrGraded(): string[] {
    const { result } = this;
    const speaker: Speaker = {
      say: (key, params) => this.say(key, params),
      list: (items) => this.list(items),
      ballots: (count) => this.ballots(count),
      option: (id) => this.options.optionName(id),
      grade: (grade) => this.gradeName(grade),
    };
    if (result.method === 'grades') {
      return [...gradeSentences(result, speaker), ...tieBreakSentences(result, speaker)];
    }
    if (result.count !== 'borda') return runoffSentences(result, speaker);
    const rule = bordaRule(result);
    return [
      this.say(rule.key, rule.params),
      this.byGroup(),
      this.parity(),
      ...this.raw(),
      ...tieBreakSentences(result, speaker),
    ];
  }

  private gradeName(grade: number): string {
    if (this.options.gradeName) return this.options.gradeName(grade);
    return this.result.scale === 5
      ? this.say(`grade.${grade}`)
      : this.say('grade.number', { number: grade + 1 });
  }

  private say(key: string, params: MessageParams = {}): string {
    return this.lookUp(key, params);
  }

  private list(items: readonly string[], last: 'list.and' | 'list.or' = 'list.and'): string {
    if (items.length < 2) return items.join('');
    const head = items.slice(0, -1).join(this.say('list.comma'));
    return `${head}${this.say(last)}${items[items.length - 1]}`;
  }

  /** "professionals" in English, "y grŵp …" in Welsh (see the header). */
  private groupsNamed(ids: readonly string[], last: 'list.and' | 'list.or' = 'list.and'): string {
    const groups = this.list(
      ids.map((id) => this.options.groupName(id)),
      last,
    );
    return this.say('groups.named', { count: ids.length, groups });
  }

  private ballots(count: number): string {
    return this.say('ballots', { count });
  }

  private weights(): string[] {
    const { voting } = this;
    if (voting.length < 2) return [];
    const equal = voting.every((group) => group.weight.exact === voting[0].weight.exact);
    if (equal) {
      const exact = voting[0].weight.exact;
      return namedShares.has(exact)
        ? [this.say('weights.equal', { share: this.say(`share.${exact}`) })]
        : [this.say('weights.equal-many', { count: voting.length })];
    }
    const clauses = voting.map((group, index) =>
      this.say(index === 0 ? 'weights.first' : 'weights.next', {
        group: this.options.groupName(group.group),
        share: namedShares.has(group.weight.exact)
          ? this.say(`share.${group.weight.exact}`)
          : this.say('share.percent', { percent: group.weight.percent }),
      }),
    );
    return [`${clauses.join(this.say('weights.separator'))}.`];
  }

  private silent(): string[] {
    const { result, voting } = this;
    if (result.silentGroups.length === 0) return [];
    return [
      this.say('silent', {
        silent: this.groupsNamed(result.silentGroups, 'list.or'),
        voting: this.groupsNamed(voting.map((group) => group.group)),
        ballots: this.ballots(result.turnout),
        count: result.turnout,
      }),
    ];
  }

  /** One clause per group for each option it put first. */
  private byGroup(): string {
    const clauses = this.voting.flatMap((group) =>
      group.leaders.map((leader) => {
        // Leaders are drawn from the same options, so the lookup always finds one.
        const support = group.options.find((entry) => entry.option === leader) as OptionSupport;
        return this.groupClause(group, support);
      }),
    );
    return `${clauses.join(this.say('clause.separator'))}.`;
  }

  private groupClause(group: GroupTally, support: OptionSupport): string {
    const { method, maxScore } = this.result;
    const params = {
      group: this.options.groupName(group.group),
      option: this.options.optionName(support.option),
      percent: support.share.percent,
      turnout: group.turnout,
    };
    if (method === 'dots') {
      return this.say('group.dots', { ...params, dots: support.support, count: group.outOf });
    }
    if (method === 'score') {
      // The mean to one decimal place, rounded exactly (halves up) rather than through floats.
      const tenths = Number(Fraction.of(support.support * 10, group.turnout).round()) / 10;
      return this.say('group.score', { ...params, mean: tenths, max: maxScore });
    }
    return this.say(`group.${method}`, { ...params, count: support.support });
  }

  private parity(): string {
    const items = this.inOrder.map((entry) =>
      this.say('result.item', {
        option: this.options.optionName(entry.option),
        percent: entry.score.percent,
      }),
    );
    return this.say('result', { items: this.list(items) });
  }

  /** The head count, when it would come out differently from the parity result. */
  private raw(): string[] {
    const { result } = this;
    const differs = result.raw.options.some(
      (entry, index) => entry.share.percent !== this.inOrder[index].score.percent,
    );
    if (!differs) return [];
    const items = result.raw.options.map((entry) =>
      this.say('raw.item', {
        option: this.options.optionName(entry.option),
        percent: entry.share.percent,
      }),
    );
    return [this.say('raw', { items: this.list(items) })];
  }

  private consent(): string[] {
    if (this.result.method !== 'consent') return [];
    return this.inOrder.flatMap((entry) => {
      const option = this.options.optionName(entry.option);
      const sentences: string[] = [];
      if (entry.objections.length > 0) {
        sentences.push(this.say('consent.blocked', { option, count: entry.objections.length }));
        sentences.push(...this.notesByGroup(entry.objections));
      }
      if (entry.concerns.length > 0) {
        sentences.push(this.say('consent.concerns', { option, count: entry.concerns.length }));
        sentences.push(...this.notesByGroup(entry.concerns));
      }
      return sentences;
    });
  }

  /** "From professionals: “Too far”; 1 gave no reason." — one sentence per group. */
  private notesByGroup(notes: readonly ConsentNote[]): string[] {
    const groups = [...new Set(notes.map((note) => note.group))];
    return groups.map((group) => {
      const ofGroup = notes.filter((note) => note.group === group);
      const reasons = ofGroup.flatMap((note) =>
        note.reason === undefined ? [] : [this.say('quote', { text: note.reason })],
      );
      const unexplained = ofGroup.length - reasons.length;
      if (unexplained > 0) reasons.push(this.say('consent.no-reason', { count: unexplained }));
      return this.say('consent.from', {
        group: this.groupsNamed([group]),
        reasons: reasons.join(this.say('clause.separator')),
      });
    });
  }

  private quorum(): string[] {
    return this.result.quorumShortfalls.map(({ group, turnout, quorum }) =>
      this.say(turnout === 0 ? 'quorum.none' : 'quorum', {
        group: this.groupsNamed([group]),
        needed: this.ballots(quorum),
        had: this.ballots(turnout),
      }),
    );
  }

  private outcome(): string[] {
    const { winners, decided, rule, ranking } = this.result;
    if (winners.length > 1) {
      const options = this.list(winners.map((id) => this.options.optionName(id)));
      return [this.say(tieKey(this.result), { count: winners.length, options })];
    }
    if (winners.length === 0) {
      const allBlocked = ranking.every((entry) => entry.blocked);
      return [this.say(allBlocked ? 'outcome.all-blocked' : 'outcome.double-majority')];
    }
    const option = this.options.optionName(winners[0]);
    if (!decided || this.options.provisional) return [this.say('outcome.ahead', { option })];
    const sentences = [this.say('outcome.wins', { option })];
    if (rule === 'double-majority' && this.voting.length > 1) {
      sentences.push(this.say('outcome.every-group', { option }));
    }
    return sentences;
  }

  private rejected(): string[] {
    const count = this.result.rejectedBallots.length;
    return count > 0 ? [this.say('rejected', { count })] : [];
  }
}
