import type { Framework } from './framework-types.js';

/**
 * The frameworks that ship with the health check, in our own plain words (each English
 * statement reads at a Flesch reading ease of 80 or more; a test checks). The principles are
 * those of the Co-production Network for Wales (the default), nef's six components of
 * co-production, and SCIE's four principles; the statements are ours, not theirs.
 */

/** The Co-production Network for Wales's five principles, three statements each. */
const wales: Framework = {
  title: {
    en: 'The five principles of the Co-production Network for Wales',
    cy: 'Pum egwyddor Rhwydwaith Cydgynhyrchu Cymru',
  },
  principles: [
    {
      id: 'strengths',
      label: {
        en: 'Valuing what everyone brings',
        cy: "Gwerthfawrogi'r hyn mae pawb yn ei gynnig",
      },
      statements: [
        {
          id: 'strengths-1',
          text: {
            en: 'We ask everyone what they are good at.',
            cy: "Rydyn ni'n gofyn i bawb beth maen nhw'n dda am ei wneud.",
          },
        },
        {
          id: 'strengths-2',
          text: {
            en: 'What people know from their own lives is used in the work.',
            cy: "Mae'r hyn mae pobl yn ei wybod o'u bywydau eu hunain yn cael ei ddefnyddio yn y gwaith.",
          },
        },
        {
          id: 'strengths-3',
          text: {
            en: 'We treat each other as equals.',
            cy: "Rydyn ni'n trin ein gilydd fel pobl gyfartal.",
          },
        },
      ],
    },
    {
      id: 'support',
      label: { en: 'Helping each other', cy: "Helpu'n gilydd" },
      statements: [
        {
          id: 'support-1',
          text: {
            en: 'People here help each other, and do not just get help.',
            cy: 'Mae pobl yma yn helpu ei gilydd, ac nid dim ond yn cael help.',
          },
        },
        {
          id: 'support-2',
          text: {
            en: 'We put people in touch with others who can help them.',
            cy: "Rydyn ni'n rhoi pobl mewn cysylltiad ag eraill sy'n gallu eu helpu.",
          },
        },
        {
          id: 'support-3',
          text: {
            en: 'People get to know each other and keep in touch.',
            cy: 'Mae pobl yn dod i adnabod ei gilydd ac yn cadw mewn cysylltiad.',
          },
        },
      ],
    },
    {
      id: 'matters',
      label: { en: 'Doing what matters to all', cy: "Gwneud yr hyn sy'n bwysig i bawb" },
      statements: [
        {
          id: 'matters-1',
          text: {
            en: 'We work on what matters most to the people who use the service.',
            cy: "Rydyn ni'n gweithio ar yr hyn sydd bwysicaf i'r bobl sy'n defnyddio'r gwasanaeth.",
          },
        },
        {
          id: 'matters-2',
          text: {
            en: 'All who take part get some good out of it.',
            cy: "Mae pawb sy'n cymryd rhan yn cael rhywbeth da ohono.",
          },
        },
        {
          id: 'matters-3',
          text: {
            en: 'We ask people what has changed for them.',
            cy: "Rydyn ni'n gofyn i bobl beth sydd wedi newid iddyn nhw.",
          },
        },
      ],
    },
    {
      id: 'power',
      label: { en: 'Sharing power', cy: 'Rhannu grym' },
      statements: [
        {
          id: 'power-1',
          text: {
            en: 'People who use the service help us choose what we do next.',
            cy: "Mae pobl sy'n defnyddio'r gwasanaeth yn ein helpu i ddewis beth i'w wneud nesaf.",
          },
        },
        {
          id: 'power-2',
          text: {
            en: 'Everyone can see how and why choices are made.',
            cy: "Mae pawb yn gallu gweld sut a pham mae dewisiadau'n cael eu gwneud.",
          },
        },
        {
          id: 'power-3',
          text: {
            en: 'When things go wrong, we sort them out together.',
            cy: "Pan fydd pethau'n mynd o chwith, rydyn ni'n eu datrys gyda'n gilydd.",
          },
        },
      ],
    },
    {
      id: 'change',
      label: { en: 'People making change', cy: 'Pobl yn creu newid' },
      statements: [
        {
          id: 'change-1',
          text: {
            en: 'People who use the service lead parts of the work.',
            cy: "Mae pobl sy'n defnyddio'r gwasanaeth yn arwain rhannau o'r gwaith.",
          },
        },
        {
          id: 'change-2',
          text: {
            en: 'Staff help people make changes, and do not just do it for them.',
            cy: 'Mae staff yn helpu pobl i wneud newidiadau, ac nid dim ond yn eu gwneud drostyn nhw.',
          },
        },
        {
          id: 'change-3',
          text: {
            en: 'People get what they need to take part, like bus fares or help to read.',
            cy: 'Mae pobl yn cael yr hyn sydd ei angen arnyn nhw i gymryd rhan, fel tocyn bws neu help i ddarllen.',
          },
        },
      ],
    },
  ],
};

