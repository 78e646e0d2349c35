import type { CoErrorCode, CoEventDetails } from './events.js';
import type { MessageParams } from './i18n.js';

// The base class's working methods as types, for the narrow host interfaces that an element's
// helpers take (BoardHost, OfferHost, PlanHost). Spelled out here rather than read off
// `CoElement`: there they are marked internal, so the published types leave them out.

/** `CoElement.t`: the string for a key in the element's language. */
export type Translate = (key: string, params?: MessageParams) => string;

/** `CoElement.emit`: fires a typed `co-*` event from the element. */
export type Emit = <K extends keyof CoEventDetails>(
  type: K,
  detail: CoEventDetails[K],
  options?: { cancelable?: boolean },
) => boolean;

/** `CoElement.reportProblem`: words on screen and a `co-error`. */
export type ReportProblem = (
  code: CoErrorCode,
  message: string,
  cause?: unknown,
  key?: string,
) => void;
