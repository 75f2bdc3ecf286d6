import { isJsonObject, parseJson, type JsonValue } from '../core/index.ts';

/**
 * Alerting muted for a while. The lead's round-13 decision: a mute, silence, downtime or maintenance window that names what
 * it covers (a monitor, a scope, matchers, services) and ends by itself within a day lapses like an acknowledgement, so it is
 * a write; one that covers everything (`*`, a matcher `.*`, `mute_all`), repeats, or has no end switches alerting off.
 *
 * The bodies read, from each API's reference: Datadog "Mute a monitor" (`{scope, end}`) and downtimes (v1 `{scope, start,
 * end, recurrence}`, v2 `data.attributes {scope, monitor_identifier, schedule {start, end | recurrences}}`), Alertmanager and
 * Grafana silences (`{matchers, startsAt, endsAt}`), PagerDuty maintenance windows (`maintenance_window {start_time,
 * end_time, services}`), Opsgenie maintenance (`{time {type, startDate, endDate}, rules}`), and the same names as tool
 * arguments (`duration: "2h"`). The classifier has no clock: an `end` with no start is taken as the end the caller chose
 * (Datadog's mute takes only `end`); a start and an end further apart than a day are not.
 */
const DAY_SECONDS = 24 * 60 * 60;

const SCOPE_KEYS = /^(scope|scopes|monitor_?ids?|monitor_?tags|monitor_identifier|matchers|alert_?names?|services|service_?ids|rules|entities|monitors?)$/i;
const END_KEYS = /^(end|end_?time|ends_?at|end_?date)$/i;
const START_KEYS = /^(start|start_?time|starts_?at|start_?date)$/i;
const REPEATS = /^(recurrence|recurrences|rrule|repeat|repeats)$/i;
/** A matcher or scope that matches every alert: `*`, or a regular expression that matches any text. */
const EVERYTHING = /^\s*(\*|\^?\.[*+]\$?|\(\.[*+]\))\s*$/;

/** Whether a mute whose body (or tool arguments) is `body` covers named things only and ends by itself within a day. */
export function muteLapses(body: JsonValue | undefined, namedInUrl = false): boolean {
  const fields = flatten(typeof body === 'string' ? parseJson(body) : body, 0);
  if (fields.some(([, v]) => coversEverything(v))) return false;
  if (fields.some(([k, v]) => REPEATS.test(k) && v !== null && v !== false)) return false;
  const scoped = namedInUrl || fields.some(([k, v]) => SCOPE_KEYS.test(k) && named(v));
  return scoped && endsWithinADay(fields);
}

/** Every key and value of the body, and of the objects it nests (Datadog v2's `data.attributes.schedule`), a few levels down. */
function flatten(value: JsonValue | undefined, depth: number): Array<[string, JsonValue]> {
  if (!isJsonObject(value) || depth > 4) return [];
  return Object.entries(value).flatMap(([k, v]) => [[k, v] as [string, JsonValue], ...flatten(v, depth + 1)]);
}

function coversEverything(v: JsonValue): boolean {
  if (typeof v === 'string') return EVERYTHING.test(v);
  if (Array.isArray(v)) return v.some((x) => coversEverything(x));
  // An Alertmanager matcher `{name, value, isRegex, isEqual}`: a catch-all value, or a negative matcher (everything but one
  // value), matches (nearly) every alert.
  return isJsonObject(v) && typeof v.value === 'string' && (v.isEqual === false || (EVERYTHING.test(v.value) && (v.isRegex === true || v.value === '*')) || matcherTakesAll(v.name, v.value, v.isRegex === true));
}

/** Label values no one names a silence for: a regex that matches all of them matches any value. */
const ARBITRARY_VALUES = ['x', 'HighCPU', 'prod-db-01', 'Watchdog', 'zz 9/9'];

/**
 * Alertmanager matches a label's value against the whole (anchored) regex, and an alert without the label as the empty
 * value. A regex that matches arbitrary values (`Watchdog|.*`, `[\s\S]*`, `.{0,}`) takes every alert; one that matches
 * the empty value (`label=""`, `=~"x|"`) takes every alert that lacks the label, unless the label is `alertname`, which
 * every alert has. A regex we cannot compile is taken as matching everything.
 */
function matcherTakesAll(name: JsonValue | undefined, value: string, isRegex: boolean): boolean {
  let matches: (text: string) => boolean = (text) => text === value;
  if (isRegex) {
    try {
      const re = new RegExp(`^(?:${value})$`, 's');
      matches = (text) => re.test(text);
    } catch {
      return true;
    }
  }
  return ARBITRARY_VALUES.every(matches) || (matches('') && name !== 'alertname');
}

