/**
 * React components for every Together Kit element (`import { PartnershipVote } from
 * 'together-kit/react'`), made with `@lit/react`. React 19 sets an element's properties itself
 * but hands a custom event only to a prop spelled like the event (`onco-vote`); these wrappers
 * give typed props and typed camel-case event props (`onCoVote`, `onCoChange`, `onCoError` …).
 *
 * Importing this module registers the five elements (as `together-kit/all.js` does); the
 * package root stays free of React and of side effects.
 */
import * as React from 'react';
import { createComponent, type EventName, type ReactWebComponent } from '@lit/react';
import type { CoEventDetails } from './core/events.js';
import { CoIdeaBoard } from './idea-board.js';
import { CoJourneyMap } from './journey-map.js';
import { CoPartnershipVote } from './partnership-vote.js';
import { CoSkillOffer } from './skill-offer.js';
import { CoSpace } from './space.js';

/** A `co-*` event name, typed with its `CustomEvent` detail for the wrapper's handler. */
const event = <K extends keyof CoEventDetails>(name: K) =>
  name as EventName<CustomEvent<CoEventDetails[K]>>;

const shared = {
  onCoChange: event('co-change'),
  onCoError: event('co-error'),
};

/**
 * Which React prop each element's events arrive on, by tag: every event the element fires
 * (its `@fires` documentation), so a handler never waits for an event no prop receives.
 */
export const eventProps = {
  'co-space': { ...shared },
  'co-skill-offer': { ...shared, onCoSubmit: event('co-submit') },
  'co-partnership-vote': { ...shared, onCoVote: event('co-vote') },
  'co-idea-board': { ...shared, onCoIdeaMove: event('co-idea-move') },
  'co-journey-map': { ...shared, onCoLinkIdea: event('co-link-idea') },
} as const;

/** A list property's own items, or what a page may give instead: plain strings, or JSON text. */
type ListInput<T> = T extends readonly (infer Item)[] ? readonly (string | Item)[] | string : never;

/**
 * The element's props with its JSON-shaped properties (`options`, `groups` …) typed as what
 * they accept (issue #13): `options={['Evenings', 'Saturdays']}` type-checks, as it works. The
 * `ref` stays the element itself, whose properties read back in their checked form.
 */
type Wrapper<
  I extends HTMLElement,
  E extends Record<string, EventName | string>,
  Lists extends keyof I,
  Maps extends keyof I = never,
> = React.ForwardRefExoticComponent<
  Omit<
    React.ComponentPropsWithoutRef<
      ReactWebComponent<
        Omit<I, Lists | Maps> & { [P in Lists]?: ListInput<I[P]> } & {
          [P in Maps]?: NonNullable<I[P]> | string;
        } & HTMLElement,
        E
      >
    >,
    'ref'
  > &
    React.RefAttributes<I>
>;

/**
 * A wrapper made by `@lit/react`, typed as {@link Wrapper}. The one cast is what the element
 * does at run time: its JSON-shaped properties check and convert what they are given.
 */
function wrap<
  I extends HTMLElement,
  E extends Record<string, EventName | string>,
  Lists extends keyof I = never,
  Maps extends keyof I = never,
>(tagName: string, elementClass: new () => I, events: E, displayName: string) {
  const component = createComponent({ react: React, tagName, elementClass, events, displayName });
  return component as unknown as Wrapper<I, E, Lists, Maps>;
}

type Events = typeof eventProps;

/** `<co-space>`: one space around the elements inside it, with export, import and delete. */
export const Space = wrap<CoSpace, Events['co-space']>(
  'co-space',
  CoSpace,
  eventProps['co-space'],
  'Space',
);

/** `<co-skill-offer>`: people offer skills and time; `onCoSubmit` may cancel an offer. */
export const SkillOffer = wrap<
  CoSkillOffer,
  Events['co-skill-offer'],
  'groups' | 'skills',
  'labels'
>('co-skill-offer', CoSkillOffer, eventProps['co-skill-offer'], 'SkillOffer');

/** `<co-partnership-vote>`: a vote where each group counts equally; `onCoVote` may refuse a ballot. */
export const PartnershipVote = wrap<
  CoPartnershipVote,
  Events['co-partnership-vote'],
  'options' | 'groups',
  'weights' | 'quorum'
>('co-partnership-vote', CoPartnershipVote, eventProps['co-partnership-vote'], 'PartnershipVote');

/** `<co-idea-board>`: ideas in columns; `onCoIdeaMove` may keep a card where it was. */
export const IdeaBoard = wrap<CoIdeaBoard, Events['co-idea-board'], 'columns' | 'groups'>(
  'co-idea-board',
  CoIdeaBoard,
  eventProps['co-idea-board'],
  'IdeaBoard',
);

/** `<co-journey-map>`: a service journey, stage by stage; `onCoLinkIdea` when no board is near. */
export const JourneyMap = wrap<CoJourneyMap, Events['co-journey-map'], 'lanes' | 'groups'>(
  'co-journey-map',
  CoJourneyMap,
  eventProps['co-journey-map'],
  'JourneyMap',
);

export type { CoEventDetails, CoErrorDetail, CoChangeDetail } from './core/events.js';
