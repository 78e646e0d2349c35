import * as v from 'valibot';
import { labelledListParser, type Labelled } from '../../core/groups.js';

/**
 * A row of the map. The page may give its own list (`lanes` attribute or property): ids,
 * or objects with a label (text, or `{"en": …, "cy": …}`), `hidden` to leave a lane out, and
 * `ideas` to offer "Turn into an idea" on its notes.
 */
export interface Lane extends Labelled {
  hidden?: boolean;
  /** Notes here can become ideas. Default: true for `pain-points` and `opportunities`. */
  ideas?: boolean;
}

/** The lanes of a service journey, as the service design books draw them. */
const defaultLaneIds = [
  'doing',
  'touchpoints',
  'thinking',
  'feeling',
  'pain-points',
  'opportunities',
  'backstage',
] as const;

export const defaultLanes: readonly Lane[] = Object.freeze(defaultLaneIds.map((id) => ({ id })));

/** Checks the page's lanes; ids alone are a shorthand. Throws an Error saying what is wrong. */
export const parseLanes: (value: unknown) => Lane[] = labelledListParser<Lane>({
  noun: 'lane',
  notAList: 'lanes are a list, like ["doing", "pain-points"]',
  labelMax: 200,
  more: {
    hidden: v.optional(v.boolean('a lane\'s "hidden" is true or false')),
    ideas: v.optional(v.boolean('a lane\'s "ideas" is true or false')),
  },
});

export function visibleLanes(lanes: readonly Lane[]): Lane[] {
  return lanes.filter((lane) => !lane.hidden);
}

/** Whether notes in this lane offer "Turn into an idea". */
export function laneTakesIdeas(lane: Lane | undefined, id: string): boolean {
  return lane?.ideas ?? (id === 'pain-points' || id === 'opportunities');
}
