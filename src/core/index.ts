// The shared core: everything an element, or a page that extends Together Kit, builds on.
export { CoElement, type Problem } from './co-element.js';
export { defineElement } from './define.js';
export { Announcer } from './announcer.js';
export { LangController, nearestLang } from './lang-controller.js';
export {
  translate,
  resolveLanguage,
  mergeCatalogs,
  formatNumber,
  shippedLanguages,
  type Catalog,
  type Catalogs,
  type Message,
  type PluralMessage,
  type MessageParams,
} from './i18n.js';
export { coreMessages } from './messages.js';
export { defaultGroups, parseGroups, groupLabel, normalisedWeights, type Group } from './groups.js';
export { jsonAttribute, InvalidAttribute } from './json-attribute.js';
export { tokens, sharedStyles } from './styles.js';
export type {
  CoErrorCode,
  CoErrorDetail,
  CoChangeDetail,
  CoEventDetails,
  CoEventMap,
} from './events.js';
