/**
 * `npm run bench`: every benchmark module in this folder, one after another (never in parallel:
 * they would measure each other), then one table with the machine it ran on.
 * `npm run bench -- decide store` runs only those.
 */
import { existsSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { table, type Row } from './stats.ts';

const SUITES = ['policy', 'decide', 'classify', 'wall', 'store', 'http', 'hook', 'mcp'] as const;

const wanted = process.argv.slice(2);
const rows: Row[] = [];
for (const name of SUITES) {
  if (wanted.length > 0 && !wanted.includes(name)) continue;
  const file = new URL(`./${name}.ts`, import.meta.url);
  if (!existsSync(file)) continue;
  const mod = (await import(file.href)) as Record<string, unknown>;
  // Every exported benchX() of the module, in export order.
  const fns = Object.entries(mod).filter(([k, v]) => k.startsWith('bench') && typeof v === 'function') as Array<[string, () => Promise<Row[]>]>;
  if (fns.length === 0) console.error(`bench/${name}.ts exports no bench function; skipped`);
  for (const [fnName, fn] of fns) {
    process.stderr.write(`running ${name}: ${fnName}...\n`);
    rows.push(...(await fn()));
  }
}
const cpu = cpus()[0]?.model ?? 'unknown CPU';
console.log(`Node ${process.version}, ${cpus().length} cores (${cpu}), ${Math.round(totalmem() / 2 ** 30)} GiB\n`);
console.log(table(rows));
