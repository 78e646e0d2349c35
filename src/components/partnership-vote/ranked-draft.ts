/**
 * A ranked ballot's ranking, first preference first, to and from a saved ballot's `ranks`.
 * The moves on the form are in ranked-moves.ts, which comes with the ranked part.
 */

/** The ranking as a ballot's `ranks`: position by option id, 1 the first. */
export function ranksOf(ranking: readonly string[]): Record<string, number> {
  return Object.fromEntries(ranking.map((option, index) => [option, index + 1]));
}

/** A saved ballot's `ranks` back in order. */
export function rankingOf(ranks: Readonly<Record<string, number>> | undefined): string[] {
  return Object.entries(ranks ?? {})
    .sort((a, b) => a[1] - b[1])
    .map(([option]) => option);
}
