import type { MessageParams } from '../../core/i18n.js';
import type { IdeaLinkState } from './idea-link.js';
import type { Lane } from './lanes.js';
import type {
  Evidence,
  FeelingScore,
  IdeaLink,
  JourneyData,
  JourneyNote,
  Layer,
  Stage,
} from './model.js';

/**
 * What the element hands its views: the data as it is now, words in the element's language,
 * and what to call when the person acts. Views render; they never change data themselves.
 */
export interface MapContext {
  t: (key: string, params?: MessageParams) => string;
  data: JourneyData;
  stages: readonly Stage[];
  /** The lanes shown, in order. */
  lanes: readonly Lane[];
  layer: Layer;
  /** False when read-only (newer schema, or the `readonly` attribute). */
  editable: boolean;
  /** The level of the map's main headings (`heading-level`); sections are one below. */
  headingLevel: number;
  laneName: (id: string) => string;
  groupName: (id: string) => string;
  /** "Very bad" … "Very good". */
  feelingWord: (score: FeelingScore) => string;
  evidenceText: (evidence: Evidence) => string;
  ideaState: (link: IdeaLink) => IdeaLinkState;
  ideaColumnName: (column: string) => string;
  /** The stage's place, "Stage 2 of 5". */
  stagePosition: (stageId: string) => string;

  openNotes: (stage: string, lane: string) => void;
  openStage: (stage: string) => void;
  moveStageBy: (stage: string, by: -1 | 1) => void;
  setFeeling: (stage: string, score: FeelingScore) => void;
}

/** A note's meta line: who it came from, and on what evidence. */
export function noteMeta(ctx: MapContext, note: JourneyNote): string[] {
  const meta: string[] = [];
  if (note.group) meta.push(ctx.groupName(note.group));
  if (note.evidence) meta.push(ctx.evidenceText(note.evidence));
  return meta;
}

/** What a linked note says about its idea, now. */
export function ideaLinkText(ctx: MapContext, link: IdeaLink): string {
  const state = ctx.ideaState(link);
  switch (state.state) {
    case 'loading':
      return ctx.t('idea.loading');
    case 'gone':
      return ctx.t('idea.gone');
    case 'unreadable':
      return ctx.t('idea.unreadable');
    case 'found': {
      const column = ctx.ideaColumnName(state.standing.column);
      if (state.standing.hidden) return ctx.t('idea.hidden', { column });
      if (state.standing.dots === 0) return ctx.t('idea.standing-no-votes', { column });
      return ctx.t('idea.standing', { column, percent: state.standing.parityPercent });
    }
  }
}
