import { heading } from '../../core/ui/heading.js';
import { html, nothing, type TemplateResult } from 'lit';
import type { ParticipantGroupController } from '../../core/participant-group.js';
import type { BoardHost } from './board-host.js';
import type { IdeaForm } from './idea-form.js';

/**
 * "Post an idea": the group question the first time (asked once, remembered for the space),
 * then the idea form.
 */
export function renderPostSection(
  host: BoardHost,
  groups: ParticipantGroupController,
  form: IdeaForm,
  post: (form: IdeaForm) => void,
): TemplateResult {
  const { group, locked, headingLevel } = host.settings;
  const focusTitle = () =>
    void host.updateComplete.then(() =>
      host.renderRoot.querySelector<HTMLElement>('#post-title')?.focus(),
    );
  // Landmarks: a person navigates to two places of the board, so only they are landmarks —
  // this region ("Post an idea") and the search form ("Find ideas"); the facilitator's tools
  // are a third, for facilitators only. Columns, lists and dialogs are reached by headings.
  return html`<section class="post" part="post" aria-labelledby="post-heading">
    ${heading(headingLevel, host.t('post.heading'), { id: 'post-heading' })}
    ${
      group === undefined
        ? groups.renderQuestion(focusTitle)
        : html`<p class="you">
              ${host.t('group.you', { group: host.settings.groupName(group) })}
              ${
                groups.fixed
                  ? nothing
                  : html`<button type="button" class="link" @click=${() => groups.forget()}>
                      ${host.t('group.change')}
                    </button>`
              }
            </p>
            ${form.render({
              submitLabel: host.t('post.submit'),
              onSubmit: () => post(form),
              column: true,
              refusal: locked ? 'error.locked' : undefined,
              notice: locked ? 'notice.locked' : undefined,
            })}`
    }
  </section>`;
}

/** How many dots the person has left, and how the results are counted. */
export function renderDotsInfo(host: BoardHost): TemplateResult {
  const { dotsLeft, votesShown } = host.settings;
  return html`<div class="dots-info" part="dots">
    <p><strong>${host.t('votes.left', { count: dotsLeft })}</strong> ${host.t('votes.how')}</p>
    <p class="hint">${host.t(votesShown ? 'votes.parity' : 'votes.hidden')}</p>
  </div>`;
}
