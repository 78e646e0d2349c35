/**
 * A small benchmark harness for `npm run bench`. Each measurement runs beside a baseline in the
 * same page in the same run, so the figures compare like with like on whatever machine runs
 * them. Nothing here asserts on time: unit tests never do.
 */

export interface Measurement {
  name: string;
  /** Median milliseconds per run. */
  median: number;
  /** Fastest run, milliseconds. */
  min: number;
  runs: number;
}

/**
 * Runs `fn` `warmup` times unmeasured, then `runs` times measured; reports the median.
 * Browsers round `performance.now()` (to 0.1 ms in Chromium), so an operation well under a
 * millisecond is timed `batch` times in a row and reported per operation.
 */
export async function measure(
  name: string,
  fn: () => unknown | Promise<unknown>,
  { runs = 15, warmup = 3, batch = 1 }: { runs?: number; warmup?: number; batch?: number } = {},
): Promise<Measurement> {
  for (let i = 0; i < warmup * batch; i += 1) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    for (let b = 0; b < batch; b += 1) await fn();
    times.push((performance.now() - start) / batch);
  }
  times.sort((a, b) => a - b);
  return { name, median: times[Math.floor(times.length / 2)], min: times[0], runs };
}

/** Prints a table: each row's median, and its ratio to the baseline (the first row). */
export function report(title: string, rows: Measurement[], notes: string[] = []): void {
  const [baseline] = rows;
  const width = Math.max(...rows.map((r) => r.name.length));
  const lines = rows.map((r) => {
    const ratio = baseline && baseline.median > 0 ? (r.median / baseline.median).toFixed(2) : '–';
    return `  ${r.name.padEnd(width)}  ${r.median.toFixed(2).padStart(9)} ms median  ${r.min.toFixed(2).padStart(9)} ms min  ×${ratio}  (${r.runs} runs)`;
  });
  console.log([`BENCH ${title}`, ...lines, ...notes.map((n) => `  ${n}`)].join('\n'));
}
