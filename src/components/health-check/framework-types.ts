/** A health check's framework as data (framework.ts reads and checks it; presets.ts gives three). */

export type LocalText = string | Readonly<Record<string, string>>;

export interface Statement {
  id: string;
  text: LocalText;
}

export interface Principle {
  id: string;
  label: LocalText;
  statements: readonly Statement[];
}

export interface Framework {
  /** A short name for the framework, shown under the heading ("Co-production Network for Wales"). */
  title?: LocalText;
  principles: readonly Principle[];
  /** Words for each point of the scale, lowest first (3 to 7 points); default five points. */
  scale?: readonly LocalText[];
}
