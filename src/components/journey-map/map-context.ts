import type { Group } from '../../core/groups.js';
import type { MessageParams } from '../../core/i18n.js';
import type { IdeaLinkState } from './idea-link.js';
import { laneLabel, visibleLanes, type Lane } from './lanes.js';
import { orderedStages, type IdeaLink, type JourneyData, type Layer } from './model.js';
import type { MapContext } from './view-context.js';

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
    laneName: (id) => laneLabel(lanesById.get(id) ?? { id }, sources.language, optional),
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
