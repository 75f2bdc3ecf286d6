/**
 * Retention deletes (the lead's decision 22, round 17): a narrowed bulk delete of live data in production (`DELETE FROM
 * orders WHERE created_at < …`) is destructive; of a log, event, audit-trail copy or session table whose cutoff keeps 30
 * days or more it is retention, benign. Tables of names and the cutoff's reading; no I/O, no clock.
 */
import { daysIn, durationHours, DURATION_UNITS_WITH_DAYS } from './durations.ts';
import { isJsonObject, parseJson } from '../core/index.ts';

/**
 * The lead's answer 372.6 (round 36): one bound for every short fixed list. A list of at most this many literal ids or
 * keys is narrowed as `WHERE id IN (1, 2, 3)` is (answer 357.2): SQL's key `IN (…)` (sql.ts `narrows`), Elasticsearch's
 * `_bulk` of literal deletes (other-kinds.ts), Redis `DEL k1 … kn` (data.ts); a longer list is no short fixed list.
 */
export const SHORT_FIXED_LIST = 10;

/** Tables and indices that hold records kept for a while and then expired: logs, events, audit-trail copies, sessions. */
const RETENTION_WORD = /^(logs?|log_entries|events?|audit|audits|audit_trail|audit_log|trail|sessions?|history|activity|activities|telemetry|metrics|traces?|spans|page_views|pageviews|views|clicks|visits|impressions|notifications?|deliveries|webhook_deliveries|request_log|access_log|tokens?)$/i;
export function isRetentionTable(name: string): boolean {
  return nounMatches(name, RETENTION_WORD);
}

/**
 * Tables whose rows carry their own deadline and are dead past it (the lead's answer 57, round 18): sessions, tokens,
 * carts, locks, invitations, one-time codes, nonces, idempotency keys, and the retention tables. A range on their expiry
 * column (`expires_at < now()`) deletes what has expired; on business records (subscriptions, orders) it stays a bulk
 * delete of live data.
 */
const EXPIRING_WORD = /^(sessions?|tokens?|carts?|locks?|leases?|invites?|invitations?|otps?|otp_codes|one_time_codes|verification_codes|password_resets|magic_links|nonces?|challenges?|idempotency_keys|cache|cache_entries)$/i;
export function isExpiringTable(name: string): boolean {
  return isRetentionTable(name) || nounMatches(name, EXPIRING_WORD);
}
/**
 * A column or field holding a row's own deadline (`expires_at`, `valid_until`, MongoDB's `expiresAt`): a range on it against
 * now selects what has expired (the lead's answer 57).
 */
const DEADLINE_COLUMN = /^(expires?|expiry|expiration|expired|valid_?until|valid_?to|ttl)(_?(at|on|date|time|ts|timestamp))?$/i;
export function isDeadlineColumn(name: string): boolean {
  return DEADLINE_COLUMN.test(name.replace(/([a-z0-9])([A-Z])/g, '$1_$2'));
}

/**
 * Tables that are an application's cache store (Django's database cache, Rails' Solid Cache, Laravel's `cache` table):
 * every row is refilled on the next miss, so emptying the table is a cache cleared (the labelling rules' caches). By the
 * table's own whole name; a table that only contains the word (`price_cache`, a computed copy a job rebuilds) is not one.
 */