/** nef's six components of co-production, two statements each. */
const nef: Framework = {
  title: { en: "nef's six parts of co-production", cy: 'Chwe rhan cydgynhyrchu nef' },
  principles: [
    {
      id: 'assets',
      label: { en: 'People are assets', cy: 'Mae pobl yn asedau' },
      statements: [
        {
          id: 'assets-1',
          text: {
            en: 'We see people as having a lot to give, not just needs.',
            cy: "Rydyn ni'n gweld bod gan bobl lawer i'w roi, nid dim ond anghenion.",
          },
        },
        {
          id: 'assets-2',
          text: {
            en: 'People who use the service are part of the team.',
            cy: "Mae pobl sy'n defnyddio'r gwasanaeth yn rhan o'r tîm.",
          },
        },
      ],
    },
    {
      id: 'skills',
      label: {
        en: 'Building on what people can do',
        cy: 'Adeiladu ar yr hyn mae pobl yn gallu ei wneud',
      },
      statements: [
        {
          id: 'skills-1',
          text: {
            en: 'We start from what people can do, not what they cannot.',
            cy: "Rydyn ni'n dechrau o'r hyn mae pobl yn gallu ei wneud, nid o'r hyn nad ydyn nhw'n gallu ei wneud.",
          },
        },
        {
          id: 'skills-2',
          text: {
            en: 'People get the chance to learn and grow new skills.',
            cy: 'Mae pobl yn cael cyfle i ddysgu a datblygu sgiliau newydd.',
          },
        },
      ],
    },
    {
      id: 'mutual',
      label: { en: 'Give and take', cy: 'Rhoi a derbyn' },
      statements: [
        {
          id: 'mutual-1',
          text: {
            en: 'We all give, and we all get back.',
            cy: 'Rydyn ni i gyd yn rhoi, ac rydyn ni i gyd yn cael yn ôl.',
          },
        },
        {
          id: 'mutual-2',
          text: {
            en: 'Staff and people who use the service need each other.',
            cy: "Mae staff a phobl sy'n defnyddio'r gwasanaeth angen ei gilydd.",
          },
        },
      ],
    },
    {
      id: 'peers',
      label: { en: 'Support from peers', cy: 'Cefnogaeth gan gyfoedion' },
      statements: [
        {
          id: 'peers-1',
          text: {
            en: 'People who have been through the same things help each other.',
            cy: "Mae pobl sydd wedi bod drwy'r un pethau yn helpu ei gilydd.",
          },
        },
        {
          id: 'peers-2',
          text: {
            en: 'Friends and local groups are part of the support.',
            cy: "Mae ffrindiau a grwpiau lleol yn rhan o'r gefnogaeth.",
          },
        },
      ],
    },
    {
      id: 'roles',
      label: { en: 'Blurring the lines', cy: 'Cymylu’r ffiniau' },
      statements: [
        {
          id: 'roles-1',
          text: {
            en: 'It is hard to tell who is staff and who uses the service.',
            cy: "Mae'n anodd dweud pwy yw'r staff a phwy sy'n defnyddio'r gwasanaeth.",
          },
        },
        {
          id: 'roles-2',
          text: {
            en: 'Staff and people who use the service plan and do the work side by side.',
            cy: "Mae staff a phobl sy'n defnyddio'r gwasanaeth yn cynllunio ac yn gwneud y gwaith ochr yn ochr.",
          },
        },
      ],
    },
    {
      id: 'enable',
      label: {
        en: 'Making things happen, not doing them for people',
        cy: 'Galluogi, nid gwneud dros bobl',
      },
      statements: [
        {
          id: 'enable-1',
          text: {
            en: 'Staff help things happen, rather than run them.',
            cy: "Mae staff yn helpu i bethau ddigwydd, yn hytrach na'u rhedeg.",
          },
        },
        {
          id: 'enable-2',
          text: {
            en: 'People can take on more as they feel ready.',
            cy: "Mae pobl yn gallu gwneud mwy wrth iddyn nhw deimlo'n barod.",
          },
        },
      ],
    },
  ],
};

