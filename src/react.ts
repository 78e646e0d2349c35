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
import { createComponent, type EventName } from '@lit/react';
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

/** `<co-space>`: one space around the elements inside it, with export, import and delete. */
export const Space = createComponent({
  react: React,
  tagName: 'co-space',
  elementClass: CoSpace,
  events: eventProps['co-space'],
  displayName: 'Space',
});

/** `<co-skill-offer>`: people offer skills and time; `onCoSubmit` may cancel an offer. */
export const SkillOffer = createComponent({
  react: React,
  tagName: 'co-skill-offer',
  elementClass: CoSkillOffer,
  events: eventProps['co-skill-offer'],
  displayName: 'SkillOffer',
});

/** `<co-partnership-vote>`: a vote where each group counts equally; `onCoVote` may refuse a ballot. */
export const PartnershipVote = createComponent({
  react: React,
  tagName: 'co-partnership-vote',
  elementClass: CoPartnershipVote,
  events: eventProps['co-partnership-vote'],
  displayName: 'PartnershipVote',
});

/** `<co-idea-board>`: ideas in columns; `onCoIdeaMove` may keep a card where it was. */
export const IdeaBoard = createComponent({
  react: React,
  tagName: 'co-idea-board',
  elementClass: CoIdeaBoard,
  events: eventProps['co-idea-board'],
  displayName: 'IdeaBoard',
});

/** `<co-journey-map>`: a service journey, stage by stage; `onCoLinkIdea` when no board is near. */
export const JourneyMap = createComponent({
  react: React,
  tagName: 'co-journey-map',
  elementClass: CoJourneyMap,
  events: eventProps['co-journey-map'],
  displayName: 'JourneyMap',
});

export type { CoEventDetails, CoErrorDetail, CoChangeDetail } from './core/events.js';