// Round 38 (bl38): Drupal's database cache bins, one table `cache_BIN` each (core's DatabaseBackend: `cache_render`,
// `cache_page`, `cache_config`, `cache_data`, `cache_default`, `cache_discovery`, `cache_entity`, `cache_menu`,
// `cache_bootstrap`, `cache_dynamic_page_cache`, `cache_container`, `cache_toolbar`; `drush cr` empties them all), and
// Magento's database cache backend's `cache_tag` beside its `cache`.
const CACHE_TABLE = /^(cache|caches|cache_entries|cache_items|cache_table|cache_store|django_cache|solid_cache_entries|rails_cache|rails_cache_entries|laravel_cache|page_cache|http_cache|cache_(render|page|config|data|default|discovery|discovery_migration|entity|menu|bootstrap|dynamic_page_cache|container|toolbar|migrate|rest|library|ui|tag))$/i;
export function isCacheTable(name: string): boolean {
  return CACHE_TABLE.test(name.replace(/[`"[\]]/g, '').replace(/^.*\./, ''));
}

/** A kind that expires by itself (sessions, tokens, carts, locks, invites, OTPs), without the retention kinds (logs, audit). */
export function isExpiringKind(name: string): boolean {
  return nounMatches(name, EXPIRING_WORD);
}

/**
 * Business records (the lead's answers 57 and 232, rounds 18 and 28): orders, invoices, payments and their kin hold what
 * a business owes and is owed. A date-range delete of them is destructive when no environment is named: the environment
 * not known is production's.
 */
const BUSINESS_RECORD_WORD = /^(orders?|order_(items|lines)|invoices?|invoice_(items|lines)|payments?|subscriptions?|charges?|refunds?|payouts?|transactions?|receipts?|purchases?|bookings?|reservations?|shipments?|ledger|ledger_entries|credit_notes?|bills?|billing_records)$/i;
export function isBusinessRecordTable(name: string): boolean {
  return nounMatches(name, BUSINESS_RECORD_WORD);
}

/** Whether a table's own noun, its last word or last two (`app_logs`, `page_views`), matches `noun`. */
function nounMatches(name: string, noun: RegExp): boolean {
  // `dbo.EventLog`, `"public"."app_logs"`, `app-logs-*`: the last part, camel case split, in words.
  const last = name.replace(/["`[\]]/g, '').split('.').pop() ?? '';
  const words = last.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
  // A copy of such a table is kept as the table is (`AuditLogCopy`, `events_replica`: the decision's audit-trail copy).
  if (words.length > 1 && /^(copy|mirror|replica)$/.test(words[words.length - 1]!)) words.pop();
  if (words.length === 0) return false;
  // The table's own noun is its last word (`app_logs`, `audit_events`, `page_views`); `logs_archive` is not kept so.
  const two = words.slice(-2).join('_');
  return noun.test(words[words.length - 1]!) || noun.test(two);
}

/**
 * The shortest retention of logs, events and audit records that is retention rather than loss (the lead's decisions 22 and
 * 35): what is kept this many days or more has served its purpose when it expires.
 */
export const RETENTION_KEEP_DAYS = 30;

/**
 * An expiry (a TTL, a partition expiration) that is retention, not data expiry: a retention table kept 30 days or more,
 * or any age on a kind that expires by itself (the lead's answers 57 and 137: sessions, tokens, carts, one-time codes).
 */
export function isRetentionExpiry(table: string, days: number): boolean {
  return (isRetentionTable(table) && days >= RETENTION_KEEP_DAYS) || (isExpiringKind(table) && days > 0);
}

/**
 * A Kafka retention cut (the lead's answer 136, round 24): a topic's `retention.ms` (or the broker's `log.retention.ms`,
 * `retention.minutes`, `retention.hours`) set under one day deletes every message older than that at the broker's next
 * check, as answer 78's TTL; one day or more is routine. `-1` (unlimited) deletes nothing.
 */
// The floor is shared: an SQS queue's MessageRetentionPeriod under one day is the same cut (the lead's answer 259).
export const RETENTION_CUT_FLOOR_MS = 86_400_000;
const KAFKA_RETENTION_UNIT: Record<string, number> = { ms: 1, minutes: 60_000, hours: 3_600_000 };
export function kafkaRetentionCut(key: string, value: unknown): boolean {
  const unit = /^(?:log\.)?retention\.(ms|minutes|hours)$/.exec(key)?.[1];
  if (unit === undefined) return false;
  const n = typeof value === 'number' ? value : typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : NaN;
  return Number.isFinite(n) && n >= 0 && n * KAFKA_RETENTION_UNIT[unit]! < RETENTION_CUT_FLOOR_MS;
}
/** The same cut in a `key=value` list (kafka-configs' `--add-config`, rpk's `--set`, confluent's `--config`). */
export const KAFKA_RETENTION_CUT_SETTING = /(^|,)\s*(log\.)?retention\.(ms=0*(\d{1,7}|[1-7]\d{7}|8[0-5]\d{6}|86[0-3]\d{5})|minutes=0*(\d{1,3}|1[0-3]\d\d|14[0-3]\d)|hours=0*(1?\d|2[0-3]))\s*(,|$)/;

/**
 * Elasticsearch Curator's `delete_indices` as log retention (the lead's answer 140, round 24, after answer 35): its
 * `--filter_list` (JSON; filters chain, each only removes indices) holds a prefix pattern on a log prefix (`logstash-`,
 * `filebeat-`, `logs-`, `*-logs-`) and an age filter of indices older than 30 days or more, neither excluded. Any
 * other prefix, a younger age or a list we cannot read stays a delete of data.
 */
const LOG_INDEX_PREFIX = /^(?:logstash|filebeat|logs|[a-z0-9][\w.]*(?:-[\w.]+)*-logs)-/i;
export function curatorLogRetention(filterList: string): boolean {
  const filters = parseJson(filterList);
  if (!Array.isArray(filters)) return false;
  const kept = filters.filter(isJsonObject).filter((f) => f.exclude !== true && f.exclude !== 'true');
  const logPrefix = kept.some((f) => f.filtertype === 'pattern' && f.kind === 'prefix' && typeof f.value === 'string' && LOG_INDEX_PREFIX.test(f.value));
  const old = kept.some((f) => {
    if (f.filtertype !== 'age' || f.direction !== 'older' || f.unit_count_pattern !== undefined || typeof f.unit !== 'string') return false;
    const n = typeof f.unit_count === 'number' ? f.unit_count : typeof f.unit_count === 'string' && /^\d+$/.test(f.unit_count) ? Number(f.unit_count) : NaN;
    return /^(days|weeks|months|years)$/.test(f.unit) && daysIn(n, f.unit) >= RETENTION_KEEP_DAYS;
  });
  return logPrefix && old;
}

/**
 * The age of the cutoff a delete's text keeps, in days, read from the relative forms SQL dialects and Elasticsearch's date
 * math write (`now() - interval '90 days'`, `INTERVAL 30 DAY`, `DATEADD(day, -30, …)`, `SYSDATE - 30`, SQLite's `'-30
 * days'`, `now-90d`): the smallest one found; `'date'` when the cutoff is only a literal date (`< '2020-01-01'`), whose age
 * the input cannot tell; null when there is none.
 */
export function cutoffDays(text: string): number | 'date' | null {
  const found: number[] = [];
  for (const m of text.matchAll(/\binterval\s*'\s*-?\s*(\d+)\s*(minutes?|hours?|days?|weeks?|months?|years?)\s*'/gi)) found.push(daysIn(m[1]!, m[2]!));
  for (const m of text.matchAll(/\binterval\s+'?(\d+)'?\s+(minute|hour|day|week|month|year)s?\b/gi)) found.push(daysIn(m[1]!, m[2]!));
  for (const m of text.matchAll(/\bdateadd\s*\(\s*(minute|mi|n|hour|hh|day|dd|d|week|wk|month|mm|m|year|yy|yyyy)\s*,\s*-\s*(\d+)/gi)) found.push(daysIn(m[2]!, m[1]!));
  for (const m of text.matchAll(/\b(sysdate|systimestamp|current_date|getdate\(\)|getutcdate\(\)|now\(\)|today\(\))\s*-\s*(\d+)\b(?!\s*(day|hour|minute|month|year|week))/gi)) found.push(Number(m[2]));
  // ClickHouse: `subtractDays(now(), 90)` (and Weeks, Months, Years); `today() - 90` is read above (a Date minus days).
  for (const m of text.matchAll(/\bsubtract(day|week|month|year)s\s*\(\s*(?:now|today|now64)\s*\(\s*\)\s*,\s*(\d+)\s*\)/gi)) found.push(daysIn(m[2]!, m[1]!));
  for (const m of text.matchAll(/'-\s*(\d+)\s*(minutes?|hours?|days?|months?|years?)'/gi)) found.push(daysIn(m[1]!, m[2]!));
  for (const m of text.matchAll(/\bnow-(\d+)([dwMyh])\b/g)) found.push(daysIn(m[1]!, m[2]!));
  if (found.length > 0) return Math.min(...found);
  return /'\d{4}-\d{2}-\d{2}([ T][\d:.]+)?'/.test(text) ? 'date' : null;
}

/** Whether a delete of `table` whose text is `text` is retention: a retention table, a cutoff 30 days or more back. */
export function isRetentionDelete(table: string, text: string): boolean {
  if (!isRetentionTable(table)) return false;
  const cut = cutoffDays(text);
  return cut === 'date' || (typeof cut === 'number' && cut >= RETENTION_KEEP_DAYS);
}

/**
 * How many days back a cutoff computed by date(1) in a command substitution lies (round 18, p18): GNU `$(date -d '-90
 * days' +%F)`, `--date='90 days ago'`, `-d 'now - 3 months'`, BSD `$(date -v-90d …)`; null when the text holds none. A
 * literal date stays unread (no clock: its age cannot be told).
 */
export function dateCommandDaysBack(text: string): number | null {
  const sub = /\$\(\s*date\b([^)]*)\)|`\s*date\b([^`]*)`/.exec(text);
  if (!sub) return null;
  const args = sub[1] ?? sub[2] ?? '';
  const gnu = /(?:-d|--date)[\s=]*['"]?\s*(?:now\s*)?(?:-\s*(\d+)\s*(day|week|month|year)s?\b|(\d+)\s*(day|week|month|year)s?\s+ago\b)/i.exec(args);
  if (gnu) return daysIn(gnu[1] ?? gnu[3]!, gnu[2] ?? gnu[4]!);
  const bsd = /-v\s*-(\d+)([dwmy])\b/.exec(args);
  return bsd ? daysIn(bsd[1]!, bsd[2]!) : null;
}

/**
 * An InfluxDB retention period (a bucket's `influx bucket update --retention`, InfluxQL's `ALTER RETENTION POLICY …
 * DURATION`) under one day: every point older is deleted at the next check, answer 136's cut (the lead's answer 254,
 * round 28). A day or more is routine; `0` and `INF` keep everything. Null when the value is not a duration.
 */
export function influxRetentionCut(value: string): boolean | null {
  const v = value.replace(/;$/, '');
  if (/^(0|inf)$/i.test(v)) return false;
  const hours = durationHours(v, DURATION_UNITS_WITH_DAYS);
  return hours === null ? null : hours > 0 && hours * 3_600_000 < RETENTION_CUT_FLOOR_MS;
}
