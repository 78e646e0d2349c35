/**
 * Registers `<co-idea-board>` (`import 'together-kit/idea-board.js'`, or `dist/cdn/idea-board.js` in a page).
 * The element class itself is in components/idea-board/ and registers nothing, so the package root
 * can export it without side effects.
 */
import { CoIdeaBoard } from './components/idea-board/idea-board.js';
import { defineElement } from './core/define.js';

defineElement('co-idea-board', CoIdeaBoard);

export { CoIdeaBoard };
