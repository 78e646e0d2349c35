import type { Catalog } from '../../core/i18n.js';

/** The Welsh of facilitator-messages.ts. Every key there is here too (test/core/catalogs.test.ts). */
export const facilitatorWelsh: Catalog = {
  'time.none-waiting': 'Does dim amser yn aros i gael ei gadarnhau.',
  'fac.title': 'Rhedeg y cynllun',
  'fac.contacts': 'Pobl y cewch gysylltu â nhw am y dasg hon',
  'fac.contacts-none':
    'Does neb a gynigiodd y sgiliau hyn wedi cytuno i gael eu cysylltu ynghylch cyflawni.',
  'fac.contacts-others': {
    one: 'Cynigiodd {count} person arall y sgiliau hyn ond ni chytunodd i gael ei gysylltu ynghylch cyflawni.',
    other:
      'Cynigiodd {count} o bobl eraill y sgiliau hyn ond ni chytunon nhw i gael eu cysylltu ynghylch cyflawni.',
  },
  'fac.contact-skills': 'wedi cynnig: {skills}',
  'fac.mark': 'Nodi fel {status}',
  'fac.mark-task': '(“{task}”)',
  'fac.note':
    'Dim ond hwylusydd sy’n gweld enwau a manylion cyswllt, a dim ond rhai pobl a gytunodd i gael eu cysylltu ynghylch cyflawni.',
  'form.title': 'Ychwanegu tasg',
  'form.detail': 'Beth mae’n ei olygu (dewisol)',
  'form.skills': 'Sgiliau sydd eu hangen',
  'form.other-skills': 'Sgiliau eraill (dewisol)',
  'form.when': 'Pryd (dewisol)',
  'form.when-hint': 'Er enghraifft, “Boreau Sadwrn ym mis Mehefin”.',
  'form.people': 'Faint o bobl (dewisol)',
  'form.groups': 'Pa grwpiau sydd eu hangen?',
  'form.groups-hint': 'Mae angen y ddau grŵp oni bai eich bod yn dewis fel arall.',
  'form.add': 'Ychwanegu’r dasg',
  'form.title-required': 'Rhowch beth yw’r dasg',
  'form.title-long': 'Rhaid i’r dasg fod yn {max} nod neu lai',
  'form.people-invalid': 'Rhowch faint o bobl fel rhif cyfan o 1 i {max}',
  'form.groups-required': 'Dewiswch o leiaf un grŵp',
  'ideas.title': 'Gwneud tasgau o syniadau y cytunwyd arnynt',
  'ideas.none': 'Does gan y bwrdd syniadau yn y gofod hwn ddim syniadau y cytunwyd arnynt eto.',
  'ideas.make-button': 'Gwneud tasg',
  'ideas.make': 'o “{idea}”',
  'ideas.made': 'Eisoes yn dasg',
  'broker.title': 'I rywun heb y rhyngrwyd',
  'broker.hint':
    'Cofrestrwch rywun, neu gofnodi ei amser, ar ei ran. Mae wedi’i nodi fel wedi’i gofnodi gan yr hwylusydd.',
  'broker.task': 'Tasg',
  'broker.name': 'Ei enw',
  'broker.group': 'Ei grŵp',
  'broker.sign-up': 'Ei gofrestru',
  'broker.record': 'Cofnodi ei amser',
  'broker.time': 'Yr amser a roddodd (wedi’i gadarnhau gennych chi wrth i chi ei gofnodi)',
  'broker.name-required': 'Rhowch enw’r person',
  'broker.signed-up': '{name} wedi cofrestru ar gyfer “{task}”',
  'broker.recorded': 'Amser wedi’i gofnodi i {name} ar “{task}”',
  'broker.no-tasks': 'Ychwanegwch dasg yn gyntaf.',
  'download.csv': 'Lawrlwytho’r cynllun (CSV)',
  'download.json': 'Lawrlwytho’r cynllun (JSON)',
};
