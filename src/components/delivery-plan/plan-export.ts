import { toCsv, type CsvRow } from '../../core/csv.js';
import type { TaskMatch, TaskShare } from '../../core/delivery.js';
import type { PlanHost } from './plan-host.js';
import { evaluationsByGroup } from './model.js';

// The table's words come with it (core/lazy-part.ts `withWords`).
export { planExportWords as words } from './export-messages.js';

/**
 * The plan as a table, one row per task, in the element's language. Every cell goes through
 * core/csv.ts, which makes a title like `=HYPERLINK(…)` harmless in a spreadsheet. The
 * contacts column is filled only in the facilitator's export and only from `contactable()`:
 * a person who did not agree to be contacted about delivery is a number here too.
 */
export function planRows(host: PlanHost): CsvRow[] {
  const t = host.t.bind(host);
  const shares = host.shares;
  const matches = host.taskMatches;
  const header = [
    t('csv.task'),
    t('csv.detail'),
    t('csv.skills'),
    t('csv.when'),
    t('csv.people'),
    t('csv.groups'),
    t('csv.status'),
    t('csv.on-it'),
    t('csv.together'),
    t('csv.minutes'),
    t('csv.offered'),
    ...(host.facilitator ? [t('csv.contacts')] : []),
    t('csv.evaluation'),
    t('csv.source'),
  ];
  const byGroup = (map: Map<string, number | number[]>) =>
    [...map]
      .map(
        ([group, value]) =>
          `${host.groupName(group)}: ${Array.isArray(value) ? value.join(' ') : value}`,
      )
      .join('; ');
  const rows: CsvRow[] = host.tasks.map((task) => {
    // deliveryShares and matchOffers answer for every task they are given.
    const share = shares.tasks.get(task.id) as TaskShare;
    const match = matches.get(task.id) as TaskMatch;
    const contacts = host.facilitator
      ? match
          .contactable()
          .map((c) => [c.name, c.email, c.phone].filter(Boolean).join(' '))
          .join('; ')
      : undefined;
    return [
      task.title,
      task.detail,
      task.skills.map((skill) => host.skillName(skill)).join('; '),
      task.when,
      task.people,
      (task.groups.length ? task.groups : host.groups.map((g) => g.id))
        .map((g) => host.groupName(g))
        .join('; '),
      t(`status.${task.status}`),
      byGroup(share.byGroup),
      t(share.together ? 'csv.yes' : 'csv.no'),
      byGroup(share.minutesByGroup),
      match.count,
      ...(contacts === undefined ? [] : [contacts]),
      byGroup(evaluationsByGroup(host.data, task.id)),
      task.source ? `${task.source.kind}/${task.source.id}/${task.source.item}` : '',
    ];
  });
  return [header, ...rows];
}

export function planCsv(host: PlanHost): string {
  return toCsv(planRows(host));
}
