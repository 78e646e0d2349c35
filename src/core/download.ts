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
