// The `http` storage contract under load: 100 clients cast 10 ballots each (1,000 in all) on
// one vote at once, against the real API (server/http-api.js) on 127.0.0.1, in two ways:
// - PUT with If-Match; on 412 merge here and retry (any backend that implements the contract);
// - the same, but after a 412 let the server merge (what the browser store does with a server
//   that says `Together-Kit-Merge: items`, like the reference one);
// - PUT with no precondition at all, the server merging item by item itself.
// Prints the median and 95th percentile time per save and checks that no ballot was lost.
// `node scripts/bench-http.js [--sqlite]` (SQLite in a temporary file; memory otherwise).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHttpApi } from '../server/http-api.js';
import { addItems, fetchAgain, startApi } from '../test/servers/http-writer.js';

const CLIENTS = 100;
const BALLOTS_EACH = 10;
const TIME_LIMIT_MS = 120000; // a run that takes longer is reported as failed, not waited on

const sqlite = process.argv.includes('--sqlite');
const directory = mkdtempSync(join(tmpdir(), 'tk-bench-http-'));

function ballot(client, index) {
  const at = new Date().toISOString();
  const id = `c${client}-b${index}`;
  return {
    id,
    participant: `p${client}-${index}`,
    group: client % 2 ? 'community' : 'professional',
    marks: { a: 1 },
    castAt: at,
    updatedAt: at,
  };
}

/** PUT without a precondition: the server merges. */
async function serverMerge(base, ref, item) {
  const response = await fetchAgain(`${base}/${ref.space}/${ref.kind}/${ref.id}`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      format: 'together-kit',
      schema: 1,
      ...ref,
      updatedAt: item.updatedAt,
      data: { ballots: { [item.id]: item } },
    }),
  });
  await response.arrayBuffer();
  if (!response.ok) throw new Error(`PUT answered ${response.status}`);
  return 1;
}

async function run(name, save, ballotsEach = BALLOTS_EACH) {
  const running = await startApi(
    createHttpApi,
    sqlite ? { dbPath: join(directory, `${name}.db`) } : {},
  );
  const ref = { space: 'bench', kind: 'partnership-vote', id: name.replace(/\W+/g, '-') };
  const times = [];
  let attempts = 0;
  const started = performance.now();
  const clients = Array.from({ length: CLIENTS }, async (_, client) => {
    for (let index = 0; index < ballotsEach; index += 1) {
      if (performance.now() - started > TIME_LIMIT_MS) throw new Error('over the time limit');
      const item = ballot(client, index);
      const t0 = performance.now();
      const tries = await save(running.base, ref, item);
      attempts += tries;
      times.push(performance.now() - t0);
    }
  });
  await Promise.all(clients);
  const total = performance.now() - started;
  const stored = await (await fetch(`${running.base}/${ref.space}/${ref.kind}/${ref.id}`)).json();
  await running.stop();
  times.sort((a, b) => a - b);
  const pick = (q) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
  const kept = Object.keys(stored.data.ballots).length;
  return {
    name,
    median: pick(0.5),
    p95: pick(0.95),
    total,
    attempts,
    lost: CLIENTS * ballotsEach - kept,
    ballots: CLIENTS * ballotsEach,
  };
}

try {
  const results = [
    await run('If-Match, 412 → server merges (the browser store)', (base, ref, item) =>
      addItems(base, ref, 'ballots', { [item.id]: item }, { serverMerge: true }),
    ),
    await run('no precondition: server merges', serverMerge),
    // Merging on the client alone, every writer races every other with the whole record:
    // the work grows with the square of the writers, so this row is 1 ballot per client.
    await run(
      'If-Match, 412 → merge here, retry (any backend)',
      (base, ref, item) =>
        addItems(base, ref, 'ballots', { [item.id]: item }, { maxAttempts: 200 }),
      1,
    ),
  ];
  const where = sqlite ? 'SQLite' : 'memory';
  console.log(
    `\n### http storage: ${CLIENTS} clients saving ballots on one vote at once (${where})\n`,
  );
  console.log(
    '| how | ballots | median per save | p95 per save | PUTs per ballot | all saved in | lost |',
  );
  console.log('|---|---|---|---|---|---|---|');
  for (const r of results) {
    const cells = [
      r.name,
      r.ballots,
      `${r.median.toFixed(1)} ms`,
      `${r.p95.toFixed(1)} ms`,
      (r.attempts / r.ballots).toFixed(2),
      `${(r.total / 1000).toFixed(2)} s`,
      r.lost,
    ];
    console.log(`| ${cells.join(' | ')} |`);
  }
  if (results.some((r) => r.lost !== 0)) {
    console.error('Ballots were lost.');
    process.exitCode = 1;
  }
} finally {
  rmSync(directory, { recursive: true, force: true });
}