/** SCIE's four principles of co-production, three statements each. */
const scie: Framework = {
  title: { en: "SCIE's four principles of co-production", cy: 'Pedair egwyddor cydgynhyrchu SCIE' },
  principles: [
    {
      id: 'equality',
      label: { en: 'Equality', cy: 'Cydraddoldeb' },
      statements: [
        {
          id: 'equality-1',
          text: {
            en: 'Everyone has a say, and each say counts the same.',
            cy: 'Mae gan bawb lais, ac mae pob llais yn cyfrif yr un fath.',
          },
        },
        {
          id: 'equality-2',
          text: {
            en: 'No one is here just to tick a box.',
            cy: 'Does neb yma dim ond i dicio blwch.',
          },
        },
        {
          id: 'equality-3',
          text: {
            en: 'Staff do not have the last word on everything.',
            cy: "Nid y staff sy'n cael y gair olaf ar bopeth.",
          },
        },
      ],
    },
    {
      id: 'diversity',
      label: { en: 'Diversity', cy: 'Amrywiaeth' },
      statements: [
        {
          id: 'diversity-1',
          text: {
            en: 'People from all walks of life take part.',
            cy: 'Mae pobl o bob cefndir yn cymryd rhan.',
          },
        },
        {
          id: 'diversity-2',
          text: {
            en: 'We go out to find people who are not often heard.',
            cy: "Rydyn ni'n mynd allan i ddod o hyd i bobl sydd ddim yn cael eu clywed yn aml.",
          },
        },
        {
          id: 'diversity-3',
          text: {
            en: 'Different views are welcome, even when they are hard to hear.',
            cy: "Mae croeso i farn wahanol, hyd yn oed pan mae'n anodd ei chlywed.",
          },
        },
      ],
    },
    {
      id: 'access',
      label: { en: 'Accessibility', cy: 'Hygyrchedd' },
      statements: [
        {
          id: 'access-1',
          text: {
            en: 'Meetings are at times and places that suit people.',
            cy: "Mae cyfarfodydd ar adegau ac mewn lleoedd sy'n siwtio pobl.",
          },
        },
        {
          id: 'access-2',
          text: {
            en: 'We use plain words, and explain any we cannot avoid.',
            cy: "Rydyn ni'n defnyddio geiriau clir, ac yn esbonio unrhyw rai na allwn ni eu hosgoi.",
          },
        },
        {
          id: 'access-3',
          text: {
            en: 'People are paid back for costs, so no one is out of pocket.',
            cy: "Mae pobl yn cael costau'n ôl, felly does neb ar eu colled.",
          },
        },
      ],
    },
    {
      id: 'reciprocity',
      label: { en: 'Give and take', cy: 'Rhoi a derbyn' },
      statements: [
        {
          id: 'reciprocity-1',
          text: {
            en: 'People get something back for what they give.',
            cy: "Mae pobl yn cael rhywbeth yn ôl am yr hyn maen nhw'n ei roi.",
          },
        },
        {
          id: 'reciprocity-2',
          text: {
            en: 'We tell people what came of their ideas.',
            cy: "Rydyn ni'n dweud wrth bobl beth ddaeth o'u syniadau.",
          },
        },
        {
          id: 'reciprocity-3',
          text: {
            en: 'Taking part helps people in their own lives too.',
            cy: 'Mae cymryd rhan yn helpu pobl yn eu bywydau eu hunain hefyd.',
          },
        },
      ],
    },
  ],
};

export const presets = { wales, nef, scie } as const;
export type PresetName = keyof typeof presets;
