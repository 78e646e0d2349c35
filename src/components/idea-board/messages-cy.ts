import type { Catalog } from '../../core/i18n.js';
import { allForms } from './welsh-forms.js';

/**
 * The board in Welsh. Names people typed ({title}, {name}, {column}, {group}) stand in quotes
 * or after a colon, where Welsh does not mutate them; numbers take the mutation their spoken
 * form needs ("2 ddot", "3 cherdyn").
 */
export const ideaBoardWelsh: Catalog = {
  'board.columns': 'Colofnau o syniadau',
  'column.ideas': 'Syniadau',
  'column.developing': 'Yn cael eu datblygu',
  'column.agreed': 'Wedi cytuno',
  'column.count': allForms('{count} syniad'),
  'column.count-filtered': allForms('{shown} o {count} syniad'),
  'column.empty': 'Does dim syniadau yma eto.',
  'column.none-match': "Does dim syniadau yma sy'n cyfateb i'r hyn rydych chi'n chwilio amdano.",

  'post.heading': 'Postio syniad',
  'post.submit': "Postio'r syniad",
  'field.title': 'Eich syniad, mewn ychydig eiriau',
  'field.detail': 'Rhagor o fanylion (dewisol)',
  'field.tags': 'Tagiau (dewisol)',
  'field.tags-hint': "Rhowch goma rhwng y tagiau, er enghraifft: trafnidiaeth, gyda'r nos",
  'field.author': 'Eich enw (dewisol)',
  'field.author-hint':
    'Gadewch hwn yn wag i bostio heb enw. Bydd pobl eraill yn gweld yr enw a roddwch.',
  'field.column': 'Colofn',
  'count.limit': allForms('Gallwch roi hyd at {count} nod'),
  'count.remaining': allForms('Mae gennych {count} nod ar ôl'),
  'count.over': allForms('Mae gennych {count} nod yn ormod'),

  'error.title-required': 'Rhowch eich syniad mewn ychydig eiriau',
  'error.title-long': "Rhaid i'ch syniad fod yn {max} nod neu lai",
  'error.detail-long': "Rhaid i'r manylion fod yn {max} nod neu lai",
  'error.tags-many': 'Rhowch {max} tag neu lai',
  'error.tag-long': 'Rhaid i bob tag fod yn {max} nod neu lai',
  'error.author-long': "Rhaid i'ch enw fod yn {max} nod neu lai",
  'error.build-required': "Rhowch yr hyn y byddech chi'n ei ychwanegu at y syniad",
  'error.build-long': "Rhaid i'r hyn rydych chi'n ei ychwanegu fod yn {max} nod neu lai",
  'error.cluster-required': "Rhowch enw i'r clwstwr",
  'error.cluster-long': "Rhaid i enw'r clwstwr fod yn {max} nod neu lai",
  'error.locked':
    "Mae postio ar gau am y tro. Mae'r person sy'n rhedeg y bwrdd wedi'i gloi. Ni chafodd dim ei bostio, ac mae'r hyn a deipiwyd gennych yma o hyd.",
  'notice.locked': "Mae postio ar gau am y tro. Mae'r person sy'n rhedeg y bwrdd wedi'i gloi.",

  'action.cancel': 'Canslo',

  'group.first': "Yn gyntaf, dywedwch fel aelod o ba grŵp rydych chi'n cymryd rhan.",

  'idea.anonymous': 'Dienw',
  'idea.hidden': "Wedi'i guddio rhag pobl sy'n cymryd rhan",

  'idea.tags': 'Tagiau',
  'idea.tags-line': 'Tagiau: {tags}',
  'idea.posted': "Wedi postio '{title}'. Colofn: {column}.",

  'idea.delete-title': "Dileu '{title}'?",

  'build.count': {
    zero: 'Dim ychwanegiadau eto',
    one: '{count} ychwanegiad',
    two: '{count} ychwanegiad',
    few: '{count} ychwanegiad',
    many: '{count} ychwanegiad',
    other: '{count} ychwanegiad',
  },
  'build.start': 'Adeiladu ar hwn',

  'move.open': 'Symud i…',

  'move.done': "Symudwyd '{title}'. Colofn: {column}, safle {position} o {total}",
  'move.done-cluster':
    "Symudwyd '{title}'. Colofn: {column}, safle {position} o {total}, yn y clwstwr '{cluster}'",
  'move.vetoed': "Ni symudwyd '{title}'.",
  'move.cancelled': "Wedi canslo'r symud: mae '{title}' lle'r oedd.",
  'move.at-top': "Mae '{title}' eisoes yn gyntaf yn ei golofn.",
  'move.at-bottom': "Mae '{title}' eisoes yn olaf yn ei golofn.",
  'move.at-first': "Mae '{title}' eisoes yn y golofn gyntaf.",
  'move.at-last': "Mae '{title}' eisoes yn y golofn olaf.",

  'cluster.count': {
    zero: '{count} cerdyn',
    one: '{count} cerdyn',
    two: '{count} gerdyn',
    few: '{count} cherdyn',
    many: '{count} cherdyn',
    other: '{count} cerdyn',
  },
  'cluster.rename': 'Ailenwi',
  'cluster.dissolve': 'Chwalu',

  'cluster.in': 'Yn y clwstwr: {name}',

  'cluster.dissolved': "Wedi chwalu'r clwstwr '{name}'. Mae ei gardiau'n aros lle'r oedden nhw.",

  'votes.give': 'Rhoi dot',
  'votes.take': 'Cymryd dot yn ôl',
  'votes.mine': {
    zero: 'Dydych chi ddim wedi rhoi dot iddo.',
    one: 'Rydych chi wedi rhoi {count} dot iddo.',
    two: 'Rydych chi wedi rhoi {count} ddot iddo.',
    few: 'Rydych chi wedi rhoi {count} dot iddo.',
    many: 'Rydych chi wedi rhoi {count} dot iddo.',
    other: 'Rydych chi wedi rhoi {count} dot iddo.',
  },
  'votes.left': {
    zero: 'Does gennych chi ddim dotiau ar ôl.',
    one: 'Mae gennych {count} dot ar ôl.',
    two: 'Mae gennych {count} ddot ar ôl.',
    few: 'Mae gennych {count} dot ar ôl.',
    many: 'Mae gennych {count} dot ar ôl.',
    other: 'Mae gennych {count} dot ar ôl.',
  },
  'votes.how':
    "Rhowch eich dotiau i'r syniadau rydych chi'n eu cefnogi fwyaf. Gallwch roi mwy nag un i un syniad, a'u cymryd yn ôl.",
  'votes.none-left':
    "Does gennych chi ddim dotiau ar ôl. Cymerwch un yn ôl o syniad arall i'w roi yma.",
  'votes.given': "Rhoddwyd dot: '{title}'.",
  'votes.taken': "Cymerwyd dot yn ôl: '{title}'.",
  'votes.result': {
    zero: "{count} dot · {percent}% o'r bleidlais pan fo pob grŵp yn cyfrif yr un fath",
    one: "{count} dot · {percent}% o'r bleidlais pan fo pob grŵp yn cyfrif yr un fath",
    two: "{count} ddot · {percent}% o'r bleidlais pan fo pob grŵp yn cyfrif yr un fath",
    few: "{count} dot · {percent}% o'r bleidlais pan fo pob grŵp yn cyfrif yr un fath",
    many: "{count} dot · {percent}% o'r bleidlais pan fo pob grŵp yn cyfrif yr un fath",
    other: "{count} dot · {percent}% o'r bleidlais pan fo pob grŵp yn cyfrif yr un fath",
  },
  'votes.group-dots': '{group}: {count}',
  'votes.parity':
    "Mae dotiau pob grŵp yn cyfrif yr un fath, faint bynnag o bobl sydd yn y grŵp. Y % ar bob syniad yw ei gyfran o'r bleidlais wedi'i chyfrif felly. Mae nifer y dotiau i'w weld hefyd.",
  'votes.hidden':
    "Mae nifer y dotiau'n gudd nes bydd y person sy'n rhedeg y bwrdd yn eu dangos. Felly nid yw'r dotiau cyntaf yn dylanwadu ar y rhai sy'n dilyn.",

  'find.heading': 'Dod o hyd i syniadau',
  'find.text': 'Geiriau',
  'find.tag': 'Tag',
  'find.any-tag': 'Unrhyw dag',
  'find.column': 'Colofn',
  'find.any-column': 'Unrhyw golofn',
  'find.group': "Wedi'i bostio gan",
  'find.any-group': 'Unrhyw grŵp',
  'find.clear': "Clirio'r hidlwyr",
  'find.count': allForms('Yn dangos {shown} o {count} syniad'),
  'find.total': allForms('{count} syniad'),

  'view.list': 'Gwedd rhestr',
  'view.list-on': 'Yn dangos y wedd rhestr.',
  'view.board-on': 'Yn dangos y bwrdd.',
  'list.sort': 'Trefn',
  'list.sort-board': 'Trefn y bwrdd',
  'list.sort-score': "Y gyfran fwyaf o'r bleidlais yn gyntaf",
  'page.more': allForms('Dangos {count} arall'),
  'page.where': '(colofn: {column})',
  'page.hidden': allForms('{count} heb eu dangos eto'),

  'keys.heading': 'Llwybrau byr y bysellfwrdd',
  'keys.arrows': 'Bysellau saeth',
  'keys.arrows-do': "Mynd i'r cerdyn uwchben neu islaw, neu yn y golofn nesaf",
  'keys.home-end': 'Home, End',
  'keys.home-end-do': "Mynd i'r cerdyn cyntaf neu olaf a ddangosir yn y golofn",
  'keys.enter': 'Enter',
  'keys.enter-do': 'Agor y cerdyn: manylion, dotiau, ychwanegiadau, clwstwr, golygu',
  'keys.escape': 'Escape',
  'keys.escape-do': "Cau'r cerdyn a mynd yn ôl ato",
  'keys.alt-up-down': 'Alt + Saeth i fyny, Alt + Saeth i lawr',
  'keys.alt-up-down-do': 'Symud y cerdyn i fyny neu i lawr ei golofn',
  'keys.alt-left-right': 'Alt + Saeth chwith, Alt + Saeth dde',
  'keys.alt-left-right-do': "Symud y cerdyn i'r golofn flaenorol neu nesaf",
  'keys.tab': 'Tab',
  'keys.tab-do': "Mynd i fotymau'r cerdyn, yna heibio i'r bwrdd",

  'facilitator.heading': 'Hwylusydd',

  'facilitator.exported': "Mae'r allforio wedi'i lwytho i lawr.",
};
