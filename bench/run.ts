/**
 * `npm run bench`: every benchmark module in this folder, one after another (never in parallel:
 * they would measure each other), then one table with the machine it ran on.
 * `npm run bench -- decide store` runs only those.
 */
import { existsSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { table, type Row } from './stats.ts';

const SUITES = ['policy', 'decide', 'classify', 'store', 'http', 'hook', 'mcp'] as const;

const wanted = process.argv.slice(2);
const rows: Row[] = [];
for (const name of SUITES) {
  if (wanted.length > 0 && !wanted.includes(name)) continue;
  const file = new URL(`./${name}.ts`, import.meta.url);
  if (!existsSync(file)) continue;
  const mod = (await import(file.href)) as Record<string, unknown>;
  const fn = mod[`bench${name[0]!.toUpperCase()}${name.slice(1)}`];
  if (typeof fn !== 'function') {
    console.error(`bench/${name}.ts exports no bench${name[0]!.toUpperCase()}${name.slice(1)}(); skipped`);
    continue;
  }
  process.stderr.write(`running ${name}...\n`);
  rows.push(...((await fn()) as Row[]));
}
const cpu = cpus()[0]?.model ?? 'unknown CPU';
console.log(`Node ${process.version}, ${cpus().length} cores (${cpu}), ${Math.round(totalmem() / 2 ** 30)} GiB\n`);
console.log(table(rows));
