import type { Catalog, LazyCatalogs } from '../../core/i18n.js';

/**
 * Strings of `<co-skill-offer>`. Labels (`field.*`) and hints (`hint.*`) can also be replaced
 * by the page through the `labels` property; error messages quote a label with `{label}`.
 */
const english: Catalog = {
  optional: '(optional)',
  or: 'or',
  'field.name': 'Your name',
  'hint.name': 'You can use a name you have chosen, or leave this blank to stay anonymous.',
  'hint.name-required': 'You can use a name you have chosen instead of your full name.',
  'field.contact': 'How can we contact you?',
  'hint.contact':
    'Give an email address or a phone number, or both. We only keep them if you agree below that we can contact you.',
  'field.email': 'Email address',
  'field.phone': 'Phone number',
  'hint.phone': 'Not a UK number? Start with the country code, like +353.',
  'field.group': 'Which group are you taking part as?',
  'field.skills': 'What skills could you share?',
  'hint.skills': 'Select all that apply. Everyday skills count.',
  'field.new-skill': 'Add a skill in your own words',
  'skills.add': 'Add skill',
  'skills.added': 'Skills you added',
  'skills.remove': 'Remove',
  'skills.added-announce': 'Added {skill}',
  'skills.removed-announce': 'Removed {skill}',
  'field.experience': 'Your experience of the service',
  'hint.experience':
    'For example, using the service yourself or caring for someone who does. This lived experience shows us what works and what does not, in ways staff often cannot see.',
  'field.ways': 'How would you like to take part?',
  'hint.ways': 'Select all that apply.',
  'way.co-commissioning': 'Deciding what is needed (co-commissioning)',
  'way-hint.co-commissioning': 'Help decide which services are needed and how money is spent.',
  'way.co-design': 'Designing (co-design)',
  'way-hint.co-design': 'Work with staff to plan how a service should work.',
  'way.co-delivery': 'Delivering (co-delivery)',
  'way-hint.co-delivery':
    'Help run the service alongside staff, such as leading a group or welcoming people.',
  'way.co-evaluation': 'Reviewing (co-evaluation)',
  'way-hint.co-evaluation': 'Help check how well the service works and what should change.',
  'field.hours': 'Roughly how many hours a month could you give?',
  'hint.hours': 'For example, 4',
  'hours.suffix': 'hours a month',
  'field.days': 'Which days could you take part?',
  'field.times': 'What times of day suit you?',
  'hint.availability': 'Select all that apply.',
  'day.mon': 'Monday',
  'day.tue': 'Tuesday',
  'day.wed': 'Wednesday',
  'day.thu': 'Thursday',
  'day.fri': 'Friday',
  'day.sat': 'Saturday',
  'day.sun': 'Sunday',
  'time.morning': 'Mornings',
  'time.afternoon': 'Afternoons',
  'time.evening': 'Evenings',
  'field.support': 'What would help you take part?',
  'hint.support': 'Taking part should not cost you anything. Select all that apply.',
  'support.travel': 'Help with travel costs',
  'support.childcare': 'Childcare, or help with its cost',
  'support.interpreter': 'An interpreter, including BSL',
  'support.step-free': 'Step-free access',
  'support.other': 'Something else',
  'support.none': 'I do not need anything',
  'field.support-other': 'Tell us what would help',
  'field.consent': 'What you agree to',
  'consent.retention':
    'We keep your offer for {retention}, then delete it. You can change or withdraw it at any time.',
  'consent.retention-none':
    'We keep your offer until you withdraw it. You can change or withdraw it at any time.',
  'hint.consent': 'Nothing is shared unless you select it.',
  'field.consent-contact': 'You can contact me about this project',
  'field.consent-share':
    'You can share my name and offer with partner organisations and with other people taking part in this project',
  submit: 'Send my offer',
  'submit.change': 'Save changes',
  'change.cancel': 'Cancel changes',
  'error.name-required': 'Enter your name, or a name you would like to use',
  'error.name-long': 'Name must be {max} characters or fewer',
  'error.contact-required': 'Enter an email address or a phone number',
  'error.email-format': 'Enter an email address in the correct format, like name@example.com',
  'error.phone-format': 'Enter a phone number, like 01632 960 001 or 07700 900 982',
  'error.group-required': 'Select the group you are taking part as',
  'error.skills-required': 'Select at least one skill, or add one in your own words',
  'error.skill-long': 'Each skill must be {max} characters or fewer',
  'error.skills-many': 'You can add up to {max} skills in your own words',
  'error.experience-required': 'Tell us about your experience of the service',
  'error.experience-long': 'Your experience must be {max} characters or fewer',
  'error.ways-required': 'Select how you would like to take part',
  'error.hours-required': 'Enter roughly how many hours a month you could give',
  'error.hours-format': 'Hours a month must be a whole number, like 4',
  'error.hours-range': 'Hours a month must be between 1 and {max}',
  'error.availability-required': 'Select when you could take part',
  'error.support-required': 'Select what would help you take part, or select ‘{label}’',
  'error.support-other-required': 'Tell us what else would help you take part',
  'error.support-other-long': 'What would help must be {max} characters or fewer',
  'error.consent-contact': 'Select ‘{label}’, or remove your email address and phone number',
  'review.sent-title': 'Thank you: your offer is saved',

  'review.next-title': 'What happens next',

  'review.next-no-contact':
    'The project team will look at your offer. You did not agree to be contacted, so we will not get in touch.',

  'consent.yes': 'Agreed',
  'consent.no': 'Not agreed',

  'withdraw.done': 'Your offer was withdrawn and everything in it was deleted.',

  hours: { one: '{count} hour a month', other: '{count} hours a month' },

  'directory.count': {
    one: 'Showing {shown} of {count} offer',
    other: 'Showing {shown} of {count} offers',
  },

  'directory.facilitator-hint':
    'You can see every offer. You see contact details only where people said we may contact them.',

  'export.done': { one: 'Downloaded {count} offer', other: 'Downloaded {count} offers' },
  'export.file': 'skill-offers',

  'problem.fields':
    'This page asked to hide or require “{names}”, which this form cannot do, so that was ignored. Fields are: {fields}. Consent can be hidden, but never required.',
};

// The words of parts loaded by import() when first shown come with them, not here:
// the review (review-messages.ts), the directory (directory-messages.ts) and the CSV
// (export-messages.ts).
export const skillOfferMessages: LazyCatalogs = {
  en: english,
  // Loaded when an element first speaks Welsh: an English page never downloads it.
  cy: () => import('./messages-cy.js').then((m) => m.welsh),
};
