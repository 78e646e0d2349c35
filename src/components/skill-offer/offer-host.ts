import type { Emit, Translate } from '../../core/element-host.js';
import type { ReactiveControllerHost } from 'lit';
import type { Group } from '../../core/groups.js';
import type { StorageController } from '../../core/store/storage-controller.js';
import type { FieldConfig, SkillOffer } from './model.js';
import type { SkillOfferData } from './offers.js';
import type { OfferWords } from './offer-text.js';
import type { Skill } from '../../core/skills.js';

/**
 * What the form and the directory may use of `<co-skill-offer>`: its settings, the saved
 * record, and saving the next one through `commit`. They take this, never the element's class,
 * so the folder reads from the element down.
 */
export interface OfferHost extends ReactiveControllerHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
  /** The record: where it is saved, what it holds, and waiting for a save to finish. */
  readonly storageController: Pick<
    StorageController<SkillOfferData>,
    'data' | 'space' | 'id' | 'flush' | 'status'
  >;
  /** Saves the next offers; false when the record is read-only. */
  commit(next: SkillOfferData): boolean;
  emit: Emit;
  t: Translate;
  announce(text: string): void;
  focusOn(selector: string): void;
  readonly language: string;
  readonly headingLevel: number;
  readonly facilitator: boolean;
  readonly participantKey: string;
  readonly isDisabled: boolean;
  readonly config: FieldConfig;
  readonly groupAsked: boolean;
  readonly groups: Group[];
  readonly ownOffer: SkillOffer | undefined;
  readonly retention: string;
  readonly skills: Skill[];
  /** The host form this element is a control of, if any. */
  readonly form: HTMLFormElement | null;
  readonly words: OfferWords;
  withdraw(): Promise<boolean>;
}
