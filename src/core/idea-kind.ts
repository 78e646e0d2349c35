/**
 * The idea board's kind name, alone in its module: the delivery plan reads and writes board
 * records by it (idea-tasks.ts) and must not load the idea format and parity with it.
 */
export const IDEA_BOARD_KIND = 'idea-board';
