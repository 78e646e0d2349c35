/**
 * Ranking on the ballot form, as pure functions over the ranked options in order (first
 * preference first). Options not in the list are not ranked. Each move returns the next
 * order and where the option now is (1 the first; 0 when it is no longer ranked), which the
 * form announces. Part of the ranked part (ranked-part.ts): a vote of another method never
 * downloads it.
 */

export interface Moved {
  ranking: string[];
  /** 1 for the first preference; 0 when the option is no longer ranked. */
  position: number;
}

/**
 * Puts `option` at `position` (1 the first), moving the others down; 0 takes it out of the
 * ranking. A position past the end ranks it last.
 */
export function rankAt(ranking: readonly string[], option: string, position: number): Moved {
  const rest = ranking.filter((entry) => entry !== option);
  if (position < 1) return { ranking: rest, position: 0 };
  const at = Math.min(position, rest.length + 1);
  return { ranking: [...rest.slice(0, at - 1), option, ...rest.slice(at - 1)], position: at };
}

/** One place up; an unranked option becomes the last ranked. The first stays where it is. */
export function moveUp(ranking: readonly string[], option: string): Moved {
  const index = ranking.indexOf(option);
  if (index < 0) return rankAt(ranking, option, ranking.length + 1);
  return rankAt(ranking, option, Math.max(index, 1));
}

/** One place down; the last ranked option is no longer ranked. An unranked one stays as it is. */
export function moveDown(ranking: readonly string[], option: string): Moved {
  const index = ranking.indexOf(option);
  if (index < 0) return { ranking: [...ranking], position: 0 };
  if (index === ranking.length - 1) return rankAt(ranking, option, 0);
  return rankAt(ranking, option, index + 2);
}
