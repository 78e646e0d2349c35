// Bundle budgets, checked in CI after `npm run build`. Every kilobyte is paid by a participant
// on a phone: raise a budget only with a reason in the commit message.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

// Measured 2026-11-29: all 121.8, idea-board 49.3, journey-map 45.4, vote 43.3, skill-offer
// 38.9, space 22.1 KB gzip. Each per-element file carries lit (~6 KB), the core (~15 KB) and
// both its languages.
const budgets = [
  { file: 'dist/together-kit.min.js', gzipKB: 128 },
  { file: 'dist/elements/idea-board.min.js', gzipKB: 52 },
  { file: 'dist/elements/journey-map.min.js', gzipKB: 48 },
  { file: 'dist/elements/partnership-vote.min.js', gzipKB: 46 },
  { file: 'dist/elements/skill-offer.min.js', gzipKB: 41 },
  { file: 'dist/elements/space.min.js', gzipKB: 24 },
];

let failed = false;
for (const { file, gzipKB } of budgets) {
  const size = gzipSync(readFileSync(file), { level: 9 }).length / 1024;
  const ok = size <= gzipKB;
  failed ||= !ok;
  console.log(`${ok ? 'ok  ' : 'OVER'} ${file}: ${size.toFixed(1)} KB gzip (budget ${gzipKB} KB)`);
}
process.exit(failed ? 1 : 0);
