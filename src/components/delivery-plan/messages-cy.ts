import type { Catalog } from '../../core/i18n.js';

/** Welsh. Every key of messages.ts is here too (a test holds the two catalogs together). */
export const welsh: Catalog = {
  'plan.kiosk': 'Mae’r ddyfais hon yn cael ei rhannu: mae pob person yn cofrestru yn ei dro.',
  'plan.empty': 'Does dim tasgau eto.',
  'plan.tasks': 'Tasgau',
  'plan.summary': {
    one: '{count} dasg, {together} yn cael eu cyflawni gyda’i gilydd',
    other: '{count} o dasgau, {together} yn cael eu cyflawni gyda’i gilydd',
  },
  'plan.group-name.community': 'pobl sy’n defnyddio gwasanaethau',
  'plan.group-name.professional': 'gweithwyr proffesiynol',
  'plan.list.comma': ', ',
  'plan.list.and': ' a ',

  'task.status': 'Statws: {status}',
  'status.planned': 'Wedi’i chynllunio',
  'status.under-way': 'Ar y gweill',
  'status.done': 'Wedi’i gwneud',
  'task.when': 'Pryd: {when}',
  'task.people': { one: 'Angen {count} person', other: 'Angen {count} o bobl' },
  'task.groups': 'Grwpiau sydd eu hangen: {groups}',
  'task.skills': 'Sgiliau sydd eu hangen',
  'task.from-idea': 'Wedi’i gwneud o’r syniad “{idea}” ar y bwrdd syniadau',
  'task.offered': {
    one: 'Cynigiodd {count} person “{skill}”',
    other: 'Cynigiodd {count} o bobl “{skill}”',
  },
  'task.offered-none': 'Does neb wedi cynnig “{skill}” eto',
  'task.on-it': 'Ar y dasg hon: {people}',
  'task.on-group': '{group}: {count}',
  'task.nobody': 'Does neb ar y dasg hon eto.',
  'task.together': 'Yn cael ei chyflawni gyda’i gilydd: mae’r ddau grŵp ar y dasg hon.',
  'task.only': 'Dim ond {group} sydd ar y dasg hon hyd yma.',
  'task.missing': 'Angen o hyd: {groups}.',
  'task.time': 'Amser a roddwyd ac a gadarnhawyd: {time}',
  'task.time-group': '{group}: {time}',
  'task.sign-up': 'Cofrestru',
  'task.sign-up-for': 'ar gyfer “{task}”',
  'task.withdraw': 'Tynnu’n ôl',
  'task.withdraw-from': 'o “{task}”',
  'task.signed-up': 'Rydych chi ar y dasg hon fel: {group}',

  'time.value': '{hours} awr {minutes} mun',
  'time.legend': 'Cofnodi’r amser a roesoch i “{task}”',
  'time.hours': 'Oriau',
  'time.minutes': 'Munudau',
  'time.record': 'Cofnodi amser',
  'time.hint':
    'Mae’n cyfrif unwaith y bydd yr hwylusydd, neu rywun y gwnaethoch chi’r gwaith gyda nhw, yn ei gadarnhau.',
  'time.invalid': 'Rhowch yr amser fel oriau cyfan (0 i 24) a munudau (0 i 59), mwy na 0 i gyd',
  'time.waiting': 'Amser sy’n aros i gael ei gadarnhau',
  'time.someone': 'rhywun o {group}',
  'time.confirm': 'Cadarnhau',
  'time.confirm-what': '{time} gan {who} ar “{task}”',

  'kiosk.next': 'Rydw i wedi gorffen: y person nesaf',

  'you.title': 'Eich rhan chi',
  'you.summary': {
    one: 'Rydych chi ar {count} dasg.',
    other: 'Rydych chi ar {count} o dasgau.',
  },
  'you.time': 'Amser a roesoch, wedi’i gadarnhau: {time}.',
  'you.waiting': 'Yn aros i gael ei gadarnhau: {time}.',

  'eval.question': 'A weithiodd hyn?',
  'eval.legend': 'A weithiodd “{task}”?',
  'eval.1': 'Na, ddim o gwbl',
  'eval.2': 'Ddim mewn gwirionedd',
  'eval.3': 'Yn rhannol',
  'eval.4': 'Gan mwyaf',
  'eval.5': 'Do, yn llwyr',
  'eval.send': 'Anfon fy ateb',
  'eval.change': 'Newid fy ateb',
  'eval.required': 'Dewiswch ateb i “A weithiodd hyn?”',
  'eval.results': 'Atebion i “A weithiodd hyn?” fesul grŵp',
  'eval.group': 'Grŵp',
  'eval.none': 'Does neb wedi ateb eto.',

  'fac.people': 'Wedi cofrestru',
  'fac.person': '{name} ({group})',
  'fac.anonymous': 'Cyfranogwr',
  'fac.by-facilitator': 'wedi’i gofrestru gan yr hwylusydd',

  'form.task-title': 'Tasg',
  'form.task-title-hint': 'Ychydig eiriau, fel “Rhedeg y dosbarth coginio ar ddydd Sadwrn”.',

  'form.other-skills-hint': 'Rhowch goma rhwng sgiliau.',

  'form.added': 'Tasg wedi’i hychwanegu: {task}',
  'form.too-many-skills': 'Dewiswch {max} sgil ar y mwyaf',

  'ideas.note': 'Wedi’i droi’n dasg yn y cynllun cyflawni: {task}',
  'ideas.failed':
    'Doedd dim modd diweddaru’r bwrdd syniadau, felly dydy’r syniad ddim yn dangos ei dasg eto.',

  'announce.signed-up': 'Rydych chi wedi cofrestru ar gyfer “{task}”.',
  'announce.withdrawn': 'Rydych chi wedi tynnu’n ôl o “{task}”.',
  'announce.status': 'Mae “{task}” bellach: {status}.',
  'announce.recorded':
    'Amser wedi’i gofnodi ar “{task}”. Mae’n cyfrif unwaith y bydd rhywun yn ei gadarnhau.',
  'announce.confirmed': 'Amser wedi’i gadarnhau.',
  'announce.evaluated': 'Diolch: mae eich ateb wedi’i gadw.',

  'problem.offers':
    'Doedd dim modd darllen y cynigion sgiliau yn y gofod hwn, felly does dim cyfatebiaethau’n cael eu dangos.',
  'problem.task': 'Doedd dim modd ychwanegu’r dasg. ({detail})',
};
