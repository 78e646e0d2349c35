import { fileNamePart, localDate } from './csv.js';

/**
 * How long the file's object URL lives. Revoking it at once can cancel the download in
 * Safari and older Firefox, which read the URL after `click()` returns; FileSaver.js waits 40 s.
 */
export const REVOKE_AFTER_MS = 40_000;

/**
 * Saves `content` as a file the browser downloads (a real file, not a new tab). Works from
 * inside a shadow root: the link is put in the document's body for the click, because a
 * detached or shadow-hidden `<a download>` is ignored by some browsers.
 */
export function downloadFile(
  fileName: string,
  content: string,
  mimeType: string,
  { revokeAfterMs = REVOKE_AFTER_MS }: { revokeAfterMs?: number } = {},
): void {
  const url = URL.createObjectURL(new Blob([content], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  (document.body ?? document.documentElement).append(link);
  try {
    link.click();
  } finally {
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), revokeAfterMs);
  }
}

/** Which record a file comes from. */
export interface RecordFile {
  space: string;
  kind: string;
  id: string;
}

const mimeTypes = {
  csv: 'text/csv;charset=utf-8',
  json: 'application/json',
  svg: 'image/svg+xml',
} as const;

/**
 * Every element's download name: `<space>-<kind>-<id>-<date>.<ext>`, and with `what` (a record
 * that offers two files of one type, such as a vote's ballots and results)
 * `<space>-<kind>-<id>-<what>-<date>.<ext>`. Two records of one space never share a name, and
 * the date is the person's own day.
 */
export function recordFileName(
  record: RecordFile,
  extension: keyof typeof mimeTypes,
  what = '',
  date = new Date(),
): string {
  const parts = [record.space, record.kind, record.id, what].map(fileNamePart);
  return [...parts.filter((part) => part !== ''), localDate(date)].join('-') + `.${extension}`;
}

/** Downloads one of a record's files, named by {@link recordFileName}. */
export function downloadRecordFile(
  record: RecordFile,
  extension: keyof typeof mimeTypes,
  content: string,
  what = '',
): void {
  downloadFile(recordFileName(record, extension, what), content, mimeTypes[extension]);
}
