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

/** Hours in each unit of a duration written as number-unit runs, where `m` is minutes (Go, InfluxDB, Trino). */
const UNIT_HOURS: Readonly<Record<string, number>> = { w: 168, d: 24, h: 1, m: 1 / 60, s: 1 / 3600, ms: 1 / 3.6e6, us: 1 / 3.6e9, µs: 1 / 3.6e9, ns: 1 / 3.6e12 };
/** Go's `time.ParseDuration` units; InfluxDB's durations (`influx bucket --retention`, InfluxQL) and Trino's add days (and weeks). */
export const GO_DURATION_UNITS: ReadonlyArray<string> = ['h', 'm', 's', 'ms', 'us', 'µs', 'ns'];
export const DURATION_UNITS_WITH_DAYS: ReadonlyArray<string> = ['w', 'd', ...GO_DURATION_UNITS];
/**
 * A duration of runs of a number and a unit (`10m`, `1h30m`, `8760h0m0s`, `36h`, `30d`, `1w2d`) in hours, each unit one of
 * `units`; null when it is not one. Not restic's intervals, whose `m` is a month (intervalDays).
 */
export function durationHours(v: string, units: ReadonlyArray<string>): number | null {
  let hours = 0;
  let read = '';
  for (const m of v.matchAll(/(\d+(?:\.\d+)?)(ns|us|µs|ms|s|m|h|d|w)/g)) {
    if (!units.includes(m[2]!)) return null;
    hours += Number(m[1]) * UNIT_HOURS[m[2]!]!;
    read += m[0];
  }
  return read === '' || read !== v ? null : hours;
}
