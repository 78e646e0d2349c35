import type { MessageParams } from '../../core/i18n.js';
import type { VoteMethod } from '../../core/parity.js';
import type { FieldProblem } from '../../core/ui/error-summary.js';
import type { BallotDraft } from './ballot-draft.js';

/**
 * What the ballot form's pieces (form, choices, errors) are drawn from. Its own module, so the
 * pieces can share it without importing each other in a circle.
 */

export interface NamedOption {
  id: string;
  label: string;
}

export interface BallotFormContext {
  t: (key: string, params?: MessageParams) => string;
  question: string;
  /** The level of the element's main headings (`heading-level`); sub-headings are one below. */
  headingLevel: number;
  method: VoteMethod;
  options: readonly NamedOption[];
  dots: number;
  maxScore: number;
  draft: BallotDraft;
  /** A ranked or graded ballot's choices, from its method's part (vote-methods.ts). */
  methodChoices?: (context: BallotFormContext) => unknown;
  /** Errors shown beside their fields (after a first attempt to cast). */
  errors: readonly FieldProblem[];
  /** The groups to choose from, when the form asks which group the person takes part as. */
  groups?: readonly NamedOption[];
  /** The group already known, with whether the person may change it here. */
  knownGroup?: { label: string; canChange: boolean };
  /** Changing a ballot already cast (offers to keep it as it was). */
  changing: boolean;
  onSubmit: (event: SubmitEvent) => void;
  onInput: (event: Event) => void;
  onDots: (index: number, step: 1 | -1) => void;
  /** Ranked: Move up / Move down pressed on the option at `index`. */
  onMove: (index: number, direction: 'up' | 'down') => void;
  onChangeGroup: () => void;
  onKeep: () => void;
}
