import type { Catalog } from '../../core/i18n.js';

/** Welsh strings of `<co-skill-offer>`; every English key has one (a test checks). */
export const welsh: Catalog = {
  optional: '(dewisol)',
  or: 'neu',
  'field.name': 'Eich enw',
  'hint.name':
    "Gallwch ddefnyddio enw rydych chi wedi'i ddewis, neu adael hwn yn wag i aros yn ddienw.",
  'hint.name-required': "Gallwch ddefnyddio enw rydych chi wedi'i ddewis yn lle eich enw llawn.",
  'field.contact': 'Sut gallwn ni gysylltu â chi?',
  'hint.contact':
    "Rhowch gyfeiriad e-bost neu rif ffôn, neu'r ddau. Dim ond os ydych chi'n cytuno isod i ni gysylltu â chi y byddwn ni'n eu cadw.",
  'field.email': 'Cyfeiriad e-bost',
  'field.phone': 'Rhif ffôn',
  'hint.phone': 'Ddim yn rhif yn y DU? Dechreuwch gyda chod y wlad, fel +353.',
  'field.group': "Fel aelod o ba grŵp ydych chi'n cymryd rhan?",
  'field.skills': 'Pa sgiliau allech chi eu rhannu?',
  'hint.skills': "Dewiswch bob un sy'n berthnasol. Mae sgiliau bob dydd yn cyfrif.",
  'field.new-skill': 'Ychwanegu sgil yn eich geiriau eich hun',
  'skills.add': 'Ychwanegu sgil',
  'skills.added': "Sgiliau rydych chi wedi'u hychwanegu",
  'skills.remove': 'Tynnu',
  'skills.added-announce': 'Ychwanegwyd {skill}',
  'skills.removed-announce': 'Tynnwyd {skill}',
  'field.experience': "Eich profiad o'r gwasanaeth",
  'hint.experience':
    "Er enghraifft, defnyddio'r gwasanaeth eich hun neu ofalu am rywun sy'n ei ddefnyddio. Mae'r profiad bywyd hwn yn dangos i ni beth sy'n gweithio a beth sydd ddim, mewn ffyrdd nad yw staff yn gallu eu gweld yn aml.",
  'field.ways': 'Sut hoffech chi gymryd rhan?',
  'hint.ways': "Dewiswch bob un sy'n berthnasol.",
  'way.co-commissioning': 'Penderfynu beth sydd ei angen (cyd-gomisiynu)',
  'way-hint.co-commissioning':
    'Helpu i benderfynu pa wasanaethau sydd eu hangen a sut mae arian yn cael ei wario.',
  'way.co-design': 'Dylunio (cyd-ddylunio)',
  'way-hint.co-design': 'Gweithio gyda staff i gynllunio sut dylai gwasanaeth weithio.',
  'way.co-delivery': 'Darparu (cyd-ddarparu)',
  'way-hint.co-delivery':
    'Helpu i redeg y gwasanaeth ochr yn ochr â staff, er enghraifft arwain grŵp neu groesawu pobl.',
  'way.co-evaluation': 'Adolygu (cyd-werthuso)',
  'way-hint.co-evaluation':
    "Helpu i wirio pa mor dda mae'r gwasanaeth yn gweithio a beth ddylai newid.",
  'field.hours': "Tua faint o oriau'r mis allech chi eu rhoi?",
  'hint.hours': 'Er enghraifft, 4',
  'hours.suffix': 'awr y mis',
  'field.days': 'Pa ddiwrnodau allech chi gymryd rhan?',
  'field.times': "Pa adegau o'r dydd sy'n gyfleus i chi?",
  'hint.availability': "Dewiswch bob un sy'n berthnasol.",
  'day.mon': 'Dydd Llun',
  'day.tue': 'Dydd Mawrth',
  'day.wed': 'Dydd Mercher',
  'day.thu': 'Dydd Iau',
  'day.fri': 'Dydd Gwener',
  'day.sat': 'Dydd Sadwrn',
  'day.sun': 'Dydd Sul',
  'time.morning': 'Boreau',
  'time.afternoon': 'Prynhawniau',
  'time.evening': "Gyda'r nos",
  'field.support': "Beth fyddai'n eich helpu i gymryd rhan?",
  'hint.support': "Ddylai cymryd rhan ddim costio dim i chi. Dewiswch bob un sy'n berthnasol.",
  'support.travel': 'Help gyda chostau teithio',
  'support.childcare': "Gofal plant, neu help gyda'i gost",
  'support.interpreter': 'Dehonglydd, gan gynnwys BSL',
  'support.step-free': 'Mynediad heb risiau',
  'support.other': 'Rhywbeth arall',
  'support.none': 'Does dim angen dim byd arna i',
  'field.support-other': "Dywedwch wrthym beth fyddai'n helpu",
  'field.consent': "Beth rydych chi'n cytuno iddo",
  'consent.retention':
    "Rydyn ni'n cadw eich cynnig am {retention}, ac yna'n ei ddileu. Gallwch ei newid neu ei dynnu'n ôl unrhyw bryd.",
  'consent.retention-none':
    "Rydyn ni'n cadw eich cynnig nes i chi ei dynnu'n ôl. Gallwch ei newid neu ei dynnu'n ôl unrhyw bryd.",
  'hint.consent': "Does dim yn cael ei rannu oni bai eich bod chi'n ei ddewis.",
  'field.consent-contact': 'Gallwch gysylltu â fi am y prosiect hwn',
  'field.consent-share':
    "Gallwch rannu fy enw a'm cynnig â sefydliadau partner ac â phobl eraill sy'n cymryd rhan yn y prosiect hwn",
  submit: 'Anfon fy nghynnig',
  'submit.change': "Cadw'r newidiadau",
  'change.cancel': "Canslo'r newidiadau",
  'error.name-required': 'Rhowch eich enw, neu enw yr hoffech ei ddefnyddio',
  'error.name-long': "Rhaid i'r enw fod yn {max} nod neu lai",
  'error.contact-required': 'Rhowch gyfeiriad e-bost neu rif ffôn',
  'error.email-format': 'Rhowch gyfeiriad e-bost yn y fformat cywir, fel enw@enghraifft.com',
  'error.phone-format': 'Rhowch rif ffôn, fel 01632 960 001 neu 07700 900 982',
  'error.group-required': "Dewiswch y grŵp rydych chi'n cymryd rhan fel aelod ohono",
  'error.skills-required': 'Dewiswch o leiaf un sgil, neu ychwanegwch un yn eich geiriau eich hun',
  'error.skill-long': 'Rhaid i bob sgil fod yn {max} nod neu lai',
  'error.skills-many': 'Gallwch ychwanegu hyd at {max} sgil yn eich geiriau eich hun',
  'error.experience-required': "Dywedwch wrthym am eich profiad o'r gwasanaeth",
  'error.experience-long': "Rhaid i'ch profiad fod yn {max} nod neu lai",
  'error.ways-required': 'Dewiswch sut hoffech chi gymryd rhan',
  'error.hours-required': "Rhowch tua faint o oriau'r mis allech chi eu rhoi",
  'error.hours-format': 'Rhaid i nifer yr oriau fod yn rhif cyfan, fel 4',
  'error.hours-range': 'Rhaid i nifer yr oriau fod rhwng 1 a {max}',
  'error.availability-required': 'Dewiswch pryd gallech chi gymryd rhan',
  'error.support-required':
    "Dewiswch beth fyddai'n eich helpu i gymryd rhan, neu dewiswch ‘{label}’",
  'error.support-other-required': "Dywedwch wrthym beth arall fyddai'n eich helpu i gymryd rhan",
  'error.support-other-long': 'Rhaid i hyn fod yn {max} nod neu lai',
  'error.consent-contact': "Dewiswch ‘{label}’, neu tynnwch eich cyfeiriad e-bost a'ch rhif ffôn",
  'review.sent-title': "Diolch: mae eich cynnig wedi'i gadw",

  'review.next-title': "Beth sy'n digwydd nesaf",

  'review.next-no-contact':
    'Bydd tîm y prosiect yn edrych ar eich cynnig. Wnaethoch chi ddim cytuno i ni gysylltu â chi, felly fyddwn ni ddim yn cysylltu.',

  'consent.yes': 'Wedi cytuno',
  'consent.no': 'Heb gytuno',

  'withdraw.done': "Cafodd eich cynnig ei dynnu'n ôl a chafodd popeth ynddo ei ddileu.",

  // "awr" does not change after a number ("dwy awr", "tair awr" are spoken; digits read alike).
  hours: {
    zero: '{count} awr y mis',
    one: '{count} awr y mis',
    two: '{count} awr y mis',
    few: '{count} awr y mis',
    many: '{count} awr y mis',
    other: '{count} awr y mis',
  },

  'directory.count': {
    zero: 'Yn dangos {shown} o {count} cynnig',
    one: 'Yn dangos {shown} o {count} cynnig',
    two: 'Yn dangos {shown} o {count} gynnig',
    few: 'Yn dangos {shown} o {count} chynnig',
    many: 'Yn dangos {shown} o {count} chynnig',
    other: 'Yn dangos {shown} o {count} cynnig',
  },

  'directory.facilitator-hint':
    "Rydych chi'n gallu gweld pob cynnig. Dim ond lle dywedodd pobl y cawn gysylltu â nhw y gwelwch chi fanylion cyswllt.",

  'export.done': {
    zero: 'Lawrlwythwyd {count} cynnig',
    one: 'Lawrlwythwyd {count} cynnig',
    two: 'Lawrlwythwyd {count} gynnig',
    few: 'Lawrlwythwyd {count} chynnig',
    many: 'Lawrlwythwyd {count} chynnig',
    other: 'Lawrlwythwyd {count} cynnig',
  },
  'export.file': 'cynigion-sgiliau',

  'problem.fields':
    "Gofynnodd y dudalen hon am guddio neu fynnu “{names}”, ond does dim modd i'r ffurflen hon wneud hynny, felly cafodd ei anwybyddu. Y meysydd yw: {fields}. Gellir cuddio caniatâd, ond byth ei fynnu.",
};
