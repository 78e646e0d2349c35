import type { Framework, Principle } from './framework-types.js';

/**
 * The frameworks that ship with the health check, in our own plain words (each English
 * statement reads at a Flesch reading ease of 80 or more; a test checks). The principles are
 * those of the Co-production Network for Wales (the default, here: every default page shows
 * it at once), nef's six components of co-production (preset-nef.ts) and SCIE's four
 * principles (preset-scie.ts); the statements are ours, not theirs. nef's and SCIE's load by
 * import() only when a page names them, so a default page does not download them.
 */

/** English and Welsh. */
type Words = readonly [en: string, cy: string];

export const text = ([en, cy]: Words) => ({ en, cy });

/**
 * A principle whose statements are numbered from its id (`power-1`, `power-2` …): stored
 * answers name these ids, so a statement keeps its place for good.
 */
export function principle(id: string, label: Words, statements: readonly Words[]): Principle {
  return {
    id,
    label: text(label),
    statements: statements.map((words, index) => ({ id: `${id}-${index + 1}`, text: text(words) })),
  };
}

/** The Co-production Network for Wales's five principles, three statements each. */
export const wales: Framework = {
  title: text([
    'The five principles of the Co-production Network for Wales',
    'Pum egwyddor Rhwydwaith Cydgynhyrchu Cymru',
  ]),
  principles: [
    principle(
      'strengths',
      ['Valuing what everyone brings', "Gwerthfawrogi'r hyn mae pawb yn ei gynnig"],
      [
        [
          'We ask everyone what they are good at.',
          "Rydyn ni'n gofyn i bawb beth maen nhw'n dda am ei wneud.",
        ],
        [
          'What people know from their own lives is used in the work.',
          "Mae'r hyn mae pobl yn ei wybod o'u bywydau eu hunain yn cael ei ddefnyddio yn y gwaith.",
        ],
        ['We treat each other as equals.', "Rydyn ni'n trin ein gilydd fel pobl gyfartal."],
      ],
    ),
    principle(
      'support',
      ['Helping each other', "Helpu'n gilydd"],
      [
        [
          'People here help each other, and do not just get help.',
          'Mae pobl yma yn helpu ei gilydd, ac nid dim ond yn cael help.',
        ],
        [
          'We put people in touch with others who can help them.',
          "Rydyn ni'n rhoi pobl mewn cysylltiad ag eraill sy'n gallu eu helpu.",
        ],
        [
          'People get to know each other and keep in touch.',
          'Mae pobl yn dod i adnabod ei gilydd ac yn cadw mewn cysylltiad.',
        ],
      ],
    ),
    principle(
      'matters',
      ['Doing what matters to all', "Gwneud yr hyn sy'n bwysig i bawb"],
      [
        [
          'We work on what matters most to the people who use the service.',
          "Rydyn ni'n gweithio ar yr hyn sydd bwysicaf i'r bobl sy'n defnyddio'r gwasanaeth.",
        ],
        [
          'All who take part get some good out of it.',
          "Mae pawb sy'n cymryd rhan yn cael rhywbeth da ohono.",
        ],
        [
          'We ask people what has changed for them.',
          "Rydyn ni'n gofyn i bobl beth sydd wedi newid iddyn nhw.",
        ],
      ],
    ),
    principle(
      'power',
      ['Sharing power', 'Rhannu grym'],
      [
        [
          'People who use the service help us choose what we do next.',
          "Mae pobl sy'n defnyddio'r gwasanaeth yn ein helpu i ddewis beth i'w wneud nesaf.",
        ],
        [
          'Everyone can see how and why choices are made.',
          "Mae pawb yn gallu gweld sut a pham mae dewisiadau'n cael eu gwneud.",
        ],
        [
          'When things go wrong, we sort them out together.',
          "Pan fydd pethau'n mynd o chwith, rydyn ni'n eu datrys gyda'n gilydd.",
        ],
      ],
    ),
    principle(
      'change',
      ['People making change', 'Pobl yn creu newid'],
      [
        [
          'People who use the service lead parts of the work.',
          "Mae pobl sy'n defnyddio'r gwasanaeth yn arwain rhannau o'r gwaith.",
        ],
        [
          'Staff help people make changes, and do not just do it for them.',
          'Mae staff yn helpu pobl i wneud newidiadau, ac nid dim ond yn eu gwneud drostyn nhw.',
        ],
        [
          'People get what they need to take part, like bus fares or help to read.',
          'Mae pobl yn cael yr hyn sydd ei angen arnyn nhw i gymryd rhan, fel tocyn bws neu help i ddarllen.',
        ],
      ],
    ),
  ],
};

/** The presets that load by import() when a page names them. */
export type LaterPresetName = 'nef' | 'scie';

/**
 * A preset the page named whose statements are still on their way (nef's and SCIE's load by
 * import()): a framework with no principles yet. The element shows no form while its framework
 * is one, saves nothing against it, and swaps in the preset when it arrives.
 */
export class AwaitedPreset implements Framework {
  readonly principles: Framework['principles'] = [];
  constructor(readonly name: LaterPresetName) {}
}

/** nef's and SCIE's frameworks once one has arrived, so the next element that names it has it at once. */
const arrived = new Map<LaterPresetName, Framework>();

/** Keeps a preset that has arrived (see `presetNamed`). */
export function presetArrived(name: LaterPresetName, framework: Framework): void {
  arrived.set(name, framework);
}

/**
 * The preset a page names (any case): Wales at once; nef or SCIE once loaded, or an
 * `AwaitedPreset` until then; `undefined` when there is no preset of that name.
 */
export function presetNamed(value: string): Framework | undefined {
  const name = value.trim().toLowerCase();
  if (name === 'wales') return wales;
  if (name !== 'nef' && name !== 'scie') return undefined;
  return arrived.get(name) ?? new AwaitedPreset(name);
}
