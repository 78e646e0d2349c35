import { html, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';

/**
 * One radio in an option's row (a score, a consent mark, a grade), with its words. Its name,
 * id and `data-kind` / `data-index` tell the ballot's one change handler which option and
 * mark it is (ballot-controller.ts).
 */
export function optionRadio(
  kind: 'score' | 'consent' | 'grade',
  index: number,
  value: string | number,
  checked: boolean,
  words: TemplateResult,
  labelClass = 'choice',
): TemplateResult {
  return html`<label class=${labelClass}>
    <input
      type="radio"
      name=${`${kind}-${index}`}
      id=${`${kind}-${index}-${value}`}
      data-kind=${kind}
      data-index=${index}
      .value=${String(value)}
      .checked=${live(checked)}
    />
    ${words}
  </label>`;
}
