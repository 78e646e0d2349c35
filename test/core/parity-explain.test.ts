import { expect } from '@open-wc/testing';
import { explainMessages, explainTally } from '../../src/core/parity-explain.js';
import { parityTally, type Ballot, type TallyConfig } from '../../src/core/parity.js';

const names = {
  en: { community: 'people who use services', professional: 'professionals' },
  cy: { community: "pobl sy'n defnyddio gwasanaethau", professional: 'gweithwyr proffesiynol' },
} as const;

function explain(ballots: Ballot[], config: TallyConfig, lang: 'en' | 'cy'): string {
  const groupName = (id: string) => names[lang][id as keyof (typeof names)['en']] ?? id;
  return explainTally(parityTally(ballots, config), {
    lang,
    groupName,
    optionName: (id) => id,
  }).join(' ');
}

const chose = (group: string, option: string, times = 1): Ballot[] =>
  Array.from({ length: times }, () => ({ group, marks: { [option]: 1 } }));

const AB = ['A', 'B'];
const tenOfTwelve = [
  ...chose('community', 'A', 10),
  ...chose('community', 'B', 2),
  ...chose('professional', 'B', 2),
];
const twoToOne = [{ id: 'community', weight: 2 }, { id: 'professional' }];

describe('explainTally', () => {
  const cases: [string, Ballot[], TallyConfig, { en: string[]; cy: string[] }][] = [
    [
      'equal weights, with the shown percentages and the head count',
      tenOfTwelve,
      { method: 'single', options: AB },
      {
        en: [
          'Each group counts for half, however many people are in it.',
          '10 of 12 people who use services chose A (83%); 2 of 2 professionals chose B (100%).',
          'So A has 42% and B has 58%.',
          'it would be A 71% and B 29%.',
          'B wins.',
        ],
        cy: [
          'Mae pob grŵp yn cyfrif am hanner, faint bynnag o bobl sydd ynddo.',
          "Yn y grŵp pobl sy'n defnyddio gwasanaethau, roedd 10 o'r 12 wedi dewis A (83%); yn y grŵp gweithwyr proffesiynol, roedd 2 o'r 2 wedi dewis B (100%).",
          "Felly, dyma'r canlyniad: A 42%, B 58%.",
          'y canlyniad fyddai: A 71%, B 29%.',
          'Yr enillydd yw B.',
        ],
      },
    ],
    [
      'weights 2:1 in words',
      tenOfTwelve,
      { method: 'single', options: AB, groups: twoToOne },
      {
        en: ['People who use services count for two thirds, professionals for one third.'],
        cy: [
          "Mae'r grŵp pobl sy'n defnyddio gwasanaethau yn cyfrif am ddau draean; mae'r grŵp gweithwyr proffesiynol yn cyfrif am draean.",
        ],
      },
    ],
    [
      'six equal groups',
      ['a', 'b', 'c', 'd', 'e', 'f'].flatMap((group) => chose(group, 'A')),
      {
        method: 'single',
        options: AB,
        groups: ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => ({ id })),
      },
      {
        en: ['All 6 groups count equally, however many people are in each.'],
        cy: ["Mae pob un o'r 6 grŵp yn cyfrif yr un fath, faint bynnag o bobl sydd ym mhob un."],
      },
    ],
    [
      'weights with no word of their own, as percentages',
      [...chose('community', 'A'), ...chose('professional', 'B')],
      {
        method: 'single',
        options: AB,
        groups: [
          { id: 'community', weight: 0.3 },
          { id: 'professional', weight: 0.7 },
        ],
      },
      {
        en: ['People who use services count for 30%, professionals for 70%.'],
        cy: ["yn cyfrif am 30%; mae'r grŵp gweithwyr proffesiynol yn cyfrif am 70%."],
      },
    ],
    [
      'a silent group',
      [...chose('community', 'A', 3), ...chose('community', 'B')],
      { method: 'single', options: AB },
      {
        en: [
          'No professionals voted, so only the 4 ballots from people who use services decide this result.',
        ],
        cy: [
          "Does neb yn y grŵp gweithwyr proffesiynol wedi pleidleisio, felly dim ond 4 pleidlais gan y grŵp pobl sy'n defnyddio gwasanaethau sy'n penderfynu'r canlyniad hwn.",
        ],
      },
    ],
    [
      'a quorum not met',
      [...chose('community', 'A', 3), ...chose('professional', 'A', 2)],
      { method: 'single', options: AB, quorum: { professional: 3 } },
      {
        en: [
          'it needs at least 3 ballots from professionals, but has 2 ballots.',
          'A is ahead for now.',
        ],
        cy: [
          'mae angen o leiaf 3 pleidlais gan y grŵp gweithwyr proffesiynol, ond dim ond 2 bleidlais sydd wedi dod i law.',
          'A sydd ar y blaen am y tro.',
        ],
      },
    ],
    [
      'a tie',
      [...chose('community', 'A', 10), ...chose('professional', 'B', 2)],
      { method: 'single', options: AB },
      {
        en: [
          'A and B are tied at the top with exactly equal scores, so there is no single winner.',
        ],
        cy: [
          'Mae 2 opsiwn yn gyfartal ar y brig, gyda sgorau union yr un fath, felly does dim un enillydd: A, B.',
        ],
      },
    ],
    [
      'a double majority that fails',
      [
        ...chose('community', 'A', 3),
        ...chose('community', 'B'),
        ...chose('professional', 'A'),
        ...chose('professional', 'B', 2),
      ],
      { method: 'single', options: AB, rule: 'double-majority' },
      {
        en: ['This vote needs one option to lead in every group, and none does'],
        cy: ['Mae angen i un opsiwn fod ar y blaen ym mhob grŵp yn y bleidlais hon'],
      },
    ],
    [
      'a double majority that passes',
      [...chose('community', 'A', 3), ...chose('professional', 'A')],
      { method: 'single', options: AB, rule: 'double-majority' },
      {
        en: ['A wins. A also leads in every group, as this vote requires.'],
        cy: ['Mae A hefyd ar y blaen ym mhob grŵp'],
      },
    ],
    [
      'a consent block with reasons by group',
      [
        { group: 'community', consent: { A: 'agree', B: 'object' }, reasons: { B: 'Too far' } },
        { group: 'professional', consent: { A: 'concerns', B: 'object' }, reasons: { A: 'Cost' } },
        { group: 'professional', consent: { A: 'agree', B: 'object' } },
      ],
      { method: 'consent', options: AB },
      {
        en: [
          'B is blocked by 3 objections. From people who use services: “Too far”. From professionals: 2 gave no reason.',
          '1 concern was raised about A. From professionals: “Cost”.',
          '1 of 2 professionals agreed to A (50%)',
        ],
        cy: [
          "Mae 3 gwrthwynebiad yn atal B. Gan y grŵp pobl sy'n defnyddio gwasanaethau: “Too far”. Gan y grŵp gweithwyr proffesiynol: 2 heb roi rheswm.",
          'Codwyd 1 pryder ynghylch A.',
          "roedd 1 o'r 2 yn cefnogi A (50%)",
        ],
      },
    ],
    [
      'every option blocked',
      [{ group: 'community', consent: { A: 'object', B: 'object' } }],
      { method: 'consent', options: AB },
      {
        en: ['Every option is blocked, so there is no decision yet.'],
        cy: ["Mae pob opsiwn wedi'i rwystro, felly does dim penderfyniad eto."],
      },
    ],
    [
      'scores',
      [
        { group: 'community', marks: { A: 4 } },
        { group: 'community', marks: { A: 3 } },
      ],
      { method: 'score', options: AB },
      {
        en: ['People who use services gave A an average score of 3.5 out of 5 (70%).'],
        cy: [
          "Yn y grŵp pobl sy'n defnyddio gwasanaethau, cafodd A sgôr gyfartalog o 3.5 allan o 5 (70%).",
        ],
      },
    ],
    [
      'dots',
      [{ group: 'professional', marks: { A: 2, B: 1 } }],
      { method: 'dots', options: AB },
      {
        en: ['Professionals put 2 of their 3 dots on A (67%).'],
        cy: ["cafodd A 2 o'r 3 dot a roddwyd (67%)."],
      },
    ],
    [
      'approval',
      [{ group: 'professional', marks: { A: 1, B: 1 } }, ...chose('professional', 'A')],
      { method: 'approval', options: AB },
      {
        en: ['2 of 2 professionals approved A (100%).', 'So A has 100% and B has 50%.'],
        cy: ["roedd 2 o'r 2 wedi cymeradwyo A (100%)"],
      },
    ],
    [
      'no ballots yet',
      [],
      { method: 'single', options: AB },
      {
        en: ['No one has voted yet, so there is no result.'],
        cy: ['Does neb wedi pleidleisio eto, felly does dim canlyniad.'],
      },
    ],
  ];
  for (const [name, ballots, config, expected] of cases) {
    for (const lang of ['en', 'cy'] as const) {
      it(`${lang}: ${name}`, () => {
        const text = explain(ballots, config, lang);
        for (const sentence of expected[lang]) expect(text).to.contain(sentence);
      });
    }
  }

  it('says the same percentages as the table, even for a three-way split', () => {
    const ballots = [
      ...chose('community', 'A'),
      ...chose('community', 'B'),
      ...chose('community', 'C'),
    ];
    const text = explain(ballots, { method: 'single', options: ['A', 'B', 'C'] }, 'en');
    expect(text).to.contain('So A has 34%, B has 33% and C has 33%.');
    expect(text).to.contain('A, B and C are tied');
  });

  it('leaves the head count out when it would say the same thing', () => {
    const ballots = [...chose('community', 'A'), ...chose('professional', 'A')];
    expect(explain(ballots, { method: 'single', options: AB }, 'en')).not.to.contain(
      'Counting every',
    );
  });

  const rejectedForms: [number, string][] = [
    [1, 'Doedd dim modd cyfrif 1 bleidlais, felly cafodd ei gadael allan.'],
    [2, 'Doedd dim modd cyfrif 2 bleidlais, felly cawson nhw eu gadael allan.'],
    [3, 'Doedd dim modd cyfrif 3 pleidlais'],
    [6, 'Doedd dim modd cyfrif 6 phleidlais'],
    [4, 'Doedd dim modd cyfrif 4 pleidlais'],
  ];
  for (const [count, sentence] of rejectedForms) {
    it(`cy: uses the Welsh plural form for ${count} rejected ballots`, () => {
      const ballots = [...chose('community', 'A'), ...chose('visitors', 'A', count)];
      expect(explain(ballots, { method: 'single', options: AB }, 'cy')).to.contain(sentence);
    });
  }

  it('has every English message in Welsh, with the same placeholders', () => {
    // {count} only picks the plural form, so a language may leave it out of the words.
    const placeholders = (message: unknown) =>
      [...new Set(JSON.stringify(message).match(/\{\w+\}/g))].filter((p) => p !== '{count}').sort();
    const { en, cy } = explainMessages;
    expect(Object.keys(cy).sort()).to.deep.equal(Object.keys(en).sort());
    for (const key of Object.keys(en)) {
      expect(placeholders(cy[key]), key).to.deep.equal(placeholders(en[key]));
    }
  });
});

describe('explainTally while the vote is open', () => {
  it('says who is ahead so far, never who has won', () => {
    const result = parityTally(
      [
        { group: 'community', marks: { a: 1 } },
        { group: 'professional', marks: { a: 1 } },
      ],
      {
        method: 'single',
        options: ['a', 'b'],
      },
    );
    const names = { groupName: (id: string) => id, optionName: (id: string) => id.toUpperCase() };
    const final = explainTally(result, { lang: 'en', ...names }).join(' ');
    const open = explainTally(result, { lang: 'en', ...names, provisional: true }).join(' ');
    expect(final).to.contain('A wins');
    expect(open).to.not.contain('wins');
    expect(open).to.contain('A');
  });
});
