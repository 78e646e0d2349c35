/**
 * Welsh strings of `<co-journey-map>`. Checked against the English keys in messages.ts, so a
 * missing string is a type error. Inserted names (stages, lanes) are never mutated, so sentences put them where
 * Welsh needs no mutation; our own feeling words after "o" and "i" are given mutated
 * ("o wael i dda"), and counts use every plural form ("2 bwynt", "3 phwynt").
 */
export const journeyMapWelsh = {
  'map.title': 'Map taith',
  'map.name': 'Enw’r daith',
  'map.name-hint': 'Er enghraifft, “Gwneud cais am Fathodyn Glas”.',
  'map.name-save': 'Cadw’r enw',
  'map.rename': 'Newid enw’r daith',
  'map.name-it': 'Rhoi enw i’r daith hon',
  'map.renamed': 'Cadwyd enw’r daith.',
  'map.empty': 'Does dim camau yn y map hwn eto. Ychwanegwch gam cyntaf y daith isod.',
  'map.empty-read-only': 'Does dim camau yn y map hwn.',
  'map.read-only-refused': 'Mae’r map hwn yn ddarllen yn unig, felly ni newidiwyd dim.',

  'layer.question': 'Dangos y daith',
  'layer.as-is': 'Fel y mae nawr',
  'layer.after': 'Ar ôl y newid',

  'view.to-stages': 'Dangos un cam ar y tro',
  'view.to-grid': 'Dangos pob cam fel grid',
  'view.now-grid': 'Yn dangos pob cam fel grid.',
  'view.now-stages': 'Yn dangos un cam ar y tro.',

  'export.menu': 'Lawrlwytho',
  'export.json': 'Y map fel ffeil (JSON)',
  'export.csv': 'Y nodiadau fel taenlen (CSV)',
  'export.svg': 'Cromlin y teimladau fel llun (SVG)',
  'export.done': 'Mae’r lawrlwytho wedi dechrau.',

  'grid.hint':
    'Defnyddiwch y bysellau saeth i symud rhwng celloedd. Pwyswch Enter i ychwanegu neu newid y nodiadau mewn cell, neu i newid cam o’i bennawd. Mae Alt gyda’r fysell saeth chwith neu dde yn symud cam.',
  'grid.hint-read-only': 'Defnyddiwch y bysellau saeth i symud rhwng celloedd.',
  'cell.add': 'Ychwanegu nodyn',
  'cell.empty': 'Dim nodiadau',

  'lane.doing': 'Beth mae’r person yn ei wneud',
  'lane.touchpoints': 'Pwyntiau cyswllt: ffôn, post, wyneb yn wyneb, ar-lein',
  'lane.thinking': 'Beth maen nhw’n ei feddwl',
  'lane.feeling': 'Sut maen nhw’n teimlo',
  'lane.pain-points': 'Pwyntiau poen',
  'lane.opportunities': 'Cyfleoedd',
  'lane.backstage': 'Y tu ôl i’r llenni: staff a systemau',
  'lane.add-note': 'Ychwanegu nodyn',
  'lane.edit-notes': 'Ychwanegu neu newid nodiadau',

  'stage.position': 'Cam {index} o {count}',
  'stage.move-earlier-named': 'Symud “{stage}” yn gynharach',
  'stage.move-later-named': 'Symud “{stage}” yn hwyrach',
  'stage.change': 'Newid',
  'stage.change-named': 'Newid y cam “{stage}”',
  'stage.new': 'Ychwanegu cam',
  'stage.new-hint':
    'Cam yn y daith, yng ngeiriau’r bobl sy’n mynd drwyddi, fel “Dod o hyd i wybodaeth” neu “Gwneud cais”.',
  'stage.add': 'Ychwanegu’r cam',
  'stage.name-required': 'Rhowch enw i’r cam',
  'stage.name-long': 'Rhaid i enw’r cam fod yn {count} nod neu lai',
  'stage.added': 'Ychwanegwyd y cam “{stage}”: cam {index} o {count}.',
  'stage.moved': 'Symudwyd “{stage}” i gam {index} o {count}.',
  'stage.showing': 'Yn dangos cam {index} o {count}: {stage}',
  'stage.dialog-title': 'Newid y cam “{stage}”',

  'stage.delete-title': 'Dileu’r cam “{stage}”?',

  'stages.pager': 'Camau',
  'stages.previous': 'Cam blaenorol',
  'stages.next': 'Cam nesaf',

  'dialog.done': 'Wedi gorffen',
  'dialog.cancel': 'Canslo',

  'note.to-idea-named': 'Troi’n syniad: {note}',

  'evidence.heard': {
    zero: 'Clywyd gan 0 o bobl',
    one: 'Clywyd gan 1 person',
    two: 'Clywyd gan 2 berson',
    few: 'Clywyd gan 3 pherson',
    many: 'Clywyd gan 6 pherson',
    other: 'Clywyd gan {count} o bobl',
  },
  'evidence.assumption': 'Tybiaeth',
  'group-short.community': 'Pobl sy’n defnyddio gwasanaethau',
  'group-short.professional': 'Gweithwyr proffesiynol',

  'idea.loading': 'Wrthi’n gwirio’r bwrdd syniadau…',
  'idea.standing':
    'Syniad ar y bwrdd, yn “{column}”, gyda {percent}% o’r pleidleisiau (pob grŵp yn cyfrif yn gyfartal).',
  'idea.standing-no-votes': 'Syniad ar y bwrdd, yn “{column}”, heb bleidlais eto.',
  'idea.hidden': 'Syniad ar y bwrdd, yn “{column}”, wedi’i guddio gan hwylusydd.',
  'idea.gone': 'Trowyd hwn yn syniad, ond nid yw ar y bwrdd mwyach.',
  'idea.unreadable': 'Trowyd hwn yn syniad, ond doedd dim modd darllen y bwrdd syniadau.',

  'column.ideas': 'Syniadau',
  'column.developing': 'Yn cael eu datblygu',
  'column.agreed': 'Wedi’u cytuno',

  'feeling.-2': 'Gwael iawn',
  'feeling.-1': 'Gwael',
  'feeling.0': 'Niwtral',
  'feeling.1': 'Da',
  'feeling.2': 'Da iawn',

  'feelings.title': 'Sut mae pobl yn teimlo ym mhob cam',
  'feelings.question.as-is': 'Sut mae pobl yn teimlo ym mhob cam fel y mae nawr?',
  'feelings.question.after': 'Sut mae pobl yn teimlo ym mhob cam ar ôl y newid?',
  'feelings.stage-question.as-is': 'Sut mae pobl yn teimlo yn y cam hwn fel y mae nawr?',
  'feelings.stage-question.after': 'Sut mae pobl yn teimlo yn y cam hwn ar ôl y newid?',
  'feelings.no-stages': 'Ychwanegwch gamau i sgorio sut mae pobl yn teimlo.',
  'feelings.table-caption': 'Sut mae pobl yn teimlo ym mhob cam, mewn geiriau',
  'curve.title': 'Sut mae pobl yn teimlo ym mhob cam',
  'curve.box': 'Cromlin sut mae pobl yn teimlo',
  'curve.stage-score': '{stage}: {word}',
  'curve.layer': '{layer}: {scores}',
  'curve.empty': 'Does gan yr un cam sgôr eto',

  'comparison.none': 'Sgoriwch y camau ar ôl y newid i’w cymharu â sut maen nhw nawr.',
  'comparison.all-same': 'Mae pob cam a sgoriwyd y ddwy ffordd yn teimlo’r un fath ar ôl y newid.',
  'comparison.better': {
    zero: '{stage}: wedi gwella o 0 pwynt, o {from} i {to}',
    one: '{stage}: wedi gwella o 1 pwynt, o {from} i {to}',
    two: '{stage}: wedi gwella o 2 bwynt, o {from} i {to}',
    few: '{stage}: wedi gwella o 3 phwynt, o {from} i {to}',
    many: '{stage}: wedi gwella o 6 phwynt, o {from} i {to}',
    other: '{stage}: wedi gwella o {count} pwynt, o {from} i {to}',
  },
  'comparison.worse': {
    zero: '{stage}: wedi gwaethygu o 0 pwynt, o {from} i {to}',
    one: '{stage}: wedi gwaethygu o 1 pwynt, o {from} i {to}',
    two: '{stage}: wedi gwaethygu o 2 bwynt, o {from} i {to}',
    few: '{stage}: wedi gwaethygu o 3 phwynt, o {from} i {to}',
    many: '{stage}: wedi gwaethygu o 6 phwynt, o {from} i {to}',
    other: '{stage}: wedi gwaethygu o {count} pwynt, o {from} i {to}',
  },
  'comparison.joiner': ' ',
  'comparison.sentence': '{clause}.',
  'comparison.rest-same': {
    zero: 'Arhosodd 0 cam arall yr un fath.',
    one: 'Arhosodd 1 cam arall yr un fath.',
    two: 'Arhosodd 2 gam arall yr un fath.',
    few: 'Arhosodd 3 cham arall yr un fath.',
    many: 'Arhosodd 6 cham arall yr un fath.',
    other: 'Arhosodd {count} cam arall yr un fath.',
  },
  'comparison.feeling.-2': 'wael iawn',
  'comparison.feeling.-1': 'wael',
  'comparison.feeling.0': 'niwtral',
  'comparison.feeling.1': 'dda',
  'comparison.feeling.2': 'dda iawn',

  'table.stage': 'Cam',
  'table.change': 'Gwahaniaeth',
  'table.score': '{word} ({score})',
  'table.not-scored': 'Heb sgôr',
  'table.not-compared': 'Heb ei gymharu eto',
  'table.same': 'Dim newid',
  'table.better': 'Gwell o {count}',
  'table.worse': 'Gwaeth o {count}',
};
