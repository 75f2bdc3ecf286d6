/**
 * Ages and intervals in days, one reading for every rule that asks "older than N days" (SQL and Elasticsearch cutoffs,
 * backup tools' keep intervals, PowerShell's `AddDays(-N)`, find's `-mmin`): a number and a unit, or a run of them.
 * Months are 30 days and years 365, as each caller's threshold (30 days kept) assumes. No clock.
 */
const UNIT_DAYS: Record<string, number> = { d: 1, day: 1, dd: 1, w: 7, wk: 7, week: 7, m: 30, mm: 30, month: 30, mon: 30, y: 365, yy: 365, yyyy: 365, year: 365, h: 1 / 24, hour: 1 / 24, hh: 1 / 24, minute: 1 / 1440, mi: 1 / 1440, n: 1 / 1440, second: 1 / 86_400 };

/** `n` of `unit` in days: `day`, `Days`, `d`, `week`, `month`, `M`onths... (SQL's `DATEADD` parts included); 0 for a unit not known. */
export function daysIn(n: number | string, unit: string): number {
  const u = unit === 'M' ? 'month' : unit.toLowerCase().replace(/s$/, '');
  return Number(n) * (UNIT_DAYS[u] ?? 0);
}

/** Days in a run of numbers and one-letter units: restic's `1y5m7d2h`, borg's `7d`, `2w`, `1m`, `1y`, `12H`; null when it is not one. */
export function intervalDays(v: string): number | null {
  if (!/^(\d+[ymwdhH])+$/.test(v)) return null;
  return [...v.matchAll(/(\d+)([ymwdhH])/g)].reduce((sum, m) => sum + daysIn(m[1]!, m[2]!), 0);
}
