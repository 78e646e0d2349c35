import type { Catalog } from '../../core/i18n.js';

/** The Welsh of export-messages.ts, loaded when a Welsh page first asks for the notes' table. */
export const mapExportWelsh: Catalog = {
  'csv.stage-number': 'Rhif y cam',
  'csv.stage': 'Cam',
  'csv.lane': 'Rhes',
  'csv.layer': 'Haen',
  'csv.note': 'Nodyn',
  'csv.group': 'Grŵp',
  'csv.evidence': 'Tystiolaeth',
  'csv.idea': 'Syniad cysylltiedig',
  'csv.idea-board': 'Bwrdd syniadau',
  'csv.idea-column': 'Colofn y syniad',
};
