import type { Framework } from './framework-types.js';
import { principle, text } from './presets.js';

/**
 * nef's six components of co-production, two statements each, in our own plain words (see
 * presets.ts). Loaded by import() only on a page that names it (`framework="nef"`): most
 * pages ask the Wales questions, and their phones need not download these.
 */
export const framework: Framework = {
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
