/** Small, pure formatting helpers shared by the pages. Time is always passed in, never read. */

/** "42 s", "3 min", "1 h 5 min", "2 d 3 h": coarse enough to read at a glance. */
export function duration(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  if (s < 60) return `${s} s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m} min`;
  const h = Math.floor(m / 60);
  if (h < 24) return m % 60 === 0 ? `${h} h` : `${h} h ${m % 60} min`;
  const d = Math.floor(h / 24);
  return h % 24 === 0 ? `${d} d` : `${d} d ${h % 24} h`;
}

/** "3 min ago" (past) */
export function ago(at: number, now: number): string {
  return `${duration(now - at)} ago`;
}

/** "in 57 min", or "expired" once the moment has passed. */
export function timeLeft(until: number, now: number): string {
  return until <= now ? 'expired' : duration(until - now);
}

/** UTC, to the second, unambiguous across reviewers' time zones: "2025-12-04 09:30:12 UTC". */
export function timestamp(at: number): string {
  if (!Number.isFinite(at)) return 'unknown time';
  return new Date(at).toISOString().replace('T', ' ').replace(/\.\d{3}Z$/, ' UTC');
}

/** Machine-readable datetime for `<time datetime>`. */
export function isoTime(at: number): string {
  return Number.isFinite(at) ? new Date(at).toISOString() : '';
}

/** "sha256:3f2a…9c1d": enough to compare by eye; the full digest stays in a title and the form. */
export function shortDigest(digest: string): string {
  const [algo, hex] = digest.includes(':') ? [digest.slice(0, digest.indexOf(':') + 1), digest.slice(digest.indexOf(':') + 1)] : ['', digest];
  return hex.length > 16 ? `${algo}${hex.slice(0, 8)}…${hex.slice(-6)}` : digest;
}

/** Pretty JSON for display; values that cannot be serialised show as such rather than throwing. */
export function prettyJson(value: unknown): string {
  try {
    return JSON.stringify(value, null, 2) ?? 'undefined';
  } catch {
    return '(not serialisable)';
  }
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
