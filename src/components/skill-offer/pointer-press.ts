/**
 * Whether a pointer (mouse button, finger, pen) is pressed anywhere on the page, and a way to
 * wait until it is released. A form that shows an error when a field is left must not move
 * the page between the press that left the field and the release: the release would land on
 * something else and the click on what was pressed (a consent box) would be lost.
 */
let pressed = false;
let watching = false;
const waiting: (() => void)[] = [];

function release(): void {
  if (!pressed) return;
  pressed = false;
  // After the click that follows the release (same input task), not before it.
  setTimeout(() => {
    for (const run of waiting.splice(0)) run();
  });
}

/** Starts watching presses; called when a form is created, never at module load (Node). */
export function watchPresses(): void {
  if (watching || typeof window === 'undefined') return;
  watching = true;
  // Capture on the window: a press inside any shadow root passes here first.
  window.addEventListener('pointerdown', () => (pressed = true), true);
  for (const type of ['pointerup', 'pointercancel', 'blur'])
    window.addEventListener(type, release, true);
}

/** Runs `then` now, or once the pointer that is down now is released. */
export function afterPress(then: () => void): void {
  if (pressed) waiting.push(then);
  else then();
}
