import type { Catalog } from '../../core/i18n.js';

/**
 * Welsh. Names from the page (options, groups) are never placed after a word that would
 * mutate them: they follow a colon, "y grŵp", or start the sentence. Numbers keep the
 * mutation their spoken form needs ("2 bleidlais", "2 ddot", "3 phryder").
 */
export const welsh: Catalog = {
  'vote.default-question': 'Eich pleidlais',
  'vote.no-options':
    "Does dim i bleidleisio arno eto: nid yw'r dudalen hon wedi gosod unrhyw opsiynau.",
  'vote.kiosk': "Mae'r ddyfais hon yn cael ei rhannu: mae pob person yn pleidleisio yn ei dro.",
  'vote.group-name.community': "pobl sy'n defnyddio gwasanaethau",
  'vote.group-name.professional': 'gweithwyr proffesiynol',
  'vote.list.comma': ', ',
  'vote.list.and': ', ',

  'vote.hint.single': 'Dewiswch un opsiwn.',
  'vote.hint.approval': "Dewiswch bob opsiwn rydych chi'n ei gefnogi.",
  'vote.hint.score':
    "Rhowch sgôr rhwng 0 a {max} i bob opsiwn. Bydd opsiwn rydych chi'n ei adael allan yn cael sgôr o 0.",
  'vote.hint.consent':
    "Ar gyfer pob opsiwn, dywedwch a ydych chi'n cytuno, yn pryderu neu'n gwrthwynebu. Mae gwrthwynebiad yn atal opsiwn, felly dywedwch pam rydych chi'n gwrthwynebu.",
  'vote.hint.dots': {
    zero: "Mae gennych {count} dot i'w rhannu rhwng yr opsiynau fel y mynnwch.",
    one: "Mae gennych {count} dot i'w roi ar yr opsiwn rydych chi'n ei gefnogi.",
    two: "Mae gennych {count} ddot i'w rhannu rhwng yr opsiynau fel y mynnwch. Gallwch roi mwy nag un ar opsiwn.",
    few: "Mae gennych {count} dot i'w rhannu rhwng yr opsiynau fel y mynnwch. Gallwch roi mwy nag un ar opsiwn.",
    many: "Mae gennych {count} dot i'w rhannu rhwng yr opsiynau fel y mynnwch. Gallwch roi mwy nag un ar opsiwn.",
    other:
      "Mae gennych {count} dot i'w rhannu rhwng yr opsiynau fel y mynnwch. Gallwch roi mwy nag un ar opsiwn.",
  },
  'vote.dots-left': "Dotiau ar ôl: {count} o'r {total}",
  'vote.dots-count': {
    zero: '{count} dot',
    one: '{count} dot',
    two: '{count} ddot',
    few: '{count} dot',
    many: '{count} dot',
    other: '{count} dot',
  },
  'vote.dots-add': 'Ychwanegu dot: {option}',
  'vote.dots-remove': 'Tynnu dot: {option}',
  'vote.score-low': 'dim o gwbl',
  'vote.score-high': 'yn llwyr',
  'vote.consent.agree': "Rwy'n cytuno",
  'vote.consent.concerns': 'Mae gen i bryderon',
  'vote.consent.object': "Rwy'n gwrthwynebu",
  'vote.reason.object': "Pam rydych chi'n gwrthwynebu? (angenrheidiol)",
  'vote.reason.concerns': 'Beth yw eich pryderon? (dewisol)',
  'vote.cast': 'Bwrw fy mhleidlais',
  'vote.keep': 'Cadw fy mhleidlais fel yr oedd',
  'vote.error.single': 'Dewiswch un opsiwn',
  'vote.error.approval': 'Dewiswch o leiaf un opsiwn',
  'vote.error.score': 'Rhowch sgôr i o leiaf un opsiwn',
  'vote.error.dots': 'Rhowch o leiaf un dot',
  'vote.error.consent': 'Dywedwch beth yw eich barn am o leiaf un opsiwn',
  'vote.error.reason-needed': 'Rhowch reswm dros wrthwynebu: {option}',
  'vote.error.reason-long': "Rhaid i'ch rheswm fod yn {max} o nodau neu lai: {option}",

  'vote.voted.title': "Mae eich pleidlais wedi'i chyfrif",
  'vote.voted.yours': 'Eich pleidlais:',
  'vote.voted.single': 'Eich dewis: {option}',
  'vote.voted.approval': "Rydych chi'n cefnogi: {options}",
  'vote.voted.score': '{option}: {score} allan o {max}',
  'vote.voted.item': '{option}: {value}',
  'vote.voted.reason': 'Eich rheswm: {reason}',
  'vote.voted.rank': '{position}: {option}',
  'vote.grade.0': 'Da iawn',
  'vote.grade.1': 'Da',
  'vote.grade.2': 'Gweddol',
  'vote.grade.3': 'Gwael',
  'vote.grade.4': 'Gwrthod',
  'vote.change': 'Newid fy mhleidlais',
  'vote.closed': "Mae'r bleidlais hon wedi cau, felly nid yw'n derbyn pleidleisiau mwyach.",
  'vote.closed-voted':
    "Mae'r bleidlais hon wedi cau, felly does dim modd newid eich pleidlais mwyach.",
  'vote.closed-before':
    'Caeodd y bleidlais hon cyn i chi fwrw eich pleidlais, felly ni chafodd eich pleidlais ei chyfrif.',
  'vote.refused.page':
    "Ni wnaeth y dudalen hon dderbyn eich pleidlais, felly nid yw wedi'i chyfrif. Mae eich dewisiadau yn dal isod: gallwch roi cynnig arall arni, neu ofyn i'r bobl sy'n rhedeg y bleidlais.",
  'vote.refused.read-only':
    "Doedd dim modd cadw eich pleidlais, oherwydd mae'r bleidlais hon yn cael ei dangos fel darllen yn unig. Mae eich dewisiadau yn dal isod.",
  'vote.refused.invalid':
    "Doedd dim modd cyfrif eich pleidlais, oherwydd mae'r opsiynau wedi newid. Gwiriwch eich dewisiadau a bwriwch eich pleidlais eto.",
  'vote.kiosk.thanks': "Diolch. Mae eich pleidlais wedi'i chyfrif.",
  'vote.kiosk.pass':
    "Rhowch y ddyfais i'r person nesaf. Fyddan nhw ddim yn gweld sut y pleidleisioch chi.",
  'vote.kiosk.next': "Dechrau'r bleidlais nesaf",

  'vote.results.wait-vote': "Byddwch chi'n gweld y canlyniadau ar ôl i chi bleidleisio.",
  'vote.results.wait-close': "Bydd y canlyniadau'n cael eu dangos pan fydd y bleidlais yn cau.",
  'vote.results.hidden-note':
    "Ni all pobl sy'n cymryd rhan weld y canlyniadau hyn eto. Dim ond chi sy'n gallu eu gweld, yma.",
  'vote.results.voters-note':
    "Mae pobl yn gweld y canlyniadau hyn ar ôl iddyn nhw bleidleisio. Rydych chi'n gallu eu gweld yma bob amser.",

  'vote.announce.reset': "Cafodd pob pleidlais ei dileu. Mae'r bleidlais ar agor eto.",
  'vote.announce.closed': "Mae'r bleidlais wedi cau.",
  'vote.announce.opened': "Mae'r bleidlais ar agor.",
  'vote.announce.revealed': 'Mae pawb yn gallu gweld y canlyniadau nawr.',
  'vote.announce.hidden': "Mae'r canlyniadau wedi'u cuddio eto.",
};
