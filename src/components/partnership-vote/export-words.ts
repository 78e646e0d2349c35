/** The words the vote's tables are written in (vote-export.ts, ranked-export.ts). */
export interface ExportWords {
  /** A column heading or a word, by key. */
  word: (key: string, params?: Record<string, string>) => string;
  groupLabel: (id: string) => string;
  optionLabel: (id: string) => string;
}
