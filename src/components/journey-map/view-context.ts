import type { Group } from '../../core/groups.js';
import type { MessageParams } from '../../core/i18n.js';
import type { IdeaLinkState } from './idea-link.js';
import { labelIn } from '../../core/groups.js';
import { visibleLanes, type Lane } from './lanes.js';
import {
  orderedStages,
  type Evidence,
  type FeelingScore,
  type IdeaLink,
  type JourneyData,
  type JourneyNote,
  type Layer,
  type Stage,
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

/** Board columns the idea board ships with, named in the map's language. */
const knownColumns = new Set(['ideas', 'developing', 'agreed']);

/** What the element knows, from which {@link buildContext} makes the views' context. */
export interface ContextSources {
  t: (key: string, params?: MessageParams) => string;
  language: string;
  data: JourneyData;
  /** Every lane the page gave, hidden ones too. */
  lanes: readonly Lane[];
  layer: Layer;
  editable: boolean;
  headingLevel: number;
  groups: readonly Group[];
  /** A group's full name (the participant group controller's). */
  groupLabel: (id: string) => string;
  ideaState: (link: IdeaLink) => IdeaLinkState;
  actions: Pick<MapContext, 'openNotes' | 'openStage' | 'moveStageBy' | 'setFeeling'>;
}

/** Everything the views need, with every word in the element's language. */
export function buildContext(sources: ContextSources): MapContext {
  const { t, data, lanes } = sources;
  const stages = orderedStages(data);
  const optional = (key: string) => {
    const text = t(key);
    return text === key ? undefined : text;
  };
  const lanesById = new Map(lanes.map((lane) => [lane.id, lane]));
  return {
    t,
    data,
    stages,
    lanes: visibleLanes(lanes),
    layer: sources.layer,
    editable: sources.editable,
    headingLevel: sources.headingLevel,
    laneName: (id) => labelIn(lanesById.get(id) ?? { id }, 'lane', sources.language, optional),
    // In a note, the page's own group label, or a short name for the two default groups.
    groupName: (id) =>
      sources.groups.find((g) => g.id === id)?.label
        ? sources.groupLabel(id)
        : (optional(`group-short.${id}`) ?? sources.groupLabel(id)),
    feelingWord: (score) => t(`feeling.${score}`),
    evidenceText: (evidence) =>
      evidence.type === 'heard'
        ? t('evidence.heard', { count: evidence.count })
        : t('evidence.assumption'),
    ideaState: sources.ideaState,
    ideaColumnName: (column) => (knownColumns.has(column) ? t(`column.${column}`) : column),
    stagePosition: (id) =>
      t('stage.position', {
        index: stages.findIndex((s) => s.id === id) + 1,
        count: stages.length,
      }),
    ...sources.actions,
  };
}
