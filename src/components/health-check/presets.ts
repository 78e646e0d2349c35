import type { Framework, Principle } from './framework-types.js';

/**
 * The frameworks that ship with the health check, in our own plain words (each English
 * statement reads at a Flesch reading ease of 80 or more; a test checks). The principles are
 * those of the Co-production Network for Wales (the default), nef's six components of
 * co-production, and SCIE's four principles; the statements are ours, not theirs.
 */

/** English and Welsh. */
type Words = readonly [en: string, cy: string];

const text = ([en, cy]: Words) => ({ en, cy });

/**
 * A principle whose statements are numbered from its id (`power-1`, `power-2` …): stored
 * answers name these ids, so a statement keeps its place for good.
 */
function principle(id: string, label: Words, statements: readonly Words[]): Principle {
  return {
    id,
    label: text(label),
    statements: statements.map((words, index) => ({ id: `${id}-${index + 1}`, text: text(words) })),
  };
}

/** The Co-production Network for Wales's five principles, three statements each. */
const wales: Framework = {
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

/** nef's six components of co-production, two statements each. */
const nef: Framework = {
  title: text(["nef's six parts of co-production", 'Chwe rhan cydgynhyrchu nef']),
  principles: [
    principle(
      'assets',
      ['People are assets', 'Mae pobl yn asedau'],
      [
        [
          'We see people as having a lot to give, not just needs.',
          "Rydyn ni'n gweld bod gan bobl lawer i'w roi, nid dim ond anghenion.",
        ],
        [
          'People who use the service are part of the team.',
          "Mae pobl sy'n defnyddio'r gwasanaeth yn rhan o'r tîm.",
        ],
      ],
    ),
    principle(
      'skills',
      ['Building on what people can do', 'Adeiladu ar yr hyn mae pobl yn gallu ei wneud'],
      [
        [
          'We start from what people can do, not what they cannot.',
          "Rydyn ni'n dechrau o'r hyn mae pobl yn gallu ei wneud, nid o'r hyn nad ydyn nhw'n gallu ei wneud.",
        ],
        [
          'People get the chance to learn and grow new skills.',
          'Mae pobl yn cael cyfle i ddysgu a datblygu sgiliau newydd.',
        ],
      ],
    ),
    principle(
      'mutual',
      ['Give and take', 'Rhoi a derbyn'],
      [
        [
          'We all give, and we all get back.',
          'Rydyn ni i gyd yn rhoi, ac rydyn ni i gyd yn cael yn ôl.',
        ],
        [
          'Staff and people who use the service need each other.',
          "Mae staff a phobl sy'n defnyddio'r gwasanaeth angen ei gilydd.",
        ],
      ],
    ),
    principle(
      'peers',
      ['Support from peers', 'Cefnogaeth gan gyfoedion'],
      [
        [
          'People who have been through the same things help each other.',
          "Mae pobl sydd wedi bod drwy'r un pethau yn helpu ei gilydd.",
        ],
        [
          'Friends and local groups are part of the support.',
          "Mae ffrindiau a grwpiau lleol yn rhan o'r gefnogaeth.",
        ],
      ],
    ),
    principle(
      'roles',
      ['Blurring the lines', 'Cymylu’r ffiniau'],
      [
        [
          'It is hard to tell who is staff and who uses the service.',
          "Mae'n anodd dweud pwy yw'r staff a phwy sy'n defnyddio'r gwasanaeth.",
        ],
        [
          'Staff and people who use the service plan and do the work side by side.',
          "Mae staff a phobl sy'n defnyddio'r gwasanaeth yn cynllunio ac yn gwneud y gwaith ochr yn ochr.",
        ],
      ],
    ),
    principle(
      'enable',
      ['Making things happen, not doing them for people', 'Galluogi, nid gwneud dros bobl'],
      [
        [
          'Staff help things happen, rather than run them.',
          "Mae staff yn helpu i bethau ddigwydd, yn hytrach na'u rhedeg.",
        ],
        [
          'People can take on more as they feel ready.',
          "Mae pobl yn gallu gwneud mwy wrth iddyn nhw deimlo'n barod.",
        ],
      ],
    ),
  ],
};

/** SCIE's four principles of co-production, three statements each. */
const scie: Framework = {
  title: text(["SCIE's four principles of co-production", 'Pedair egwyddor cydgynhyrchu SCIE']),
  principles: [
    principle(
      'equality',
      ['Equality', 'Cydraddoldeb'],
      [
        [
          'Everyone has a say, and each say counts the same.',
          'Mae gan bawb lais, ac mae pob llais yn cyfrif yr un fath.',
        ],
        ['No one is here just to tick a box.', 'Does neb yma dim ond i dicio blwch.'],
        [
          'Staff do not have the last word on everything.',
          "Nid y staff sy'n cael y gair olaf ar bopeth.",
        ],
      ],
    ),
    principle(
      'diversity',
      ['Diversity', 'Amrywiaeth'],
      [
        ['People from all walks of life take part.', 'Mae pobl o bob cefndir yn cymryd rhan.'],
        [
          'We go out to find people who are not often heard.',
          "Rydyn ni'n mynd allan i ddod o hyd i bobl sydd ddim yn cael eu clywed yn aml.",
        ],
        [
          'Different views are welcome, even when they are hard to hear.',
          "Mae croeso i farn wahanol, hyd yn oed pan mae'n anodd ei chlywed.",
        ],
      ],
    ),
    principle(
      'access',
      ['Accessibility', 'Hygyrchedd'],
      [
        [
          'Meetings are at times and places that suit people.',
          "Mae cyfarfodydd ar adegau ac mewn lleoedd sy'n siwtio pobl.",
        ],
        [
          'We use plain words, and explain any we cannot avoid.',
          "Rydyn ni'n defnyddio geiriau clir, ac yn esbonio unrhyw rai na allwn ni eu hosgoi.",
        ],
        [
          'People are paid back for costs, so no one is out of pocket.',
          "Mae pobl yn cael costau'n ôl, felly does neb ar eu colled.",
        ],
      ],
    ),
    principle(
      'reciprocity',
      ['Give and take', 'Rhoi a derbyn'],
      [
        [
          'People get something back for what they give.',
          "Mae pobl yn cael rhywbeth yn ôl am yr hyn maen nhw'n ei roi.",
        ],
        [
          'We tell people what came of their ideas.',
          "Rydyn ni'n dweud wrth bobl beth ddaeth o'u syniadau.",
        ],
        [
          'Taking part helps people in their own lives too.',
          'Mae cymryd rhan yn helpu pobl yn eu bywydau eu hunain hefyd.',
        ],
      ],
    ),
  ],
};

export const presets = { wales, nef, scie } as const;
export type PresetName = keyof typeof presets;