function named(v: JsonValue): boolean {
  if (typeof v === 'string') return v.trim() !== '';
  if (typeof v === 'number') return true;
  if (Array.isArray(v)) return v.length > 0;
  return isJsonObject(v) && Object.keys(v).length > 0;
}

/**
 * Every length the body states must end within a day: a `duration` beside a start and end a year apart (one the API
 * ignores) does not shorten the window, and an Opsgenie `indefinitely` never ends whatever dates sit beside it.
 */
function endsWithinADay(fields: Array<[string, JsonValue]>): boolean {
  const lengths: boolean[] = [];
  // Opsgenie's fixed lengths (`for-5-minutes`, `for-30-minutes`, `for-1-hour`); `indefinitely` never ends.
  for (const [k, v] of fields) {
    if (k === 'type' && typeof v === 'string' && /^for-(\d+)-(minutes?|hours?)$/.test(v)) lengths.push(withinADay(v));
    if (k === 'type' && v === 'indefinitely') lengths.push(false);
  }
  const duration = fields.find(([k]) => /^duration$/i.test(k))?.[1];
  if (duration !== undefined) lengths.push(durationSeconds(duration) !== null && durationSeconds(duration)! <= DAY_SECONDS);
  const endField = fields.find(([k]) => END_KEYS.test(k));
  if (endField !== undefined) lengths.push(endsADayAfterStart(instant(endField[1]), fields.find(([k]) => START_KEYS.test(k))?.[1]));
  return lengths.length > 0 && lengths.every(Boolean);
}

function endsADayAfterStart(end: number | null, start: JsonValue | undefined): boolean {
  if (end === null) return false;
  if (start === undefined || start === null) return true;
  const from = instant(start);
  return from !== null && end > from && end - from <= DAY_SECONDS;
}

function withinADay(type: string): boolean {
  const m = /^for-(\d+)-(minutes?|hours?)$/.exec(type)!;
  return Number(m[1]) * (m[2]!.startsWith('hour') ? 3600 : 60) <= DAY_SECONDS;
}

/** Seconds since the epoch of a POSIX timestamp (seconds or milliseconds) or an ISO 8601 text; null otherwise. */
function instant(v: JsonValue | undefined): number | null {
  if (typeof v === 'number' && v > 0) return v > 1e11 ? v / 1000 : v;
  if (typeof v === 'string' && /^\d{9,13}$/.test(v)) return instant(Number(v));
  if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(v)) {
    const ms = Date.parse(v);
    return Number.isNaN(ms) ? null : ms / 1000;
  }
  return null;
}

/** `90`, `"30m"`, `"2h"`, `"1d"`, `"1h30m"` in seconds; null when it cannot be read. */
export function durationSeconds(v: JsonValue): number | null {
  if (typeof v === 'number') return v >= 0 ? v : null;
  if (typeof v !== 'string' || !/^(\d+[smhdw])+$/.test(v.trim())) return null;
  const unit: Record<string, number> = { s: 1, m: 60, h: 3600, d: DAY_SECONDS, w: 7 * DAY_SECONDS };
  return [...v.trim().matchAll(/(\d+)([smhdw])/g)].reduce((sum, m) => sum + Number(m[1]) * unit[m[2]!]!, 0);
}


/**
 * Datadog's monitor `options.silenced` (Monitors API, "Edit a monitor" / "Create a monitor": "Information about the downtime
 * applied to the monitor", a map of scope to the POSIX time it ends, `null` for never; `{"*": …}` silences every scope):
 * a mute by another door. Scoped entries that each end are a mute that lapses (no clock here: an end is the caller's
 * choice, as `end` on "Mute a monitor"); a `*` scope or an entry with no end switches the monitor's alerts off. Returns
 * why, or null (no `options.silenced`, an empty map that unmutes, or scoped ends only).
 */
export function monitorSilencedOff(url: string, body: JsonValue | undefined): string | null {
  if (!/^https?:\/\/[^/]*datadoghq\.(com|eu)\/api\/v1\/monitor(\/\d+)?\/?(\?|#|$)/i.test(url)) return null;
  const parsed = typeof body === 'string' ? parseJson(body) : body;
  const options = isJsonObject(parsed) ? parsed.options : undefined;
  return silencedOff(isJsonObject(options) ? options.silenced : undefined);
}

/** The `options.silenced` map itself, wherever it arrives (the REST body above, an MCP tool's arguments): why it mutes, or null. */
export function silencedOff(silenced: JsonValue | undefined): string | null {
  if (!isJsonObject(silenced)) return null;
  for (const [scope, end] of Object.entries(silenced)) {
    if (EVERYTHING.test(scope)) return 'silences the monitor for every scope (`options.silenced` `*`)';
    if (instant(end) === null) return `silences the monitor for \`${scope}\` with no end (\`options.silenced\`)`;
  }
  return null;
}
