// Bundle budgets, checked in CI after `npm run build`. Every kilobyte is paid by a participant
// on a phone: raise a budget only with a reason in the commit message.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const budgets = [
  // The one-file bundle: lit (~6 KB) + every element.
  { file: 'dist/together-kit.min.js', gzipKB: 45 },
];

let failed = false;
for (const { file, gzipKB } of budgets) {
  const size = gzipSync(readFileSync(file), { level: 9 }).length / 1024;
  const ok = size <= gzipKB;
  failed ||= !ok;
  console.log(`${ok ? 'ok  ' : 'OVER'} ${file}: ${size.toFixed(1)} KB gzip (budget ${gzipKB} KB)`);
}
process.exit(failed ? 1 : 0);
