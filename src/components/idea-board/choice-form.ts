import { html, type TemplateResult } from 'lit';

/** A one-line form in a card's details: pick one of a list, then act on it (merge, join). */
export interface ChoiceForm {
  /** The select's id; `choice` is the option selected now, `choose` keeps another picked. */
  id: string;
  label: string;
  options: readonly { id: string; text: string }[];
  choice: string;
  choose(id: string): void;
  /** The button's words, and what it does with `choice`. */
  action: string;
  act(): void;
}

export function renderChoiceForm(form: ChoiceForm): TemplateResult {
  const submit = (event: Event) => {
    event.preventDefault();
    if (form.choice) form.act();
  };
  return html`<form class="inline-form" @submit=${submit}>
    <label for=${form.id}>${form.label}</label>
    <select
      id=${form.id}
      @change=${(e: Event) => form.choose((e.target as HTMLSelectElement).value)}
    >
      ${form.options.map((o) => html`<option value=${o.id} ?selected=${o.id === form.choice}>${o.text}</option>`)}
    </select>
    <button type="submit" class="secondary">${form.action}</button>
  </form>`;
}
