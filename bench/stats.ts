/** Shared helpers for benchmarks: bounded loops, percentiles, a table. */
export interface Row {
  name: string;
  ops: number;
  p50Us: number;
  p99Us: number;
  note?: string;
}

export function percentile(sortedUs: number[], p: number): number {
  if (sortedUs.length === 0) return NaN;
  return sortedUs[Math.min(sortedUs.length - 1, Math.floor((p / 100) * sortedUs.length))]!;
}

/**
 * Runs `fn` sequentially until `maxOps` calls or `maxMs` elapse (whichever first), after `warmup`
 * calls, and reports throughput and latency percentiles.
 */
export async function measure(name: string, fn: (i: number) => unknown, opts: { maxOps?: number; maxMs?: number; warmup?: number; note?: string } = {}): Promise<Row> {
  const maxOps = opts.maxOps ?? 20_000;
  const maxMs = opts.maxMs ?? 3_000;
  for (let i = 0; i < (opts.warmup ?? 200); i++) await fn(i);
  const lat: number[] = [];
  const start = performance.now();
  for (let i = 0; i < maxOps && performance.now() - start < maxMs; i++) {
    const t = performance.now();
    await fn(i);
    lat.push((performance.now() - t) * 1000);
  }
  const elapsed = performance.now() - start;
  lat.sort((a, b) => a - b);
  return { name, ops: (lat.length / elapsed) * 1000, p50Us: percentile(lat, 50), p99Us: percentile(lat, 99), ...(opts.note ? { note: opts.note } : {}) };
}

export function table(rows: Row[]): string {
  const fmt = (n: number) => (n >= 100 ? n.toFixed(0) : n.toFixed(1));
  const lines = ['| benchmark | ops/s | p50 | p99 | note |', '| --- | ---: | ---: | ---: | --- |'];
  for (const r of rows) lines.push(`| ${r.name} | ${fmt(r.ops)} | ${fmt(r.p50Us)} µs | ${fmt(r.p99Us)} µs | ${r.note ?? ''} |`);
  return lines.join('\n');
}

/**
 * Runs `fn` with `concurrency` calls in flight until `maxOps` complete or `maxMs` elapse, and
 * reports throughput and per-call latency percentiles.
 */
export async function measureConcurrent(name: string, fn: (i: number) => Promise<unknown>, opts: { concurrency: number; maxOps?: number; maxMs?: number; note?: string }): Promise<Row> {
  const maxOps = opts.maxOps ?? 20_000;
  const maxMs = opts.maxMs ?? 3_000;
  for (let i = 0; i < 200; i++) await fn(i);
  const lat: number[] = [];
  let next = 0;
  const start = performance.now();
  const worker = async () => {
    while (next < maxOps && performance.now() - start < maxMs) {
      const i = next++;
      const t = performance.now();
      await fn(i);
      lat.push((performance.now() - t) * 1000);
    }
  };
  await Promise.all(Array.from({ length: opts.concurrency }, worker));
  const elapsed = performance.now() - start;
  lat.sort((a, b) => a - b);
  return { name, ops: (lat.length / elapsed) * 1000, p50Us: percentile(lat, 50), p99Us: percentile(lat, 99), ...(opts.note ? { note: opts.note } : {}) };
}
