import { nothing } from 'lit';
import {
  Directive,
  directive,
  PartType,
  type DirectiveResult,
  type ElementPart,
  type PartInfo,
} from 'lit/directive.js';

/**
 * Fills a list element with one `<li>` per text, each set as `textContent` (text, never
 * markup). For short lists on every card, such as an idea's tags: a Lit template per item
 * costs a template copy, a part and a marker comment each, and on a first render of 150
 * cards that was about a millisecond. The list is rebuilt only when the array changes.
 */
class TextItems extends Directive {
  private texts?: readonly string[];

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('textItems() belongs on an element');
  }

  render(_texts: readonly string[]): typeof nothing {
    return nothing;
  }

  override update(part: ElementPart, [texts]: [readonly string[]]): typeof nothing {
    if (texts !== this.texts) {
      this.texts = texts;
      const document = part.element.ownerDocument;
      part.element.replaceChildren(
        ...texts.map((text) => {
          const item = document.createElement('li');
          item.textContent = text;
          return item;
        }),
      );
    }
    return nothing;
  }
}

export const textItems: (texts: readonly string[]) => DirectiveResult<typeof TextItems> =
  directive(TextItems);
