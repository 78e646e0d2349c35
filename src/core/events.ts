/**
 * Domain events. Every `co-*` event bubbles and is composed (it crosses shadow roots), and its
 * `detail` is plain JSON so a portal can forward it anywhere.
 *
 * Elements add their own events to {@link CoEventDetails} by declaration merging, so `emit()`
 * and `addEventListener` are typed for all of them.
 */

/** Why something went wrong; stable strings a page can switch on. */
export type CoErrorCode =
  | 'attribute-invalid'
  | 'storage-quota'
  | 'storage-unavailable'
  | 'storage-corrupt'
  | 'storage-failed'
  | 'schema-newer'
  | 'import-invalid'
  | 'sync-offline'
  | 'sync-refused'
  | 'vote-refused'
  | 'part-unavailable'
  | (string & {});

export interface CoErrorDetail {
  code: CoErrorCode;
  /** A sentence a person can act on, in the element's language. */
  message: string;
  /** The underlying error's message, for the page's logs. */
  cause?: string;
}

export interface CoChangeDetail {
  kind: string;
  space: string;
  id: string;
  /** The saved envelope, as plain JSON. */
  record: unknown;
}

/** Event name → detail type. Elements extend it (`declare module`) with their own events. */
export interface CoEventDetails {
  'co-error': CoErrorDetail;
  'co-change': CoChangeDetail;
}

export type CoEventMap = { [K in keyof CoEventDetails]: CustomEvent<CoEventDetails[K]> };

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface GlobalEventHandlersEventMap extends CoEventMap {}
}
