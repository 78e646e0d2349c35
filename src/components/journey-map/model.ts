/**
 * The journey map's data and the pure functions that change it. Nothing here touches the
 * DOM: the element calls a function with the data it has and saves what comes back.
 *
 * Every collection is keyed by id and every item carries `updatedAt`, so two people editing
 * different notes at once both keep their work (core/store/merge.ts); a deleted item leaves a
 * tombstone; stage order is the numeric `rank`, so a move touches one stage only.
 */
import { defineItem } from '../../core/store/item-collection.js';
import { isTombstone, liveItems, tombstone } from '../../core/store/merge.js';

export {
  layers,
  feelingScores,
  limits,
  emptyJourney,
  parseJourney,
  type Layer,
  type FeelingScore,
  type Stage,
  type Evidence,
  type IdeaLink,
  type JourneyNote,
  type JourneyData,
} from '../../core/kinds/journey-map.js';
import type {
  Layer,
  FeelingScore,
  Stage,
  Evidence,
  IdeaLink,
  JourneyNote,
  Feeling,
  JourneySettings,
  JourneyData,
} from '../../core/kinds/journey-map.js';

const feelingId = (layer: Layer, stage: string) => `${layer}:${stage}`;

// Queries

/** The live stages in order. Equal ranks (two tabs adding at once) fall back to the id. */
export function orderedStages(data: JourneyData): Stage[] {
  return liveItems(data.stages).sort(
    (a, b) => a.rank - b.rank || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

export function liveNotes(data: JourneyData): JourneyNote[] {
  return liveItems(data.notes).sort(
    (a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id),
  );
}

/** The notes of one cell in one layer, oldest first. */
export function notesIn(
  data: JourneyData,
  stage: string,
  lane: string,
  layer: Layer,
): JourneyNote[] {
  return liveNotes(data).filter((n) => n.stage === stage && n.lane === lane && n.layer === layer);
}

/** How many notes a stage holds, both layers, every lane (hidden ones too). */
export function noteCount(data: JourneyData, stage: string): number {
  return liveItems(data.notes).filter((n) => n.stage === stage).length;
}

export function feelingOf(
  data: JourneyData,
  stage: string,
  layer: Layer,
): FeelingScore | undefined {
  const feeling = data.feelings[feelingId(layer, stage)];
  return feeling && !isTombstone(feeling) ? feeling.score : undefined;
}

export function noteById(data: JourneyData, id: string): JourneyNote | undefined {
  const note = data.notes[id];
  return note && !isTombstone(note) ? note : undefined;
}

export function stageById(data: JourneyData, id: string): Stage | undefined {
  const stage = data.stages[id];
  return stage && !isTombstone(stage) ? stage : undefined;
}

// Transitions: each returns new data and leaves its input as it was.

const stamp = (now: Date) => now.toISOString();

/** Adds a stage at the end. */
export function addStage(
  data: JourneyData,
  stage: { id: string; name: string },
  now = new Date(),
): JourneyData {
  const ranks = orderedStages(data).map((s) => s.rank);
  const rank = ranks.length ? Math.max(...ranks) + 1 : 1;
  const added: Stage = { id: stage.id, name: stage.name.trim(), rank, updatedAt: stamp(now) };
  return { ...data, stages: { ...data.stages, [stage.id]: added } };
}

export function renameStage(
  data: JourneyData,
  id: string,
  name: string,
  now = new Date(),
): JourneyData {
  const stage = stageById(data, id);
  if (!stage) return data;
  const renamed: Stage = { ...stage, name: name.trim(), updatedAt: stamp(now) };
  return { ...data, stages: { ...data.stages, [id]: renamed } };
}

/**
 * Moves a stage to `toIndex` (0-based, in the order without it) by giving it the midpoint of
 * its new neighbours' ranks. When floating point runs out of room between two neighbours,
 * every stage is renumbered: rare, and still correct.
 */
export function moveStage(
  data: JourneyData,
  id: string,
  toIndex: number,
  now = new Date(),
): JourneyData {
  const stage = stageById(data, id);
  if (!stage) return data;
  const others = orderedStages(data).filter((s) => s.id !== id);
  const index = Math.max(0, Math.min(others.length, Math.trunc(toIndex)));
  const before = others[index - 1];
  const after = others[index];
  let rank: number;
  if (before && after) rank = (before.rank + after.rank) / 2;
  else if (before) rank = before.rank + 1;
  else if (after) rank = after.rank - 1;
  else rank = stage.rank;
  const squeezed = (before && rank <= before.rank) || (after && rank >= after.rank);
  if (!squeezed) {
    if (rank === stage.rank) return data;
    const moved: Stage = { ...stage, rank, updatedAt: stamp(now) };
    return { ...data, stages: { ...data.stages, [id]: moved } };
  }
  const order = [...others];
  order.splice(index, 0, stage);
  const stages = { ...data.stages };
  order.forEach((s, i) => {
    defineItem(stages, s.id, { ...s, rank: i + 1, updatedAt: stamp(now) });
  });
  return { ...data, stages };
}

/** Deletes a stage with its notes and scores: tombstones all, so no other tab brings them back. */
export function deleteStage(data: JourneyData, id: string, now = new Date()): JourneyData {
  if (!stageById(data, id)) return data;
  const notes = { ...data.notes };
  for (const note of liveItems(data.notes)) {
    if (note.stage === id) defineItem(notes, note.id, tombstone(note.id, now));
  }
  const feelings = { ...data.feelings };
  for (const feeling of liveItems(data.feelings)) {
    if (feeling.stage === id) defineItem(feelings, feeling.id, tombstone(feeling.id, now));
  }
  return { ...data, stages: { ...data.stages, [id]: tombstone(id, now) }, notes, feelings };
}

/** What a person writes when adding or changing a note. */
export interface NoteFields {
  text: string;
  group?: string;
  evidence?: Evidence;
}

function noteWith(
  base: Omit<JourneyNote, 'text' | 'group' | 'evidence'>,
  fields: NoteFields,
): JourneyNote {
  // Built field by field so that clearing the group or the evidence really removes it.
  const note: JourneyNote = { ...base, text: fields.text.trim() };
  if (fields.group) note.group = fields.group;
  if (fields.evidence) note.evidence = { ...fields.evidence };
  return note;
}

export function addNote(
  data: JourneyData,
  note: { id: string; stage: string; lane: string; layer: Layer; participant: string } & NoteFields,
  now = new Date(),
): JourneyData {
  const { id, stage, lane, layer, participant } = note;
  const added = noteWith(
    { id, stage, lane, layer, participant, createdAt: stamp(now), updatedAt: stamp(now) },
    note,
  );
  return { ...data, notes: { ...data.notes, [id]: added } };
}

/** Replaces a note's words, group and evidence; its place and idea link stay. */
export function updateNote(
  data: JourneyData,
  id: string,
  fields: NoteFields,
  now = new Date(),
): JourneyData {
  const note = noteById(data, id);
  if (!note) return data;
  const { text: _text, group: _group, evidence: _evidence, ...rest } = note;
  const changed = noteWith({ ...rest, updatedAt: stamp(now) }, fields);
  return { ...data, notes: { ...data.notes, [id]: changed } };
}

export function deleteNote(data: JourneyData, id: string, now = new Date()): JourneyData {
  if (!noteById(data, id)) return data;
  return { ...data, notes: { ...data.notes, [id]: tombstone(id, now) } };
}

/** Records that a note became an idea on a board. */
export function linkIdea(
  data: JourneyData,
  id: string,
  link: IdeaLink,
  now = new Date(),
): JourneyData {
  const note = noteById(data, id);
  if (!note) return data;
  const linked: JourneyNote = { ...note, linkedIdea: { ...link }, updatedAt: stamp(now) };
  return { ...data, notes: { ...data.notes, [id]: linked } };
}

export function setFeeling(
  data: JourneyData,
  stage: string,
  layer: Layer,
  score: FeelingScore,
  now = new Date(),
): JourneyData {
  if (!stageById(data, stage)) return data;
  const id = feelingId(layer, stage);
  const feeling: Feeling = { id, stage, layer, score, updatedAt: stamp(now) };
  return { ...data, feelings: { ...data.feelings, [id]: feeling } };
}

export function renameJourney(data: JourneyData, name: string, now = new Date()): JourneyData {
  const trimmed = name.trim();
  const settings: JourneySettings = { ...data.settings, updatedAt: stamp(now) };
  if (trimmed) settings.name = trimmed;
  else delete settings.name;
  return { ...data, settings };
}
