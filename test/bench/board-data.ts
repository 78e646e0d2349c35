/** The boards the benchmarks measure: the same ideas on every run (a seeded generator). */
import {
  emptyBoard,
  toStoredBoard,
  type Idea,
  type StoredBoardData,
} from '../../src/components/idea-board/model.js';

export const COLUMNS = ['ideas', 'developing', 'agreed'];
const stamp = '2026-11-29T10:00:00.000Z';
const words = [
  'bus',
  'evening',
  'library',
  'quiet',
  'room',
  'homework',
  'club',
  'Saturday',
  'Wi-Fi',
  'story',
];

/** mulberry32: the same board on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

export function boardOf(count: number): StoredBoardData {
  const random = seededRandom(count);
  const pick = () => words[Math.floor(random() * words.length)];
  const ideas: Record<string, Idea> = {};
  for (let i = 0; i < count; i += 1) {
    const id = `idea-${i}`;
    ideas[id] = {
      id,
      column: COLUMNS[i % 3],
      rank: Math.floor(random() * count * 10),
      title: `${pick()} ${pick()} ${i}`,
      ...(i % 2 ? { detail: `More about ${pick()} and ${pick()}, from the workshop.` } : {}),
      ...(i % 3 === 0
        ? { tags: [pick(), pick()].filter((t, n, all) => all.indexOf(t) === n) }
        : {}),
      group: i % 4 ? 'community' : 'professional',
      participant: `p${i % 97}`,
      createdAt: stamp,
      updatedAt: stamp,
    };
  }
  return { ...toStoredBoard(emptyBoard()), ideas };
}
