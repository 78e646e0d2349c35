// Bundle budgets, checked in CI after `npm run build`. Every kilobyte is paid by a participant
// on a phone: raise a budget only with a reason in the commit message.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

// Measured 2026-11-29: all 121.8, idea-board 49.3, journey-map 45.4, vote 43.3, skill-offer
// 38.9, space 22.1 KB gzip. Each per-element file carries lit (~6 KB), the core (~15 KB) and
// both its languages. 2026-11-30, with sync (offline status, presence by group and refused
// changes, in English and Welsh, in the core every element carries; Yjs itself is a chunk):
// all 124.1, idea-board 52.9, journey-map 48.0, vote 45.9, skill-offer 41.6, space 24.1.
const budgets = [
  { file: 'dist/together-kit.min.js', gzipKB: 128 },
  { file: 'dist/elements/idea-board.min.js', gzipKB: 53 },
  { file: 'dist/elements/journey-map.min.js', gzipKB: 48 },
  { file: 'dist/elements/partnership-vote.min.js', gzipKB: 46 },
  { file: 'dist/elements/skill-offer.min.js', gzipKB: 42 },
  { file: 'dist/elements/space.min.js', gzipKB: 25 },
];

// The stores loaded only when a page asks for them (`storage="yjs"` / `"http"`): reported, with
// a budget of their own, and never counted in the elements' files above. Measured 2026-11-30:
// yjs-store ~33 KB gzip (Yjs, the Hocuspocus provider and y-indexeddb).
const lazyBudgets = { 'yjs-store': 40, 'http-store': 12 };
for (const dir of ['dist/chunks', 'dist/elements/chunks']) {
  const files = existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith('.js')) : [];
  for (const [name, gzipKB] of Object.entries(lazyBudgets)) {
    const chunk = files.find((file) => file.startsWith(`${name}-`));
    if (chunk) budgets.push({ file: `${dir}/${chunk}`, gzipKB });
  }
}

let failed = false;
for (const { file, gzipKB } of budgets) {
  const size = gzipSync(readFileSync(file), { level: 9 }).length / 1024;
  const ok = size <= gzipKB;
  failed ||= !ok;
  console.log(`${ok ? 'ok  ' : 'OVER'} ${file}: ${size.toFixed(1)} KB gzip (budget ${gzipKB} KB)`);
}
process.exit(failed ? 1 : 0);
