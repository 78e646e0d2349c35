import type { MessageParams } from '../../core/i18n.js';
import type { Framework } from './framework.js';

/** The words the results views and exports need from the element. */
export interface ResultsWords {
  t: (key: string, params?: MessageParams) => string;
  lang: string;
  framework: Framework;
  /** A group's name as a label ("People who use services, and their carers"). */
  groupName: (id: string) => string;
  /** A group's name inside a sentence ("people who use services"). */
  groupInSentence: (id: string) => string;
  principleName: (id: string) => string;
  statementText: (id: string) => string;
}

const decimals = new Map<string, Intl.NumberFormat>();

/** An average as people read it: one decimal place, always shown ("3.0", "2.1"). */
export function oneDecimal(lang: string, value: number): string {
  let format = decimals.get(lang);
  if (!format) {
    format = new Intl.NumberFormat(lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    decimals.set(lang, format);
  }
  return format.format(value);
}

/** The first letter in capitals, for a group's name that starts a sentence. */
export function capitalise(text: string, lang: string): string {
  return text.charAt(0).toLocaleUpperCase(lang) + text.slice(1);
}
