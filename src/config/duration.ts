const UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** Milliseconds of a duration the schema already accepted (`90s`, `15m`, `1h`, `7d`, `500ms`). */
export function parseDuration(text: string): number {
  const m = /^([0-9]+)(ms|s|m|h|d)$/.exec(text);
  if (!m) throw new TypeError(`not a duration: ${text}`);
  return Number(m[1]) * UNITS[m[2]!]!;
}
