import type { Framework } from './framework-types.js';
import { principle, text } from './presets.js';

/**
 * SCIE's four principles of co-production, three statements each, in our own plain words (see
 * presets.ts). Loaded by import() only on a page that names it (`framework="scie"`): most
 * pages ask the Wales questions, and their phones need not download these.
 */
export const framework: Framework = {
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
